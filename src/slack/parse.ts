import { z } from 'zod';
import { isIsoDate, parseClock } from '../domain/checkins/calendar.ts';
import {
  DEFAULT_QUESTIONS,
  isQuestionId,
  QUESTION_IDS,
  ROUTE_QUESTIONS,
  type QuestionId,
} from '../domain/checkins/questions.ts';
import type { ScheduleChange } from '../domain/teams/service.ts';
import { isTimeZone } from '../shared/time.ts';
import type { Locale } from '../i18n/index.ts';
import { AppError } from '../shared/errors.ts';
import { inert, truncate } from '../shared/text.ts';
import type { CheckinRef } from './blocks/checkin.ts';
import { CHANNEL_MENTION, USER_MENTION } from '../shared/slack-ids.ts';

/** Slack escapes mentions in command text (`should_escape: true`) as <@U123|name>. */

export type HexinCommand =
  | { kind: 'help' }
  | { kind: 'setup'; informalChannelId: string | null }
  | { kind: 'join' }
  | { kind: 'leave' }
  | { kind: 'members' }
  | { kind: 'role'; role: 'leader' | 'member'; userId: string }
  | { kind: 'remove'; userId: string }
  | { kind: 'schedule'; change: ScheduleChange }
  | { kind: 'questions'; questions: QuestionId[] }
  | { kind: 'holiday-add'; date: string; name: string }
  | { kind: 'holiday-remove'; date: string }
  | { kind: 'holidays' }
  | { kind: 'vacation'; startDate: string; endDate: string }
  | { kind: 'vacation-clear' }
  | { kind: 'language'; locale: Locale }
  | { kind: 'timezone'; zone: string };

const WEEKDAYS: Record<string, number> = { mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6, sun: 7 };
export const AVAILABLE_QUESTIONS = `default, route, ${QUESTION_IDS.join(', ')}`;

function mentionedUser(word: string | undefined): string {
  const match = word ? USER_MENTION.exec(word) : null;
  if (!match?.[1]) throw new AppError('USAGE', 'hexin.error.user_missing');
  return match[1];
}

function date(word: string | undefined): string {
  if (!word || !isIsoDate(word)) throw new AppError('USAGE', 'hexin.error.date', { word: inert(word ?? '', 40) });
  return word;
}

function parseDays(text: string): number[] {
  const days = new Set<number>();
  for (const part of text.toLowerCase().split(',')) {
    const [from, to, extra] = part.split('-');
    if (extra !== undefined) throw new AppError('USAGE', 'hexin.schedule.error.days');
    const start = from ? WEEKDAYS[from] : undefined;
    const end = to === undefined ? start : WEEKDAYS[to];
    if (!start || !end || end < start) throw new AppError('USAGE', 'hexin.schedule.error.days');
    for (let day = start; day <= end; day += 1) days.add(day);
  }
  return [...days].sort();
}

function parseSchedule(words: string[]): ScheduleChange {
  const change: ScheduleChange = {};
  for (const word of words) {
    const [key, value = '', extra] = word.split('=');
    if (extra !== undefined) throw new AppError('USAGE', 'hexin.schedule.error.empty');
    if (key === 'days') change.days = parseDays(value);
    else if (key === 'time' || key === 'reminder') {
      const minute = parseClock(value);
      if (minute === null) throw new AppError('USAGE', 'hexin.schedule.error.time', { key });
      if (key === 'time') change.promptMinute = minute;
      else change.reminderMinute = minute;
    } else throw new AppError('USAGE', 'hexin.schedule.error.empty');
  }
  if (Object.keys(change).length === 0) throw new AppError('USAGE', 'hexin.schedule.error.empty');
  return change;
}

function parseQuestions(words: string[]): QuestionId[] {
  if (words.length === 0)
    throw new AppError('USAGE', 'hexin.questions.error.unknown', { word: '', available: AVAILABLE_QUESTIONS });
  return words.flatMap((word) => {
    const lower = word.toLowerCase();
    if (lower === 'default') return [...DEFAULT_QUESTIONS];
    if (lower === 'route') return [...ROUTE_QUESTIONS];
    if (isQuestionId(lower)) return [lower];
    throw new AppError('USAGE', 'hexin.questions.error.unknown', {
      word: inert(word, 40),
      available: AVAILABLE_QUESTIONS,
    });
  });
}

const commandText = z
  .string()
  .max(2000)
  .transform((text) => text.trim().split(/\s+/).filter(Boolean));

