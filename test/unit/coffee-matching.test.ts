import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  matchGroups,
  MIN_OVERLAP_MS,
  type MatchInput,
  type MatchMember,
  type MatchResult,
  type PastGroup,
} from '../../src/domain/informal/matching.ts';

const WEEK_MS = 7 * 24 * 3600 * 1000;
/** A Monday in winter: Shanghai 09:00 is 01:00 UTC, New York 09:00 is 14:00 UTC. */
const ROUND_START = new Date('2026-11-30T01:00:00Z');
const ZONES = ['Asia/Shanghai', 'Asia/Tokyo', 'Europe/London', 'America/New_York', 'Asia/Kolkata'] as const;
const POSITIONS = ['account-manager', 'sales-rep', 'support', null] as const;

const member = (userId: string, timeZone = 'Asia/Shanghai', position: string | null = null): MatchMember => ({
  userId,
  position,
  timeZone,
});
const weeksAgo = (weeks: number): Date => new Date(ROUND_START.getTime() - weeks * WEEK_MS);
const input = (members: MatchMember[], more: Partial<MatchInput> = {}): MatchInput => ({
  members,
  avoid: [],
  history: [],
  groupSize: 2,
  repeatWindowWeeks: 12,
  roundStart: ROUND_START,
  seed: 'round-1',
  ...more,
});
const sorted = (groups: string[][]): string[][] =>
  groups.map((group) => [...group].sort()).sort((a, b) => a.join().localeCompare(b.join()));
const sizes = (result: MatchResult): number[] => result.groups.map((group) => group.length).sort((a, b) => a - b);

/** The group sizes the written order asks for when nothing is avoided. */
function expectedSizes(count: number, groupSize: 2 | 3): number[] {
  if (count < 2) return [];
  if (groupSize === 2) return count % 2 === 0 ? Array(count / 2).fill(2) : [...Array((count - 3) / 2).fill(2), 3];
  const rest = count % 3;
  if (rest === 0) return Array(count / 3).fill(3);
  if (rest === 1) return [...Array((count - 4) / 3).fill(3), 4];
  return [2, ...Array((count - 2) / 3).fill(3)];
}

/** Everything the written order promises of any result, checked from the outside. */
function checkResult(given: MatchInput, result: MatchResult): void {
  const byId = new Map<string, MatchMember>();
  for (const m of given.members) if (!byId.has(m.userId)) byId.set(m.userId, m);
  const ids = [...byId.keys()];
  const forbidden = new Set<string>();
  for (const [a, b] of given.avoid) {
    forbidden.add(`${a}|${b}`);
    forbidden.add(`${b}|${a}`);
  }
  const apart = (a: string, b: string): boolean => forbidden.has(`${a}|${b}`);

  // Each member exactly once: in one group, or in `unmatched`.
  const grouped = result.groups.flat();
  const left = result.unmatched.map((u) => u.userId);
  expect(new Set([...grouped, ...left]).size).toBe(grouped.length + left.length);
  expect([...grouped, ...left].sort()).toEqual([...ids].sort());

  for (const group of result.groups) {
    expect(group.length).toBeGreaterThanOrEqual(2);
    expect(group.length).toBeLessThanOrEqual(given.groupSize + 1);
    for (const a of group) for (const b of group) if (a !== b) expect(apart(a, b)).toBe(false);
  }

  // Left out only when no grouping can take them.
  for (const { userId, reason } of result.unmatched) {
    const others = ids.filter((id) => id !== userId);
    if (reason === 'alone') expect(ids).toEqual([userId]);
    if (reason === 'avoided_by_all') {
      expect(others.length).toBeGreaterThan(0);
      for (const other of others) expect(apart(userId, other)).toBe(true);
    }
    if (reason === 'no_compatible_group') {
      expect(others.some((other) => !apart(userId, other))).toBe(true);
      for (const group of result.groups) {
        // No group they could join, and none of three or more with someone they could pair with.
        if (group.length <= given.groupSize) expect(group.some((x) => apart(userId, x))).toBe(true);
        if (group.length >= 3) expect(group.every((x) => apart(userId, x))).toBe(true);
      }
      for (const other of result.unmatched)
        if (other.userId !== userId && other.reason === 'no_compatible_group')
          expect(apart(userId, other.userId)).toBe(true);
    }
  }

  expect(result.relaxed).toEqual(relaxedCounts(given, result.groups, byId));
  // Each group's own flags add up to the counts.
  const flagged = (flag: string) => result.groupRelaxed.filter((f) => f.includes(flag as never)).length;
  expect(result.groupRelaxed).toHaveLength(result.groups.length);
  expect({
    repeats: flagged('repeat'),
    samePosition: flagged('same_position'),
    shortOverlap: flagged('short_overlap'),
  }).toEqual(result.relaxed);
}

