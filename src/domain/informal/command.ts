import { AppError, typed } from '../../shared/errors.ts';
import { CHANNEL_MENTION, USER_MENTION } from '../../shared/slack-ids.ts';
import { parseClock } from '../checkins/calendar.ts';
import { COMMAND_WORDS, WEEKDAYS } from '../command-words.ts';
import type { CoffeeSetting } from './service.ts';

export type CoffeeCommand =
  | { kind: 'status' }
  | { kind: 'help' }
  | { kind: 'me'; optedOut: boolean }
  | { kind: 'pause'; weeks: number }
  | { kind: 'avoid'; slackUserId: string; avoid: boolean }
  | { kind: 'avoids' }
  | { kind: 'now' }
  | { kind: 'question'; text: string }
  | { kind: 'setting'; setting: CoffeeSetting };

const ALIASES: Record<string, string> = {
  ...COMMAND_WORDS,
  status: 'status',
  状态: 'status',
  pause: 'pause',
  暂停: 'pause',
  avoid: 'avoid',
  回避: 'avoid',
  unavoid: 'unavoid',
  取消回避: 'unavoid',
  team: 'team',
  团队: 'team',
  time: 'time',
  时间: 'time',
  size: 'size',
  人数: 'size',
  repeat: 'repeat',
  重复: 'repeat',
  channel: 'channel',
  频道: 'channel',
  question: 'question',
  问题: 'question',
  questions: 'questions',
  破冰: 'questions',
};

const onOff = (word: string | undefined): boolean | null => {
  const kind = word ? ALIASES[word.toLowerCase()] : undefined;
  return kind === 'on' ? true : kind === 'off' ? false : null;
};

/** "4w", "4", "4周" → 4. */
const weeksOf = (word: string | undefined): number | null => {
  const match = word ? /^(\d{1,2})\s*(?:w|wk|weeks?|周)?$/i.exec(word) : null;
  return match ? Number(match[1]) : null;
};

const usage = (word: string) => new AppError('USAGE', 'informal.error.usage', { word: typed(word, 40) });

/** `/coffee …` text → a typed command, or an AppError that shows how to write it. */
export function parseCoffeeCommand(text: string): CoffeeCommand {
  if (text.length > 1000) throw new AppError('USAGE', 'informal.error.usage', { word: '…' });
  const trimmed = text.trim();
  const [head, ...rest] = trimmed.split(/\s+/).filter(Boolean);
  if (head === undefined) return { kind: 'status' };
  const kind = ALIASES[head.toLowerCase()];
  if (!kind) throw usage(head);
  const [arg, extra] = rest;
  const noMore = (word: string | undefined) => {
    if (word !== undefined) throw usage(word);
  };
  switch (kind) {
    case 'status':
    case 'help':
    case 'now':
      noMore(arg);
      return { kind };
    case 'on':
    case 'off':
      noMore(arg);
      return { kind: 'me', optedOut: kind === 'off' };
    case 'pause': {
      noMore(extra);
      const weeks = arg === undefined ? 4 : weeksOf(arg);
      if (weeks === null || weeks < 1 || weeks > 26) throw new AppError('USAGE', 'informal.error.pause');
      return { kind: 'pause', weeks };
    }
    case 'avoid':
    case 'unavoid': {
      if (arg === undefined && kind === 'avoid') return { kind: 'avoids' };
      const user = arg ? USER_MENTION.exec(arg)?.[1] : undefined;
      if (!user || extra !== undefined) throw new AppError('USAGE', 'informal.error.avoid');
      return { kind: 'avoid', slackUserId: user, avoid: kind === 'avoid' };
    }
    case 'questions': {
      // `/coffee questions day wed`, `/coffee questions time 15:00`: the icebreaker's slot.
      const [, value, more] = rest;
      if (arg?.toLowerCase() === 'day' || arg === '日期') {
        const weekday = value ? WEEKDAYS[value.toLowerCase()] : undefined;
        if (!weekday || more !== undefined) throw new AppError('USAGE', 'informal.error.day');
        return { kind: 'setting', setting: { kind: 'questions_day', weekday } };
      }
      if (arg?.toLowerCase() === 'time' || arg === '时间') {
        const minute = value ? parseClock(value) : null;
        if (minute === null || more !== undefined) throw new AppError('USAGE', 'informal.error.time');
        return { kind: 'setting', setting: { kind: 'questions_time', minute } };
      }
      const enabled = onOff(arg);
      if (enabled === null || extra !== undefined) throw new AppError('USAGE', 'informal.error.questions');
      return { kind: 'setting', setting: { kind: 'questions', enabled } };
    }
    case 'team': {
      const enabled = onOff(arg);
      if (enabled === null || extra !== undefined) throw new AppError('USAGE', 'informal.error.team');
      return { kind: 'setting', setting: { kind: 'team', enabled } };
    }
    case 'every': {
      if (extra !== undefined || (arg !== '1' && arg !== '2' && arg !== '4'))
        throw new AppError('USAGE', 'informal.error.every');
      return { kind: 'setting', setting: { kind: 'every', weeks: Number(arg) as 1 | 2 | 4 } };
    }
    case 'day': {
      const weekday = arg ? WEEKDAYS[arg.toLowerCase()] : undefined;
      if (!weekday || extra !== undefined) throw new AppError('USAGE', 'informal.error.day');
      return { kind: 'setting', setting: { kind: 'day', weekday } };
    }
    case 'time': {
      const minute = arg ? parseClock(arg) : null;
      if (minute === null || extra !== undefined) throw new AppError('USAGE', 'informal.error.time');
      return { kind: 'setting', setting: { kind: 'time', minute } };
    }
    case 'size': {
      if (extra !== undefined || (arg !== '2' && arg !== '3')) throw new AppError('USAGE', 'informal.error.size');
      return { kind: 'setting', setting: { kind: 'size', size: arg === '2' ? 2 : 3 } };
    }
    case 'repeat': {
      const weeks = weeksOf(arg);
      if (weeks === null || weeks > 52 || extra !== undefined) throw new AppError('USAGE', 'informal.error.repeat');
      return { kind: 'setting', setting: { kind: 'repeat', weeks } };
    }
    case 'channel': {
      const channelId = arg ? CHANNEL_MENTION.exec(arg)?.[1] : undefined;
      if (!channelId || extra !== undefined) throw new AppError('USAGE', 'informal.error.channel');
      return { kind: 'setting', setting: { kind: 'channel', channelId } };
    }
    case 'question': {
      const [verb] = rest;
      if (!verb || !['add', '添加'].includes(verb.toLowerCase()))
        throw new AppError('USAGE', 'informal.error.question');
      const question = trimmed.slice(trimmed.indexOf(verb) + verb.length).trim();
      if (question.length < 5 || question.length > 300) throw new AppError('USAGE', 'informal.error.question_length');
      return { kind: 'question', text: question };
    }
  }
  throw usage(head);
}
