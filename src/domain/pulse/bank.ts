import type { Trait } from './traits.ts';

/**
 * The question bank: every question measures one trait, and every trait has the same number
 * of questions, so the rotation (rotation.ts) uses the whole bank before it repeats one. The
 * wording in both languages is in the pulse catalogs under `pulse.q.<id>`; the Chinese is
 * drawn from the study's own phrases.
 */
export const PULSE_BANK = [
  { id: 'goals_1', trait: 'goals' },
  { id: 'goals_2', trait: 'goals' },
  { id: 'roles_1', trait: 'roles' },
  { id: 'roles_2', trait: 'roles' },
  { id: 'skills_1', trait: 'skills' },
  { id: 'skills_2', trait: 'skills' },
  { id: 'procedures_1', trait: 'procedures' },
  { id: 'procedures_2', trait: 'procedures' },
  { id: 'communication_1', trait: 'communication' },
  { id: 'communication_2', trait: 'communication' },
  { id: 'culture_1', trait: 'culture' },
  { id: 'culture_2', trait: 'culture' },
  { id: 'coaching_1', trait: 'coaching' },
  { id: 'coaching_2', trait: 'coaching' },
  { id: 'support_1', trait: 'support' },
  { id: 'support_2', trait: 'support' },
  { id: 'respect_1', trait: 'respect' },
  { id: 'respect_2', trait: 'respect' },
  { id: 'trust_1', trait: 'trust' },
  { id: 'trust_2', trait: 'trust' },
] as const satisfies ReadonlyArray<{ id: string; trait: Trait }>;

export type PulseQuestionId = (typeof PULSE_BANK)[number]['id'];
export type PulseQuestion = { id: PulseQuestionId; trait: Trait };

const byId = new Map<string, PulseQuestion>(PULSE_BANK.map((q) => [q.id, q]));

export const findQuestion = (id: string): PulseQuestion | null => byId.get(id) ?? null;
export const isPulseQuestionId = (id: string): id is PulseQuestionId => byId.has(id);

/** The bank's questions of one trait, in bank order. */
export const questionsOfTrait = (trait: Trait): PulseQuestion[] => PULSE_BANK.filter((q) => q.trait === trait);

/** Likert scale: 1 = strongly disagree … 5 = strongly agree. */
export const SCORES = [1, 2, 3, 4, 5] as const;
export type Score = (typeof SCORES)[number];
