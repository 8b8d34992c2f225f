import { randomInt } from 'node:crypto';

/**
 * A Fisher–Yates shuffle, with a cryptographic source of randomness unless another is given
 * (tests): where order could tell who wrote what, it must tell nothing.
 */
export function shuffle<T>(items: readonly T[], random: (bound: number) => number = randomInt): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = random(i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
