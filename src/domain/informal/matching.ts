/**
 * Coffee pairing: who meets whom in a round of an informal channel. Pure and deterministic:
 * the same input with the same seed always gives the same groups.
 *
 * The written order — what a round keeps, from what it never gives up to what it gives up first:
 *
 * 1. Everyone is in exactly one group. A userId listed twice counts once (its first entry).
 *    Only someone no grouping can take is left out, named in `unmatched` with the reason:
 *    - `alone`: they are the only member;
 *    - `avoided_by_all`: every other member is forbidden with them (rule 3);
 *    - `no_compatible_group`: someone may be with them, but not in any grouping that also keeps
 *      the others together — e.g. three members of whom two must never meet: one pair is made
 *      and the third is left out. The round makes room first (below); it leaves someone out
 *      only when no group can take them in, no group of three or more has a member who could
 *      pair with them, no one else left out could pair with them, and no chain of moves that
 *      places them was found.
 *    Whoever was left out of the team's last round (`priority`) chooses first, so when someone
 *    must be left out again, it is someone else if any grouping allows it.
 * 2. Group sizes. With groupSize 2: pairs, and one trio when the count is odd. With groupSize 3:
 *    trios; when one member is over, one group of four; when two are, one pair. No group is ever
 *    smaller than 2 or larger than groupSize + 1; a group grows to groupSize + 1 beyond that
 *    arithmetic only to take in someone whom the avoid list leaves nowhere else, and a trio may
 *    give up a member to a pair for the same reason.
 * 3. Never an avoided pair in a group. "Never pair me with" holds both ways and is never relaxed.
 *
 * Then three preferences. When they cannot all be kept, the first given up is the last listed:
 *
 * 4. No repeats: nobody is grouped with someone they shared a group with in the last
 *    `repeatWindowWeeks` weeks (a past group whose `at` is before `roundStart` and no more than
 *    the window before it). A repeat is made only when no fresh partner can be had, and then an
 *    older meeting is repeated before a more recent one: a meeting in week w before the round
 *    (w = 1 for the last seven days) weighs window + 1 − w, and meeting twice adds up.
 * 5. Different positions: two members of the same role-card position are not grouped together.
 *    A member without a position (null) is never the same as anyone.
 * 6. Working hours overlap: every pair in a group shares at least two hours of working time —
 *    each member's 09:00–18:00 on their own clock on the round's first day (the calendar date of
 *    `roundStart` in UTC), compared as instants. (One calendar date for everyone, so the overlap
 *    depends on the two clocks alone and not on the hour the round starts. An unknown zone is
 *    read as UTC.)
 *
 * So: working hours are relaxed first, then positions, then repeats; the avoid list never.
 * `relaxed` counts the groups that break each preference.
 *
 * How. Each pair has a cost: W_REPEAT per unit of repeat weight, W_POSITION when the positions
 * are the same, W_HOURS when the hours overlap too little; a forbidden pair costs Infinity. A
 * group costs the sum over its pairs. The weights are lexicographic for every step taken below
 * (each compares choices that differ in at most six pairs of each kind): one unit of repeat
 * outweighs any number of position and hour breaches such a step can change, and one position
 * breach any number of hour breaches.
 *
 * - Greedy construction. The members are shuffled with a PRNG seeded from `seed`, those with
 *   `priority` (left out of the last round) moved to the front in their shuffled order; in that order,
 *   each member not yet placed takes the cheapest partner still free (for trios, then the
 *   cheapest third for both). Free members are kept in buckets by (clock, position), in shuffled
 *   order, so a member looks at the buckets' costs first — the most plentiful of the cheapest
 *   kind wins, which keeps a large position from being left to pair with itself — and takes the
 *   first member there who is neither a repeat nor forbidden. Only when none is fresh anywhere
 *   are the few members left compared one by one. So building costs about members × buckets,
 *   not members².
 * - Making room. A member left over (the odd one out, or one every free member was forbidden
 *   with) pairs with another left over if they may meet; else joins the cheapest group below
 *   groupSize they may join; else takes a member they may meet out of a group already above
 *   groupSize (so two left over who may not meet each other make one more pair, not two
 *   oversized groups); else joins a group at groupSize; else takes a member they may meet out
 *   of a group of three or more; else a chain of moves is looked for, shortest
 *   first (at most CHAIN_DEPTH moves, CHAIN_BUDGET steps of search): they take a member out of a
 *   pair, or the place of the one member of a group they may not meet, and whoever that displaces
 *   is placed the same way. Only if all of these fail are they left out. This runs again after
 *   the improvement, for anyone still left out.
 * - Improvement. Then, for each group that costs anything, other groups (from a seeded place,
 *   at most IMPROVE_SCAN_GROUPS of them) are tried for a swap of one member each way that keeps
 *   the avoid list and lowers the total cost; the first such swap is made. Passes repeat while
 *   they improve, within a budget of swap evaluations proportional to the members: counts, never
 *   a clock, so the result does not depend on the machine. It never fails: each step only ever
 *   keeps or lowers the cost of a valid grouping.
 */
