import type {
  Kudos,
  KudosEdge,
  KudosSettings,
  NewKudos,
  RecognitionStore,
  TeamValue,
} from '../../../domain/recognition/model.ts';
import type { Db } from '../database.ts';
import { currentClient } from '../unit-of-work.ts';

const SETTINGS = {
  id: true,
  kudosChannelId: true,
  kudosEmoji: true,
  kudosDailyCap: true,
  leaderboardEnabled: true,
} as const;
const toSettings = ({
  id,
  ...rest
}: {
  id: string;
  kudosChannelId: string | null;
  kudosEmoji: string;
  kudosDailyCap: number;
  leaderboardEnabled: boolean;
}): KudosSettings => ({ teamId: id, ...rest });

/** A kudos as an edge of the recognition graph: what the signals read (here and in the digest's facts). */
export const KUDOS_EDGE_FIELDS = {
  giverId: true,
  receiverId: true,
  valueKey: true,
  createdAt: true,
  giverPositionId: true,
  receiverPositionId: true,
} as const;

export class PrismaRecognitionStore implements RecognitionStore {
  constructor(private readonly root: Db) {}

  /** The open unit of work's transaction, else the root client. */
  private get db(): Db {
    return currentClient(this.root);
  }

  async settings(teamId: string): Promise<KudosSettings> {
    return toSettings(await this.db.team.findUniqueOrThrow({ where: { id: teamId }, select: SETTINGS }));
  }

  async updateSettings(teamId: string, changes: Partial<Omit<KudosSettings, 'teamId'>>): Promise<KudosSettings> {
    return toSettings(await this.db.team.update({ where: { id: teamId }, data: changes, select: SETTINGS }));
  }

  values(teamId: string): Promise<TeamValue[]> {
    return this.db.teamValue.findMany({ where: { teamId }, orderBy: [{ position: 'asc' }, { key: 'asc' }] });
  }

  async insertValues(
    teamId: string,
    values: Array<Pick<TeamValue, 'key' | 'labelEn' | 'labelZh' | 'position'>>,
  ): Promise<void> {
    await this.db.teamValue.createMany({ data: values.map((v) => ({ teamId, ...v })), skipDuplicates: true });
  }

  upsertValue(teamId: string, value: Pick<TeamValue, 'key' | 'labelEn' | 'labelZh' | 'position'>): Promise<TeamValue> {
    return this.db.teamValue.upsert({
      where: { teamId_key: { teamId, key: value.key } },
      create: { teamId, ...value, active: true },
      update: { labelEn: value.labelEn, labelZh: value.labelZh, active: true },
    });
  }

  async setValueActive(teamId: string, key: string, active: boolean): Promise<void> {
    await this.db.teamValue.updateMany({ where: { teamId, key }, data: { active } });
  }

  async setValuePosition(teamId: string, key: string, position: number): Promise<void> {
    await this.db.teamValue.updateMany({ where: { teamId, key }, data: { position } });
  }

  async positionsOf(memberIds: string[]): Promise<Map<string, string>> {
    if (memberIds.length === 0) return new Map();
    const rows = await this.db.positionHolder.findMany({
      where: { memberId: { in: memberIds } },
      select: { memberId: true, positionId: true, position: { select: { createdAt: true } } },
      orderBy: [{ position: { createdAt: 'asc' } }, { positionId: 'asc' }],
    });
    const byMember = new Map<string, string>();
    for (const row of rows) if (!byMember.has(row.memberId)) byMember.set(row.memberId, row.positionId);
    return byMember;
  }

  countGiven(giverId: string, from: Date, to: Date): Promise<number> {
    return this.db.kudos.count({ where: { giverId, createdAt: { gte: from, lt: to } } });
  }

  findBySource(key: { giverId: string; receiverId: string; channelId: string; ts: string }): Promise<Kudos | null> {
    return this.db.kudos.findFirst({
      where: { giverId: key.giverId, receiverId: key.receiverId, sourceChannelId: key.channelId, sourceTs: key.ts },
    });
  }

  async saveKudos(rows: NewKudos[]): Promise<number> {
    if (rows.length === 0) return 0;
    // The unique (giver, receiver, source message) key drops a repeated reaction; command
    // kudos have no source message (NULLs are distinct), so they are all kept.
    const { count } = await this.db.kudos.createMany({ data: rows, skipDuplicates: true });
    return count;
  }

  saveKudosWithinCap(
    rows: NewKudos[],
    limit: { giverId: string; from: Date; to: Date; cap: number },
  ): Promise<{ saved: number | null; used: number }> {
    return this.db.$transaction(async (tx) => {
      // One giver at a time: a second gift waits here until the first is saved (or not), so
      // it counts it. The lock ends with the transaction.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${limit.giverId}::text))`;
      const used = await tx.kudos.count({
        where: { giverId: limit.giverId, createdAt: { gte: limit.from, lt: limit.to } },
      });
      if (used + rows.length > limit.cap) return { saved: null, used };
      if (rows.length === 0) return { saved: 0, used };
      const { count } = await tx.kudos.createMany({ data: rows, skipDuplicates: true });
      return { saved: count, used };
    });
  }

  group(groupId: string): Promise<Kudos[]> {
    return this.db.kudos.findMany({ where: { groupId }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
  }

  findKudos(kudosId: string): Promise<Kudos | null> {
    return this.db.kudos.findUnique({ where: { id: kudosId } });
  }

  async markPosted(groupId: string, where: { channelId: string; ts: string }): Promise<boolean> {
    const { count } = await this.db.kudos.updateMany({
      where: { groupId, postedTs: null },
      data: { postedChannelId: where.channelId, postedTs: where.ts },
    });
    return count > 0;
  }

  inWindow(teamId: string, from: Date, to: Date): Promise<KudosEdge[]> {
    return this.db.kudos.findMany({
      where: { teamId, createdAt: { gte: from, lt: to } },
      select: KUDOS_EDGE_FIELDS,
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    });
  }
}
