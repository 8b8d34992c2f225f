import { z } from 'zod';

/** The check-in questions Hexin knows; a team picks which to ask and in what order. */
export const QUESTION_IDS = ['yesterday', 'today', 'blockers', 'mood', 'shops', 'issues'] as const;
export type QuestionId = (typeof QUESTION_IDS)[number];

export type QuestionKind = 'text' | 'mood' | 'count';

export const QUESTION_KINDS: Record<QuestionId, QuestionKind> = {
  yesterday: 'text',
  today: 'text',
  blockers: 'text',
  mood: 'mood',
  shops: 'count',
  issues: 'text',
};

/** Questions a member may leave empty. */
const OPTIONAL: ReadonlySet<QuestionId> = new Set(['blockers', 'issues']);

export const DEFAULT_QUESTIONS: readonly QuestionId[] = ['yesterday', 'today', 'blockers', 'mood'];
/** Route questions for customer managers, offered on top of the defaults. */
export const ROUTE_QUESTIONS: readonly QuestionId[] = ['shops', 'issues'];

export const ANSWER_MAX_LENGTH = 1500;

export const isQuestionId = (value: string): value is QuestionId => (QUESTION_IDS as readonly string[]).includes(value);

export type CheckinAnswers = Partial<Record<QuestionId, string | number>>;

export type AnswerProblem = {
  question: QuestionId;
  problem: 'required' | 'mood' | 'number' | 'too_long';
  length?: number;
};

/**
 * Validates raw modal values against the team's questions. Every problem is returned at
 * once so the modal can show them all, next to the fields they concern.
 */
export function validateAnswers(
  questions: readonly QuestionId[],
  raw: Partial<Record<QuestionId, string | undefined>>,
): { ok: true; answers: CheckinAnswers } | { ok: false; problems: AnswerProblem[] } {
  const answers: CheckinAnswers = {};
  const problems: AnswerProblem[] = [];
  for (const question of questions) {
    const value = (raw[question] ?? '').trim();
    if (value === '') {
      if (!OPTIONAL.has(question)) problems.push({ question, problem: 'required' });
      continue;
    }
    switch (QUESTION_KINDS[question]) {
      case 'mood': {
        const mood = z
          .string()
          .regex(/^[1-5]$/)
          .safeParse(value);
        if (mood.success) answers[question] = Number(mood.data);
        else problems.push({ question, problem: 'mood' });
        break;
      }
      case 'count': {
        const count = z
          .string()
          .regex(/^\d{1,6}$/)
          .safeParse(value);
        if (count.success) answers[question] = Number(count.data);
        else problems.push({ question, problem: 'number' });
        break;
      }
      case 'text': {
        const length = Array.from(value).length;
        if (length > ANSWER_MAX_LENGTH) problems.push({ question, problem: 'too_long', length });
        else answers[question] = value;
        break;
      }
    }
  }
  return problems.length ? { ok: false, problems } : { ok: true, answers };
}

const NOTHING_BLOCKING = /^(none|no|nope|nothing|n\/?a|-+|无|没有|暂无|没|无困难|没有困难)[.。!！]?$/i;

/** The blocker text worth sending to a leader, or null when the member has none. */
export function blockerText(answers: CheckinAnswers): string | null {
  const text = answers.blockers;
  if (typeof text !== 'string') return null;
  const trimmed = text.trim();
  return trimmed === '' || NOTHING_BLOCKING.test(trimmed) ? null : trimmed;
}
