import type { Member } from '../teams/model.ts';
import type { Duty, DutyJudgement, DutyRef, KeyResultRef, Position, RoleFinding } from './model.ts';
import { dutyMatch } from './text.ts';

export interface AnalysisInput {
  positions: readonly Position[];
  /** The team's active members. */
  members: readonly Member[];
  judgements: readonly DutyJudgement[];
  /** Accepted key results of open goals. */
  keyResults: readonly KeyResultRef[];
}

/** The same key for a pair of duties whichever order they come in. */
export const pairKey = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** Two duty ids in the order a judgement is stored in. */
export const orderedPair = (a: string, b: string): [string, string] => (a < b ? [a, b] : [b, a]);

/**
 * Whether two duties are the same: the leader's judgement when there is one, otherwise
 * their normalised texts compared.
 */
export function sameDuty(
  a: Pick<Duty, 'id' | 'normalized'>,
  b: Pick<Duty, 'id' | 'normalized'>,
  judgements: ReadonlyMap<string, boolean>,
): boolean {
  const judged = judgements.get(pairKey(a.id, b.id));
  if (judged !== undefined) return judged;
  return a.normalized !== '' && a.normalized === b.normalized;
}

export const judgementMap = (judgements: readonly DutyJudgement[]): Map<string, boolean> =>
  new Map(judgements.map((j) => [pairKey(j.dutyAId, j.dutyBId), j.same]));

const activeHolders = (position: Position) => position.holders.filter((h) => h.active);
const nameOf = (member: Member) => member.displayName || member.slackUserId;

/**
 * Overlaps and gaps of a team's role cards:
 * - overlap: one duty held by two positions (same text once normalised, or marked the
 *   same by the leader; a leader's "not the same" removes it);
 * - position_without_holder: a position nobody active holds;
 * - member_without_position: an active member holding no position;
 * - key_result_without_duty: an accepted key result whose owner holds no position with a
 *   duty that covers it (linked by the leader to such a duty, or matching one by its words).
 */
export function analyzeRoles(input: AnalysisInput): RoleFinding[] {
  const judgements = judgementMap(input.judgements);
  const findings: RoleFinding[] = [];
  const duties = input.positions.flatMap((position) => position.duties.map((duty) => ({ duty, position })));
  const refOf = ({ duty, position }: (typeof duties)[number]): DutyRef => ({
    id: duty.id,
    text: duty.text,
    positionId: position.id,
    positionTitle: position.title,
  });

  for (let i = 0; i < duties.length; i += 1) {
    for (let j = i + 1; j < duties.length; j += 1) {
      const a = duties[i]!;
      const b = duties[j]!;
      if (a.position.id === b.position.id || !sameDuty(a.duty, b.duty, judgements)) continue;
      const confirmed = judgements.get(pairKey(a.duty.id, b.duty.id)) === true;
      findings.push({ kind: 'overlap', subject: { dutyA: refOf(a), dutyB: refOf(b), confirmed } });
    }
  }

  for (const position of input.positions) {
    if (activeHolders(position).length === 0)
      findings.push({ kind: 'position_without_holder', subject: { positionId: position.id, title: position.title } });
  }

  const positionsOf = (memberId: string) =>
    input.positions.filter((p) => activeHolders(p).some((h) => h.id === memberId));
  for (const member of input.members) {
    if (member.active && positionsOf(member.id).length === 0) {
      findings.push({
        kind: 'member_without_position',
        subject: { memberId: member.id, slackUserId: member.slackUserId, name: nameOf(member) },
      });
    }
  }

  const dutyById = new Map(duties.map((d) => [d.duty.id, d.duty]));
  for (const keyResult of input.keyResults) {
    const owner = input.members.find((m) => m.id === keyResult.ownerId && m.active);
    if (!owner) continue; // no owner yet, or the owner has left: nothing to cover
    const held = positionsOf(owner.id);
    const heldDuties = held.flatMap((p) => p.duties);
    const linked = keyResult.dutyId ? dutyById.get(keyResult.dutyId) : undefined;
    const covered = linked
      ? heldDuties.some((duty) => duty.id === linked.id || sameDuty(duty, linked, judgements))
      : heldDuties.some((duty) => dutyMatch(keyResult.title, duty.text) !== null);
    if (covered) continue;
    findings.push({
      kind: 'key_result_without_duty',
      subject: {
        keyResultId: keyResult.id,
        goalId: keyResult.goalId,
        title: keyResult.title,
        ownerId: owner.id,
        ownerName: nameOf(owner),
        positions: held.map((p) => ({ id: p.id, title: p.title })),
        linkedDutyId: linked?.id ?? null,
      },
    });
  }
  return findings;
}
