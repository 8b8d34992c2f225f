import type { DateRange } from '../../../domain/checkins/calendar.ts';
import {
  NO_CHOICE,
  type ChannelProblem,
  type CoffeeChoice,
  type CoffeeGroup,
  type CoffeeRound,
  type CustomQuestion,
  type IcebreakerPost,
  type InformalStore,
  type InformalTeam,
  type InformalWeek,
  type Outcome,
  type PairingFacts,
  type Relaxed,
  type WeekCount,
} from '../../../domain/informal/model.ts';
import type { Period } from '../../../domain/pulse/schedule.ts';
import type { Db } from '../database.ts';
import { currentClient } from '../unit-of-work.ts';

const TEAM_FIELDS = {
  id: true,
  workspaceId: true,
  name: true,
  defaultLocale: true,
  timeZone: true,
  informalChannelId: true,
  createdAt: true,
  coffeeEnabled: true,
  coffeeEveryWeeks: true,
  coffeeWeekday: true,
  coffeeMinute: true,
  coffeeGroupSize: true,
  coffeeRepeatWeeks: true,
  icebreakerEnabled: true,
  icebreakerWeekday: true,
  icebreakerMinute: true,
} as const;

const ROUND_FIELDS = {
  id: true,
  teamId: true,
  period: true,
  channelId: true,
  startsAt: true,
  midAt: true,
  lastAt: true,
  endsAt: true,
  pairedAt: true,
  midQueuedAt: true,
  lastQueuedAt: true,
  closedAt: true,
  included: true,
  problem: true,
  retries: true,
} as const;

const GROUP_FIELDS = {
  id: true,
  roundId: true,
  teamId: true,
  memberIds: true,
  relaxed: true,
  channelId: true,
  introTs: true,
  midTs: true,
  lastTs: true,
  outcome: true,
  answeredAt: true,
} as const;

const POST_FIELDS = { id: true, teamId: true, period: true, questionKey: true, channelId: true, ts: true } as const;

type RoundRow = Omit<CoffeeRound, 'problem'> & { problem: string | null };
const toRound = (row: RoundRow): CoffeeRound => ({ ...row, problem: row.problem as ChannelProblem | null });
const toRoundOrNull = (row: RoundRow | null): CoffeeRound | null => (row ? toRound(row) : null);

type GroupRow = Omit<CoffeeGroup, 'relaxed' | 'outcome'> & { relaxed: string[]; outcome: string | null };
const group = (row: GroupRow): CoffeeGroup => ({
  ...row,
  relaxed: row.relaxed as Relaxed[],
  outcome: row.outcome as Outcome | null,
});

/**
 * Coffee rounds, members' private choices, icebreakers and the weekly figures. A member's
 * choices and avoid list are read only for that member and for the matching.
 */
export class PrismaInformalStore implements InformalStore {
  constructor(private readonly root: Db) {}

  private get db(): Db {
    return currentClient(this.root);
  }

  findTeam(teamId: string): Promise<InformalTeam | null> {
    return this.db.team.findUnique({ where: { id: teamId }, select: TEAM_FIELDS });
  }

  updateSettings(teamId: string, changes: Parameters<InformalStore['updateSettings']>[1]): Promise<InformalTeam> {
    return this.db.team.update({ where: { id: teamId }, data: changes, select: TEAM_FIELDS });
  }

  async scheduledTeams() {
    const teams = await this.db.team.findMany({
      where: { informalChannelId: { not: null }, OR: [{ coffeeEnabled: true }, { icebreakerEnabled: true }] },
      select: {
        ...TEAM_FIELDS,
        coffeeRounds: { select: { period: true }, orderBy: { period: 'desc' }, take: 1 },
        icebreakerPosts: { select: { period: true }, orderBy: { period: 'desc' }, take: 1 },
      },
    });
    return teams.map(({ coffeeRounds, icebreakerPosts, ...team }) => ({
      team,
      lastRound: coffeeRounds[0]?.period ?? null,
      lastIcebreaker: icebreakerPosts[0]?.period ?? null,
    }));
  }

  async lastRoundOf(teamId: string): Promise<Period | null> {
    const latest = await this.db.coffeeRound.findFirst({
      where: { teamId },
      orderBy: { period: 'desc' },
      select: { period: true },
    });
    return latest?.period ?? null;
  }

  async positionTitles(teamId: string): Promise<Map<string, string>> {
    const rows = await this.db.position.findMany({ where: { teamId }, select: { id: true, title: true } });
    return new Map(rows.map((r) => [r.id, r.title]));
  }

