import { DateTime } from 'luxon';
import { z } from 'zod';
import { addDays, isIsoDate, type LocalDate } from '../checkins/calendar.ts';
import type { GoalDraft, Goal, KeyResultDraft, KeyResultUpdate, PeriodKind, ProgressEntry } from './model.ts';
import { PERIOD_KINDS } from './model.ts';
import { SLACK_USER_ID } from '../../shared/slack-ids.ts';

/**
 * Length limits of every text a person types about goals. The modals set the same numbers
 * as the inputs' `max_length` (Slack's plain_text_input allows up to 3000), and the server
 * checks them again, so a request that skipped the modal gets the same clear message.
 */
export const GOAL_LIMITS = {
  title: 150,
  why: 1000,
  measure: 300,
  krTitle: 150,
  unit: 20,
  note: 500,
  comment: 500,
} as const;

/** The longest custom period, and the largest number anyone may type as a target or value. */
export const MAX_PERIOD_DAYS = 366;
export const MAX_NUMBER = 1_000_000_000;

export type FieldProblem =
  | { field: string; problem: 'required' }
  | { field: string; problem: 'too_long'; max: number; length: number }
  | {
      field: string;
      problem:
        | 'number'
        | 'positive'
        | 'confidence'
        | 'date'
        | 'period_kind'
        | 'end_only_custom'
        | 'end_before_start'
        | 'period_too_long'
        | 'ended'
        | 'due_outside'
        | 'not_member';
    };

export type Validated<T> = { ok: true; value: T } | { ok: false; problems: FieldProblem[] };

const length = (text: string) => Array.from(text).length;

/** Trimmed text within `max` characters (counted as people count them, not UTF-16 units). */
const text = (max: number, required: boolean) =>
  z.string().transform((value, ctx) => {
    const trimmed = value.trim();
    if (required && trimmed === '') ctx.addIssue({ code: 'custom', message: 'required' });
    const chars = length(trimmed);
    if (chars > max) ctx.addIssue({ code: 'custom', message: 'too_long', params: { max, length: chars } });
    return trimmed;
  });

const optionalText = (max: number) => text(max, false).transform((value) => (value === '' ? null : value));

const number = z.string().transform((value, ctx) => {
  const trimmed = value.trim();
  const parsed = /^-?\d{1,10}(\.\d{1,4})?$/.test(trimmed) ? Number(trimmed) : Number.NaN;
  if (!Number.isFinite(parsed) || Math.abs(parsed) > MAX_NUMBER) {
    ctx.addIssue({ code: 'custom', message: 'number' });
    return z.NEVER;
  }
  return parsed;
});

const positive = number.refine((value) => value > 0, { message: 'positive' });

const confidence = z.string().transform((value, ctx) => {
  if (!/^(10|[1-9])$/.test(value.trim())) {
    ctx.addIssue({ code: 'custom', message: 'confidence' });
    return z.NEVER;
  }
  return Number(value.trim());
});

const optionalDate = z
  .string()
  .optional()
  .transform((value, ctx) => {
    const trimmed = (value ?? '').trim();
    if (trimmed === '') return null;
    if (!isIsoDate(trimmed)) {
      ctx.addIssue({ code: 'custom', message: 'date' });
      return z.NEVER;
    }
    return trimmed;
  });

const slackUser = z
  .string()
  .optional()
  .transform((value) => (value && SLACK_USER_ID.test(value) ? value : null));

function problemsOf(error: z.ZodError): FieldProblem[] {
  const seen = new Set<string>();
  const problems: FieldProblem[] = [];
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'form');
    if (seen.has(field)) continue; // one message per field: the first is the one to fix
    seen.add(field);
    const params = (issue as { params?: { max?: number; length?: number } }).params;
    if (issue.message === 'too_long' && params?.max !== undefined) {
      problems.push({ field, problem: 'too_long', max: params.max, length: params.length ?? 0 });
    } else if (issue.message === 'required' || issue.code === 'invalid_type') {
      problems.push({ field, problem: 'required' });
    } else {
      problems.push({ field, problem: issue.message as Exclude<FieldProblem['problem'], 'required' | 'too_long'> });
    }
  }
  return problems;
}

// ------------------------------------------------------------------------------------------
// Periods

const PERIOD_UNIT = { week: 'week', month: 'month', quarter: 'quarter' } as const;