/** `/hexin …` text → a typed command, or an AppError that tells the person how to write it. */
export function parseHexinCommand(text: string): HexinCommand {
  const parsed = commandText.safeParse(text);
  if (!parsed.success) throw new AppError('USAGE', 'hexin.error.unknown_subcommand', { word: '…' });
  const [head, ...rest] = parsed.data;
  switch (head?.toLowerCase()) {
    case undefined:
    case 'help':
      return { kind: 'help' };
    case 'setup': {
      const channel = rest[0] ? CHANNEL_MENTION.exec(rest[0])?.[1] : undefined;
      if (rest[0] && !channel)
        throw new AppError('USAGE', 'hexin.error.usage', { usage: '/hexin setup [#informal-channel]' });
      return { kind: 'setup', informalChannelId: channel ?? null };
    }
    case 'join':
      return { kind: 'join' };
    case 'leave':
      return { kind: 'leave' };
    case 'members':
      return { kind: 'members' };
    case 'leader':
    case 'member':
      return { kind: 'role', role: head.toLowerCase() as 'leader' | 'member', userId: mentionedUser(rest[0]) };
    case 'remove':
      return { kind: 'remove', userId: mentionedUser(rest[0]) };
    case 'schedule':
      return { kind: 'schedule', change: parseSchedule(rest) };
    case 'questions':
      return { kind: 'questions', questions: parseQuestions(rest) };
    case 'holiday': {
      const [action, day, ...name] = rest;
      if (action === 'add') return { kind: 'holiday-add', date: date(day), name: truncate(name.join(' '), 80) };
      if (action === 'remove') return { kind: 'holiday-remove', date: date(day) };
      throw new AppError('USAGE', 'hexin.error.usage', { usage: '/hexin holiday add|remove YYYY-MM-DD [name]' });
    }
    case 'holidays':
      return { kind: 'holidays' };
    case 'vacation': {
      if (rest[0] === 'clear') return { kind: 'vacation-clear' };
      const startDate = date(rest[0]);
      return { kind: 'vacation', startDate, endDate: rest[1] ? date(rest[1]) : startDate };
    }
    case 'language': {
      const locale = rest[0]?.toLowerCase();
      if (locale === 'zh-cn' || locale === 'zh' || locale === '中文') return { kind: 'language', locale: 'zh-CN' };
      if (locale === 'en' || locale === 'english') return { kind: 'language', locale: 'en' };
      throw new AppError('USAGE', 'hexin.language.error');
    }
    case 'timezone': {
      const zone = rest[0] ?? '';
      if (!isTimeZone(zone) || !zone.includes('/'))
        throw new AppError('USAGE', 'hexin.timezone.error', { word: inert(zone, 40) });
      return { kind: 'timezone', zone };
    }
    default:
      throw new AppError('USAGE', 'hexin.error.unknown_subcommand', { word: inert(head ?? '', 40) });
  }
}

export type CheckinCommand = { kind: 'open' } | { kind: 'skip' } | { kind: 'pause' } | { kind: 'resume' };

export function parseCheckinCommand(text: string): CheckinCommand {
  const word = text.trim().toLowerCase();
  if (word === '') return { kind: 'open' };
  if (word === 'skip' || word === '跳过') return { kind: 'skip' };
  if (word === 'off' || word === 'pause' || word === '暂停') return { kind: 'pause' };
  if (word === 'on' || word === 'resume' || word === '恢复') return { kind: 'resume' };
  throw new AppError('USAGE', 'checkin.command.unknown');
}

/**
 * JSON that Hexin wrote into a button value or a modal's private_metadata, on its way back:
 * pipe it into the shape expected (`jsonText.pipe(z.object(...))`); anything else fails.
 */
export const jsonText = z
  .string()
  .max(3000)
  .transform((text, ctx) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'not JSON' });
      return z.NEVER;
    }
  });

const checkinRefSchema = z
  .string()
  .max(500)
  .pipe(jsonText)
  .pipe(z.object({ t: z.string().min(1).max(64), d: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }))
  .transform(({ t, d }): CheckinRef => ({ teamId: t, localDate: d }));

/** The team and day carried in a button value or a modal's private_metadata. */
export function parseCheckinRef(text: string): CheckinRef {
  const parsed = checkinRefSchema.safeParse(text);
  if (!parsed.success) throw new AppError('BAD_REF', 'common.error.unexpected');
  return parsed.data;
}
