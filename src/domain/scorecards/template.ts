import { z } from 'zod';
import type { MessageKey } from '../../i18n/index.ts';
import type { Direction, MetricDraft, MetricKind, MetricSource } from './model.ts';

/**
 * Limits of what a leader types. They keep every piece inside Slack's own limits where it
 * is shown: the template box is one plain_text_input (3000 characters at most), names are
 * input labels and section text, notes are shown in the history.
 */
export const TEMPLATE_LIMITS = {
  text: 3000,
  note: 1000,
  key: 24,
  name: 60,
  unit: 16,
  metrics: 20,
} as const;

/** A problem with what was typed: the line it is on (null: the whole template), and what to say. */
export interface TemplateProblem {
  row: number | null;
  messageKey: MessageKey;
  params: Record<string, string | number>;
}

/** On success, `rows[i]` is the line metric i was written on. */
export type ParsedTemplate =
  | { ok: true; metrics: MetricDraft[]; rows: number[] }
  | { ok: false; problems: TemplateProblem[] };

export const KEY_PATTERN = /^[a-z][a-z0-9_]*$/;
/** Words an object already answers to (`constructor`, …): never metric keys, so no lookup by key can reach them. */
export const RESERVED_KEYS: ReadonlySet<string> = new Set([
  ...Object.getOwnPropertyNames(Object.prototype),
  'prototype',
  '__proto__',
]);

const KIND_WORDS: Record<string, MetricKind> = {
  process: 'process',
  过程: 'process',
  result: 'result',
  结果: 'result',
};
const DIRECTION_WORDS: Record<string, Direction> = {
  higher: 'higher',
  high: 'higher',
  高: 'higher',
  越高越好: 'higher',
  lower: 'lower',
  low: 'lower',
  低: 'lower',
  越低越好: 'lower',
};
const SOURCE_WORDS: Record<string, MetricSource> = {
  manual: 'manual',
  录入: 'manual',
  key_result: 'key_result',
  关键结果: 'key_result',
  checkin_rate: 'checkin_rate',
  签到率: 'checkin_rate',
};

const length = (text: string) => Array.from(text).length;
/** Typed text quoted back in a message: short, and on one line. */
export const quoted = (text: string) => {
  const chars = Array.from(text.replace(/\s+/g, ' '));
  return chars.length > 40 ? `${chars.slice(0, 39).join('')}…` : chars.join('');
};

const weightSchema = z
  .string()
  .regex(/^\d{1,3}$/)
  .transform(Number)
  .pipe(z.number().int().min(1).max(100));
export const numberSchema = z
  .string()
  .regex(/^\d{1,12}(\.\d{1,6})?$/)
  .transform(Number)
  .pipe(z.number().finite().min(0).max(1e12));

/** `source`, `source:id` — the colon may be a full-width one. */
function parseSource(text: string): { source: MetricSource | null; keyResultId: string } {
  const [word = '', ...rest] = text.split(/[:：]/);
  return { source: SOURCE_WORDS[word.trim().toLowerCase()] ?? null, keyResultId: rest.join(':').trim() };
}

/** One metric line: `key | name | kind | weight | target | unit | direction | source[:keyResultId]`. */
function parseLine(line: string, row: number): { metric: MetricDraft | null; problems: TemplateProblem[] } {
  const problems: TemplateProblem[] = [];
  const problem = (messageKey: MessageKey, params: Record<string, string | number> = {}) =>
    problems.push({ row, messageKey, params: { row, ...params } });
  const parts = line.split(/[|｜]/).map((part) => part.trim());
  if (parts.length === 7) parts.push('manual');
  if (parts.length !== 8) {
    problem('scorecard.template.error.columns', { count: parts.length });
    return { metric: null, problems };
  }
  const [
    key = '',
    name = '',
    kindText = '',
    weightText = '',
    targetText = '',
    unit = '',
    directionText = '',
    sourceText = '',
  ] = parts;

  if (length(key) > TEMPLATE_LIMITS.key || !KEY_PATTERN.test(key))
    problem('scorecard.template.error.key', { value: quoted(key), max: TEMPLATE_LIMITS.key });
  else if (RESERVED_KEYS.has(key)) problem('scorecard.template.error.key_reserved', { value: key });
  if (name === '') problem('scorecard.template.error.name_empty');
  else if (length(name) > TEMPLATE_LIMITS.name)
    problem('scorecard.template.error.name_too_long', { max: TEMPLATE_LIMITS.name, length: length(name) });
  if (length(unit) > TEMPLATE_LIMITS.unit)
    problem('scorecard.template.error.unit_too_long', { max: TEMPLATE_LIMITS.unit, length: length(unit) });
  const kind = KIND_WORDS[kindText.toLowerCase()];
  if (!kind) problem('scorecard.template.error.kind', { value: quoted(kindText) });
  const weight = weightSchema.safeParse(weightText);
  if (!weight.success) problem('scorecard.template.error.weight', { value: quoted(weightText) });
  const target = numberSchema.safeParse(targetText);
  if (!target.success) problem('scorecard.template.error.target', { value: quoted(targetText) });
  const direction = DIRECTION_WORDS[directionText.toLowerCase()];
  if (!direction) problem('scorecard.template.error.direction', { value: quoted(directionText) });
  if (direction === 'higher' && target.success && target.data === 0) problem('scorecard.template.error.target_zero');
  const { source, keyResultId } = parseSource(sourceText);
  if (!source) problem('scorecard.template.error.source', { value: quoted(sourceText) });
  else if (source === 'key_result' && !/^[A-Za-z0-9_-]{1,64}$/.test(keyResultId))
    problem('scorecard.template.error.key_result_missing');

  if (problems.length > 0 || !kind || !weight.success || !target.success || !direction || !source)
    return { metric: null, problems };
  return {
    metric: {
      key,
      name,
      kind,
      weight: weight.data,
      target: target.data,
      unit,
      direction,
      source,
      keyResultId: source === 'key_result' ? keyResultId : null,
    },
    problems,
  };
}

