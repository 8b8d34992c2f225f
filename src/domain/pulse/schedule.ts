import { DateTime } from 'luxon';

/** An ISO week, e.g. "2026-W49": a team has at most one pulse round per week. */
export type Period = string;

/** How long a round stays open for answers. */
export const ROUND_OPEN_DAYS = 5;

export interface PulseSchedule {
  enabled: boolean;
  /** 1 or 2. */
  everyWeeks: number;
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** Minutes after midnight, the team's check-in prompt time. */
  minute: number;
  /** The team's time zone: the schedule is read on the team's clock. */
  timeZone: string;
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
 * `everyWeeks` weeks have passed since the week of the last round.
 */
export function dueRound(at: Date, schedule: PulseSchedule, lastPeriod: Period | null): Period | null {
  if (!schedule.enabled) return null;
  const local = DateTime.fromJSDate(at, { zone: schedule.timeZone });
  if (local.weekday !== schedule.weekday) return null;
  if (local.hour * 60 + local.minute < schedule.minute) return null;
  const period = periodOf(at, schedule.timeZone);
  if (lastPeriod && weeksBetween(lastPeriod, period) < Math.max(1, schedule.everyWeeks)) return null;
  return period;
}

export const closingTime = (openedAt: Date): Date => new Date(openedAt.getTime() + ROUND_OPEN_DAYS * 24 * 3600 * 1000);