/** The `relaxed` counts, worked out independently from the groups. */
function relaxedCounts(given: MatchInput, groups: string[][], byId: Map<string, MatchMember>) {
  const met = new Set<string>();
  for (const past of given.history) {
    const age = given.roundStart.getTime() - past.at.getTime();
    if (age <= 0 || age > Math.ceil(given.repeatWindowWeeks) * WEEK_MS) continue;
    for (const a of past.members) for (const b of past.members) if (a !== b) met.add(`${a}|${b}`);
  }
  const date = DateTime.fromJSDate(given.roundStart, { zone: 'UTC' });
  const hours = (zone: string): [number, number] => {
    const start = DateTime.fromObject({ year: date.year, month: date.month, day: date.day, hour: 9 }, { zone });
    return [start.toMillis(), start.plus({ hours: 9 }).toMillis()];
  };
  const counts = { repeats: 0, samePosition: 0, shortOverlap: 0 };
  for (const group of groups) {
    const pairs = group.flatMap((a, i) => group.slice(i + 1).map((b) => [byId.get(a)!, byId.get(b)!] as const));
    if (pairs.some(([a, b]) => met.has(`${a.userId}|${b.userId}`))) counts.repeats += 1;
    if (pairs.some(([a, b]) => a.position !== null && a.position === b.position)) counts.samePosition += 1;
    if (
      pairs.some(([a, b]) => {
        const [startA, endA] = hours(a.timeZone);
        const [startB, endB] = hours(b.timeZone);
        return Math.min(endA, endB) - Math.max(startA, startB) < MIN_OVERLAP_MS;
      })
    )
      counts.shortOverlap += 1;
  }
  return counts;
}

/** The most members any grouping can place (groups of 2 to groupSize + 1, no avoided pair): by exhaustion. */
function mostPlaceable(given: MatchInput): number {
  const ids = [...new Set(given.members.map((m) => m.userId))];
  const apart = new Set(given.avoid.flatMap(([a, b]) => [`${a}|${b}`, `${b}|${a}`]));
  const best = (rest: string[]): number => {
    if (rest.length < 2) return 0;
    const [first, ...others] = rest as [string, ...string[]];
    let most = best(others);
    const grow = (group: string[], from: number): void => {
      if (group.length >= 2) {
        const remaining = others.filter((id) => !group.includes(id));
        most = Math.max(most, group.length + best(remaining));
      }
      if (group.length === given.groupSize + 1) return;
      for (let i = from; i < others.length; i += 1) {
        const next = others[i]!;
        if (group.every((x) => !apart.has(`${x}|${next}`))) grow([...group, next], i + 1);
      }
    };
    grow([first], 0);
    return most;
  };
  return best(ids);
}

