import { describe, expect, it } from 'vitest';
import { parseCheckinCommand, parseCheckinRef, parseHexinCommand } from '../../src/slack/parse.ts';
import { AppError } from '../../src/shared/errors.ts';

/** Runs `fn`, expecting an AppError, and returns it for closer checks. */
function appError(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error('expected an AppError, but nothing was thrown');
}

describe('parseHexinCommand: simple subcommands', () => {
  it('when the text is help, then it is the help command', () => {
    expect(parseHexinCommand('help')).toEqual({ kind: 'help' });
  });

  it('when the text is empty or blank, then it is the help command', () => {
    expect(parseHexinCommand('')).toEqual({ kind: 'help' });
    expect(parseHexinCommand('   ')).toEqual({ kind: 'help' });
  });

  it('when the subcommand is upper case, then it is still recognised', () => {
    expect(parseHexinCommand('  JOIN  ')).toEqual({ kind: 'join' });
  });

  it('when the text is join, leave, members or holidays, then the matching command is returned', () => {
    expect(parseHexinCommand('join')).toEqual({ kind: 'join' });
    expect(parseHexinCommand('leave')).toEqual({ kind: 'leave' });
    expect(parseHexinCommand('members')).toEqual({ kind: 'members' });
    expect(parseHexinCommand('holidays')).toEqual({ kind: 'holidays' });
  });
});

describe('parseHexinCommand: setup', () => {
  it('when setup has no channel, then the informal channel is null', () => {
    expect(parseHexinCommand('setup')).toEqual({ kind: 'setup', informalChannelId: null });
  });

  it('when setup names an escaped channel, then its id is taken', () => {
    expect(parseHexinCommand('setup <#C123|informal>')).toEqual({ kind: 'setup', informalChannelId: 'C123' });
  });

  it('when setup names a channel without a label, then its id is taken', () => {
    expect(parseHexinCommand('setup <#G9ABC>')).toEqual({ kind: 'setup', informalChannelId: 'G9ABC' });
  });

  it('when setup is given a plain word instead of a channel, then a usage error is raised', () => {
    const error = appError(() => parseHexinCommand('setup informal'));
    expect(error.messageKey).toBe('hexin.error.usage');
    expect(error.params).toEqual({ usage: '/hexin setup [#informal-channel]' });
  });
});

describe('parseHexinCommand: people', () => {
  it('when leader names an escaped user, then the user becomes a leader', () => {
    expect(parseHexinCommand('leader <@U123|anna>')).toEqual({ kind: 'role', role: 'leader', userId: 'U123' });
  });

  it('when member names a user without a label, then the user becomes a member', () => {
    expect(parseHexinCommand('member <@W456>')).toEqual({ kind: 'role', role: 'member', userId: 'W456' });
  });

  it('when Leader is capitalised, then the role is still lower case', () => {
    expect(parseHexinCommand('Leader <@U1>')).toEqual({ kind: 'role', role: 'leader', userId: 'U1' });
  });

  it('when remove names a user, then it is the remove command', () => {
    expect(parseHexinCommand('remove <@U777|bo>')).toEqual({ kind: 'remove', userId: 'U777' });
  });

  it('when leader has no mention, then the user-missing error is raised', () => {
    expect(appError(() => parseHexinCommand('leader')).messageKey).toBe('hexin.error.user_missing');
  });

  it('when remove names someone as plain text, then the user-missing error is raised', () => {
    expect(appError(() => parseHexinCommand('remove @anna')).messageKey).toBe('hexin.error.user_missing');
  });

  it('when member is given a channel mention, then the user-missing error is raised', () => {
    expect(appError(() => parseHexinCommand('member <#C123|x>')).messageKey).toBe('hexin.error.user_missing');
  });
});

