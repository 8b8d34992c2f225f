import { randomUUID } from 'node:crypto';
import type { DigestWindow } from '../../../domain/digest/model.ts';
import type {
  DigestBlockerRef,
  DigestSettings,
  DigestSnapshot,
  DigestStore,
  DigestTeam,
} from '../../../domain/digest/ports.ts';
import type { Period } from '../../../domain/pulse/schedule.ts';
import type { Db, RawSql } from '../database.ts';
import { Prisma } from '../generated/client.ts';
import { currentClient } from '../unit-of-work.ts';
import { readDigestFacts, type StoredFacts } from './digest-facts.ts';

const TEAM_FIELDS = {
  id: true,
  workspaceId: true,
  name: true,
  defaultLocale: true,
  timeZone: true,
  createdAt: true,
  digestEnabled: true,
  digestWeekday: true,
  digestMinute: true,
} as const;

/** A snapshot's columns as hand-written SQL selects them (raw-rows.ts), its moment in milliseconds. */
const SNAPSHOT_COLUMNS = Prisma.raw(
  `id, "teamId", week, version, signals, suggestions, (extract(epoch FROM "builtAt") * 1000)::bigint AS "built"`,
);

/** node-postgres gives a bigint as text, Prisma's `$queryRaw` (inside a unit of work) as a BigInt. */
type SnapshotRow = Omit<DigestSnapshot, 'builtAt'> & { built: string | bigint };

// The snapshot's JSON was written by this code from these types; it is read back as written.
const snapshotOf = ({ built, ...row }: SnapshotRow): DigestSnapshot => ({ ...row, builtAt: new Date(Number(built)) });

/**
 * The digest's reads: every query is bounded by the window (or a fixed look-back, or what is
 * still open), on indexed columns, so a team's digest costs the same after a year as after a month.
 */
export class PrismaDigestStore implements DigestStore {
  constructor(
    private readonly root: Db,
    /** Hand-written SQL (raw-rows.ts). */
    private readonly raw: RawSql,
  ) {}

  private get db(): Db {
    return currentClient(this.root);
  }

  findTeam(teamId: string): Promise<DigestTeam | null> {
    return this.db.team.findUnique({ where: { id: teamId }, select: TEAM_FIELDS });
  }

  async scheduledTeams() {
    const teams = await this.db.team.findMany({
      where: { digestEnabled: true },
      select: { ...TEAM_FIELDS, digests: { select: { week: true }, orderBy: { week: 'desc' }, take: 1 } },
    });
    return teams.map(({ digests, ...team }) => ({ team, lastWeek: digests[0]?.week ?? null }));
  }

  facts(team: Pick<DigestTeam, 'id' | 'timeZone'>, window: DigestWindow, at: Date): Promise<StoredFacts> {
    return readDigestFacts(this.raw, team.id, team.timeZone, window, at);
  }

  /**
   * Hand-written SQL (raw-rows.ts), as every read of snapshots: a digest is built for every team
   * each week and reads earlier ones, and the model API's upsert alone is a transaction of four statements.
   */
  async saveSnapshot(snapshot: Omit<DigestSnapshot, 'id'>): Promise<DigestSnapshot> {
    const id = randomUUID();
    // The unique week is the claim: a second builder of the same week keeps the first's snapshot.
    const [claimed] = await this.raw<{ id: string }>(Prisma.sql`
      INSERT INTO "DigestSnapshot" (id, "teamId", week, version, signals, suggestions, "builtAt")
      VALUES (${id}, ${snapshot.teamId}, ${snapshot.week}, ${snapshot.version}, ${JSON.stringify(snapshot.signals)}::jsonb,
        ${JSON.stringify(snapshot.suggestions)}::jsonb, ${snapshot.builtAt.toISOString()}::timestamptz AT TIME ZONE 'UTC')
      ON CONFLICT ("teamId", week) DO NOTHING RETURNING id`);
    if (claimed) return { id, ...snapshot };
    const first = await this.snapshotOf(snapshot.teamId, snapshot.week);
    if (!first) throw new Error(`the digest of ${snapshot.teamId} for ${snapshot.week} was claimed but cannot be read`);
    return first;
  }

  async snapshotOf(teamId: string, week: Period): Promise<DigestSnapshot | null> {
    const [row] = await this.raw<SnapshotRow>(Prisma.sql`
      SELECT ${SNAPSHOT_COLUMNS} FROM "DigestSnapshot" WHERE "teamId" = ${teamId} AND week = ${week}`);
    return row ? snapshotOf(row) : null;
  }

  async recentSnapshots(teamId: string, limit: number): Promise<DigestSnapshot[]> {
    const rows = await this.raw<SnapshotRow>(Prisma.sql`
      SELECT ${SNAPSHOT_COLUMNS} FROM "DigestSnapshot" WHERE "teamId" = ${teamId} ORDER BY week DESC LIMIT ${limit}`);
    return rows.map(snapshotOf);
  }

  /** Reads one field of each snapshot, not the whole of them: every digest asks this. */
  async hiddenPulseRounds(teamId: string, before: Period, weeks: number): Promise<Period[]> {
    const rows = await this.raw<{ period: Period }>(Prisma.sql`
      SELECT s.signals #>> '{trust,pulse,period}' AS period FROM (
        SELECT signals FROM "DigestSnapshot" WHERE "teamId" = ${teamId} AND week < ${before} ORDER BY week DESC LIMIT ${weeks}
      ) s
      WHERE s.signals #>> '{trust,pulse,state}' = 'hidden' AND s.signals #>> '{trust,pulse,period}' IS NOT NULL`);
    return rows.map((row) => row.period);
  }

  async findBlocker(blockerId: string): Promise<DigestBlockerRef | null> {
    const row = await this.db.blocker.findUnique({
      where: { id: blockerId },
      select: { id: true, teamId: true, text: true, helpedAt: true, answer: { select: { memberId: true } } },
    });
    return row
      ? { id: row.id, teamId: row.teamId, text: row.text, helpedAt: row.helpedAt, memberId: row.answer.memberId }
      : null;
  }

  updateSettings(teamId: string, changes: Partial<DigestSettings>): Promise<DigestTeam> {
    return this.db.team.update({ where: { id: teamId }, data: changes, select: TEAM_FIELDS });
  }
}