/** The last day of the calendar week (Monday to Sunday), month or quarter holding `date`. */
export function periodEnd(kind: Exclude<PeriodKind, 'custom'>, date: LocalDate): LocalDate {
  return DateTime.fromISO(date).endOf(PERIOD_UNIT[kind]).toISODate() ?? date;
}

/** The first day of the calendar period holding `date`. */
export function periodStart(kind: Exclude<PeriodKind, 'custom'>, date: LocalDate): LocalDate {
  return DateTime.fromISO(date).startOf(PERIOD_UNIT[kind]).toISODate() ?? date;
}

export const daysBetween = (from: LocalDate, to: LocalDate): number =>
  Math.round(DateTime.fromISO(to).diff(DateTime.fromISO(from), 'days').days);

/**
 * A goal's dates. A week, month or quarter runs from the start date (today when not given)
 * to the end of that calendar period; custom dates are taken as given. A goal must not be
 * over already: its last day is today or later, in the team's time zone.
 */
export function resolvePeriod(
  input: { periodKind: PeriodKind; startDate: LocalDate | null; endDate: LocalDate | null },
  today: LocalDate,
): Validated<{ startDate: LocalDate; endDate: LocalDate }> {
  const startDate = input.startDate ?? today;
  let endDate: LocalDate;
  if (input.periodKind === 'custom') {
    if (!input.endDate) return { ok: false, problems: [{ field: 'end', problem: 'required' }] };
    endDate = input.endDate;
  } else {
    if (input.endDate) return { ok: false, problems: [{ field: 'end', problem: 'end_only_custom' }] };
    endDate = periodEnd(input.periodKind, startDate);
  }
  if (endDate < startDate) return { ok: false, problems: [{ field: 'end', problem: 'end_before_start' }] };
  if (daysBetween(startDate, endDate) >= MAX_PERIOD_DAYS)
    return { ok: false, problems: [{ field: 'end', problem: 'period_too_long' }] };
  if (endDate < today)
    return { ok: false, problems: [{ field: input.periodKind === 'custom' ? 'end' : 'start', problem: 'ended' }] };
  return { ok: true, value: { startDate, endDate } };
}

/** The period after a closed goal's: the same kind, starting the day after (or today, if that has passed). */
export function nextPeriod(
  goal: Pick<Goal, 'periodKind' | 'startDate' | 'endDate'>,
  today: LocalDate,
): { periodKind: PeriodKind; startDate: LocalDate; endDate: LocalDate } {
  const kind = (PERIOD_KINDS as readonly string[]).includes(goal.periodKind)
    ? (goal.periodKind as PeriodKind)
    : 'custom';
  let start = addDays(goal.endDate, 1);
  if (kind === 'custom') {
    const span = daysBetween(goal.startDate, goal.endDate);
    if (addDays(start, span) < today) start = today;
    return { periodKind: kind, startDate: start, endDate: addDays(start, span) };
  }
  if (periodEnd(kind, start) < today) start = periodStart(kind, today);
  return { periodKind: kind, startDate: start, endDate: periodEnd(kind, start) };
}

// ------------------------------------------------------------------------------------------
// Forms

const goalForm = z.object({
  title: text(GOAL_LIMITS.title, true),
  why: text(GOAL_LIMITS.why, true),
  measure: text(GOAL_LIMITS.measure, true),
  period: z.enum(PERIOD_KINDS as [PeriodKind, ...PeriodKind[]], { message: 'period_kind' }),
  start: optionalDate,
  end: optionalDate,
});

export type GoalFormRaw = { [K in keyof z.input<typeof goalForm>]?: string };

/** The "new goal" form: texts within their limits, a known period, dates that make sense. */
export function validateGoalForm(raw: GoalFormRaw, today: LocalDate): Validated<GoalDraft> {
  const parsed = goalForm.safeParse({ title: '', why: '', measure: '', ...raw });
  if (!parsed.success) return { ok: false, problems: problemsOf(parsed.error) };
  const { title, why, measure, period, start, end } = parsed.data;
  const dates = resolvePeriod({ periodKind: period, startDate: start, endDate: end }, today);
  if (!dates.ok) return dates;
  return { ok: true, value: { title, why, measure, periodKind: period, ...dates.value } };
}

