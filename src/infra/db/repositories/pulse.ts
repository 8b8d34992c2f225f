import { randomUUID } from 'node:crypto';
import { shuffle } from '../../../shared/shuffle.ts';
import type { RoundData } from '../../../domain/pulse/aggregate.ts';
import type { Invite, PulseStore, PulseTeam, Round, Submission } from '../../../domain/pulse/model.ts';
import type { Period } from '../../../domain/pulse/schedule.ts';
import type { Db } from '../database.ts';
import { currentClient } from '../unit-of-work.ts';

const TEAM_FIELDS = {
  id: true,
  workspaceId: true,
  name: true,
  defaultLocale: true,
  timeZone: true,
  checkinMinute: true,
  pulseEnabled: true,
  pulseEveryWeeks: true,
  pulseWeekday: true,
  createdAt: true,
} as const;

const ROUND_FIELDS = {
  id: true,
  teamId: true,
  period: true,
  questionIds: true,
  openedAt: true,
  closesAt: true,
  closedAt: true,
  respondents: true,
  invited: true,
} as const;

/** `answered` stays false: whether someone answered is never written to the database. */
const INVITE_FIELDS = { roundId: true, memberId: true, channelId: true, ts: true } as const;

/**
 * Pulse storage. Answers carry no member and no time, get random (v4) ids and are written
 * only when the round closes, all in one transaction and shuffled, so neither their ids,
 * their order nor their transaction says who wrote them or when. Nothing here is written
 * when someone answers (that waits in Redis: src/infra/redis/pulse-ballots.ts); invitations,
 * the only link between a person and a round, are deleted when the round closes.
 */
export class PrismaPulseStore implements PulseStore {
  constructor(private readonly root: Db) {}

  /** The open unit of work's transaction, else the root client. */
  private get db(): Db {
    return currentClient(this.root);
  }

  findTeam(teamId: string): Promise<PulseTeam | null> {
    return this.db.team.findUnique({ where: { id: teamId }, select: TEAM_FIELDS });
  }

  updateSettings(teamId: string, changes: Parameters<PulseStore['updateSettings']>[1]): Promise<PulseTeam> {
    return this.db.team.update({ where: { id: teamId }, data: changes, select: TEAM_FIELDS });
  }

  async scheduledTeams(): Promise<Array<{ team: PulseTeam; lastPeriod: Period | null; askable: number }>> {
    const teams = await this.db.team.findMany({
      where: { pulseEnabled: true },
      select: {
        ...TEAM_FIELDS,
        pulseRounds: { select: { period: true }, orderBy: { period: 'desc' }, take: 1 },
        _count: { select: { members: { where: { active: true, role: { not: 'leader' } } } } },
      },
    });
    return teams.map(({ pulseRounds, _count, ...team }) => ({
      team,
      lastPeriod: pulseRounds[0]?.period ?? null,
      askable: _count.members,
    }));
  }

  async lastPeriod(teamId: string): Promise<Period | null> {
    const latest = await this.db.pulseRound.findFirst({
      where: { teamId },
      orderBy: { period: 'desc' },
      select: { period: true },
    });
    return latest?.period ?? null;
  }

  roundsDueToClose(at: Date): Promise<Round[]> {
    return this.db.pulseRound.findMany({ where: { closedAt: null, closesAt: { lte: at } }, select: ROUND_FIELDS });
  }

  openRounds(at: Date, teamId?: string): Promise<Round[]> {
    return this.db.pulseRound.findMany({
      where: { closedAt: null, closesAt: { gt: at }, ...(teamId && { teamId }) },
      select: ROUND_FIELDS,
    });
  }

  countRoundsBefore(teamId: string, period: Period): Promise<number> {
    return this.db.pulseRound.count({ where: { teamId, period: { lt: period } } });
  }

