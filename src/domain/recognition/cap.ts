import { DateTime } from 'luxon';

export interface DayWindow {
  /** The giver's local date, YYYY-MM-DD. */
  localDate: string;
  from: Date;
  /** The next local midnight: when the count starts again. */
  to: Date;
}

/** The giver's own calendar day around `at`, as instants (a DST day may be 23 or 25 hours). */
export function localDay(at: Date, timeZone: string): DayWindow {
  const local = DateTime.fromJSDate(at, { zone: timeZone });
  const start = local.startOf('day');
  return { localDate: start.toISODate() ?? '', from: start.toJSDate(), to: start.plus({ days: 1 }).toJSDate() };
}

export interface CapStatus {
  cap: number;
  used: number;
  left: number;
  window: DayWindow;
  timeZone: string;
  /** Whole minutes until the count resets (at least 1). */
  minutesToReset: number;
}

export function capStatus(cap: number, used: number, window: DayWindow, timeZone: string, now: Date): CapStatus {
  const minutesToReset = Math.max(1, Math.ceil((window.to.getTime() - now.getTime()) / 60_000));
  return { cap, used, left: Math.max(0, cap - used), window, timeZone, minutesToReset };
}
