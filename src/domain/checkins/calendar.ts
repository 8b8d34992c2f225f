import { DateTime } from 'luxon';

/** A calendar date as YYYY-MM-DD. */
export type LocalDate = string;

export interface DateRange {
  startDate: LocalDate;
  endDate: LocalDate;
}

export interface CheckinSchedule {
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  days: readonly number[];
  /** Minutes after local midnight when the prompt goes out. */
  promptMinute: number;
  /** Minutes after local midnight when the single reminder goes out. */
  reminderMinute: number;
}

export interface MemberCalendar {
  timeZone: string;
  holidays: ReadonlySet<LocalDate>;
  vacations: readonly DateRange[];
}

export interface LocalMoment {
  date: LocalDate;
  weekday: number;
  minuteOfDay: number;
}

/** Where the member is in their own day at the instant `at`. */
export function localMoment(at: Date, timeZone: string): LocalMoment {
  const local = DateTime.fromJSDate(at, { zone: timeZone });
  return {
    date: local.toISODate() ?? '',
    weekday: local.weekday,
    minuteOfDay: local.hour * 60 + local.minute,
  };
}

export function isOnVacation(date: LocalDate, vacations: readonly DateRange[]): boolean {
  return vacations.some((range) => range.startDate <= date && date <= range.endDate);
}

/** A working day for this member: a scheduled weekday, not a team holiday, not on vacation. */
export function isCheckinDay(moment: LocalMoment, schedule: CheckinSchedule, calendar: MemberCalendar): boolean {
  return (
    schedule.days.includes(moment.weekday) &&
    !calendar.holidays.has(moment.date) &&
    !isOnVacation(moment.date, calendar.vacations)
  );
}

export type DueAction = { kind: 'prompt'; date: LocalDate } | { kind: 'reminder'; date: LocalDate } | null;

/**
 * What the clock owes this member at `at`. The prompt is due from the prompt time until
 * the reminder time (so a clock that was down at 09:00 catches up at 09:05, but nobody is
 * prompted at night); the reminder from the reminder time until local midnight. Whether
 * it was already sent is the caller's concern: job ids and unique keys make it once.
 * `moment` is `at` in the member's zone, when the caller has worked it out already.
 */
export function dueAction(
  at: Date,
  schedule: CheckinSchedule,
  calendar: MemberCalendar,
  moment: LocalMoment = localMoment(at, calendar.timeZone),
): DueAction {
  if (!isCheckinDay(moment, schedule, calendar)) return null;
  if (moment.minuteOfDay >= schedule.promptMinute && moment.minuteOfDay < schedule.reminderMinute) {
    return { kind: 'prompt', date: moment.date };
  }
  if (moment.minuteOfDay >= schedule.reminderMinute) return { kind: 'reminder', date: moment.date };
  return null;
}

/** An answer is late once the member's own day it belongs to has ended. */
export function isLate(answerDate: LocalDate, submittedAt: Date, timeZone: string): boolean {
  return localMoment(submittedAt, timeZone).date > answerDate;
}

export function isIsoDate(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && DateTime.fromISO(text).isValid;
}

export function formatMinute(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}

export function parseClock(text: string): number | null {
  const match = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(text);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return DateTime.fromISO(date).plus({ days }).toISODate() ?? date;
}