const keyResultForm = z.object({
  title: text(GOAL_LIMITS.krTitle, true),
  target: positive,
  unit: text(GOAL_LIMITS.unit, true),
  due: optionalDate,
  owner: slackUser,
});

export type KeyResultFormRaw = { [K in keyof z.input<typeof keyResultForm>]?: string };

/** A proposed key result: a short result, a positive target with its unit, a due date inside the goal. */
export function validateKeyResultForm(
  raw: KeyResultFormRaw,
  goal: Pick<Goal, 'startDate' | 'endDate'>,
): Validated<KeyResultDraft> {
  const parsed = keyResultForm.safeParse({ title: '', target: '', unit: '', ...raw });
  if (!parsed.success) return { ok: false, problems: problemsOf(parsed.error) };
  const { title, target, unit, due, owner } = parsed.data;
  if (due && (due < goal.startDate || due > goal.endDate))
    return { ok: false, problems: [{ field: 'due', problem: 'due_outside' }] };
  return { ok: true, value: { title, target, unit, dueDate: due, ownerSlackUserId: owner } };
}

export const reviewComment = text(GOAL_LIMITS.comment, true);

/** The leader's "please change" note: required, within its limit. */
export function validateComment(raw: string | undefined): Validated<string> {
  const parsed = z.object({ comment: reviewComment }).safeParse({ comment: raw ?? '' });
  return parsed.success ? { ok: true, value: parsed.data.comment } : { ok: false, problems: problemsOf(parsed.error) };
}

const progressForm = z.object({ value: number, confidence, note: optionalText(GOAL_LIMITS.note) });

/**
 * One key result's progress fields. All empty means "no update for this one"; a value
 * without a confidence (or the reverse) is a problem, as is a note alone.
 */
export function validateProgress(
  keyResultId: string,
  raw: { value?: string; confidence?: string; note?: string },
): Validated<ProgressEntry | null> {
  const value = (raw.value ?? '').trim();
  const conf = (raw.confidence ?? '').trim();
  const note = raw.note ?? '';
  if (value === '' && conf === '' && note.trim() === '') return { ok: true, value: null };
  const parsed = progressForm.safeParse({ value, confidence: conf, note });
  if (!parsed.success) {
    const problems = problemsOf(parsed.error).map((p) =>
      p.problem === 'number' && value === '' ? { field: p.field, problem: 'required' as const } : p,
    );
    const fixed = problems.map((p) =>
      p.field === 'confidence' && conf === '' ? { field: 'confidence', problem: 'required' as const } : p,
    );
    return { ok: false, problems: fixed };
  }
  return { ok: true, value: { keyResultId, ...parsed.data } };
}

// ------------------------------------------------------------------------------------------
// Progress

export type Trend = 'up' | 'down' | 'flat';

/** The direction of the latest update against the one before it; null for a first update. */
export function trendOf(
  latest: Pick<KeyResultUpdate, 'value'> | null,
  previous: Pick<KeyResultUpdate, 'value'> | null,
): Trend | null {
  if (!latest || !previous) return null;
  if (latest.value > previous.value) return 'up';
  if (latest.value < previous.value) return 'down';
  return 'flat';
}

export const TREND_ARROW: Record<Trend, string> = { up: '↑', down: '↓', flat: '→' };

/** Share of the target reached, as a whole percent (may pass 100). */
export function percentOf(value: number, target: number): number {
  if (target <= 0) return 0;
  return Math.max(0, Math.round((value / target) * 100));
}

export const achieved = (value: number | null, target: number): boolean => value !== null && value >= target;

/** The goal's progress: the mean of its key results' shares, each counted up to 100%. */
export function goalPercent(items: Array<{ value: number | null; target: number }>): number | null {
  if (items.length === 0) return null;
  const sum = items.reduce(
    (total, item) => total + Math.min(100, item.value === null ? 0 : percentOf(item.value, item.target)),
    0,
  );
  return Math.round(sum / items.length);
}

/** The mean of the latest confidences given; null when nobody has given one yet. */
export function meanConfidence(confidences: number[]): number | null {
  if (confidences.length === 0) return null;
  return Math.round((confidences.reduce((a, b) => a + b, 0) / confidences.length) * 10) / 10;
}

/** Numbers as people write them: no trailing zeros, at most two decimals. */
export function formatNumber(value: number): string {
  return String(Math.round(value * 100) / 100);
}
