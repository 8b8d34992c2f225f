/**
 * The `coffee-pairing` bench: how long the matching of one coffee round takes for a large
 * informal channel. 5,000 members across 12 positions and 7 time zones, 200 "never pair me with"
 * pairs, and a year of weekly rounds behind them (52 past rounds of 2,500 pairs, each made by the
 * matching itself with the history before it, with every one of those weeks inside the repeat
 * window). Building all that is not timed; then `matchGroups` runs once to warm up and five
 * times measured, and the median is the figure.
 *
 * One JSON figure: members, weeks, `ms` (the median), `max_ms`, and what the round had to
 * relax (groups, repeats, same_position, short_overlap, unmatched). In process: no database,
 * so `db` is "none".
 *
 * `npm run bench -- coffee-pairing`.
 */
import { performance } from 'node:perf_hooks';
import { matchGroups, type MatchInput, type MatchMember, type PastGroup } from '../src/domain/informal/matching.ts';
import type { Bench } from './lib/context.ts';
import { say } from './lib/figures.ts';
import { ascending, percentile, round } from './lib/stats.ts';

const MEMBERS = 5000;
const WEEKS = 52;
const POSITIONS = 12;
const AVOID_PAIRS = 200;
const RUNS = 5;
const WEEK_MS = 7 * 24 * 3600 * 1000;
/** A Monday, 10:00 in Shanghai. */
const ROUND_START = new Date('2026-11-30T02:00:00Z');
const ZONES = [
  'Asia/Shanghai',
  'Asia/Tokyo',
  'Asia/Kolkata',
  'Australia/Sydney',
  'Europe/London',
  'America/New_York',
  'America/Los_Angeles',
];

/** A fixed sequence of numbers in [0, bound), so every run builds the same workspace. */
function numbers(seed: number): (bound: number) => number {
  let state = seed >>> 0;
  return (bound) => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return Math.floor((state / 2 ** 32) * bound);
  };
}

function workspace(): Omit<MatchInput, 'history' | 'roundStart' | 'seed'> {
  const next = numbers(2026);
  const members: MatchMember[] = Array.from({ length: MEMBERS }, (_, i) => ({
    userId: `M${String(i).padStart(5, '0')}`,
    position: `position-${next(POSITIONS)}`,
    timeZone: ZONES[next(ZONES.length)]!,
  }));
  const avoid: [string, string][] = [];
  while (avoid.length < AVOID_PAIRS) {
    const a = next(MEMBERS);
    const b = next(MEMBERS);
    if (a !== b) avoid.push([members[a]!.userId, members[b]!.userId]);
  }
  return { members, avoid, groupSize: 2, repeatWindowWeeks: WEEKS };
}

export const coffeePairing: Bench = {
  about: 'in process: one coffee round matched for 5,000 members with a year of weekly rounds behind them',
  async run({ figures }) {
    const base = workspace();
    const history: PastGroup[] = [];
    const built = performance.now();
    for (let week = WEEKS; week >= 1; week -= 1) {
      const at = new Date(ROUND_START.getTime() - week * WEEK_MS);
      const past = matchGroups({ ...base, history, roundStart: at, seed: `week-${week}` });
      for (const members of past.groups) history.push({ at, members });
    }
    say(
      `coffee-pairing: ${WEEKS} past rounds, ${history.length} groups built in ${Math.round(performance.now() - built)} ms`,
    );

    const input: MatchInput = { ...base, history, roundStart: ROUND_START, seed: 'this-week' };
    let result = matchGroups(input);
    const times: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const start = performance.now();
      result = matchGroups(input);
      times.push(performance.now() - start);
    }
    const sorted = ascending(times);
    figures.print({
      bench: 'coffee-pairing',
      members: MEMBERS,
      weeks: WEEKS,
      ms: round(percentile(sorted, 50)),
      max_ms: round(sorted.at(-1)!),
      groups: result.groups.length,
      repeats: result.relaxed.repeats,
      same_position: result.relaxed.samePosition,
      short_overlap: result.relaxed.shortOverlap,
      unmatched: result.unmatched.length,
      db: 'none',
    });
  },
  targets: (figures) => [figures.target({ bench: 'coffee-pairing', db: 'none' }, 'ms', 1000)],
};
