import { z } from 'zod';
import { AppError } from '../../shared/errors.ts';
import { parseClock } from '../checkins/calendar.ts';
import { COMMAND_WORDS, WEEKDAYS } from '../command-words.ts';

export type DigestCommand =
  | { kind: 'show' }
  | { kind: 'help' }
  | { kind: 'on' }
  | { kind: 'off' }
  | { kind: 'settings'; weekday?: number; minute?: number };

const WORDS: Record<string, 'help' | 'on' | 'off' | 'settings'> = {
  help: COMMAND_WORDS.help,
  帮助: COMMAND_WORDS.帮助,
  on: COMMAND_WORDS.on,
  开启: COMMAND_WORDS.开启,
  off: COMMAND_WORDS.off,
  关闭: COMMAND_WORDS.关闭,
  settings: 'settings',
  设置: 'settings',
};

const KEYS: Record<string, 'day' | 'time'> = { day: 'day', 日期: 'day', time: 'time', 时间: 'time' };

// Slack sends at most 4,000 characters; a settings line is a few words.
const text = z.string().max(200);

/**
 * `/digest` (this week so far), `/digest on|off`, `/digest settings day=mon time=08:30`, in
 * either language (`/digest 设置 日期=周一 时间=08:30`). Anything else is a usage error that
 * says how to write it.
 */
export function parseDigestCommand(raw: string): DigestCommand {
  const parsed = text.safeParse(raw);
  if (!parsed.success) throw new AppError('USAGE', 'digest.error.usage');
  const [first, ...rest] = parsed.data.trim().split(/\s+/).filter(Boolean);
  if (first === undefined) return { kind: 'show' };
  const word = WORDS[first.toLowerCase()];
  if (!word) throw new AppError('USAGE', 'digest.error.usage');
  if (word !== 'settings') {
    if (rest.length > 0) throw new AppError('USAGE', 'digest.error.usage');
    return { kind: word };
  }
  if (rest.length === 0) return { kind: 'settings' };
  const command: { kind: 'settings'; weekday?: number; minute?: number } = { kind: 'settings' };
  for (const pair of rest) {
    const [key = '', value = '', extra] = pair.split(/[=＝]/);
    const field = KEYS[key.toLowerCase()];
    if (!field || extra !== undefined) throw new AppError('USAGE', 'digest.error.settings');
    if (field === 'day') {
      const weekday = WEEKDAYS[value.toLowerCase()];
      if (!weekday) throw new AppError('USAGE', 'digest.error.day');
      command.weekday = weekday;
    } else {
      const minute = parseClock(value);
      if (minute === null) throw new AppError('USAGE', 'digest.error.time');
      command.minute = minute;
    }
  }
  return command;
}
