import { describe, expect, it } from 'vitest';
import {
  closingTime,
  dueRound,
  isPeriod,
  nextRoundAt,
  periodOf,
  slotOf,
  weeksBetween,
  type PulseSchedule,
} from '../../src/domain/pulse/schedule.ts';

const shanghai: PulseSchedule = {
  enabled: true,
  everyWeeks: 2,
  weekday: 3,
  minute: 540,
  timeZone: 'Asia/Shanghai',
  setUpAt: new Date('2026-11-01T00:00:00Z'),
};

describe('pulse weeks', () => {
  it('when an instant is placed in a week, then the week is read on the given clock', () => {
    // Sunday 20:00 UTC is already Monday 04:00 in Shanghai.
    expect(periodOf(new Date('2026-11-29T20:00:00Z'), 'UTC')).toBe('2026-W48');
    expect(periodOf(new Date('2026-11-29T20:00:00Z'), 'Asia/Shanghai')).toBe('2026-W49');
    expect(periodOf(new Date('2026-12-31T12:00:00Z'), 'UTC')).toBe('2026-W53');
    expect(periodOf(new Date('2027-01-04T12:00:00Z'), 'UTC')).toBe('2027-W01');
  });

  it('when weeks are counted, then year ends with 53 weeks are counted right', () => {
    expect(weeksBetween('2026-W49', '2026-W51')).toBe(2);
    expect(weeksBetween('2026-W52', '2027-W01')).toBe(2);
    expect(weeksBetween('2026-W51', '2026-W49')).toBe(-2);
  });

  it('when a text is checked as a week, then only real ISO weeks pass', () => {
    expect(isPeriod('2026-W53')).toBe(true);
    expect(isPeriod('2027-W53')).toBe(false);
    expect(isPeriod('2026-48')).toBe(false);
  });

  it('when a round opens, then it closes five days later', () => {
    expect(closingTime(new Date('2026-12-02T01:00:00Z')).toISOString()).toBe('2026-12-07T01:00:00.000Z');
  });
});

describe('dueRound', () => {
  it('when the team’s clock reaches the pulse weekday at the check-in time, then that week’s round is due, and stays due that day', () => {
    expect(dueRound(new Date('2026-12-02T00:59:00Z'), shanghai, null)).toBeNull(); // Wed 08:59 Shanghai
    expect(dueRound(new Date('2026-12-02T01:00:00Z'), shanghai, null)).toBe('2026-W49');
    expect(dueRound(new Date('2026-12-02T15:59:00Z'), shanghai, null)).toBe('2026-W49'); // 23:59
    expect(dueRound(new Date('2026-12-02T16:00:00Z'), shanghai, null)).toBeNull(); // Thursday already
  });

  it('when it is 09:00 on Wednesday somewhere else but not on the team’s clock, then nothing is due', () => {
    expect(dueRound(new Date('2026-12-02T09:00:00Z'), { ...shanghai, timeZone: 'Europe/London' }, null)).toBe(
      '2026-W49',
    );
    expect(dueRound(new Date('2026-12-02T00:30:00Z'), { ...shanghai, timeZone: 'Europe/London' }, null)).toBeNull();
  });

  it('when the last round was a week ago, then a fortnightly team waits and a weekly team goes ahead', () => {
    const at = new Date('2026-12-09T01:00:00Z'); // W50
    expect(dueRound(at, shanghai, '2026-W49')).toBeNull();
    expect(dueRound(at, { ...shanghai, everyWeeks: 1 }, '2026-W49')).toBe('2026-W50');
    expect(dueRound(new Date('2026-12-16T01:00:00Z'), shanghai, '2026-W49')).toBe('2026-W51');
  });

  it('when this week already has a round, or the pulse is off, then nothing is due', () => {
    expect(dueRound(new Date('2026-12-02T01:00:00Z'), { ...shanghai, everyWeeks: 1 }, '2026-W49')).toBeNull();
    expect(dueRound(new Date('2026-12-02T01:00:00Z'), { ...shanghai, enabled: false }, null)).toBeNull();
  });
});

describe('a new team’s first round', () => {
  // Wednesday 2 December 2026, 10:00 in Shanghai: the pulse day, after the check-in time.
  const setUpOnPulseDay = { ...shanghai, setUpAt: new Date('2026-12-02T02:00:00Z') };

  it('when a team is set up on its pulse day after the check-in time, then nothing is due that day, and the next pulse day is', () => {
    expect(dueRound(new Date('2026-12-02T02:01:00Z'), setUpOnPulseDay, null)).toBeNull();
    expect(dueRound(new Date('2026-12-02T15:59:00Z'), setUpOnPulseDay, null)).toBeNull(); // 23:59 the same day
    expect(dueRound(new Date('2026-12-09T01:00:00Z'), setUpOnPulseDay, null)).toBe('2026-W50');
  });

  it('when a team is set up on its pulse day before the check-in time, then the first round still waits a week', () => {
    const early = { ...shanghai, setUpAt: new Date('2026-12-01T23:00:00Z') }; // Wednesday 07:00
    expect(dueRound(new Date('2026-12-02T01:00:00Z'), early, null)).toBeNull();
    expect(nextRoundAt(early.setUpAt, early, null)?.toISOString()).toBe('2026-12-09T01:00:00.000Z');
  });

  it('when the next round is asked for, then it is the first slot the schedule will open, on the team’s clock', () => {
    expect(nextRoundAt(setUpOnPulseDay.setUpAt, setUpOnPulseDay, null)?.toISOString()).toBe('2026-12-09T01:00:00.000Z');
    // Set up the day before the pulse day: the next day is the first round.
    expect(
      nextRoundAt(
        new Date('2026-12-01T02:00:00Z'),
        { ...shanghai, setUpAt: new Date('2026-12-01T02:00:00Z') },
        null,
      )?.toISOString(),
    ).toBe('2026-12-02T01:00:00.000Z');
    // A fortnightly team whose last round was W49 is next asked in W51.
    expect(nextRoundAt(new Date('2026-12-03T00:00:00Z'), shanghai, '2026-W49')?.toISOString()).toBe(
      '2026-12-16T01:00:00.000Z',
    );
    expect(nextRoundAt(new Date('2026-12-03T00:00:00Z'), { ...shanghai, enabled: false }, null)).toBeNull();
  });

  it('when a week’s slot is asked for, then it is that week’s pulse day at the check-in time, team clock', () => {
    expect(slotOf('2026-W50', shanghai).toISOString()).toBe('2026-12-09T01:00:00.000Z');
    expect(slotOf('2026-W50', { ...shanghai, weekday: 1, timeZone: 'America/New_York' }).toISOString()).toBe(
      '2026-12-07T14:00:00.000Z',
    );
  });
});