  async claimRound(input: Parameters<PulseStore['claimRound']>[0]): Promise<{ round: Round; created: boolean }> {
    const { count } = await this.db.pulseRound.createMany({ data: [input], skipDuplicates: true });
    const round = await this.db.pulseRound.findUniqueOrThrow({
      where: { teamId_period: { teamId: input.teamId, period: input.period } },
      select: ROUND_FIELDS,
    });
    return { round, created: count === 1 };
  }

  findRound(roundId: string): Promise<Round | null> {
    return this.db.pulseRound.findUnique({ where: { id: roundId }, select: ROUND_FIELDS });
  }

  findRoundOfWeek(teamId: string, period: Period): Promise<Round | null> {
    return this.db.pulseRound.findUnique({ where: { teamId_period: { teamId, period } }, select: ROUND_FIELDS });
  }

  async invite(roundId: string, memberIds: string[]): Promise<Invite[]> {
    if (memberIds.length > 0) {
      await this.db.pulseInvite.createMany({
        data: memberIds.map((memberId) => ({ roundId, memberId })),
        skipDuplicates: true,
      });
    }
    const invites = await this.db.pulseInvite.findMany({ where: { roundId }, select: INVITE_FIELDS });
    await this.db.pulseRound.update({ where: { id: roundId }, data: { invited: invites.length } });
    return invites;
  }

  findInvite(roundId: string, memberId: string): Promise<Invite | null> {
    return this.db.pulseInvite.findUnique({
      where: { roundId_memberId: { roundId, memberId } },
      select: INVITE_FIELDS,
    });
  }

  async markInviteSent(roundId: string, memberId: string, where: { channelId: string; ts: string }): Promise<void> {
    await this.db.pulseInvite.updateMany({
      where: { roundId, memberId },
      data: { channelId: where.channelId, ts: where.ts },
    });
  }

  async storeAnswers(roundId: string, submissions: Submission[]): Promise<boolean> {
    // Shuffled with a cryptographic source: the rows' physical order says nothing either.
    const rows = shuffle(
      submissions.flatMap((submission) =>
        submission.answers.map((answer, index) => ({
          id: randomUUID(),
          roundId,
          questionId: answer.questionId,
          trait: answer.trait,
          score: answer.score,
          // One comment per submission, kept with its first answer.
          comment: index === 0 ? submission.comment : null,
        })),
      ),
    );
    return this.db.$transaction(async (tx) => {
      // The claim: a round's respondents are set once, by the close that stores its answers.
      const claimed = await tx.pulseRound.updateMany({
        where: { id: roundId, closedAt: { not: null }, respondents: 0 },
        data: { respondents: submissions.length },
      });
      if (claimed.count === 0 || submissions.length === 0) return false;
      await tx.pulseAnswer.createMany({ data: rows });
      return true;
    });
  }

  async closeRound(roundId: string, at: Date): Promise<boolean> {
    const { count } = await this.db.pulseRound.updateMany({
      where: { id: roundId, closedAt: null },
      data: { closedAt: at },
    });
    return count === 1;
  }

  invites(roundId: string): Promise<Invite[]> {
    return this.db.pulseInvite.findMany({ where: { roundId }, select: INVITE_FIELDS });
  }

  async deleteInvite(roundId: string, memberId: string): Promise<void> {
    await this.db.pulseInvite.deleteMany({ where: { roundId, memberId } });
  }

  async deleteInvites(roundId: string): Promise<number> {
    const { count } = await this.db.pulseInvite.deleteMany({ where: { roundId } });
    return count;
  }

  async recentRounds(teamId: string, limit: number): Promise<RoundData[]> {
    const rounds = await this.db.pulseRound.findMany({
      where: { teamId },
      orderBy: { period: 'desc' },
      take: limit,
      select: {
        period: true,
        closedAt: true,
        closesAt: true,
        respondents: true,
        invited: true,
        answers: { select: { trait: true, score: true, comment: true }, orderBy: { id: 'asc' } },
      },
    });
    return rounds.map(({ closedAt, ...round }) => ({ ...round, closed: closedAt !== null }));
  }
}