import { DateTime } from 'luxon';
import { shuffle } from '../../shared/shuffle.ts';

/**
 * `position`: the member's role-card position id, or null; `timeZone`: an IANA name;
 * `priority`: they were left out of the team's last round, so they choose first in this one.
 */
export type MatchMember = { userId: string; position: string | null; timeZone: string; priority?: boolean };
/** A group formed in a past round. */
export type PastGroup = { at: Date; members: readonly string[] };
export type MatchInput = {
  members: readonly MatchMember[];
  /** (who, whom): a private "never pair me with", forbidden both ways. */
  avoid: ReadonlyArray<readonly [string, string]>;
  history: readonly PastGroup[];
  groupSize: 2 | 3;
  /** How far back a meeting counts as a repeat (the caller's default is 12). */
  repeatWindowWeeks: number;
  /** The start of the round: the end of the repeat window, and its UTC date is the day whose working hours count. */
  roundStart: Date;
  /** Same input and seed, same groups. */
  seed: string;
};
export type UnmatchedReason = 'alone' | 'avoided_by_all' | 'no_compatible_group';
export type MatchResult = {
  groups: string[][];
  /** Only those no grouping can take (see the written order). */
  unmatched: { userId: string; reason: UnmatchedReason }[];
  /** How many groups break each preference. */
  relaxed: { repeats: number; samePosition: number; shortOverlap: number };
  /** Which preferences each group breaks, in the order of `groups`. */
  groupRelaxed: GroupRelaxed[][];
};
export type GroupRelaxed = 'repeat' | 'same_position' | 'short_overlap';

const HOUR_MS = 3_600_000;
const WEEK_MS = 7 * 24 * HOUR_MS;
/** The working time two members must share for a call to fit. */
export const MIN_OVERLAP_MS = 2 * HOUR_MS;
const DAY_STARTS = 9;
const DAY_ENDS = 18;

// A swap changes at most three pairs in each of its two groups (six pairs each way); a join or a
// choice of partner at most three. So 16 > 6 × 1 and 256 > 6 × (16 + 1): lexicographic.
const W_HOURS = 1;
const W_POSITION = 16;
const W_REPEAT = 256;

/** Swap evaluations the improvement may spend: a base plus this many per member. */
const IMPROVE_BUDGET_BASE = 4096;
const IMPROVE_BUDGET_PER_MEMBER = 64;
/** Groups tried against one costly group per attempt, so every costly group gets its turn. */
const IMPROVE_SCAN_GROUPS = 256;
const IMPROVE_PASSES = 8;
/** How long a chain of moves making room for someone may be, and how many steps its search may take. */
const CHAIN_DEPTH = 6;
const CHAIN_BUDGET = 20_000;