/** Random rounds: members from a few positions and clocks, avoid pairs, and past rounds. */
const anyRound = (most = 60, least = 0) =>
  fc.integer({ min: least, max: most }).chain((count) => {
    const everyone = Array.from({ length: count }, (_, i) => i);
    return fc
      .record({
        kinds: fc.array(fc.tuple(fc.constantFrom(...POSITIONS), fc.constantFrom(...ZONES)), {
          minLength: count,
          maxLength: count,
        }),
        twice: fc.array(fc.nat(), { maxLength: count > 0 ? 3 : 0 }),
        avoid: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: count * 2 }),
        rounds: fc.array(
          fc.record({
            weeks: fc.integer({ min: 0, max: 20 }),
            order: fc.shuffledSubarray(everyone),
            trios: fc.boolean(),
          }),
          { maxLength: 4 },
        ),
        groupSize: fc.constantFrom(2 as const, 3 as const),
        repeatWindowWeeks: fc.integer({ min: 0, max: 16 }),
        seed: fc.string({ maxLength: 8 }),
      })
      .map(({ kinds, twice, avoid, rounds, groupSize, repeatWindowWeeks, seed }): MatchInput => {
        const id = (i: number) => `U${String(i).padStart(3, '0')}`;
        const members = kinds.map(([position, zone], i) => member(id(i), zone, position));
        // The same person listed again (with other details, which do not count).
        for (const t of twice) members.push(member(id(t % count), 'Europe/London', 'other'));
        const history: PastGroup[] = rounds.flatMap(({ weeks, order, trios }) => {
          const size = trios ? 3 : 2;
          const groups: PastGroup[] = [];
          for (let at = 0; at + 1 < order.length; at += size)
            groups.push({ at: weeksAgo(weeks + 0.5), members: order.slice(at, at + size).map(id) });
          return groups;
        });
        return {
          members,
          avoid: avoid.map(([a, b]) => [id(a % count), id(b % count)] as const),
          history,
          groupSize,
          repeatWindowWeeks,
          roundStart: ROUND_START,
          seed,
        };
      });
  });

describe('coffee matching: who is placed', () => {
  it('when any round is matched, then everyone is in exactly one group of 2 to size + 1 without an avoided pair, or left out only with a true reason', () => {
    fc.assert(
      fc.property(anyRound(), (given) => checkResult(given, matchGroups(given))),
      { numRuns: 300 },
    );
  });

  it('when a small round is matched, then no grouping could have placed more members', () => {
    fc.assert(
      fc.property(anyRound(8), (given) => {
        const result = matchGroups(given);
        expect(result.groups.flat().length).toBe(mostPlaceable(given));
      }),
      { numRuns: 400 },
    );
  });

  it('when nobody avoids anyone, then the group sizes follow the arithmetic of the group size', () => {
    fc.assert(
      fc.property(
        anyRound().map((given) => ({ ...given, avoid: [] })),
        (given) => {
          const result = matchGroups(given);
          const count = new Set(given.members.map((m) => m.userId)).size;
          expect(sizes(result)).toEqual(expectedSizes(count, given.groupSize));
          expect(result.unmatched.length).toBe(count === 1 ? 1 : 0);
        },
      ),
    );
  });

  it('when each member avoids at most one other, then pairs still follow the arithmetic: no two trios where pairs fit', () => {
    fc.assert(
      fc.property(
        anyRound(40, 6).map((given) => {
          // Avoid pairs that share nobody: whoever is left over can always pair with someone else.
          const ids = [...new Set(given.members.map((m) => m.userId))];
          const used = new Set<string>();
          const avoid = given.avoid.filter(([a, b]) => {
            if (a === b || used.has(a) || used.has(b)) return false;
            used.add(a).add(b);
            return true;
          });
          return { ...given, groupSize: 2 as const, avoid, count: ids.length };
        }),
        ({ count, ...given }) => {
          expect(sizes(matchGroups(given))).toEqual(expectedSizes(count, 2));
        },
      ),
      { numRuns: 300 },
    );
    // The case that once made two trios: the two left over may not meet each other.
    const six = ['L', 'M1', 'M3', 'M4', 'NY', 'ZH'].map((id) =>
      member(id, id === 'NY' ? 'America/New_York' : 'Asia/Shanghai'),
    );
    for (let seed = 0; seed < 400; seed += 1)
      expect(sizes(matchGroups(input(six, { avoid: [['M3', 'M4']], seed: `s${seed}` })))).toEqual([2, 2, 2]);
  });

  it('when the counts leave one or two over, then pairs get a trio and trios a group of four or a pair', () => {
    const people = (count: number) => Array.from({ length: count }, (_, i) => member(`U${i}`));
    expect(sizes(matchGroups(input(people(7))))).toEqual([2, 2, 3]);
    expect(sizes(matchGroups(input(people(3))))).toEqual([3]);
    expect(sizes(matchGroups(input(people(7), { groupSize: 3 })))).toEqual([3, 4]);
    expect(sizes(matchGroups(input(people(8), { groupSize: 3 })))).toEqual([2, 3, 3]);
    expect(sizes(matchGroups(input(people(4), { groupSize: 3 })))).toEqual([4]);
    expect(sizes(matchGroups(input(people(2), { groupSize: 3 })))).toEqual([2]);
  });

  it('when a round has one member, then they are left alone; with none, nothing is made', () => {
    expect(matchGroups(input([member('U1')]))).toEqual({
      groups: [],
      unmatched: [{ userId: 'U1', reason: 'alone' }],
      relaxed: { repeats: 0, samePosition: 0, shortOverlap: 0 },
      groupRelaxed: [],
    });
    expect(matchGroups(input([])).groups).toEqual([]);
  });

  it('when someone is listed twice, then they are placed once', () => {
    const result = matchGroups(input([member('U1'), member('U2'), member('U1', 'America/New_York'), member('U3')]));
    expect(result.groups.flat().sort()).toEqual(['U1', 'U2', 'U3']);
    expect(sizes(result)).toEqual([3]);
  });
});