describe('parseHexinCommand: schedule', () => {
  it('when days, time and reminder are given, then all three are parsed', () => {
    expect(parseHexinCommand('schedule days=mon-fri time=08:30 reminder=15:00')).toEqual({
      kind: 'schedule',
      change: { days: [1, 2, 3, 4, 5], promptMinute: 510, reminderMinute: 900 },
    });
  });

  it('when days are a list, then the listed days are returned in order', () => {
    expect(parseHexinCommand('schedule days=mon,wed,fri')).toEqual({ kind: 'schedule', change: { days: [1, 3, 5] } });
  });

  it('when days mix a list and a range out of order, then they are deduplicated and sorted', () => {
    expect(parseHexinCommand('schedule days=SAT,mon-wed,tue')).toEqual({
      kind: 'schedule',
      change: { days: [1, 2, 3, 6] },
    });
  });

  it('when only the time is given, then only promptMinute changes', () => {
    expect(parseHexinCommand('schedule time=9:15')).toEqual({ kind: 'schedule', change: { promptMinute: 555 } });
  });

  for (const bad of ['days=funday', 'days=fri-mon', 'days=', 'days=mon,,fri']) {
    it(`when the days are ${bad}, then the days error is raised`, () => {
      expect(appError(() => parseHexinCommand(`schedule ${bad}`)).messageKey).toBe('hexin.schedule.error.days');
    });
  }

  it('when the time is 25:00, then the time error names the time key', () => {
    const error = appError(() => parseHexinCommand('schedule time=25:00'));
    expect(error.messageKey).toBe('hexin.schedule.error.time');
    expect(error.params).toEqual({ key: 'time' });
  });

  it('when the reminder is not a clock time, then the time error names the reminder key', () => {
    const error = appError(() => parseHexinCommand('schedule days=mon-fri reminder=4pm'));
    expect(error.messageKey).toBe('hexin.schedule.error.time');
    expect(error.params).toEqual({ key: 'reminder' });
  });

  it('when schedule has no settings, then the empty error is raised', () => {
    expect(appError(() => parseHexinCommand('schedule')).messageKey).toBe('hexin.schedule.error.empty');
  });

  it('when schedule has an unknown setting, then the empty error is raised', () => {
    expect(appError(() => parseHexinCommand('schedule every=day')).messageKey).toBe('hexin.schedule.error.empty');
  });
});

describe('parseHexinCommand: questions', () => {
  it('when questions are default and route, then the four defaults and the two route questions are returned', () => {
    expect(parseHexinCommand('questions default route')).toEqual({
      kind: 'questions',
      questions: ['yesterday', 'today', 'blockers', 'mood', 'shops', 'issues'],
    });
  });

  it('when single question ids are given in any case, then they are kept in the given order', () => {
    expect(parseHexinCommand('questions Mood today')).toEqual({ kind: 'questions', questions: ['mood', 'today'] });
  });

  it('when a question is unknown, then the error names it and lists the available ones', () => {
    const error = appError(() => parseHexinCommand('questions default weather'));
    expect(error.messageKey).toBe('hexin.questions.error.unknown');
    expect(error.params.word).toBe('weather');
    expect(error.params.available).toBe('default, route, yesterday, today, blockers, mood, shops, issues');
  });

  it('when an unknown question is hostile mrkdwn, then the echoed word has no raw angle brackets', () => {
    const error = appError(() => parseHexinCommand('questions <!channel>'));
    expect(error.params.word).toBe('&lt;!channel&gt;');
  });

  it('when no question is given, then the unknown-question error is raised with an empty word', () => {
    const error = appError(() => parseHexinCommand('questions'));
    expect(error.messageKey).toBe('hexin.questions.error.unknown');
    expect(error.params.word).toBe('');
  });
});