/**
 * The template box → metrics, or every problem at once with its line number. Blank lines
 * and lines starting with "#" are skipped; weights must add up to exactly 100.
 */
export function parseTemplateText(text: string): ParsedTemplate {
  if (length(text) > TEMPLATE_LIMITS.text) {
    return {
      ok: false,
      problems: [
        {
          row: null,
          messageKey: 'scorecard.template.error.text_too_long',
          params: { max: TEMPLATE_LIMITS.text, length: length(text) },
        },
      ],
    };
  }
  const problems: TemplateProblem[] = [];
  const metrics: MetricDraft[] = [];
  const rows: number[] = [];
  const firstRowOfKey = new Map<string, number>();
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const row = index + 1;
    const parsed = parseLine(line, row);
    problems.push(...parsed.problems);
    if (!parsed.metric) return;
    const first = firstRowOfKey.get(parsed.metric.key);
    if (first !== undefined) {
      problems.push({
        row,
        messageKey: 'scorecard.template.error.key_repeated',
        params: { row, value: parsed.metric.key, first },
      });
      return;
    }
    firstRowOfKey.set(parsed.metric.key, row);
    metrics.push(parsed.metric);
    rows.push(row);
  });
  if (problems.length > 0) return { ok: false, problems };
  if (metrics.length === 0)
    return { ok: false, problems: [{ row: null, messageKey: 'scorecard.template.error.empty', params: {} }] };
  if (metrics.length > TEMPLATE_LIMITS.metrics) {
    return {
      ok: false,
      problems: [
        {
          row: null,
          messageKey: 'scorecard.template.error.too_many',
          params: { max: TEMPLATE_LIMITS.metrics, count: metrics.length },
        },
      ],
    };
  }
  return { ok: true, metrics, rows };
}

/** The weights must add up to exactly 100; checked once every line reads well. */
export function weightProblem(metrics: readonly MetricDraft[]): TemplateProblem | null {
  const sum = metrics.reduce((total, m) => total + m.weight, 0);
  return sum === 100 ? null : { row: null, messageKey: 'scorecard.template.error.weights', params: { sum } };
}

/** A required note of what changed and why, within its limit. */
export function noteProblem(note: string): TemplateProblem | null {
  const trimmed = note.trim();
  if (trimmed === '') return { row: null, messageKey: 'scorecard.template.error.note_required', params: {} };
  if (length(trimmed) > TEMPLATE_LIMITS.note)
    return {
      row: null,
      messageKey: 'scorecard.template.error.note_too_long',
      params: { max: TEMPLATE_LIMITS.note, length: length(trimmed) },
    };
  return null;
}

const formatTarget = (n: number) => (Number.isInteger(n) ? String(n) : String(Number(n.toFixed(6))));

/** Metrics → the lines the template box is prefilled with (the same format it reads). */
export function templateText(metrics: readonly MetricDraft[]): string {
  return metrics
    .map((m) =>
      [
        m.key,
        m.name,
        m.kind,
        m.weight,
        formatTarget(m.target),
        m.unit,
        m.direction,
        m.source === 'key_result' ? `key_result:${m.keyResultId ?? ''}` : m.source,
      ].join(' | '),
    )
    .join('\n');
}