describe('coffee matching: never pair me with', () => {
  it('when someone avoids another, then they are never in one group, whichever of them asked', () => {
    const people = ['A', 'B', 'C', 'D'].map((id) => member(id));
    for (const seed of ['s1', 's2', 's3', 's4', 's5', 's6']) {
      const result = matchGroups(
        input(people, {
          seed,
          avoid: [
            ['A', 'B'],
            ['D', 'C'],
          ],
        }),
      );
      expect(sorted(result.groups)).not.toContainEqual(['A', 'B']);
      expect(sorted(result.groups)).not.toContainEqual(['C', 'D']);
      expect(result.unmatched).toEqual([]);
    }
  });

  it('when everyone else is forbidden with someone, then only they are left out, as avoided by all', () => {
    const people = ['A', 'B', 'C'].map((id) => member(id));
    const result = matchGroups(
      input(people, {
        avoid: [
          ['A', 'B'],
          ['C', 'A'],
        ],
      }),
    );
    expect(result.groups).toEqual([expect.arrayContaining(['B', 'C'])]);
    expect(result.unmatched).toEqual([{ userId: 'A', reason: 'avoided_by_all' }]);
  });

  it('when two of three must never meet, then the third pairs with one and the other is left out', () => {
    const people = ['A', 'B', 'C'].map((id) => member(id));
    const result = matchGroups(input(people, { avoid: [['A', 'B']] }));
    expect(result.groups).toHaveLength(1);
    expect(result.groups[0]).toContain('C');
    expect(result.unmatched).toEqual([
      { userId: result.groups[0]!.includes('A') ? 'B' : 'A', reason: 'no_compatible_group' },
    ]);
  });

  it('when someone must be left out again, then it is never the one left out last round', () => {
    for (const seed of ['r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7', 'r8']) {
      for (const last of ['A', 'B']) {
        const people = ['A', 'B', 'C'].map((id) => ({ ...member(id), priority: id === last }));
        const result = matchGroups(input(people, { avoid: [['A', 'B']], seed }));
        expect(result.groups).toEqual([expect.arrayContaining([last, 'C'])]);
        expect(result.unmatched.map((u) => u.userId)).toEqual([last === 'A' ? 'B' : 'A']);
      }
    }
  });

  it('when nobody needs to be left out, then choosing first changes nobody’s place in the count', () => {
    const people = Array.from({ length: 9 }, (_, i) => ({ ...member(`M${i}`), priority: i < 3 }));
    const result = matchGroups(input(people));
    expect(result.unmatched).toEqual([]);
    expect(sizes(result)).toEqual([2, 2, 2, 3]);
  });

  it('when the only one someone may meet is paired already, then a pair gives way so everyone is placed', () => {
    // A may meet D alone; whoever D was with goes elsewhere.
    const people = ['A', 'B', 'C', 'D', 'E', 'F'].map((id) => member(id));
    for (const seed of ['s1', 's2', 's3', 's4', 's5', 's6']) {
      const given = input(people, {
        seed,
        avoid: [
          ['A', 'B'],
          ['A', 'C'],
          ['A', 'E'],
          ['A', 'F'],
        ],
      });
      const result = matchGroups(given);
      checkResult(given, result);
      expect(result.unmatched).toEqual([]);
      expect(sorted(result.groups)).toContainEqual(['A', 'D']);
    }
  });
});