describe('parseHexinCommand: holidays', () => {
  it('when a holiday is added with a name, then the date and the name are returned', () => {
    expect(parseHexinCommand('holiday add 2026-12-25 Christmas Day')).toEqual({
      kind: 'holiday-add',
      date: '2026-12-25',
      name: 'Christmas Day',
    });
  });

  it('when a holiday is added without a name, then the name is empty', () => {
    expect(parseHexinCommand('holiday add 2027-02-17')).toEqual({ kind: 'holiday-add', date: '2027-02-17', name: '' });
  });

  it('when a holiday name is very long, then it is cut to 80 characters ending with an ellipsis', () => {
    const result = parseHexinCommand(`holiday add 2026-10-01 ${'国庆'.repeat(60)}`);
    expect(result).toEqual({ kind: 'holiday-add', date: '2026-10-01', name: `${'国庆'.repeat(39)}国…` });
  });

  it('when a holiday is removed, then the date is returned', () => {
    expect(parseHexinCommand('holiday remove 2026-12-25')).toEqual({ kind: 'holiday-remove', date: '2026-12-25' });
  });

  it('when a holiday is added with an impossible date, then the date error echoes the word', () => {
    const error = appError(() => parseHexinCommand('holiday add 2026-02-30'));
    expect(error.messageKey).toBe('hexin.error.date');
    expect(error.params).toEqual({ word: '2026-02-30' });
  });

  it('when a holiday is removed with a non-date, then the date error is raised', () => {
    expect(appError(() => parseHexinCommand('holiday remove christmas')).messageKey).toBe('hexin.error.date');
  });

  it('when a holiday is added without a date, then the date error echoes an empty word', () => {
    const error = appError(() => parseHexinCommand('holiday add'));
    expect(error.messageKey).toBe('hexin.error.date');
    expect(error.params).toEqual({ word: '' });
  });

  it('when the holiday action is unknown, then the usage error is raised', () => {
    const error = appError(() => parseHexinCommand('holiday list'));
    expect(error.messageKey).toBe('hexin.error.usage');
    expect(error.params).toEqual({ usage: '/hexin holiday add|remove YYYY-MM-DD [name]' });
  });
});

describe('parseHexinCommand: vacation', () => {
  it('when a single day is given, then the vacation starts and ends that day', () => {
    expect(parseHexinCommand('vacation 2026-12-01')).toEqual({
      kind: 'vacation',
      startDate: '2026-12-01',
      endDate: '2026-12-01',
    });
  });

  it('when a range is given, then both ends are returned', () => {
    expect(parseHexinCommand('vacation 2026-12-01 2026-12-05')).toEqual({
      kind: 'vacation',
      startDate: '2026-12-01',
      endDate: '2026-12-05',
    });
  });

  it('when clear is given, then the vacation-clear command is returned', () => {
    expect(parseHexinCommand('vacation clear')).toEqual({ kind: 'vacation-clear' });
  });

  it('when the end of the range is not a date, then the date error names it', () => {
    const error = appError(() => parseHexinCommand('vacation 2026-12-01 next-week'));
    expect(error.messageKey).toBe('hexin.error.date');
    expect(error.params).toEqual({ word: 'next-week' });
  });

  it('when no date is given, then the date error is raised', () => {
    expect(appError(() => parseHexinCommand('vacation')).messageKey).toBe('hexin.error.date');
  });
});

describe('parseHexinCommand: language and time zone', () => {
  it('when the language is zh, zh-CN or 中文, then the locale is zh-CN', () => {
    expect(parseHexinCommand('language zh')).toEqual({ kind: 'language', locale: 'zh-CN' });
    expect(parseHexinCommand('language zh-CN')).toEqual({ kind: 'language', locale: 'zh-CN' });
    expect(parseHexinCommand('language 中文')).toEqual({ kind: 'language', locale: 'zh-CN' });
  });

  it('when the language is en or English, then the locale is en', () => {
    expect(parseHexinCommand('language en')).toEqual({ kind: 'language', locale: 'en' });
    expect(parseHexinCommand('language English')).toEqual({ kind: 'language', locale: 'en' });
  });

  it('when the language is unsupported or missing, then the language error is raised', () => {
    expect(appError(() => parseHexinCommand('language fr')).messageKey).toBe('hexin.language.error');
    expect(appError(() => parseHexinCommand('language')).messageKey).toBe('hexin.language.error');
  });

  it('when the time zone is an IANA name, then it is returned as written', () => {
    expect(parseHexinCommand('timezone America/New_York')).toEqual({ kind: 'timezone', zone: 'America/New_York' });
    expect(parseHexinCommand('timezone Asia/Shanghai')).toEqual({ kind: 'timezone', zone: 'Asia/Shanghai' });
  });

  it('when the time zone is not a known zone, then the time zone error echoes it', () => {
    const error = appError(() => parseHexinCommand('timezone Mars/Olympus'));
    expect(error.messageKey).toBe('hexin.timezone.error');
    expect(error.params).toEqual({ word: 'Mars/Olympus' });
  });

  it('when the time zone is an abbreviation without a region, then it is rejected', () => {
    expect(appError(() => parseHexinCommand('timezone UTC')).messageKey).toBe('hexin.timezone.error');
  });

  it('when the time zone is hostile mrkdwn, then the echoed word has no raw angle brackets', () => {
    const error = appError(() => parseHexinCommand('timezone <!here>'));
    expect(String(error.params.word)).not.toMatch(/[<>]/);
  });
});