export function matchGroups(input: MatchInput): MatchResult {
  const people = distinct(input.members);
  const n = people.length;
  const relaxed = { repeats: 0, samePosition: 0, shortOverlap: 0 };
  if (n === 0) return { groups: [], unmatched: [], relaxed, groupRelaxed: [] };
  if (n === 1)
    return { groups: [], unmatched: [{ userId: people[0]!.userId, reason: 'alone' }], relaxed, groupRelaxed: [] };

  const groupSize = input.groupSize === 3 ? 3 : 2;
  const largest = groupSize + 1;
  const random = seededRandom(input.seed);
  const indexOf = new Map(people.map((person, i) => [person.userId, i]));
  const key = (a: number, b: number): number => (a < b ? a * n + b : b * n + a);

  // The avoid list, both ways; whoever is forbidden with everyone else cannot be placed.
  const forbidden = new Set<number>();
  for (const [who, whom] of input.avoid) {
    const a = indexOf.get(who);
    const b = indexOf.get(whom);
    if (a !== undefined && b !== undefined && a !== b) forbidden.add(key(a, b));
  }
  const others = new Int32Array(n).fill(n - 1);
  for (const k of forbidden) {
    others[Math.floor(k / n)]! -= 1;
    others[k % n]! -= 1;
  }

  // Repeats: each pair's weight from the past groups inside the window.
  const repeats = new Map<number, number>();
  const window = Number.isFinite(input.repeatWindowWeeks) ? Math.ceil(input.repeatWindowWeeks) : 0;
  const roundStart = input.roundStart.getTime();
  const inGroup: number[] = [];
  for (const past of input.history) {
    const age = roundStart - past.at.getTime();
    if (!(age > 0 && age <= window * WEEK_MS)) continue;
    const weight = Math.max(1, window + 1 - Math.ceil(age / WEEK_MS));
    inGroup.length = 0;
    for (const userId of past.members) {
      const i = indexOf.get(userId);
      if (i !== undefined && !inGroup.includes(i)) inGroup.push(i);
    }
    for (let x = 0; x < inGroup.length; x += 1)
      for (let y = x + 1; y < inGroup.length; y += 1) {
        const k = key(inGroup[x]!, inGroup[y]!);
        repeats.set(k, (repeats.get(k) ?? 0) + weight);
      }
  }

  // Clocks: one id per distinct working day (as UTC instants), and which of them overlap.
  const { zoneOf, zones, overlaps } = clocks(people, input.roundStart);
  const positionIds = new Map<string, number>();
  const positionOf = new Int32Array(n);
  people.forEach((person, i) => {
    if (person.position === null) positionOf[i] = -1;
    else {
      if (!positionIds.has(person.position)) positionIds.set(person.position, positionIds.size);
      positionOf[i] = positionIds.get(person.position)!;
    }
  });

  const samePosition = (a: number, b: number): boolean => positionOf[a]! >= 0 && positionOf[a] === positionOf[b];
  const shortOverlap = (a: number, b: number): boolean => overlaps[zoneOf[a]! * zones + zoneOf[b]!] === 0;
  const pairCost = (a: number, b: number): number => {
    const k = key(a, b);
    if (forbidden.has(k)) return Number.POSITIVE_INFINITY;
    let cost = (repeats.get(k) ?? 0) * W_REPEAT;
    if (samePosition(a, b)) cost += W_POSITION;
    if (shortOverlap(a, b)) cost += W_HOURS;
    return cost;
  };
  const mayMeet = (a: number, b: number): boolean => !forbidden.has(key(a, b));
  const costToJoin = (u: number, group: readonly number[]): number => {
    let cost = 0;
    for (const x of group) cost += pairCost(u, x);
    return cost;
  };
  const groupCostOf = (group: readonly number[]): number => {
    let cost = 0;
    for (let x = 0; x < group.length; x += 1)
      for (let y = x + 1; y < group.length; y += 1) cost += pairCost(group[x]!, group[y]!);
    return cost;
  };

  const placeable: number[] = [];
  const avoidedByAll = new Uint8Array(n);
  for (let i = 0; i < n; i += 1) {
    if (others[i] === 0) avoidedByAll[i] = 1;
    else placeable.push(i);
  }
  // Whoever was left out of the last round chooses first: if someone must be left out again, it is another.
  const shuffled = shuffle(placeable, random);
  const order = [...shuffled.filter((i) => people[i]!.priority), ...shuffled.filter((i) => !people[i]!.priority)];

  // The groups being built.
  const groups: number[][] = [];
  const groupCost: number[] = [];
  const groupOf = new Int32Array(n).fill(-1);
  const addGroup = (members: number[]): void => {
    for (const x of members) groupOf[x] = groups.length;
    groups.push(members);
    groupCost.push(groupCostOf(members));
  };
  const refresh = (g: number): void => {
    for (const x of groups[g]!) groupOf[x] = g;
    groupCost[g] = groupCostOf(groups[g]!);
  };

  // Greedy construction from the shuffled order.
  const pool = new FreePool(
    order,
    (i) => zoneOf[i]! * (positionIds.size + 1) + positionOf[i]! + 1,
    (anchors, bucketZone, bucketPosition) => {
      let base = 0;
      for (const a of anchors) {
        if (positionOf[a]! >= 0 && positionOf[a] === bucketPosition) base += W_POSITION;
        if (overlaps[zoneOf[a]! * zones + bucketZone] === 0) base += W_HOURS;
      }
      return base;
    },
    (i) => [zoneOf[i]!, positionOf[i]!],
  );
  const fresh = (anchors: readonly number[], c: number): boolean => {
    for (const a of anchors) {
      const k = key(a, c);
      if (forbidden.has(k) || repeats.has(k)) return false;
    }
    return true;
  };
  const joinCost = (anchors: readonly number[], c: number): number => costToJoin(c, anchors);

  const leftOver: number[] = [];
  for (const i of order) {
    if (!pool.has(i)) continue;
    pool.take(i);
    if (pool.size === 0) {
      leftOver.push(i);
      continue;
    }
    const wantThird = groupSize === 3 && pool.size >= 2;
    const j = pool.cheapest([i], fresh, joinCost);
    if (j < 0) {
      leftOver.push(i);
      continue;
    }
    pool.take(j);
    const group = [i, j];
    if (wantThird) {
      const k = pool.cheapest(group, fresh, joinCost);
      if (k >= 0) {
        pool.take(k);
        group.push(k);
      }
    }
    addGroup(group);
  }

  // Making room for whoever is left over; true when `u` found a group.
  const place = (u: number, pending: readonly number[]): boolean => {
    // With another one left over.
    let partner = -1;
    let partnerCost = Number.POSITIVE_INFINITY;
    for (const w of pending) {
      if (w === u || groupOf[w]! >= 0) continue;
      const cost = pairCost(u, w);
      if (cost < partnerCost) [partner, partnerCost] = [w, cost];
    }
    if (partner >= 0) {
      addGroup([u, partner]);
      return true;
    }
    // Into a group below the group size; else a member out of a group already above it, who
    // pairs with u (so two left over who may not meet do not make two oversized groups); else
    // into a group at the size; else a member out of any group of three or more.
    const join = (full: boolean): boolean => {
      let into = -1;
      let intoCost = Number.POSITIVE_INFINITY;
      for (let g = 0; g < groups.length; g += 1) {
        const group = groups[g]!;
        if (group.length >= largest || group.length >= groupSize !== full) continue;
        const cost = costToJoin(u, group);
        if (cost < intoCost) [into, intoCost] = [g, cost];
      }
      if (into < 0) return false;
      groups[into]!.push(u);
      refresh(into);
      return true;
    };
    const takeOut = (minSize: number): boolean => {
      let from = -1;
      let taken = -1;
      let takenCost = Number.POSITIVE_INFINITY;
      for (let g = 0; g < groups.length; g += 1) {
        const group = groups[g]!;
        if (group.length < minSize) continue;
        for (const x of group) {
          if (!mayMeet(u, x)) continue;
          const cost =
            pairCost(u, x) -
            costToJoin(
              x,
              group.filter((y) => y !== x),
            );
          if (cost < takenCost) [from, taken, takenCost] = [g, x, cost];
        }
      }
      if (from < 0) return false;
      groups[from] = groups[from]!.filter((y) => y !== taken);
      refresh(from);
      addGroup([u, taken]);
      return true;
    };
    if (join(false) || takeOut(Math.max(3, groupSize + 1)) || join(true) || takeOut(3)) return true;
    // A chain of moves: the shortest found, within a budget.
    for (let depth = 1; depth <= CHAIN_DEPTH; depth += 1) {
      const touched: number[] = [];
      const found = chain(u, u, pending, depth, new Set(), touched, { left: CHAIN_BUDGET });
      if (found === true) {
        for (const g of new Set(touched)) refresh(g);
        return true;
      }
      if (found === 'spent') return false;
    }
    return false;
  };
  /**
   * Places `h` (at first the one left over, `u`): `h` pairs with another one left over, joins a
   * group with room, or takes a member out of a group of three or more; or else — and then whoever
   * it displaces is placed the same way, up to `depth` times — `h` takes a member out of a pair, or
   * takes the place of the one member of a group it may not meet (each group restructured once).
   * The groups are changed as it goes and put back when a chain leads nowhere; `touched` lists
   * the groups changed. False when no chain is found; 'spent' when the budget ran out.
   */
  const chain = (
    h: number,
    u: number,
    pending: readonly number[],
    depth: number,
    locked: Set<number>,
    touched: number[],
    budget: { left: number },
  ): boolean | 'spent' => {
    budget.left -= 1;
    if (budget.left < 0) return 'spent';
    for (const w of pending)
      if (w !== u && groupOf[w]! < 0 && mayMeet(h, w)) {
        addGroup([h, w]);
        return true;
      }
    for (let g = 0; g < groups.length; g += 1) {
      const group = groups[g]!;
      if (group.length <= groupSize && group.every((x) => mayMeet(h, x))) {
        groups[g] = [...group, h];
        touched.push(g);
        return true;
      }
      if (group.length >= 3) {
        const x = group.find((y) => mayMeet(h, y));
        if (x !== undefined) {
          groups[g] = group.filter((y) => y !== x);
          touched.push(g);
          addGroup([h, x]);
          return true;
        }
      }
    }
    if (depth === 0) return false;
    for (let g = 0; g < groups.length; g += 1) {
      const group = groups[g]!;
      if (locked.has(g)) continue;
      const apart = group.filter((x) => !mayMeet(h, x));
      // A pair: h takes the member it may meet, the other moves on.
      // Any larger group: h takes the place of the one member it may not meet, who moves on.
      const moves: [number[], number][] = [];
      if (group.length === 2)
        for (let side = 0; side < 2; side += 1)
          if (mayMeet(h, group[side]!)) moves.push([[group[side]!, h], group[1 - side]!]);
      if (apart.length === 1 && group.length > 2) moves.push([[...group.filter((x) => x !== apart[0]), h], apart[0]!]);
      for (const [members, displaced] of moves) {
        locked.add(g);
        groups[g] = members;
        touched.push(g);
        const found = chain(displaced, u, pending, depth - 1, locked, touched, budget);
        if (found !== false) return found;
        touched.pop();
        groups[g] = group;
        locked.delete(g);
      }
    }
    return false;
  };
  const makeRoom = (pending: number[]): number[] => {
    let waiting = pending;
    for (let progress = true; progress && waiting.length > 0; ) {
      progress = false;
      for (const u of waiting) if (groupOf[u]! < 0 && place(u, waiting)) progress = true;
      waiting = waiting.filter((u) => groupOf[u]! < 0);
    }
    return waiting;
  };

  let waiting = makeRoom(leftOver);
  improve(groups, groupCost, groupOf, pairCost, random, IMPROVE_BUDGET_BASE + IMPROVE_BUDGET_PER_MEMBER * n);
  waiting = makeRoom(waiting);

  const groupRelaxed: GroupRelaxed[][] = [];
  for (const group of groups) {
    let repeat = false;
    let same = false;
    let short = false;
    for (let x = 0; x < group.length; x += 1)
      for (let y = x + 1; y < group.length; y += 1) {
        const a = group[x]!;
        const b = group[y]!;
        repeat ||= repeats.has(key(a, b));
        same ||= samePosition(a, b);
        short ||= shortOverlap(a, b);
      }
    if (repeat) relaxed.repeats += 1;
    if (same) relaxed.samePosition += 1;
    if (short) relaxed.shortOverlap += 1;
    groupRelaxed.push([
      ...(repeat ? (['repeat'] as const) : []),
      ...(same ? (['same_position'] as const) : []),
      ...(short ? (['short_overlap'] as const) : []),
    ]);
  }

  const left = new Uint8Array(n);
  for (const u of waiting) left[u] = 1;
  const unmatched: MatchResult['unmatched'] = [];
  for (let i = 0; i < n; i += 1) {
    if (avoidedByAll[i]) unmatched.push({ userId: people[i]!.userId, reason: 'avoided_by_all' });
    else if (left[i]) unmatched.push({ userId: people[i]!.userId, reason: 'no_compatible_group' });
  }
  return { groups: groups.map((group) => group.map((i) => people[i]!.userId)), unmatched, relaxed, groupRelaxed };
}

