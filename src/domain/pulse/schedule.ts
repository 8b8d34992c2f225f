import { DateTime } from 'luxon';

/** An ISO week, e.g. "2026-W49": a team has at most one pulse round per week. */
export type Period = string;

/** How long a round stays open for answers. */
export const ROUND_OPEN_DAYS = 5;

export interface PulseSchedule {
  enabled: boolean;
  /** Weeks between rounds (pulse: 1 or 2; coffee: 1, 2 or 4). */
  everyWeeks: number;
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** Minutes after midnight, the team's check-in prompt time. */
  minute: number;
  /** The team's time zone: the schedule is read on the team's clock. */
  timeZone: string;
  /** When the team was set up: no round opens by itself that day (its leader is told when the first will). */
  setUpAt: Date;
}

const PERIOD = /^(\d{4})-W(\d{2})$/;

export const isPeriod = (text: string): boolean => {
  const match = PERIOD.exec(text);
  return !!match && DateTime.fromISO(`${text}-1`).isValid;
};

/** The ISO week `at` falls in on the given clock. */
export function periodOf(at: Date, timeZone: string): Period {
  const local = DateTime.fromJSDate(at, { zone: timeZone });
  return `${local.weekYear}-W${String(local.weekNumber).padStart(2, '0')}`;
}

/** Whole weeks from `from` to `to` (negative when `to` is earlier). */
export function weeksBetween(from: Period, to: Period): number {
  const a = DateTime.fromISO(`${from}-1`, { zone: 'UTC' });
  const b = DateTime.fromISO(`${to}-1`, { zone: 'UTC' });
  return Math.round(b.diff(a, 'weeks').weeks);
}

/**
 * Whether a round should open at `at`, and for which week. A round opens on the team's
 * pulse weekday once the team's own clock has passed its check-in prompt time (and any
 * time later that day, so a clock that was down catches up), provided at least
 * `everyWeeks` weeks have passed since the week of the last round, and never on the day the
 * team was set up: the setup reply names the first pulse day, and that is the one kept.
 */
export function dueRound(at: Date, schedule: PulseSchedule, lastPeriod: Period | null): Period | null {
  if (!schedule.enabled) return null;
  const local = DateTime.fromJSDate(at, { zone: schedule.timeZone });
  if (local.startOf('day') <= DateTime.fromJSDate(schedule.setUpAt, { zone: schedule.timeZone }).startOf('day'))
    return null;
  if (local.weekday !== schedule.weekday) return null;
  if (local.hour * 60 + local.minute < schedule.minute) return null;
  const period = periodOf(at, schedule.timeZone);
  if (lastPeriod && weeksBetween(lastPeriod, period) < Math.max(1, schedule.everyWeeks)) return null;
  return period;
}

/** How far ahead `nextRoundAt` looks: the cadence and a day. */
const lookaheadDays = (schedule: PulseSchedule) => 7 * Math.max(1, schedule.everyWeeks) + 1;

/**
 * When the next round opens by itself, on or after `from`: the first pulse-day slot (the
 * check-in time, team clock) at which `dueRound` says yes. Null when the pulse is off.
 */
export function nextRoundAt(from: Date, schedule: PulseSchedule, lastPeriod: Period | null): Date | null {
  if (!schedule.enabled) return null;
  const start = DateTime.fromJSDate(from, { zone: schedule.timeZone }).startOf('day');
  for (let day = 0; day <= lookaheadDays(schedule); day += 1) {
    const slot = start.plus({ days: day, minutes: schedule.minute }).toJSDate();
    if (slot >= from && dueRound(slot, schedule, lastPeriod)) return slot;
  }
  return null;
}

/** The time a week's round is due: its pulse weekday at the check-in time, team clock. */
export const slotOf = (period: Period, schedule: Pick<PulseSchedule, 'weekday' | 'minute' | 'timeZone'>): Date =>
  DateTime.fromISO(`${period}-${schedule.weekday}`, { zone: schedule.timeZone })
    .plus({ minutes: schedule.minute })
    .toJSDate();

/** The same day one day later on the team's clock (a day before a round, the leader is told if it will wait). */
export const dayAfter = (at: Date, timeZone: string): Date =>
  DateTime.fromJSDate(at, { zone: timeZone }).plus({ days: 1 }).toJSDate();

export const closingTime = (openedAt: Date): Date => new Date(openedAt.getTime() + ROUND_OPEN_DAYS * 24 * 3600 * 1000);
