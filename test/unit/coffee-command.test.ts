import { describe, expect, it } from 'vitest';
import { parseCoffeeCommand } from '../../src/domain/informal/command.ts';
import { awayMostOfRound, roundDays, roundTimes } from '../../src/domain/informal/schedule.ts';
import { isAppError } from '../../src/shared/errors.ts';

const refusal = (text: string) => {
  try {
    parseCoffeeCommand(text);
  } catch (error) {
    if (isAppError(error)) return error.messageKey;
    throw error;
  }
  throw new Error(`"${text}" was accepted`);
};

describe('the /coffee command', () => {
  it('when nothing or a choice is written, then it reads as the member’s status or choice, in either language', () => {
    expect(parseCoffeeCommand('')).toEqual({ kind: 'status' });
    expect(parseCoffeeCommand('状态')).toEqual({ kind: 'status' });
    expect(parseCoffeeCommand('off')).toEqual({ kind: 'me', optedOut: true });
    expect(parseCoffeeCommand('开启')).toEqual({ kind: 'me', optedOut: false });
    expect(parseCoffeeCommand('pause')).toEqual({ kind: 'pause', weeks: 4 });
    expect(parseCoffeeCommand('pause 2w')).toEqual({ kind: 'pause', weeks: 2 });
    expect(parseCoffeeCommand('暂停 3周')).toEqual({ kind: 'pause', weeks: 3 });
  });

  it('when someone is named to avoid, then the Slack id is read from the escaped mention', () => {
    expect(parseCoffeeCommand('avoid <@U0ABC|li>')).toEqual({ kind: 'avoid', slackUserId: 'U0ABC', avoid: true });
    expect(parseCoffeeCommand('unavoid <@U0ABC>')).toEqual({ kind: 'avoid', slackUserId: 'U0ABC', avoid: false });
    expect(parseCoffeeCommand('avoid')).toEqual({ kind: 'avoids' });
  });

  it('when a leader changes a setting, then each is read with its bounds', () => {
    expect(parseCoffeeCommand('every 4')).toEqual({ kind: 'setting', setting: { kind: 'every', weeks: 4 } });
    expect(parseCoffeeCommand('day 周三')).toEqual({ kind: 'setting', setting: { kind: 'day', weekday: 3 } });
    expect(parseCoffeeCommand('time 09:30')).toEqual({ kind: 'setting', setting: { kind: 'time', minute: 570 } });
    expect(parseCoffeeCommand('size 3')).toEqual({ kind: 'setting', setting: { kind: 'size', size: 3 } });
    expect(parseCoffeeCommand('repeat 0')).toEqual({ kind: 'setting', setting: { kind: 'repeat', weeks: 0 } });
    expect(parseCoffeeCommand('team off')).toEqual({ kind: 'setting', setting: { kind: 'team', enabled: false } });
    expect(parseCoffeeCommand('questions off')).toEqual({
      kind: 'setting',
      setting: { kind: 'questions', enabled: false },
    });
    expect(parseCoffeeCommand('questions day fri')).toEqual({
      kind: 'setting',
      setting: { kind: 'questions_day', weekday: 5 },
    });
    expect(parseCoffeeCommand('questions time 16:30')).toEqual({
      kind: 'setting',
      setting: { kind: 'questions_time', minute: 990 },
    });
    expect(parseCoffeeCommand('channel <#C0INF|coffee>')).toEqual({
      kind: 'setting',
      setting: { kind: 'channel', channelId: 'C0INF' },
    });
    expect(parseCoffeeCommand('question add What did a shop owner teach you?')).toEqual({
      kind: 'question',
      text: 'What did a shop owner teach you?',
    });
  });

  it('when the text is wrong, then the refusal says how to write that part', () => {
    expect(refusal('frobnicate')).toBe('informal.error.usage');
    expect(refusal('status now')).toBe('informal.error.usage');
    expect(refusal('pause 30w')).toBe('informal.error.pause');
    expect(refusal('pause soon')).toBe('informal.error.pause');
    expect(refusal('avoid li')).toBe('informal.error.avoid');
    expect(refusal('every 3')).toBe('informal.error.every');
    expect(refusal('day someday')).toBe('informal.error.day');
    expect(refusal('time 25:00')).toBe('informal.error.time');
    expect(refusal('size 5')).toBe('informal.error.size');
    expect(refusal('questions maybe')).toBe('informal.error.questions');
    expect(refusal('questions day someday')).toBe('informal.error.day');
    expect(refusal('questions time noon')).toBe('informal.error.time');
    expect(refusal('repeat 60')).toBe('informal.error.repeat');
    expect(refusal('channel coffee')).toBe('informal.error.channel');
    expect(refusal('question ask why')).toBe('informal.error.question');
    expect(refusal('question add hi')).toBe('informal.error.question_length');
    expect(refusal('x'.repeat(2000))).toBe('informal.error.usage');
  });
});

describe('a coffee round’s moments', () => {
  const monday = new Date('2026-12-07T02:00:00Z'); // 10:00 in Shanghai

  it('when a round lasts one week, then it asks on its third day and again on its fifth, and ends a week on', () => {
    const times = roundTimes(monday, 1, 'Asia/Shanghai');
    expect(times.midAt.toISOString()).toBe('2026-12-09T02:00:00.000Z');
    expect(times.lastAt.toISOString()).toBe('2026-12-11T02:00:00.000Z');
    expect(times.endsAt.toISOString()).toBe('2026-12-14T02:00:00.000Z');
  });

  it('when a round lasts two or four weeks, then it asks halfway and three days before its end', () => {
    const two = roundTimes(monday, 2, 'Asia/Shanghai');
    expect(two.midAt.toISOString()).toBe('2026-12-14T02:00:00.000Z');
    expect(two.lastAt.toISOString()).toBe('2026-12-18T02:00:00.000Z');
    const four = roundTimes(monday, 4, 'Asia/Shanghai');
    expect(four.midAt.toISOString()).toBe('2026-12-21T02:00:00.000Z');
    expect(four.endsAt.toISOString()).toBe('2027-01-04T02:00:00.000Z');
  });

  it('when a member is away for more than half of the round’s days, then they sit it out, and not for half or less', () => {
    const days = roundDays(roundTimes(monday, 2, 'Asia/Shanghai'), 'Asia/Shanghai');
    expect(days).toHaveLength(14);
    expect(awayMostOfRound(days, [{ startDate: '2026-12-07', endDate: '2026-12-14' }])).toBe(true);
    expect(awayMostOfRound(days, [{ startDate: '2026-12-07', endDate: '2026-12-13' }])).toBe(false);
    expect(awayMostOfRound(days, [])).toBe(false);
  });
});
