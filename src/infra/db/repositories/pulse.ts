import { randomUUID } from 'node:crypto';
import type { RoundData } from '../../../domain/pulse/aggregate.ts';
import type { Invite, PulseStore, PulseTeam, Round, SubmitOutcome } from '../../../domain/pulse/model.ts';
import type { Period } from '../../../domain/pulse/schedule.ts';
import type { Db } from '../database.ts';

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

/**
 * Pulse storage. Answers carry no member and no time, and get random (v4) ids, so neither
 * their ids nor their order says who wrote them or when; invitations, the only link between
 * a person and a round, are deleted when the round closes.
 */
export class PrismaPulseStore implements PulseStore {
  constructor(private readonly db: Db) {}

  findTeam(teamId: string): Promise<PulseTeam | null> {
    return this.db.team.findUnique({ where: { id: teamId }, select: TEAM_FIELDS });
  }

  updateSettings(teamId: string, changes: Parameters<PulseStore['updateSettings']>[1]): Promise<PulseTeam> {
    return this.db.team.update({ where: { id: teamId }, data: changes, select: TEAM_FIELDS });
  }

  async scheduledTeams(): Promise<Array<{ team: PulseTeam; lastPeriod: Period | null }>> {
    const teams = await this.db.team.findMany({
      where: { pulseEnabled: true },
      select: { ...TEAM_FIELDS, pulseRounds: { select: { period: true }, orderBy: { period: 'desc' }, take: 1 } },
    });
    return teams.map(({ pulseRounds, ...team }) => ({ team, lastPeriod: pulseRounds[0]?.period ?? null }));
  }

  roundsDueToClose(at: Date): Promise<Round[]> {
    return this.db.pulseRound.findMany({ where: { closedAt: null, closesAt: { lte: at } }, select: ROUND_FIELDS });
  }

  countRoundsBefore(teamId: string, period: Period): Promise<number> {
    return this.db.pulseRound.count({ where: { teamId, period: { lt: period } } });
  }

  async claimRound(input: Parameters<PulseStore['claimRound']>[0]): Promise<{ round: Round; created: boolean }> {
    const { count } = await this.db.pulseRound.createMany({ data: [input], skipDuplicates: true });
    const round = await this.db.pulseRound.findUniqueOrThrow({ where: { teamId_period: { teamId: input.teamId, period: input.period } }, select: ROUND_FIELDS });
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
      await this.db.pulseInvite.createMany({ data: memberIds.map((memberId) => ({ roundId, memberId })), skipDuplicates: true });
    }
    const invites = await this.db.pulseInvite.findMany({ where: { roundId } });
    await this.db.pulseRound.update({ where: { id: roundId }, data: { invited: invites.length } });
    return invites;
  }

  findInvite(roundId: string, memberId: string): Promise<Invite | null> {
    return this.db.pulseInvite.findUnique({ where: { roundId_memberId: { roundId, memberId } } });
  }

  async markInviteSent(roundId: string, memberId: string, where: { channelId: string; ts: string }): Promise<void> {
    await this.db.pulseInvite.updateMany({ where: { roundId, memberId }, data: { channelId: where.channelId, ts: where.ts } });
  }

  async submit(input: Parameters<PulseStore['submit']>[0]): Promise<SubmitOutcome> {
    return this.db.$transaction(async (tx) => {
      // Compare-and-swap: of two submissions racing, one finds the invite unanswered.
      const claimed = await tx.pulseInvite.updateMany({
        where: { roundId: input.roundId, memberId: input.memberId, answered: false, round: { is: { closedAt: null } } },
        data: { answered: true },
      });
      if (claimed.count === 0) {
        const invite = await tx.pulseInvite.findUnique({ where: { roundId_memberId: { roundId: input.roundId, memberId: input.memberId } }, select: { answered: true } });
        return invite?.answered ? 'already_answered' : 'not_invited';
      }
      await tx.pulseAnswer.createMany({
        data: input.answers.map((answer, index) => ({
          id: randomUUID(),
          roundId: input.roundId,
          questionId: answer.questionId,
          trait: answer.trait,
          score: answer.score,
          // One comment per submission, kept with its first answer.
          comment: index === 0 ? input.comment : null,
        })),
      });
      await tx.pulseRound.update({ where: { id: input.roundId }, data: { respondents: { increment: 1 } } });
      return 'saved';
    });
  }

  async closeRound(roundId: string, at: Date): Promise<boolean> {
    const { count } = await this.db.pulseRound.updateMany({ where: { id: roundId, closedAt: null }, data: { closedAt: at } });
    return count === 1;
  }

  invites(roundId: string): Promise<Invite[]> {
    return this.db.pulseInvite.findMany({ where: { roundId } });
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
      select: { period: true, closedAt: true, closesAt: true, respondents: true, invited: true, answers: { select: { trait: true, score: true, comment: true }, orderBy: { id: 'asc' } } },
    });
    return rounds.map(({ closedAt, ...round }) => ({ ...round, closed: closedAt !== null }));
  }
}
