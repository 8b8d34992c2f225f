import { AppError, typed } from '../../shared/errors.ts';
import { COMMAND_WORDS, WEEKDAYS } from '../command-words.ts';

export type PulseCommand =
  | { kind: 'show' }
  | { kind: 'results' }
  | { kind: 'help' }
  | { kind: 'on' }
  | { kind: 'off' }
  | { kind: 'every'; weeks: 1 | 2 }
  | { kind: 'day'; weekday: number }
  | { kind: 'now' };

const ALIASES: Record<string, PulseCommand['kind']> = {
  ...COMMAND_WORDS,
  results: 'results',
  result: 'results',
  结果: 'results',
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
