import type { DateRange } from '../../../domain/checkins/calendar.ts';
import type { Holiday, Member, SlackProfile, Team, TeamRole, TeamStore } from '../../../domain/teams/model.ts';
import type { Db, RawSql } from '../database.ts';
import { Prisma } from '../generated/client.ts';
import { MODEL_DATES, modelFrom } from '../raw-rows.ts';
import { currentClient } from '../unit-of-work.ts';

export class PrismaTeamStore implements TeamStore {
  constructor(
    private readonly root: Db,
    /** Hand-written SQL (raw-rows.ts). */
    private readonly raw: RawSql,
  ) {}

  /** The open unit of work's transaction, else the root client. */
  private get db(): Db {
    return currentClient(this.root);
  }

  async ensureWorkspace(workspaceId: string): Promise<void> {
    await this.db.workspace.createMany({ data: [{ id: workspaceId }], skipDuplicates: true });
  }

  findTeamByChannel(workspaceId: string, channelId: string): Promise<Team | null> {
    return this.db.team.findUnique({ where: { workspaceId_homeChannelId: { workspaceId, homeChannelId: channelId } } });
  }

  findTeam(teamId: string): Promise<Team | null> {
    return this.db.team.findUnique({ where: { id: teamId } });
  }

  createTeam(input: Parameters<TeamStore['createTeam']>[0]): Promise<Team> {
    return this.db.team.create({ data: input });
  }

  updateTeam(teamId: string, changes: Parameters<TeamStore['updateTeam']>[1]): Promise<Team> {
    return this.db.team.update({ where: { id: teamId }, data: changes });
  }

  findMember(teamId: string, slackUserId: string): Promise<Member | null> {
    return this.db.member.findUnique({ where: { teamId_slackUserId: { teamId, slackUserId } } });
  }

  findMemberById(memberId: string): Promise<Member | null> {
    return this.db.member.findUnique({ where: { id: memberId } });
  }

  /** Raw SQL (raw-rows.ts): every check-in job starts here. */
  async memberWithTeam(memberId: string): Promise<{ member: Member; team: Team } | null> {
    const [row] = await this.raw<{ member: unknown; team: unknown }>(Prisma.sql`
      SELECT row_to_json(m) AS member, row_to_json(t) AS team FROM "Member" m JOIN "Team" t ON t."id" = m."teamId" WHERE m."id" = ${memberId}`);
    return row
      ? {
          member: modelFrom<Member>(row.member, MODEL_DATES.member)!,
          team: modelFrom<Team>(row.team, MODEL_DATES.team)!,
        }
      : null;
  }

  /** Raw SQL (raw-rows.ts): every command and the check-in modal start here. */
  async membershipsOf(workspaceId: string, slackUserId: string): Promise<Array<{ member: Member; team: Team }>> {
    const rows = await this.raw<{ member: unknown; team: unknown }>(Prisma.sql`
      SELECT row_to_json(m) AS member, row_to_json(t) AS team
      FROM "Member" m JOIN "Team" t ON t."id" = m."teamId"
      WHERE m."slackUserId" = ${slackUserId} AND t."workspaceId" = ${workspaceId}
      ORDER BY m."joinedAt" ASC, m."id" ASC`);
    return rows.map((row) => ({
      member: modelFrom<Member>(row.member, MODEL_DATES.member)!,
      team: modelFrom<Team>(row.team, MODEL_DATES.team)!,
    }));
  }

  upsertMember(
    teamId: string,
    slackUserId: string,
    profile: Partial<SlackProfile> & { role?: TeamRole },
  ): Promise<Member> {
    const details = {
      ...(profile.displayName !== undefined && { displayName: profile.displayName }),
      ...(profile.timeZone !== undefined && { timeZone: profile.timeZone }),
      ...(profile.locale !== undefined && { locale: profile.locale }),
      ...(profile.displayName !== undefined && { profileSyncedAt: new Date() }),
    };
    return this.db.member.upsert({
      where: { teamId_slackUserId: { teamId, slackUserId } },
      create: { teamId, slackUserId, role: profile.role ?? 'member', ...details },
      update: { active: true, leftAt: null, ...details },
    });
  }

  async setRole(memberId: string, role: TeamRole): Promise<void> {
    await this.db.member.update({ where: { id: memberId }, data: { role } });
  }

  async setCheckinOptOut(memberId: string, optOut: boolean): Promise<void> {
    await this.db.member.update({ where: { id: memberId }, data: { checkinOptOut: optOut } });
  }

  async deactivate(memberId: string): Promise<void> {
    await this.db.member.update({ where: { id: memberId }, data: { active: false, leftAt: new Date() } });
  }

  activeMembers(teamId: string): Promise<Member[]> {
    return this.db.member.findMany({
      where: { teamId, active: true },
      orderBy: [{ role: 'asc' }, { joinedAt: 'asc' }],
    });
  }

  async updateProfile(
    memberId: string,
    profile: Pick<SlackProfile, 'displayName' | 'timeZone' | 'locale'>,
    syncedAt: Date,
  ): Promise<void> {
    await this.db.member.update({ where: { id: memberId }, data: { ...profile, profileSyncedAt: syncedAt } });
  }

  /** Teams with at least one active member whose Slack profile is older than `olderThan`. */
  async teamsWithStaleProfiles(olderThan: Date): Promise<string[]> {
    const rows = await this.db.member.findMany({
      where: { active: true, OR: [{ profileSyncedAt: null }, { profileSyncedAt: { lt: olderThan } }] },
      select: { teamId: true },
      distinct: ['teamId'],
    });
    return rows.map((row) => row.teamId);
  }

  staleMembers(teamId: string, olderThan: Date, limit: number): Promise<Member[]> {
    return this.db.member.findMany({
      where: { teamId, active: true, OR: [{ profileSyncedAt: null }, { profileSyncedAt: { lt: olderThan } }] },
      orderBy: { profileSyncedAt: { sort: 'asc', nulls: 'first' } },
      take: limit,
    });
  }

  /** Raw SQL (raw-rows.ts): read for every check-in prompt. */
  holidays(teamId: string): Promise<Holiday[]> {
    return this.raw<Holiday>(
      Prisma.sql`SELECT "date", "name" FROM "TeamHoliday" WHERE "teamId" = ${teamId} ORDER BY "date" ASC`,
    );
  }

  async addHoliday(teamId: string, holiday: Holiday): Promise<void> {
    await this.db.teamHoliday.upsert({
      where: { teamId_date: { teamId, date: holiday.date } },
      create: { teamId, ...holiday },
      update: { name: holiday.name },
    });
  }

  async removeHoliday(teamId: string, date: string): Promise<boolean> {
    const { count } = await this.db.teamHoliday.deleteMany({ where: { teamId, date } });
    return count > 0;
  }

  /** Raw SQL (raw-rows.ts): read for every check-in prompt. */
  vacations(memberId: string): Promise<DateRange[]> {
    return this.raw<DateRange>(
      Prisma.sql`SELECT "startDate", "endDate" FROM "Vacation" WHERE "memberId" = ${memberId}`,
    );
  }

  async addVacation(memberId: string, range: DateRange): Promise<void> {
    await this.db.vacation.create({ data: { memberId, ...range } });
  }

  async clearVacations(memberId: string): Promise<void> {
    await this.db.vacation.deleteMany({ where: { memberId } });
  }
}