function distinct(members: readonly MatchMember[]): MatchMember[] {
  const seen = new Set<string>();
  const out: MatchMember[] = [];
  for (const member of members) {
    if (seen.has(member.userId)) continue;
    seen.add(member.userId);
    out.push(member);
  }
  return out;
}

/**
 * Each member's working day on the round's first day, as an id per distinct interval, and a
 * `zones × zones` table of which intervals share at least MIN_OVERLAP_MS.
 */
function clocks(people: readonly MatchMember[], roundStart: Date) {
  const day = DateTime.fromJSDate(roundStart, { zone: 'UTC' });
  const date = { year: day.year, month: day.month, day: day.day };
  const byName = new Map<string, number>();
  const byInterval = new Map<string, number>();
  const intervals: [number, number][] = [];
  const zoneOf = new Int32Array(people.length);
  people.forEach((person, i) => {
    let id = byName.get(person.timeZone);
    if (id === undefined) {
      let start = DateTime.fromObject({ ...date, hour: DAY_STARTS }, { zone: person.timeZone });
      if (!start.isValid) start = DateTime.fromObject({ ...date, hour: DAY_STARTS }, { zone: 'UTC' });
      const interval: [number, number] = [start.toMillis(), start.set({ hour: DAY_ENDS }).toMillis()];
      const name = interval.join('/');
      id = byInterval.get(name);
      if (id === undefined) {
        id = intervals.length;
        byInterval.set(name, id);
        intervals.push(interval);
      }
      byName.set(person.timeZone, id);
    }
    zoneOf[i] = id;
  });
  const zones = intervals.length;
  const overlaps = new Uint8Array(zones * zones);
  for (let a = 0; a < zones; a += 1)
    for (let b = 0; b < zones; b += 1) {
      const [startA, endA] = intervals[a]!;
      const [startB, endB] = intervals[b]!;
      overlaps[a * zones + b] = Math.min(endA, endB) - Math.max(startA, startB) >= MIN_OVERLAP_MS ? 1 : 0;
    }
  return { zoneOf, zones, overlaps };
}