describe('coffee matching: preferences', () => {
  it('when the history is one past round of pairs and nothing else differs, then nobody meets the same person again', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 4, max: 60 }).chain((count) =>
          fc.record({
            count: fc.constant(count),
            past: fc.shuffledSubarray(
              Array.from({ length: count }, (_, i) => i),
              { minLength: count, maxLength: count },
            ),
            seed: fc.string({ maxLength: 8 }),
          }),
        ),
        ({ count, past, seed }) => {
          const people = Array.from({ length: count }, (_, i) => member(`U${i}`, 'Europe/London'));
          const history: PastGroup[] = [];
          for (let at = 0; at + 1 < past.length; at += 2)
            history.push({ at: weeksAgo(1), members: [`U${past[at]}`, `U${past[at + 1]}`] });
          const given = input(people, { history, seed });
          const result = matchGroups(given);
          checkResult(given, result);
          expect(result.relaxed.repeats).toBe(0);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('when a pair met last week and nobody else is there, then they meet again, counted as a repeat', () => {
    const history = [{ at: weeksAgo(1), members: ['A', 'B'] }];
    const result = matchGroups(input([member('A'), member('B')], { history }));
    expect(result.groups).toEqual([expect.arrayContaining(['A', 'B'])]);
    expect(result.relaxed.repeats).toBe(1);
    // Beyond the window, it is no repeat.
    const long = matchGroups(
      input([member('A'), member('B')], { history: [{ at: weeksAgo(13), members: ['A', 'B'] }] }),
    );
    expect(long.relaxed.repeats).toBe(0);
  });

  it('when every grouping repeats a meeting, then the oldest meetings are repeated', () => {
    const history = [
      { at: weeksAgo(1), members: ['A', 'B'] },
      { at: weeksAgo(1), members: ['C', 'D'] },
      { at: weeksAgo(3), members: ['A', 'C'] },
      { at: weeksAgo(3), members: ['B', 'D'] },
      { at: weeksAgo(10), members: ['A', 'D'] },
      { at: weeksAgo(10), members: ['B', 'C'] },
    ];
    const people = ['A', 'B', 'C', 'D'].map((id) => member(id));
    for (const seed of ['s1', 's2', 's3', 's4', 's5', 's6']) {
      const result = matchGroups(input(people, { history, seed }));
      expect(sorted(result.groups)).toEqual([
        ['A', 'D'],
        ['B', 'C'],
      ]);
      expect(result.relaxed.repeats).toBe(2);
    }
  });

  it('when two work in Shanghai and two in New York, then each pairs with someone on their own hours', () => {
    const people = [
      member('S1', 'Asia/Shanghai'),
      member('N1', 'America/New_York'),
      member('S2', 'Asia/Shanghai'),
      member('N2', 'America/New_York'),
    ];
    for (const seed of ['s1', 's2', 's3', 's4', 's5', 's6']) {
      const result = matchGroups(input(people, { seed }));
      expect(sorted(result.groups)).toEqual([
        ['N1', 'N2'],
        ['S1', 'S2'],
      ]);
      expect(result.relaxed.shortOverlap).toBe(0);
    }
  });

  it('when every clock has an even number of members and nothing else conflicts, then no group is short of shared hours', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 6 }), { minLength: ZONES.length, maxLength: ZONES.length }),
        fc.string({ maxLength: 8 }),
        (halves, seed) => {
          const people = ZONES.flatMap((zone, z) =>
            Array.from({ length: halves[z]! * 2 }, (_, i) => member(`${zone}-${i}`, zone)),
          );
          const given = input(people, { seed });
          const result = matchGroups(given);
          checkResult(given, result);
          expect(result.relaxed.shortOverlap).toBe(0);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('when positions can differ, then nobody is paired with their own position', () => {
    const people = [
      member('A1', 'Europe/London', 'account-manager'),
      member('A2', 'Europe/London', 'account-manager'),
      member('R1', 'Europe/London', 'sales-rep'),
      member('R2', 'Europe/London', 'sales-rep'),
      member('X1', 'Europe/London', null),
      member('X2', 'Europe/London', null),
    ];
    for (const seed of ['s1', 's2', 's3', 's4', 's5', 's6']) {
      const result = matchGroups(input(people, { seed }));
      expect(result.relaxed.samePosition).toBe(0);
      const positionOf = new Map(people.map((m) => [m.userId, m.position]));
      for (const [a, b] of result.groups) {
        const position = positionOf.get(a!);
        if (position !== null) expect(positionOf.get(b!)).not.toBe(position);
      }
    }
  });

  it('when the only fresh partners share a position, then the round keeps them fresh and gives up positions', () => {
    const history = [
      { at: weeksAgo(2), members: ['A', 'C'] },
      { at: weeksAgo(2), members: ['B', 'D'] },
      { at: weeksAgo(4), members: ['A', 'D'] },
      { at: weeksAgo(4), members: ['B', 'C'] },
    ];
    const people = [member('A', 'UTC', 'p'), member('B', 'UTC', 'p'), member('C', 'UTC', 'q'), member('D', 'UTC', 'q')];
    const result = matchGroups(input(people, { history }));
    expect(sorted(result.groups)).toEqual([
      ['A', 'B'],
      ['C', 'D'],
    ]);
    expect(result.relaxed).toEqual({ repeats: 0, samePosition: 2, shortOverlap: 0 });
  });

  it('when positions and hours cannot both be kept, then hours are given up first', () => {
    const people = [
      member('S1', 'Asia/Shanghai', 'p'),
      member('S2', 'Asia/Shanghai', 'p'),
      member('N1', 'America/New_York', 'q'),
      member('N2', 'America/New_York', 'q'),
    ];
    const result = matchGroups(input(people));
    expect(result.relaxed).toEqual({ repeats: 0, samePosition: 0, shortOverlap: 2 });
  });

  it('when a time zone is unknown, then that member is read on UTC and still placed', () => {
    const given = input([member('A', 'Mars/Olympus'), member('B', 'Europe/London'), member('C', 'Asia/Tokyo')]);
    const result = matchGroups(given);
    expect(result.groups.flat().sort()).toEqual(['A', 'B', 'C']);
  });
});

