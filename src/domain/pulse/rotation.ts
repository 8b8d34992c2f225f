import { questionsOfTrait, type PulseQuestion } from './bank.ts';
import { TRAITS } from './traits.ts';

/** Questions per round: short enough to answer in a minute. */
export const QUESTIONS_PER_ROUND = 3;

/**
 * The questions of a team's round number `round` (0 for its first round). Round-robin over
 * the traits: round 0 asks traits 1–3, round 1 traits 4–6, and so on, wrapping around, so
 * successive rounds never share a trait. The n-th time a trait comes up it is asked its n-th
 * question, so no question repeats until the whole bank has been asked.
 */
export function questionsForRound(round: number, perRound: number = QUESTIONS_PER_ROUND): PulseQuestion[] {
  if (!Number.isInteger(round) || round < 0) throw new RangeError(`round must be a whole number ≥ 0, got ${round}`);
  const count = Math.min(perRound, TRAITS.length);
  const picked: PulseQuestion[] = [];
  for (let j = 0; j < count; j += 1) {
    const slot = round * count + j;
    const trait = TRAITS[slot % TRAITS.length]!;
    const timesAskedBefore = Math.floor(slot / TRAITS.length);
    const options = questionsOfTrait(trait);
    picked.push(options[timesAskedBefore % options.length]!);
  }
  return picked;
}
