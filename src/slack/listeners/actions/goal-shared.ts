import { z } from 'zod';
import type { FieldProblem } from '../../../domain/goals/rules.ts';
import type { Locale } from '../../../i18n/index.ts';
import { AppError } from '../../../shared/errors.ts';
import { GOAL_INPUT, problemText } from '../../blocks/goals.ts';
import { readModalInputs } from '../../modal-state.ts';
import { jsonText } from '../../parse.ts';

/** A goal modal's state → block id → the text of its one input (value, date, user or option). */
export function readInputs(values: unknown): Record<string, string> {
  return Object.fromEntries(
    Object.entries(readModalInputs(values, GOAL_INPUT)).map(([block, input]) => [block, input.text]),
  );
}

/** Form problems as Slack's `response_action: errors`, each next to its field. */
export function errorsOf(locale: Locale, problems: Array<FieldProblem & { blockId?: string }>): Record<string, string> {
  return Object.fromEntries(problems.map((p) => [p.blockId ?? p.field, problemText(locale, p)]));
}

/** A JSON reference carried in private_metadata, checked on its way back. */
export function readRef<S extends z.ZodType>(schema: S, text: string): z.infer<S> {
  const parsed = jsonText.pipe(schema).safeParse(text);
  if (parsed.success) return parsed.data;
  throw new AppError('BAD_REF', 'common.error.unexpected');
}

/** Ids Hexin put in a button value: a cuid of letters and digits. */
export const entityId = z.string().regex(/^[a-z0-9]{10,40}$/);

export function idFrom(value: string | undefined): string {
  const parsed = entityId.safeParse(value);
  if (!parsed.success) throw new AppError('BAD_REF', 'common.error.unexpected');
  return parsed.data;
}