  async findRound(roundId: string): Promise<CoffeeRound | null> {
    return toRoundOrNull(await this.db.coffeeRound.findUnique({ where: { id: roundId }, select: ROUND_FIELDS }));
  }

  async findRoundOfWeek(teamId: string, period: Period): Promise<CoffeeRound | null> {
    return toRoundOrNull(
      await this.db.coffeeRound.findUnique({ where: { teamId_period: { teamId, period } }, select: ROUND_FIELDS }),
    );
  }

  async claimRound(input: Parameters<InformalStore['claimRound']>[0]): Promise<CoffeeRound> {
    await this.db.coffeeRound.createMany({ data: [input], skipDuplicates: true });
    return toRound(
      await this.db.coffeeRound.findUniqueOrThrow({
        where: { teamId_period: { teamId: input.teamId, period: input.period } },
        select: ROUND_FIELDS,
      }),
    );
  }

  async currentRound(teamId: string, at: Date): Promise<CoffeeRound | null> {
    return toRoundOrNull(
      await this.db.coffeeRound.findFirst({
        where: { teamId, closedAt: null, startsAt: { lte: at } },
        orderBy: { startsAt: 'desc' },
        select: ROUND_FIELDS,
      }),
    );
  }

  async roundsDue(at: Date) {
    const open = { closedAt: null, pairedAt: { not: null } } as const;
    const [mid, last, close] = await Promise.all([
      this.db.coffeeRound.findMany({ where: { ...open, midQueuedAt: null, midAt: { lte: at } }, select: ROUND_FIELDS }),
      this.db.coffeeRound.findMany({
        where: { ...open, lastQueuedAt: null, lastAt: { lte: at } },
        select: ROUND_FIELDS,
      }),
      this.db.coffeeRound.findMany({ where: { closedAt: null, endsAt: { lte: at } }, select: ROUND_FIELDS }),
    ]);
    return { mid: mid.map(toRound), last: last.map(toRound), close: close.map(toRound) };
  }

  async saveGroups(
    roundId: string,
    included: number,
    groups: Array<{ memberIds: string[]; relaxed: Relaxed[] }>,
    at: Date,
  ): Promise<CoffeeGroup[] | null> {
    // The mark is the claim: a second run finds the round paired and saves nothing.
    const { count } = await this.db.coffeeRound.updateMany({
      where: { id: roundId, pairedAt: null },
      data: { pairedAt: at, included },
    });
    if (count === 0) return null;
    const round = await this.db.coffeeRound.findUniqueOrThrow({ where: { id: roundId }, select: { teamId: true } });
    if (groups.length === 0) return [];
    const rows = await this.db.coffeeGroup.createManyAndReturn({
      data: groups.map((g) => ({ roundId, teamId: round.teamId, memberIds: g.memberIds, relaxed: g.relaxed })),
      select: GROUP_FIELDS,
    });
    return rows.map(group);
  }

  async markRound(roundId: string, field: 'midQueuedAt' | 'lastQueuedAt' | 'closedAt', at: Date): Promise<boolean> {
    const { count } = await this.db.coffeeRound.updateMany({
      where: { id: roundId, [field]: null },
      data: { [field]: at },
    });
    return count === 1;
  }

  async setRoundProblem(roundId: string, problem: ChannelProblem): Promise<boolean> {
    const { count } = await this.db.coffeeRound.updateMany({
      where: { id: roundId, pairedAt: null, problem: null },
      data: { problem },
    });
    return count === 1;
  }

  async retryRound(roundId: string, channelId: string): Promise<number> {
    const row = await this.db.coffeeRound.update({
      where: { id: roundId },
      data: { retries: { increment: 1 }, problem: null, channelId },
      select: { retries: true },
    });
    return row.retries;
  }

  async recordLeftOut(roundId: string, teamId: string, memberIds: string[]): Promise<void> {
    if (memberIds.length === 0) return;
    await this.db.coffeeLeftOut.createMany({
      data: memberIds.map((memberId) => ({ roundId, teamId, memberId })),
      skipDuplicates: true,
    });
  }

  async leftOutOfLastRound(teamId: string, before: Date): Promise<string[]> {
    const last = await this.db.coffeeRound.findFirst({
      where: { teamId, pairedAt: { not: null }, startsAt: { lt: before } },
      orderBy: { startsAt: 'desc' },
      select: { leftOut: { select: { memberId: true } } },
    });
    return last?.leftOut.map((l) => l.memberId) ?? [];
  }

