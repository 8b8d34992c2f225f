import { AppError, typed } from '../../shared/errors.ts';

export type PulseCommand =
  | { kind: 'show' }
  | { kind: 'results' }
  | { kind: 'help' }
  | { kind: 'on' }
  | { kind: 'off' }
  | { kind: 'every'; weeks: 1 | 2 }
  | { kind: 'day'; weekday: number }
  | { kind: 'now' };

/** Weekday words in both languages → ISO weekday; other commands with a day read them too. */
export const WEEKDAYS: Record<string, number> = {
  mon: 1,
  monday: 1,
  周一: 1,
  星期一: 1,
  tue: 2,
  tuesday: 2,
  周二: 2,
  星期二: 2,
  wed: 3,
  wednesday: 3,
  周三: 3,
  星期三: 3,
  thu: 4,
  thursday: 4,
  周四: 4,
  星期四: 4,
  fri: 5,
  friday: 5,
  周五: 5,
  星期五: 5,
  sat: 6,
  saturday: 6,
  周六: 6,
  星期六: 6,
  sun: 7,
  sunday: 7,
  周日: 7,
  星期日: 7,
  星期天: 7,
};

const ALIASES: Record<string, PulseCommand['kind']> = {
  results: 'results',
  result: 'results',
  结果: 'results',
  help: 'help',
  帮助: 'help',
  on: 'on',
  开启: 'on',
  off: 'off',
  关闭: 'off',
  now: 'now',
  现在: 'now',
  every: 'every',
  每: 'every',
  day: 'day',
  日期: 'day',
};

/** `/pulse …` text → a typed command, or an AppError that shows how to write it. */
export function parsePulseCommand(text: string): PulseCommand {
  if (text.length > 200) throw new AppError('USAGE', 'pulse.error.usage', { word: '…' });
  const [head, arg, extra] = text.trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (head === undefined) return { kind: 'show' };
  const kind = ALIASES[head];
  if (!kind) throw new AppError('USAGE', 'pulse.error.usage', { word: typed(head, 40) });
  if (kind === 'every') {
    if (extra !== undefined || (arg !== '1' && arg !== '2')) throw new AppError('USAGE', 'pulse.error.every');
    return { kind, weeks: arg === '1' ? 1 : 2 };
  }
  if (kind === 'day') {
    const weekday = arg ? WEEKDAYS[arg] : undefined;
    if (!weekday || extra !== undefined) throw new AppError('USAGE', 'pulse.error.day');
    return { kind, weekday };
  }
  if (arg !== undefined) throw new AppError('USAGE', 'pulse.error.usage', { word: typed(arg, 40) });
  return { kind } as PulseCommand;
}