describe('parseHexinCommand: unknown subcommands', () => {
  it('when the word is unknown, then the unknown-subcommand error echoes it', () => {
    const error = appError(() => parseHexinCommand('dance now'));
    expect(error.code).toBe('USAGE');
    expect(error.messageKey).toBe('hexin.error.unknown_subcommand');
    expect(error.params).toEqual({ word: 'dance' });
  });

  it('when the unknown word is a broadcast mention, then the echoed word has no raw angle brackets', () => {
    const error = appError(() => parseHexinCommand('<!channel> hi'));
    expect(error.messageKey).toBe('hexin.error.unknown_subcommand');
    expect(error.params.word).toBe('&lt;!channel&gt;');
    expect(String(error.params.word)).not.toContain('<');
  });

  it('when the unknown word is very long, then the echo is cut to 40 characters', () => {
    const error = appError(() => parseHexinCommand('x'.repeat(300)));
    expect(Array.from(String(error.params.word))).toHaveLength(40);
  });

  it('when the text is longer than 2000 characters, then the unknown-subcommand error is raised', () => {
    const error = appError(() => parseHexinCommand(`join ${'a'.repeat(2000)}`));
    expect(error.messageKey).toBe('hexin.error.unknown_subcommand');
  });
});

describe('parseCheckinCommand', () => {
  it('when the text is empty, then the check-in opens', () => {
    expect(parseCheckinCommand('')).toEqual({ kind: 'open' });
    expect(parseCheckinCommand('   ')).toEqual({ kind: 'open' });
  });

  it('when the text is skip or 跳过, then the day is skipped', () => {
    expect(parseCheckinCommand('skip')).toEqual({ kind: 'skip' });
    expect(parseCheckinCommand(' SKIP ')).toEqual({ kind: 'skip' });
    expect(parseCheckinCommand('跳过')).toEqual({ kind: 'skip' });
  });

  it('when the text is anything else, then the checkin usage error is raised', () => {
    expect(appError(() => parseCheckinCommand('later')).messageKey).toBe('checkin.command.unknown');
  });
});

describe('parseCheckinRef', () => {
  it('when the text is a valid ref, then the team and date are returned', () => {
    expect(parseCheckinRef('{"t":"abc","d":"2026-11-30"}')).toEqual({ teamId: 'abc', localDate: '2026-11-30' });
  });

  for (const bad of [
    'garbage',
    '',
    '{}',
    '{"t":"abc"}',
    '{"d":"2026-11-30"}',
    '{"t":"","d":"2026-11-30"}',
    '{"t":"abc","d":"30/11/2026"}',
    '{"t":1,"d":"2026-11-30"}',
    'null',
    '[]',
    `{"t":"${'a'.repeat(65)}","d":"2026-11-30"}`,
  ]) {
    it(`when the text is ${JSON.stringify(bad.slice(0, 40))}, then a BAD_REF AppError is raised`, () => {
      const error = appError(() => parseCheckinRef(bad));
      expect(error.code).toBe('BAD_REF');
      expect(error.messageKey).toBe('common.error.unexpected');
    });
  }

  it('when the text is over 500 characters, then a BAD_REF AppError is raised even if it is valid JSON', () => {
    const padded = JSON.stringify({ t: 'abc', d: '2026-11-30', pad: 'p'.repeat(600) });
    expect(appError(() => parseCheckinRef(padded)).code).toBe('BAD_REF');
  });
});

describe('parseCheckinCommand pause and resume', () => {
  it('when the member writes off, pause or 暂停, then prompts pause; on, resume or 恢复 resumes them', () => {
    for (const word of ['off', 'pause', '暂停']) expect(parseCheckinCommand(word)).toEqual({ kind: 'pause' });
    for (const word of ['on', 'resume', '恢复']) expect(parseCheckinCommand(word)).toEqual({ kind: 'resume' });
  });
});