/**
 * The members not yet placed, in buckets of one clock and one position, each a linked list in
 * shuffled order. `cheapest` finds the best partner for the anchors without comparing them with
 * every free member.
 */
class FreePool {
  size = 0;
  private readonly free: Uint8Array;
  private readonly bucketOf: Int32Array;
  private readonly next: Int32Array;
  private readonly prev: Int32Array;
  private readonly head: number[] = [];
  private readonly tail: number[] = [];
  private readonly count: number[] = [];
  private readonly zone: number[] = [];
  private readonly position: number[] = [];
  /** The buckets with members, in no particular (but deterministic) order; `slot` is each one's place. */
  private readonly live: number[] = [];
  private readonly slot: number[] = [];
  private readonly seen: number[] = [];
  private stamp = 0;

  constructor(
    order: readonly number[],
    bucketKey: (i: number) => number,
    private readonly baseCost: (anchors: readonly number[], zone: number, position: number) => number,
    kind: (i: number) => [zone: number, position: number],
  ) {
    const capacity = order.reduce((max, i) => Math.max(max, i + 1), 0);
    this.free = new Uint8Array(capacity);
    this.bucketOf = new Int32Array(capacity);
    this.next = new Int32Array(capacity).fill(-1);
    this.prev = new Int32Array(capacity).fill(-1);
    const ids = new Map<number, number>();
    for (const i of order) {
      let b = ids.get(bucketKey(i));
      if (b === undefined) {
        b = this.head.length;
        ids.set(bucketKey(i), b);
        const [zone, position] = kind(i);
        this.head.push(-1);
        this.tail.push(-1);
        this.count.push(0);
        this.zone.push(zone);
        this.position.push(position);
        this.slot.push(this.live.length);
        this.live.push(b);
        this.seen.push(0);
      }
      this.bucketOf[i] = b;
      this.free[i] = 1;
      this.size += 1;
      const last = this.tail[b]!;
      if (last < 0) this.head[b] = i;
      else this.next[last] = i;
      this.prev[i] = last;
      this.tail[b] = i;
      this.count[b]! += 1;
    }
  }

