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
  /** False when the metric does not apply to this member (a key result someone else owns). */
  applicable: boolean;
  /** The weight it counts with on this card: its own, rescaled so the applicable ones add up to 100. */
  weight: number;
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
  /** How many applicable metrics have no value yet. */
  missing: number;
  /** How many metrics apply to this member (the others are shown as "n/a"). */
  applicable: number;
}

/** A metric that does not apply to a member: it neither scores nor counts as missing. */
export const NOT_APPLICABLE = 'n/a' as const;

/**
 * A member's weighted score: each metric's points, the process and result parts, the total.
 * Metrics that do not apply to the member (NOT_APPLICABLE) are left out and the weights of
 * the others are rescaled to add up to 100 again, so every card is scored out of 100.
 */
export function scoreCard(
  metrics: readonly Metric[],
  metricValue: (metric: Metric) => number | null | undefined | typeof NOT_APPLICABLE,
): CardScore {
  const parts: Record<MetricKind, number> = { process: 0, result: 0 };
  let missing = 0;
  const values = metrics.map((metric) => metricValue(metric));
  const applicableWeight = metrics.reduce(
    (sum, metric, i) => (values[i] === NOT_APPLICABLE ? sum : sum + metric.weight),
    0,
  );
  const scale = applicableWeight > 0 ? 100 / applicableWeight : 0;
  const lines = metrics.map((metric, i): MetricScore => {
    const value = values[i];
    if (value === NOT_APPLICABLE)
      return { metric, applicable: false, weight: 0, value: null, attainment: null, points: null };
    const weight = metric.weight * scale;
    if (value === null || value === undefined || !Number.isFinite(value)) {
      missing += 1;
      return { metric, applicable: true, weight, value: null, attainment: null, points: null };
    }
    const reached = attainment(value, metric.target, metric.direction);
    const points = reached * weight;
    parts[metric.kind] += points;
    return { metric, applicable: true, weight, value, attainment: reached, points };
  });
  const applicable = lines.filter((line) => line.applicable).length;
  return {
    lines,
    process: parts.process,
    result: parts.result,
    total: parts.process + parts.result,
    missing,
    applicable,
  };
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
  const scored = cards.filter((card) => card.missing < card.applicable);
  if (scored.length === 0) return { scored: 0, process: null, result: null, total: null };
  const mean = (pick: (card: CardScore) => number) => scored.reduce((sum, card) => sum + pick(card), 0) / scored.length;
  return {
    scored: scored.length,
    process: mean((c) => c.process),
    result: mean((c) => c.result),
    total: mean((c) => c.total),
  };
}

/** One decimal, without a trailing ".0": 87.5, 90, 12.3. */
export function formatNumber(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
}
