import { describe, expect, it } from 'vitest';
import { closingTime, dueRound, isPeriod, periodOf, weeksBetween, type PulseSchedule } from '../../src/domain/pulse/schedule.ts';

const shanghai: PulseSchedule = { enabled: true, everyWeeks: 2, weekday: 3, minute: 540, timeZone: 'Asia/Shanghai' };

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
    expect(dueRound(new Date('2026-12-02T09:00:00Z'), { ...shanghai, timeZone: 'Europe/London' }, null)).toBe('2026-W49');
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