describe('coffee matching: the same round twice', () => {
  it('when the same round is matched twice with the same seed, then the groups are the same', () => {
    fc.assert(
      fc.property(anyRound(), (given) => {
        expect(matchGroups(given)).toEqual(matchGroups(given));
      }),
      { numRuns: 100 },
    );
  });

  it('when the seed differs, then the groups may differ', () => {
    const people = Array.from({ length: 20 }, (_, i) => member(`U${i}`));
    const outcomes = new Set(
      ['a', 'b', 'c', 'd', 'e'].map((seed) => JSON.stringify(sorted(matchGroups(input(people, { seed })).groups))),
    );
    expect(outcomes.size).toBeGreaterThan(1);
  });
});

describe('coffee matching: a large workspace', () => {
  it('when 5,000 members with a year of weekly rounds are matched, then everyone is placed by the same rules', () => {
    const positions = Array.from({ length: 12 }, (_, i) => `position-${i}`);
    const zones = [...ZONES, 'America/Los_Angeles', 'Australia/Sydney'];
    const ids = Array.from({ length: 5000 }, (_, i) => `U${i}`);
    let state = 1;
    const next = (bound: number) => {
      state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
      return Math.floor((state / 2 ** 32) * bound);
    };
    const people = ids.map((id) => member(id, zones[next(zones.length)]!, positions[next(positions.length)]!));
    const avoid = Array.from({ length: 200 }, () => [ids[next(5000)]!, ids[next(5000)]!] as const);
    const history: PastGroup[] = [];
    for (let week = 1; week <= 52; week += 1) {
      const order = [...ids];
      for (let i = order.length - 1; i > 0; i -= 1) {
        const j = next(i + 1);
        [order[i], order[j]] = [order[j]!, order[i]!];
      }
      for (let at = 0; at < order.length; at += 2)
        history.push({ at: weeksAgo(week), members: order.slice(at, at + 2) });
    }
    const given = input(people, { avoid, history, repeatWindowWeeks: 52 });
    const result = matchGroups(given);
    checkResult(given, result);
    expect(result.unmatched).toEqual([]);
    expect(result.groups).toHaveLength(2500);
    expect(result.relaxed.repeats).toBe(0);
  });
});
