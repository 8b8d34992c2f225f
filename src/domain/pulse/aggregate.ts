import { shuffle } from '../../shared/shuffle.ts';
import type { Period } from './schedule.ts';
import { isTrait, TRAITS, type Trait } from './traits.ts';

/** The smallest group behind any figure, whatever the configuration says. */
export const MIN_GROUP_FLOOR = 3;
export const effectiveMinGroup = (configured: number): number => Math.max(MIN_GROUP_FLOOR, Math.floor(configured));

/** One round as stored: anonymous answer rows and a count of respondents, nothing about who. */
export interface RoundData {
  period: Period;
  closed: boolean;
  closesAt: Date;
  respondents: number;
  invited: number;
  answers: ReadonlyArray<{ trait: string; score: number; comment: string | null }>;
}

export interface Reading {
  period: Period;
  average: number;
}

/**
 * What a leader may see of one round. An open round shows nothing (watching averages move
 * as answers arrive would let anyone subtract one person's answer); a closed round below the
 * minimum group shows nothing either — the type carries no number a view could leak.
 */
export type RoundResult =
  | { period: Period; state: 'open'; closesAt: Date }
  | { period: Period; state: 'hidden' }
  | {
      period: Period;
      state: 'shown';
      respondents: number;
      invited: number;
      overall: number;
      traits: Array<{ trait: Trait; average: number }>;
    };

export interface TraitTrend {
  trait: Trait;
  latest: Reading;
  previous: Reading | null;
  /** latest − previous, when there is a previous reading. */
  change: number | null;
}

export interface PulseResults {
  minGroup: number;
  /** Newest first. */
  rounds: RoundResult[];
  /** Per trait, from shown rounds only, in trait order. */
  traits: TraitTrend[];
  /** Each shown round's average over all its answers, oldest first. */
  overall: Reading[];
  overallChange: number | null;
  /** The latest shown round's comments, in random order. */
  comments: string[];
  commentsPeriod: Period | null;
}

const round1 = (value: number): number => Math.round(value * 10) / 10;
const mean = (values: readonly number[]): number => values.reduce((sum, v) => sum + v, 0) / values.length;

function roundResult(data: RoundData, minGroup: number): RoundResult {
  if (!data.closed) return { period: data.period, state: 'open', closesAt: data.closesAt };
  if (data.respondents < minGroup) return { period: data.period, state: 'hidden' };
  const scored = data.answers.filter((a): a is { trait: Trait; score: number; comment: string | null } =>
    isTrait(a.trait),
  );
  if (scored.length === 0) return { period: data.period, state: 'hidden' };
  const traits = TRAITS.flatMap((trait) => {
    const scores = scored.filter((a) => a.trait === trait).map((a) => a.score);
    return scores.length > 0 ? [{ trait, average: round1(mean(scores)) }] : [];
  });
  return {
    period: data.period,
    state: 'shown',
    respondents: data.respondents,
    invited: data.invited,
    overall: round1(mean(scored.map((a) => a.score))),
    traits,
  };
}

/**
 * A team's pulse results for its leaders: per round, per trait and over time, only from
 * closed rounds that at least `minGroup` people answered (never fewer than three).
 */
export function summarize(
  rounds: readonly RoundData[],
  configuredMinGroup: number,
  random?: (bound: number) => number,
): PulseResults {
  const minGroup = effectiveMinGroup(configuredMinGroup);
  const ordered = [...rounds].sort((a, b) => (a.period < b.period ? 1 : a.period > b.period ? -1 : 0));
  const results = ordered.map((data) => roundResult(data, minGroup));
  const shown = results.filter((r): r is Extract<RoundResult, { state: 'shown' }> => r.state === 'shown');

  const traits: TraitTrend[] = TRAITS.flatMap((trait) => {
    const readings = shown.flatMap((r) =>
      r.traits.filter((t) => t.trait === trait).map((t) => ({ period: r.period, average: t.average })),
    );
    const [latest, previous] = readings;
    if (!latest) return [];
    return [
      {
        trait,
        latest,
        previous: previous ?? null,
        change: previous ? round1(latest.average - previous.average) : null,
      },
    ];
  });

  const overall = shown.map((r) => ({ period: r.period, average: r.overall })).reverse();
  const last = overall.at(-1);
  const before = overall.at(-2);

  const latestShown = shown[0];
  const source = latestShown ? ordered.find((d) => d.period === latestShown.period) : undefined;
  const comments = (source?.answers ?? []).map((a) => a.comment?.trim() ?? '').filter((c) => c.length > 0);

  return {
    minGroup,
    rounds: results,
    traits,
    overall,
    overallChange: last && before ? round1(last.average - before.average) : null,
    comments: shuffle(comments, random),
    commentsPeriod: latestShown && comments.length > 0 ? latestShown.period : null,
  };
}
