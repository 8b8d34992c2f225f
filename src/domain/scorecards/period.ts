import { DateTime } from 'luxon';
import type { LocalDate } from '../checkins/calendar.ts';

/** Scorecards are kept per month ("2026-11") or per quarter ("2026-Q4"), in the team's time zone. */
export type PeriodKind = 'month' | 'quarter';
export type Period = string;

export const PERIOD_KINDS: readonly PeriodKind[] = ['month', 'quarter'];

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;

export const isPeriodKind = (value: string): value is PeriodKind => (PERIOD_KINDS as readonly string[]).includes(value);

/** Which kind a period name is written in, or null when it is neither. */
export function kindOfPeriod(text: string): PeriodKind | null {
  if (MONTH.test(text)) return 'month';
  if (QUARTER.test(text)) return 'quarter';
  return null;
}

/** Year and first month (1–12) of a period. */
function startOf(period: Period): { year: number; month: number; months: number } {
  const month = MONTH.exec(period);
  if (month) return { year: Number(month[1]), month: Number(month[2]), months: 1 };
  const quarter = QUARTER.exec(period);
  if (quarter) return { year: Number(quarter[1]), month: (Number(quarter[2]) - 1) * 3 + 1, months: 3 };
  throw new Error(`Not a period: ${period}`);
}

function name(kind: PeriodKind, year: number, month: number): Period {
  return kind === 'month' ? `${year}-${String(month).padStart(2, '0')}` : `${year}-Q${Math.floor((month - 1) / 3) + 1}`;
}

/** The period an instant falls in, on the wall clock of the zone. */
export function periodAt(at: Date, kind: PeriodKind, timeZone: string): Period {
  const local = DateTime.fromJSDate(at, { zone: timeZone });
  return name(kind, local.year, local.month);
}

/** The first day of a period, e.g. 2026-Q4 → 2026-10-01. */
export function periodStart(period: Period): LocalDate {
  const { year, month } = startOf(period);
  return `${year}-${String(month).padStart(2, '0')}-01`;
}

/** The last day of a period (inclusive), e.g. 2026-11 → 2026-11-30. */
export function periodEnd(period: Period): LocalDate {
  const { year, month, months } = startOf(period);
  return DateTime.fromObject({ year, month }).plus({ months }).minus({ days: 1 }).toISODate() ?? '';
}

/** The instant the period ends (the next one begins), in the zone. */
export function periodEndInstant(period: Period, timeZone: string): Date {
  const { year, month, months } = startOf(period);
  return DateTime.fromObject({ year, month }, { zone: timeZone }).plus({ months }).toJSDate();
}

export function nextPeriod(period: Period): Period {
  const { year, month, months } = startOf(period);
  const next = DateTime.fromObject({ year, month }).plus({ months });
  return name(months === 1 ? 'month' : 'quarter', next.year, next.month);
}

export function previousPeriod(period: Period): Period {
  const { year, month, months } = startOf(period);
  const previous = DateTime.fromObject({ year, month }).minus({ months });
  return name(months === 1 ? 'month' : 'quarter', previous.year, previous.month);
}

/** Orders periods by the day they begin; months and quarters compare with each other. */
export const comparePeriods = (a: Period, b: Period): number => periodStart(a).localeCompare(periodStart(b));