  has(i: number): boolean {
    return this.free[i] === 1;
  }

  take(i: number): void {
    if (this.free[i] !== 1) return;
    this.free[i] = 0;
    this.size -= 1;
    const b = this.bucketOf[i]!;
    const before = this.prev[i]!;
    const after = this.next[i]!;
    if (before < 0) this.head[b] = after;
    else this.next[before] = after;
    if (after < 0) this.tail[b] = before;
    else this.prev[after] = before;
    this.count[b]! -= 1;
    if (this.count[b] === 0) {
      // Swap-remove from the live buckets.
      const at = this.slot[b]!;
      const moved = this.live[this.live.length - 1]!;
      this.live[at] = moved;
      this.slot[moved] = at;
      this.live.pop();
    }
  }

  /**
   * The free member cheapest to add to the anchors, or -1 when every free member is forbidden
   * with one of them. The bucket of the lowest cost before repeats (the fullest of those) is
   * searched first for a member who is `fresh` (no repeat, not forbidden); a bucket without one
   * is passed over. If no bucket has one, the members left — all of them repeats or forbidden
   * with an anchor, so few — are compared by their full cost.
   */
  cheapest(
    anchors: readonly number[],
    fresh: (anchors: readonly number[], c: number) => boolean,
    fullCost: (anchors: readonly number[], c: number) => number,
  ): number {
    this.stamp += 1;
    for (;;) {
      let best = -1;
      let bestBase = Number.POSITIVE_INFINITY;
      let bestCount = -1;
      for (const b of this.live) {
        if (this.seen[b] === this.stamp) continue;
        const base = this.baseCost(anchors, this.zone[b]!, this.position[b]!);
        if (base < bestBase || (base === bestBase && this.count[b]! > bestCount)) {
          best = b;
          bestBase = base;
          bestCount = this.count[b]!;
        }
      }
      if (best < 0) break;
      for (let c = this.head[best]!; c >= 0; c = this.next[c]!) if (fresh(anchors, c)) return c;
      this.seen[best] = this.stamp;
    }
    let chosen = -1;
    let chosenCost = Number.POSITIVE_INFINITY;
    for (const b of this.live)
      for (let c = this.head[b]!; c >= 0; c = this.next[c]!) {
        const cost = fullCost(anchors, c);
        if (cost < chosenCost) [chosen, chosenCost] = [c, cost];
      }
    return chosen;
  }
}

