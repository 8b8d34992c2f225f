import { DateTime } from 'luxon';
import { isTimeZone } from '../../shared/time.ts';

/**
 * The end of the delivery window `now` falls in. Windows start at the team's local midnight
 * and last `minutes` each (the last of the day ends at midnight), so every word written in
 * a window is delivered together at its end: when it was written is never told.
 */
export function batchEnd(now: Date, minutes: number, timeZone: string): Date {
  const zone = isTimeZone(timeZone) ? timeZone : 'UTC';
  const local = DateTime.fromJSDate(now, { zone });
  const start = local.startOf('day');
  const next = start.plus({ days: 1 });
  const windowMs = Math.max(1, minutes) * 60_000;
  const index = Math.floor((now.getTime() - start.toMillis()) / windowMs);
  const end = Math.min(start.toMillis() + (index + 1) * windowMs, next.toMillis());
  return new Date(end);
}
