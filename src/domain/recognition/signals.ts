import type { KudosEdge } from './model.ts';

/**
 * Signals read from the recognition graph (a list of kudos edges, e.g. a team's last four
 * weeks from RecognitionStore.inWindow). Pure functions: the digest and App Home call them.
 */

const WEEK_MS = 7 * 24 * 3600 * 1000;

export interface Reciprocity {
  /** Distinct giver → receiver pairs. */
  pairs: number;
  /** Of those, pairs whose reverse pair also exists. */
  reciprocatedPairs: number;
  /** reciprocatedPairs / pairs; null when there are no pairs. */
  rate: number | null;
  /** Unordered pairs of members who recognised each other, each as [a, b] with a < b. */
  mutual: Array<[string, string]>;
}

/** How much recognition goes both ways: respect and trust shown, not just received. */
export function reciprocity(edges: readonly KudosEdge[]): Reciprocity {
  const directed = new Set<string>();
  for (const edge of edges)
    if (edge.giverId !== edge.receiverId) directed.add(`${edge.giverId}\u0000${edge.receiverId}`);
  let reciprocatedPairs = 0;
  const mutual: Array<[string, string]> = [];
  for (const pair of directed) {
    const [giver = '', receiver = ''] = pair.split('\u0000');
    if (!directed.has(`${receiver}\u0000${giver}`)) continue;
    reciprocatedPairs += 1;
    if (giver < receiver) mutual.push([giver, receiver]);
  }
  mutual.sort((a, b) => a[0].localeCompare(b[0]) || a[1].localeCompare(b[1]));
  return {
    pairs: directed.size,
    reciprocatedPairs,
    rate: directed.size ? reciprocatedPairs / directed.size : null,
    mutual,
  };
}

export interface CrossPosition {
  /** Kudos where both people held a position at the time. */
  known: number;
  /** Of those, kudos between different positions. */
  cross: number;
  /** Kudos where either position is unknown (not counted in the rate). */
  unknown: number;
  /** cross / known; null when no kudos had both positions. */
  rate: number | null;
  /** Counts per (giver position → receiver position) across positions, most first. */
  flows: Array<{ fromPositionId: string; toPositionId: string; count: number }>;
}

/** Whether recognition crosses position lines: the hand-offs between roles working well. */
export function crossPosition(edges: readonly KudosEdge[]): CrossPosition {
  let known = 0;
  let cross = 0;
  let unknown = 0;
  const flows = new Map<string, { fromPositionId: string; toPositionId: string; count: number }>();
  for (const edge of edges) {
    if (edge.giverId === edge.receiverId) continue;
    if (!edge.giverPositionId || !edge.receiverPositionId) {
      unknown += 1;
      continue;
    }
    known += 1;
    if (edge.giverPositionId === edge.receiverPositionId) continue;
    cross += 1;
    const key = `${edge.giverPositionId}\u0000${edge.receiverPositionId}`;
    const flow = flows.get(key) ?? {
      fromPositionId: edge.giverPositionId,
      toPositionId: edge.receiverPositionId,
      count: 0,
    };
    flow.count += 1;
    flows.set(key, flow);
  }
  const sorted = [...flows.values()].sort(
    (a, b) =>
      b.count - a.count ||
      a.fromPositionId.localeCompare(b.fromPositionId) ||
      a.toPositionId.localeCompare(b.toPositionId),
  );
  return { known, cross, unknown, rate: known ? cross / known : null, flows: sorted };
}

export interface Unrecognised {
  memberId: string;
  /** The last time they were recognised in the edges given; null when never. */
  lastRecognisedAt: Date | null;
}

/**
 * Members nobody has recognised in the last `weeks` weeks before `now`. Someone who joined
 * less than `weeks` weeks ago (`since`) is not counted: they have not had the time.
 * Pass edges covering at least the window (older edges only fill in lastRecognisedAt).
 */
export function unrecognised(
  members: ReadonlyArray<{ id: string; since?: Date | null }>,
  edges: readonly KudosEdge[],
  now: Date,
  weeks: number,
): Unrecognised[] {
  const cutoff = now.getTime() - weeks * WEEK_MS;
  const last = new Map<string, number>();
  for (const edge of edges) {
    if (edge.giverId === edge.receiverId || edge.createdAt.getTime() > now.getTime()) continue;
    const at = edge.createdAt.getTime();
    if (at > (last.get(edge.receiverId) ?? -Infinity)) last.set(edge.receiverId, at);
  }
  return members
    .filter((m) => !m.since || m.since.getTime() <= cutoff)
    .filter((m) => (last.get(m.id) ?? -Infinity) < cutoff)
    .map((m) => {
      const at = last.get(m.id);
      return { memberId: m.id, lastRecognisedAt: at === undefined ? null : new Date(at) };
    });
}

export interface Distribution {
  given: Record<string, number>;
  received: Record<string, number>;
  /** Gini coefficient of kudos received across the members: 0 evenly spread, near 1 all to one person. */
  receivedGini: number | null;
  givenGini: number | null;
}

/** Gini coefficient of non-negative counts; null for no people or no kudos. */
export function gini(counts: readonly number[]): number | null {
  const n = counts.length;
  const total = counts.reduce((sum, c) => sum + c, 0);
  if (n === 0 || total === 0) return null;
  const sorted = [...counts].sort((a, b) => a - b);
  const weighted = sorted.reduce((sum, c, i) => sum + (i + 1) * c, 0);
  return (2 * weighted) / (n * total) - (n + 1) / n;
}

/** Kudos given and received per member (every listed member appears, with 0), and how evenly. */
export function distribution(memberIds: readonly string[], edges: readonly KudosEdge[]): Distribution {
  const given: Record<string, number> = Object.fromEntries(memberIds.map((id) => [id, 0]));
  const received: Record<string, number> = Object.fromEntries(memberIds.map((id) => [id, 0]));
  for (const edge of edges) {
    if (edge.giverId === edge.receiverId) continue;
    if (edge.giverId in given) given[edge.giverId] = (given[edge.giverId] ?? 0) + 1;
    if (edge.receiverId in received) received[edge.receiverId] = (received[edge.receiverId] ?? 0) + 1;
  }
  return { given, received, receivedGini: gini(Object.values(received)), givenGini: gini(Object.values(given)) };
}

/** Most recognised first (ties by id, for a stable order); members with none are left out. */
export function leaderboard(edges: readonly KudosEdge[], limit: number): Array<{ memberId: string; count: number }> {
  const counts = new Map<string, number>();
  for (const edge of edges)
    if (edge.giverId !== edge.receiverId) counts.set(edge.receiverId, (counts.get(edge.receiverId) ?? 0) + 1);
  return [...counts.entries()]
    .map(([memberId, count]) => ({ memberId, count }))
    .sort((a, b) => b.count - a.count || a.memberId.localeCompare(b.memberId))
    .slice(0, limit);
}
