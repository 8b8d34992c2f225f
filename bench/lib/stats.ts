/** Nearest-rank percentile of an ascending list (p in 0–100). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export const round = (n: number, digits = 1): number => {
  const scale = 10 ** digits;
  return Math.round(n * scale) / scale;
};

export const ascending = (values: readonly number[]): number[] => [...values].sort((a, b) => a - b);
