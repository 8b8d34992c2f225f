import { DateTime } from 'luxon';
import type { LocalDate } from '../checkins/calendar.ts';
import type { Period } from '../pulse/schedule.ts';
import type { DigestWindow } from './model.ts';

/** Feedback is counted over this many whole weeks. */
export const FEEDBACK_WEEKS = 4;

const mondayOf = (week: Period, zone: string) => DateTime.fromISO(`${week}-1`, { zone }).startOf('day');

const weekOf = (local: DateTime): Period => `${local.weekYear}-W${String(local.weekNumber).padStart(2, '0')}`;

/** The ISO week `weeks` after (negative: before) `week`. */
export function shiftWeek(week: Period, weeks: number): Period {
  return weekOf(DateTime.fromISO(`${week}-1`, { zone: 'UTC' }).plus({ weeks }));
}

/**
 * The window of a digest asked for at `at` on the team's clock: the weekly digest speaks of
 * the whole week before; a `/digest` of the week so far. Either way feedback is counted over
 * the four whole weeks before the current one, so the two never differ by a few people's words.
 */
export function digestWindow(at: Date, timeZone: string, kind: 'weekly' | 'so_far'): DigestWindow {
  const local = DateTime.fromJSDate(at, { zone: timeZone });
  const current = weekOf(local);
  const week = kind === 'weekly' ? shiftWeek(current, -1) : current;
  const from = mondayOf(week, timeZone);
  const end = kind === 'weekly' ? from.plus({ weeks: 1 }) : local;
  const dates: LocalDate[] = [];
  for (let day = from; day < end && dates.length < 7; day = day.plus({ days: 1 })) dates.push(day.toISODate() ?? '');
  return {
    week,
    from: from.toJSDate(),
    to: end.toJSDate(),
    complete: kind === 'weekly',
    dates,
    feedbackWeeks: { first: shiftWeek(current, -FEEDBACK_WEEKS), last: shiftWeek(current, -1) },
  };
}

/** The window of a whole week, for a digest built later (a retry, the bench). */
export function weekWindow(week: Period, timeZone: string): DigestWindow {
  const at = mondayOf(shiftWeek(week, 1), timeZone).plus({ hours: 1 }).toJSDate();
  return digestWindow(at, timeZone, 'weekly');
}
