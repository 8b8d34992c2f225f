import { DateTime } from 'luxon';
import { addDays, type DateRange, type LocalDate } from '../checkins/calendar.ts';
import { dueRound, nextRoundAt, type Period, type PulseSchedule } from '../pulse/schedule.ts';
import type { InformalTeam } from './model.ts';

/**
 * Coffee rounds and icebreakers keep the same kind of weekly slot as the pulse (a weekday
 * and a minute on the team's clock, every N weeks, caught up later that day by a clock that
 * was down, never on the day the team was set up), so they are read by the same rules.
 */
export const coffeeSchedule = (team: InformalTeam): PulseSchedule => ({
  enabled: team.coffeeEnabled && !!team.informalChannelId,
  everyWeeks: team.coffeeEveryWeeks,
  weekday: team.coffeeWeekday,
  minute: team.coffeeMinute,
  timeZone: team.timeZone,
  setUpAt: team.createdAt,
});

export const icebreakerSchedule = (team: InformalTeam): PulseSchedule => ({
  enabled: team.icebreakerEnabled && !!team.informalChannelId,
  everyWeeks: 1,
  weekday: team.icebreakerWeekday,
  minute: team.icebreakerMinute,
  timeZone: team.timeZone,
  setUpAt: team.createdAt,
});

export const dueCoffeeRound = (at: Date, team: InformalTeam, last: Period | null): Period | null =>
  dueRound(at, coffeeSchedule(team), last);
export const dueIcebreaker = (at: Date, team: InformalTeam, last: Period | null): Period | null =>
  dueRound(at, icebreakerSchedule(team), last);
export const nextCoffeeRoundAt = (from: Date, team: InformalTeam, last: Period | null): Date | null =>
  nextRoundAt(from, coffeeSchedule(team), last);

export interface RoundTimes {
  startsAt: Date;
  /** "Did you meet?" */
  midAt: Date;
  /** A "not yet" is asked once more. */
  lastAt: Date;
  /** The next round's start: silence is counted then. */
  endsAt: Date;
}

/**
 * A round's moments on the team's clock, at the minute it started: a one-week round asks on
 * its third day and again on its fifth (a Monday round: Wednesday, Friday); longer rounds
 * halfway and on the Friday-like day three days before their end.
 */
export function roundTimes(startsAt: Date, everyWeeks: number, timeZone: string): RoundTimes {
  const start = DateTime.fromJSDate(startsAt, { zone: timeZone });
  const days = 7 * Math.max(1, everyWeeks);
  const mid = days === 7 ? 2 : days / 2;
  return {
    startsAt,
    midAt: start.plus({ days: mid }).toJSDate(),
    lastAt: start.plus({ days: days - 3 }).toJSDate(),
    endsAt: start.plus({ days }).toJSDate(),
  };
}

/** The round's local dates, first to last (the end day is the next round's). */
export function roundDays(times: RoundTimes, timeZone: string): LocalDate[] {
  const first = DateTime.fromJSDate(times.startsAt, { zone: timeZone }).toISODate() ?? '';
  const end = DateTime.fromJSDate(times.endsAt, { zone: timeZone }).toISODate() ?? '';
  const days: LocalDate[] = [];
  for (let day = first; day < end && days.length < 40; day = addDays(day, 1)) days.push(day);
  return days;
}

/** Away for more than half of the round's days: not paired this time. */
export function awayMostOfRound(days: readonly LocalDate[], vacations: readonly DateRange[]): boolean {
  const away = days.filter((d) => vacations.some((v) => v.startDate <= d && d <= v.endDate)).length;
  return away * 2 > days.length;
}