  async groups(roundId: string): Promise<CoffeeGroup[]> {
    return (await this.db.coffeeGroup.findMany({ where: { roundId }, select: GROUP_FIELDS })).map(group);
  }

  async findGroup(groupId: string): Promise<CoffeeGroup | null> {
    const row = await this.db.coffeeGroup.findUnique({ where: { id: groupId }, select: GROUP_FIELDS });
    return row ? group(row) : null;
  }

  async groupOf(roundId: string, memberId: string): Promise<CoffeeGroup | null> {
    const row = await this.db.coffeeGroup.findFirst({
      where: { roundId, memberIds: { has: memberId } },
      select: GROUP_FIELDS,
    });
    return row ? group(row) : null;
  }

  async setGroupRef(groupId: string, field: 'channelId' | 'introTs' | 'midTs' | 'lastTs', value: string) {
    await this.db.coffeeGroup.update({ where: { id: groupId }, data: { [field]: value } });
  }

  async answerGroup(groupId: string, outcome: Outcome, at: Date): Promise<Outcome | null> {
    return this.db.$transaction(async (tx) => {
      // Locks the group's row: two members pressing at once are counted one after the other, and
      // a meeting once said stays (a "not yet" pressed beside it cannot undo it, nor count it again).
      const [row] = await tx.$queryRaw<Array<{ outcome: string | null }>>`
        SELECT "outcome" FROM "CoffeeGroup" WHERE "id" = ${groupId} FOR UPDATE`;
      if (row?.outcome !== 'met')
        await tx.coffeeGroup.update({ where: { id: groupId }, data: { outcome, answeredAt: at } });
      return (row?.outcome ?? null) as Outcome | null;
    });
  }

  async pastGroups(teamId: string, since: Date) {
    const rows = await this.db.coffeeGroup.findMany({
      where: { teamId, round: { startsAt: { gte: since } } },
      select: { memberIds: true, round: { select: { startsAt: true } } },
    });
    return rows.map((r) => ({ at: r.round.startsAt, members: r.memberIds }));
  }

  async pairingFacts(teamId: string, memberIds: string[]): Promise<PairingFacts> {
    const [choices, avoids, holders, vacations] = await Promise.all([
      this.db.coffeeChoice.findMany({ where: { memberId: { in: memberIds } } }),
      this.db.coffeeAvoid.findMany({
        where: { memberId: { in: memberIds } },
        select: { memberId: true, avoidMemberId: true },
      }),
      this.db.positionHolder.findMany({
        where: { memberId: { in: memberIds }, position: { teamId } },
        select: { memberId: true, positionId: true },
        orderBy: { positionId: 'asc' },
      }),
      this.db.vacation.findMany({
        where: { memberId: { in: memberIds } },
        select: { memberId: true, startDate: true, endDate: true },
      }),
    ]);
    const positions = new Map<string, string>();
    for (const h of holders) if (!positions.has(h.memberId)) positions.set(h.memberId, h.positionId);
    const away = new Map<string, DateRange[]>();
    for (const v of vacations) away.set(v.memberId, [...(away.get(v.memberId) ?? []), v]);
    return {
      choices: new Map(
        choices.map((c) => [
          c.memberId,
          { optedOut: c.optedOut, pausedUntil: c.pausedUntil, silentRounds: c.silentRounds },
        ]),
      ),
      avoid: avoids.map((a) => [a.memberId, a.avoidMemberId]),
      positions,
      vacations: away,
    };
  }

  async choiceOf(memberId: string): Promise<CoffeeChoice> {
    const row = await this.db.coffeeChoice.findUnique({ where: { memberId } });
    return row ? { optedOut: row.optedOut, pausedUntil: row.pausedUntil, silentRounds: row.silentRounds } : NO_CHOICE;
  }

  async setChoice(memberId: string, changes: Partial<CoffeeChoice>): Promise<CoffeeChoice> {
    const row = await this.db.coffeeChoice.upsert({
      where: { memberId },
      create: { memberId, ...changes },
      update: changes,
    });
    return { optedOut: row.optedOut, pausedUntil: row.pausedUntil, silentRounds: row.silentRounds };
  }

