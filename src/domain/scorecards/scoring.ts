import type { Direction, Metric, MetricKind } from './model.ts';

/** Doing better than the target counts, up to this much (120 %), so one metric cannot carry the card. */
export const ATTAINMENT_CAP = 1.2;

/**
 * How far a value reaches its target, from 0 to ATTAINMENT_CAP.
 * Higher is better: value / target (a target of 0 is met by any value).
 * Lower is better: target / value; a value of 0 beats any positive target (the cap), and
 * meets a target of 0 exactly (100 %); any value above a target of 0 scores nothing.
 * Negative values and targets are refused before they get here; they count as 0.
 */
export function attainment(value: number, target: number, direction: Direction): number {
  const v = Math.max(0, value);
  const goal = Math.max(0, target);
  let ratio: number;
  if (direction === 'higher') ratio = goal === 0 ? 1 : v / goal;
  else if (v === 0) ratio = goal === 0 ? 1 : ATTAINMENT_CAP;
  else ratio = goal / v;
  return Math.min(ATTAINMENT_CAP, Math.max(0, ratio));
}

export interface MetricScore {
  metric: Metric;
  /** The value used, or null when there is none yet (it then scores 0). */
  value: number | null;
  attainment: number | null;
  /** attainment × weight: at most weight × ATTAINMENT_CAP. */
  points: number | null;
}

export interface CardScore {
  lines: MetricScore[];
  process: number;
  result: number;
  total: number;
  /** How many metrics have no value yet. */
  missing: number;
}

/** A member's weighted score: each metric's points, the process and result parts, the total. */
export function scoreCard(metrics: readonly Metric[], valueOf: (metric: Metric) => number | null | undefined): CardScore {
  const parts: Record<MetricKind, number> = { process: 0, result: 0 };
  let missing = 0;
  const lines = metrics.map((metric): MetricScore => {
    const value = valueOf(metric);
    if (value === null || value === undefined || !Number.isFinite(value)) {
      missing += 1;
      return { metric, value: null, attainment: null, points: null };
    }
    const reached = attainment(value, metric.target, metric.direction);
    const points = reached * metric.weight;
    parts[metric.kind] += points;
    return { metric, value, attainment: reached, points };
  });
  return { lines, process: parts.process, result: parts.result, total: parts.process + parts.result, missing };
}

export interface TeamScore {
  /** Members with at least one value: the ones the means are taken over. */
  scored: number;
  process: number | null;
  result: number | null;
  total: number | null;
}

/** The team's means over members who have at least one value in the period. */
export function teamScore(cards: readonly CardScore[]): TeamScore {
  const scored = cards.filter((card) => card.missing < card.lines.length);
  if (scored.length === 0) return { scored: 0, process: null, result: null, total: null };
  const mean = (pick: (card: CardScore) => number) => scored.reduce((sum, card) => sum + pick(card), 0) / scored.length;
  return { scored: scored.length, process: mean((c) => c.process), result: mean((c) => c.result), total: mean((c) => c.total) };
}

/** One decimal, without a trailing ".0": 87.5, 90, 12.3. */
export function formatNumber(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
}
