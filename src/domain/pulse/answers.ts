import { findQuestion, SCORES, type PulseQuestionId, type Score } from './bank.ts';
import type { Trait } from './traits.ts';

export const COMMENT_MAX_LENGTH = 1000;
/** The block id of the modal's optional comment (question ids are the others). */
export const COMMENT_FIELD = 'comment';

export interface ScoredAnswer {
  questionId: PulseQuestionId;
  trait: Trait;
  score: Score;
}

export type PulseProblem =
  | { field: PulseQuestionId; problem: 'required' }
  | { field: typeof COMMENT_FIELD; problem: 'too_long'; length: number };

export type ValidatedPulse =
  | { ok: true; answers: ScoredAnswer[]; comment: string | null }
  | { ok: false; problems: PulseProblem[] };

const isScore = (n: number): n is Score => (SCORES as readonly number[]).includes(n);

/** A submission → one score (1–5) per question of the round, and an optional comment. */
export function validatePulse(
  questionIds: readonly string[],
  raw: Partial<Record<string, string | undefined>>,
  rawComment: string | undefined,
): ValidatedPulse {
  const problems: PulseProblem[] = [];
  const answers: ScoredAnswer[] = [];
  for (const id of questionIds) {
    const question = findQuestion(id);
    if (!question) continue; // a question since removed from the bank: not asked any more
    const text = raw[id]?.trim() ?? '';
    const score = /^[1-5]$/.test(text) ? Number(text) : NaN;
    if (!isScore(score)) {
      problems.push({ field: question.id, problem: 'required' });
      continue;
    }
    answers.push({ questionId: question.id, trait: question.trait, score });
  }
  const comment = rawComment?.trim() ?? '';
  const length = Array.from(comment).length;
  if (length > COMMENT_MAX_LENGTH) problems.push({ field: COMMENT_FIELD, problem: 'too_long', length });
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, answers, comment: comment || null };
}