/**
 * Swaps one member each way between a costly group and another when that keeps the avoid list
 * and lowers the total cost, first improvement first, within `budget` swap evaluations.
 */
function improve(
  groups: number[][],
  groupCost: number[],
  groupOf: Int32Array,
  pairCost: (a: number, b: number) => number,
  random: (bound: number) => number,
  budget: number,
): void {
  const count = groups.length;
  if (count < 2) return;
  const scan = Math.min(count - 1, IMPROVE_SCAN_GROUPS);
  let left = budget;
  // What each member of a group costs it: the sum over its pairs with the others.
  const share = (group: readonly number[], at: number): number => {
    let cost = 0;
    for (let y = 0; y < group.length; y += 1) if (y !== at) cost += pairCost(group[at]!, group[y]!);
    return cost;
  };
  const shareAs = (group: readonly number[], at: number, stranger: number): number => {
    let cost = 0;
    for (let y = 0; y < group.length; y += 1) if (y !== at) cost += pairCost(stranger, group[y]!);
    return cost;
  };
  const attempt = (g1: number): boolean => {
    const one = groups[g1]!;
    const oneShare = one.map((_, at) => share(one, at));
    const start = random(count);
    for (let t = 0, tried = 0; tried < scan && left > 0; t += 1) {
      const g2 = (start + t) % count;
      if (g2 === g1) continue;
      tried += 1;
      const two = groups[g2]!;
      for (let q = 0; q < two.length; q += 1) {
        const b = two[q]!;
        const bShare = share(two, q);
        for (let p = 0; p < one.length; p += 1) {
          left -= 1;
          const a = one[p]!;
          const newOne = shareAs(one, p, b);
          if (newOne === Number.POSITIVE_INFINITY) continue;
          const newTwo = shareAs(two, q, a);
          if (newOne + newTwo - oneShare[p]! - bShare >= 0) continue;
          one[p] = b;
          two[q] = a;
          groupOf[b] = g1;
          groupOf[a] = g2;
          groupCost[g1]! += newOne - oneShare[p]!;
          groupCost[g2]! += newTwo - bShare;
          return true;
        }
      }
    }
    return false;
  };
  for (let pass = 0; pass < IMPROVE_PASSES && left > 0; pass += 1) {
    let improved = false;
    for (let g = 0; g < count && left > 0; g += 1) while (groupCost[g]! > 0 && left > 0 && attempt(g)) improved = true;
    if (!improved) break;
  }
}

/** A PRNG seeded from text: FNV-1a of the seed into mulberry32. Returns integers in [0, bound). */
function seededRandom(seed: string): (bound: number) => number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < seed.length; i += 1) {
    hash ^= seed.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  let state = hash >>> 0;
  return (bound) => {
    state = (state + 0x6d2b79f5) | 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4_294_967_296) * bound);
  };
}
