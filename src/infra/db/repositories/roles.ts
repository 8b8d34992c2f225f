import type {
  DutyHolderMatch,
  Duty,
  DutyJudgement,
  KeyResultRef,
  Position,
  PositionDraft,
  RoleFinding,
  RoleStore,
} from '../../../domain/roles/model.ts';
import { holdersOfDutyMatching } from '../../../domain/roles/service.ts';
import type { Db } from '../database.ts';
import { currentClient } from '../unit-of-work.ts';
import type { Prisma } from '../generated/client.ts';

const positionInclude = {
  duties: true,
  holders: { include: { member: true } },
  handoffsFrom: { include: { to: { select: { title: true } } } },
  handoffsTo: { include: { from: { select: { title: true } } } },
} as const;

type PositionRow = Prisma.PositionGetPayload<{ include: typeof positionInclude }>;
type Tx = Prisma.TransactionClient;

/** Duties in the order they were written: ids are time-ordered (cuid), compared as plain text. */
const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function toPosition(row: PositionRow): Position {
  return {
    id: row.id,
    teamId: row.teamId,
    title: row.title,
    purpose: row.purpose,
    authority: row.authority,
    guidelines: row.guidelines,
    duties: [...row.duties]
      .sort(byId)
      .map((d) => ({ id: d.id, positionId: d.positionId, text: d.text, normalized: d.normalized })),
    handoffsOut: [...row.handoffsFrom].sort(byId).map((h) => ({
      id: h.id,
      fromId: h.fromId,
      fromTitle: row.title,
      toId: h.toId,
      toTitle: h.to.title,
      what: h.what,
    })),
    handoffsIn: [...row.handoffsTo].sort(byId).map((h) => ({
      id: h.id,
      fromId: h.fromId,
      fromTitle: h.from.title,
      toId: h.toId,
      toTitle: row.title,
      what: h.what,
    })),
    holders: row.holders.map((h) => h.member).sort((a, b) => a.joinedAt.getTime() - b.joinedAt.getTime() || byId(a, b)),
    starterKey: row.starterKey,
  };
}

export class PrismaRoleStore implements RoleStore {
  constructor(private readonly root: Db) {}

  /** The open unit of work's transaction, else the root client. */
  private get db(): Db {
    return currentClient(this.root);
  }

  async positions(teamId: string): Promise<Position[]> {
    const rows = await this.db.position.findMany({
      where: { teamId },
      include: positionInclude,
      orderBy: { title: 'asc' },
    });
    return rows.map(toPosition);
  }

  async findPosition(positionId: string): Promise<Position | null> {
    const row = await this.db.position.findUnique({ where: { id: positionId }, include: positionInclude });
    return row && toPosition(row);
  }

  async createPosition(teamId: string, draft: PositionDraft): Promise<Position | null> {
    const created = await this.db.$transaction(async (tx) => {
      // The unique (team, title) decides between two leaders creating the same title at once.
      const { count } = await tx.position.createMany({
        data: [
          {
            teamId,
            title: draft.title,
            purpose: draft.purpose,
            authority: draft.authority,
            guidelines: draft.guidelines,
            starterKey: draft.starterKey ?? null,
          },
        ],
        skipDuplicates: true,
      });
      if (count === 0) return null;
      const position = await tx.position.findUniqueOrThrow({ where: { teamId_title: { teamId, title: draft.title } } });
      await this.writeChildren(tx, position.id, draft, []);
      return position.id;
    });
    return created ? this.findPosition(created) : null;
  }

  async updatePosition(positionId: string, draft: PositionDraft): Promise<Position | null> {
    const updated = await this.db.$transaction(async (tx) => {
      const current = await tx.position.findUnique({ where: { id: positionId }, include: { duties: true } });
      if (!current) return false;
      if (current.title !== draft.title) {
        const taken = await tx.position.findFirst({
          where: { teamId: current.teamId, title: draft.title, id: { not: positionId } },
          select: { id: true },
        });
        if (taken) return null;
      }
      await tx.position.update({
        where: { id: positionId },
        data: {
          title: draft.title,
          purpose: draft.purpose,
          authority: draft.authority,
          guidelines: draft.guidelines,
          starterKey: draft.starterKey ?? null,
        },
      });
      await this.writeChildren(tx, positionId, draft, [...current.duties].sort(byId));
      return true;
    });
    if (updated === null) return null;
    return updated ? this.findPosition(positionId) : null;
  }