  async countSilence(silent: string[], answered: string[]): Promise<Map<string, number>> {
    if (answered.length > 0)
      await this.db.coffeeChoice.updateMany({ where: { memberId: { in: answered } }, data: { silentRounds: 0 } });
    if (silent.length === 0) return new Map();
    await this.db.coffeeChoice.createMany({ data: silent.map((memberId) => ({ memberId })), skipDuplicates: true });
    await this.db.coffeeChoice.updateMany({
      where: { memberId: { in: silent } },
      data: { silentRounds: { increment: 1 } },
    });
    const rows = await this.db.coffeeChoice.findMany({
      where: { memberId: { in: silent } },
      select: { memberId: true, silentRounds: true },
    });
    return new Map(rows.map((r) => [r.memberId, r.silentRounds]));
  }

  async avoids(memberId: string): Promise<string[]> {
    const rows = await this.db.coffeeAvoid.findMany({
      where: { memberId },
      select: { avoidMemberId: true },
      orderBy: { createdAt: 'asc' },
    });
    return rows.map((r) => r.avoidMemberId);
  }

  async setAvoid(memberId: string, avoidMemberId: string, avoid: boolean): Promise<boolean> {
    if (avoid) {
      const { count } = await this.db.coffeeAvoid.createMany({
        data: [{ memberId, avoidMemberId }],
        skipDuplicates: true,
      });
      return count === 1;
    }
    const { count } = await this.db.coffeeAvoid.deleteMany({ where: { memberId, avoidMemberId } });
    return count === 1;
  }

  customQuestions(teamId: string): Promise<CustomQuestion[]> {
    return this.db.icebreakerQuestion.findMany({
      where: { teamId, deletedAt: null },
      select: { id: true, text: true },
      orderBy: { createdAt: 'asc' },
    });
  }

  addQuestion(teamId: string, text: string, addedById: string): Promise<CustomQuestion> {
    return this.db.icebreakerQuestion.create({ data: { teamId, text, addedById }, select: { id: true, text: true } });
  }

  async askedIcebreakers(teamId: string): Promise<string[]> {
    const rows = await this.db.icebreakerPost.findMany({
      where: { teamId },
      select: { questionKey: true },
      orderBy: { period: 'asc' },
    });
    return rows.map((r) => r.questionKey);
  }

  async claimIcebreaker(input: Omit<IcebreakerPost, 'id' | 'ts'>): Promise<IcebreakerPost> {
    await this.db.icebreakerPost.createMany({ data: [input], skipDuplicates: true });
    return this.db.icebreakerPost.findUniqueOrThrow({
      where: { teamId_period: { teamId: input.teamId, period: input.period } },
      select: POST_FIELDS,
    });
  }

  findIcebreaker(teamId: string, period: Period): Promise<IcebreakerPost | null> {
    return this.db.icebreakerPost.findUnique({ where: { teamId_period: { teamId, period } }, select: POST_FIELDS });
  }

  icebreakerByMessage(channelId: string, ts: string): Promise<IcebreakerPost | null> {
    return this.db.icebreakerPost.findFirst({ where: { channelId, ts }, select: POST_FIELDS });
  }

  async setIcebreakerTs(postId: string, ts: string): Promise<void> {
    await this.db.icebreakerPost.update({ where: { id: postId }, data: { ts } });
  }

  async countReply(postId: string, ts: string, memberId: string): Promise<boolean> {
    const { count } = await this.db.icebreakerReply.createMany({
      data: [{ postId, ts, memberId }],
      skipDuplicates: true,
    });
    return count === 1;
  }

  async addToWeek(teamId: string, week: Period, counts: Partial<Record<WeekCount, number>>): Promise<void> {
    await this.db.informalWeek.upsert({
      where: { teamId_week: { teamId, week } },
      create: { teamId, week, ...counts },
      update: Object.fromEntries(Object.entries(counts).map(([k, n]) => [k, { increment: n }])),
    });
  }

  async tookPart(teamId: string, week: Period, memberId: string): Promise<void> {
    const { count } = await this.db.informalTakingPart.createMany({
      data: [{ teamId, week, memberId }],
      skipDuplicates: true,
    });
    if (count === 0) return;
    await this.db.informalWeek.upsert({
      where: { teamId_week: { teamId, week } },
      create: { teamId, week, membersTakingPart: 1 },
      update: { membersTakingPart: { increment: 1 } },
    });
  }

  weeks(teamId: string, from: Period, to: Period): Promise<InformalWeek[]> {
    return this.db.informalWeek.findMany({
      where: { teamId, week: { gte: from, lte: to } },
      select: {
        week: true,
        roundsRun: true,
        groups: true,
        meetingsHeld: true,
        icebreakerReplies: true,
        membersTakingPart: true,
      },
      orderBy: { week: 'asc' },
    });
  }
}