  /**
   * Duties, hand-offs and holders of a position. When the duties change, they are written
   * again in their new order; a duty whose text is kept passes its judgements and its
   * key-result links on to its new row, and a removed duty's judgements go with it.
   */
  private async writeChildren(
    tx: Tx,
    positionId: string,
    draft: PositionDraft,
    oldDuties: Array<{ id: string; text: string; normalized: string }>,
  ): Promise<void> {
    const unchanged =
      oldDuties.length === draft.duties.length && oldDuties.every((d, i) => d.text === draft.duties[i]!.text);
    if (!unchanged) {
      const created: string[] = [];
      for (const duty of draft.duties) {
        created.push(
          (
            await tx.positionDuty.create({
              data: { positionId, text: duty.text, normalized: duty.normalized },
              select: { id: true },
            })
          ).id,
        );
      }
      const unused = [...oldDuties];
      const moves: Array<{ from: string; to: string }> = [];
      draft.duties.forEach((duty, index) => {
        const at = unused.findIndex((old) => old.normalized === (duty.was ?? duty.normalized));
        if (at >= 0) moves.push({ from: unused.splice(at, 1)[0]!.id, to: created[index]! });
      });
      for (const move of moves) {
        await tx.keyResult.updateMany({ where: { dutyId: move.from }, data: { dutyId: move.to } });
        const judged = await tx.dutyJudgement.findMany({
          where: { OR: [{ dutyAId: move.from }, { dutyBId: move.from }] },
        });
        for (const judgement of judged) {
          const other = judgement.dutyAId === move.from ? judgement.dutyBId : judgement.dutyAId;
          const [dutyAId, dutyBId] = move.to < other ? [move.to, other] : [other, move.to];
          await tx.dutyJudgement.delete({ where: { id: judgement.id } });
          await tx.dutyJudgement.createMany({
            data: [
              { teamId: judgement.teamId, dutyAId, dutyBId, same: judgement.same, decidedById: judgement.decidedById },
            ],
            skipDuplicates: true,
          });
        }
      }
      const oldIds = oldDuties.map((d) => d.id);
      if (oldIds.length > 0) {
        await tx.dutyJudgement.deleteMany({
          where: { OR: [{ dutyAId: { in: oldIds } }, { dutyBId: { in: oldIds } }] },
        });
        await tx.positionDuty.deleteMany({ where: { id: { in: oldIds } } });
      }
    }
    await tx.positionHandoff.deleteMany({ where: { fromId: positionId } });
    for (const handoff of draft.handoffs)
      await tx.positionHandoff.create({ data: { fromId: positionId, toId: handoff.toId, what: handoff.what } });
    await tx.positionHolder.deleteMany({ where: { positionId, memberId: { notIn: draft.holderMemberIds } } });
    if (draft.holderMemberIds.length > 0) {
      await tx.positionHolder.createMany({
        data: draft.holderMemberIds.map((memberId) => ({ positionId, memberId })),
        skipDuplicates: true,
      });
    }
  }

  async deletePosition(positionId: string): Promise<void> {
    await this.db.$transaction(async (tx) => {
      const duties = await tx.positionDuty.findMany({ where: { positionId }, select: { id: true } });
      const ids = duties.map((d) => d.id);
      if (ids.length > 0)
        await tx.dutyJudgement.deleteMany({ where: { OR: [{ dutyAId: { in: ids } }, { dutyBId: { in: ids } }] } });
      await tx.position.deleteMany({ where: { id: positionId } });
    });
  }

  async findDuty(dutyId: string): Promise<(Duty & { teamId: string }) | null> {
    const row = await this.db.positionDuty.findUnique({
      where: { id: dutyId },
      include: { position: { select: { teamId: true } } },
    });
    return (
      row && {
        id: row.id,
        positionId: row.positionId,
        text: row.text,
        normalized: row.normalized,
        teamId: row.position.teamId,
      }
    );
  }

  judgements(teamId: string): Promise<DutyJudgement[]> {
    return this.db.dutyJudgement.findMany({ where: { teamId }, select: { dutyAId: true, dutyBId: true, same: true } });
  }

  async saveJudgement(input: {
    teamId: string;
    dutyAId: string;
    dutyBId: string;
    same: boolean;
    decidedById: string;
  }): Promise<void> {
    await this.db.dutyJudgement.upsert({
      where: { dutyAId_dutyBId: { dutyAId: input.dutyAId, dutyBId: input.dutyBId } },
      create: input,
      update: { same: input.same, decidedById: input.decidedById },
    });
  }

  async acceptedKeyResults(teamId: string): Promise<KeyResultRef[]> {
    const rows = await this.db.keyResult.findMany({
      where: { status: 'accepted', goal: { teamId, status: 'open' } },
      select: { id: true, goalId: true, title: true, ownerId: true, dutyId: true },
      orderBy: { createdAt: 'asc' },
    });
    return rows.map((row) => ({ ...row, teamId }));
  }

  async findKeyResult(keyResultId: string): Promise<KeyResultRef | null> {
    const row = await this.db.keyResult.findUnique({
      where: { id: keyResultId },
      include: { goal: { select: { teamId: true } } },
    });
    return (
      row && {
        id: row.id,
        goalId: row.goalId,
        teamId: row.goal.teamId,
        title: row.title,
        ownerId: row.ownerId,
        dutyId: row.dutyId,
      }
    );
  }

  async linkKeyResult(keyResultId: string, dutyId: string | null): Promise<void> {
    await this.db.keyResult.update({ where: { id: keyResultId }, data: { dutyId } });
  }

  async replaceFindings(teamId: string, findings: RoleFinding[], at: Date): Promise<void> {
    await this.db.$transaction(async (tx) => {
      // One analysis at a time per team: the team row is the lock, so two never interleave.
      await tx.$executeRaw`SELECT 1 FROM "Team" WHERE "id" = ${teamId} FOR UPDATE`;
      await tx.roleFinding.deleteMany({ where: { teamId } });
      if (findings.length > 0) {
        await tx.roleFinding.createMany({
          data: findings.map((f) => ({
            teamId,
            kind: f.kind,
            subject: f.subject as Prisma.InputJsonValue,
            detectedAt: at,
          })),
        });
      }
    });
  }

  async findings(teamId: string): Promise<Array<RoleFinding & { detectedAt: Date }>> {
    const rows = await this.db.roleFinding.findMany({ where: { teamId }, orderBy: { id: 'asc' } });
    return rows.map(
      (row) =>
        ({ kind: row.kind, subject: row.subject, detectedAt: row.detectedAt }) as RoleFinding & { detectedAt: Date },
    );
  }

  async teamIds(): Promise<string[]> {
    return (await this.db.team.findMany({ select: { id: true } })).map((t) => t.id);
  }

  /**
   * The members who may help with a text such as a check-in blocker: active holders of
   * the positions whose duties best match it (see the domain function of the same name).
   */
  holdersOfDutyMatching(teamId: string, text: string): Promise<DutyHolderMatch[]> {
    return holdersOfDutyMatching(this, teamId, text);
  }
}
