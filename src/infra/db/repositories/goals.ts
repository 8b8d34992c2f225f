import type { LocalDate } from '../../../domain/checkins/calendar.ts';
import type {
  Goal,
  GoalComment,
  GoalSnapshot,
  GoalStore,
  KeyResult,
  KeyResultStatus,
  KeyResultUpdate,
  Participation,
} from '../../../domain/goals/model.ts';
import type { Db, RawSql } from '../database.ts';
import { Prisma } from '../generated/client.ts';
import { MODEL_DATES, modelFrom } from '../raw-rows.ts';
import { currentClient } from '../unit-of-work.ts';

/** An accepted key result with the goal it serves: what role cards and scorecards link to. */
export type AcceptedKeyResult = KeyResult & { goal: Pick<Goal, 'id' | 'title' | 'status' | 'startDate' | 'endDate'> };

const newestFirst = [{ createdAt: 'desc' as const }, { id: 'desc' as const }];

export class PrismaGoalStore implements GoalStore {
  constructor(
    private readonly root: Db,
    /** Hand-written SQL (raw-rows.ts). */
    private readonly raw: RawSql,
  ) {}

  /** The open unit of work's transaction, else the root client. */
  private get db(): Db {
    return currentClient(this.root);
  }

  createGoal(input: Parameters<GoalStore['createGoal']>[0]): Promise<Goal> {
    return this.db.goal.create({ data: input });
  }

  findGoal(goalId: string): Promise<Goal | null> {
    return this.db.goal.findUnique({ where: { id: goalId } });
  }

  findGoalByThread(channelId: string, headTs: string): Promise<Goal | null> {
    return this.db.goal.findFirst({ where: { channelId, headTs } });
  }

  async claimHead(goalId: string, ts: string): Promise<boolean> {
    const { count } = await this.db.goal.updateMany({ where: { id: goalId, headTs: null }, data: { headTs: ts } });
    return count === 1;
  }

  openGoals(teamId: string): Promise<Goal[]> {
    return this.db.goal.findMany({
      where: { teamId, status: 'open' },
      orderBy: [{ endDate: 'asc' }, { createdAt: 'asc' }],
    });
  }

  async openGoalsEndingBefore(beforeDate: LocalDate): Promise<Array<{ goal: Goal; timeZone: string }>> {
    const rows = await this.db.goal.findMany({
      where: { status: 'open', endDate: { lt: beforeDate } },
      include: { team: { select: { timeZone: true } } },
    });
    return rows.map(({ team, ...goal }) => ({ goal, timeZone: team.timeZone }));
  }

  async closeGoal(goalId: string, at: Date): Promise<boolean> {
    const { count } = await this.db.goal.updateMany({
      where: { id: goalId, status: 'open' },
      data: { status: 'closed', closedAt: at },
    });
    return count === 1;
  }

  proposeKeyResult(input: Parameters<GoalStore['proposeKeyResult']>[0]): Promise<KeyResult> {
    const { draft, ...who } = input;
    return this.db.keyResult.create({ data: { ...who, ...draft, status: 'proposed' } });
  }

  findKeyResult(keyResultId: string): Promise<KeyResult | null> {
    return this.db.keyResult.findUnique({ where: { id: keyResultId } });
  }

  keyResultsOf(goalId: string): Promise<KeyResult[]> {
    return this.db.keyResult.findMany({ where: { goalId }, orderBy: { createdAt: 'asc' } });
  }

  async reviewKeyResult(
    keyResultId: string,
    from: KeyResultStatus,
    change: Parameters<GoalStore['reviewKeyResult']>[2],
  ): Promise<boolean> {
    const { count } = await this.db.keyResult.updateMany({
      where: { id: keyResultId, status: from },
      data: {
        status: change.status,
        reviewedById: change.reviewedById,
        reviewComment: change.reviewComment,
        ...(change.status === 'accepted' && { acceptedAt: change.at }),
      },
    });
    return count === 1;
  }

  async reviseKeyResult(keyResultId: string, change: Parameters<GoalStore['reviseKeyResult']>[1]): Promise<boolean> {
    const { count } = await this.db.keyResult.updateMany({
      where: { id: keyResultId, status: 'changes_requested' },
      data: { ...change.draft, ownerId: change.ownerId, status: 'proposed', proposalTs: null },
    });
    return count === 1;
  }

  async claimProposalTs(keyResultId: string, ts: string): Promise<boolean> {
    const { count } = await this.db.keyResult.updateMany({
      where: { id: keyResultId, proposalTs: null },
      data: { proposalTs: ts },
    });
    return count === 1;
  }

  /** Raw SQL (raw-rows.ts): read for every check-in modal opened, to show the member's key results. */
  async ownedOpenKeyResults(
    memberId: string,
  ): Promise<Array<{ keyResult: KeyResult; goal: Goal; latest: KeyResultUpdate | null }>> {
    const rows = await this.raw<{ keyResult: unknown; goal: unknown; latest: unknown }>(Prisma.sql`
      SELECT row_to_json(k) AS "keyResult", row_to_json(g) AS goal,
        (SELECT row_to_json(u) FROM "KeyResultUpdate" u WHERE u."keyResultId" = k."id" ORDER BY u."createdAt" DESC, u."id" DESC LIMIT 1) AS latest
      FROM "KeyResult" k JOIN "Goal" g ON g."id" = k."goalId"
      WHERE k."ownerId" = ${memberId} AND k."status" = 'accepted' AND g."status" = 'open'
      ORDER BY g."endDate" ASC, k."createdAt" ASC, k."id" ASC`);
    return rows.map((row) => ({
      keyResult: modelFrom<KeyResult>(row.keyResult, MODEL_DATES.keyResult)!,
      goal: modelFrom<Goal>(row.goal, MODEL_DATES.goal)!,
      latest: modelFrom<KeyResultUpdate>(row.latest, MODEL_DATES.keyResultUpdate),
    }));
  }

  addUpdate(input: Parameters<GoalStore['addUpdate']>[0]): Promise<KeyResultUpdate> {
    const { at, ...fields } = input;
    return this.db.keyResultUpdate.create({ data: { ...fields, createdAt: at } });
  }

  /** The newest progress update of a key result (for scorecards linking a metric to it). */
  async latestProgress(keyResultId: string): Promise<KeyResultUpdate | null> {
    return this.db.keyResultUpdate.findFirst({ where: { keyResultId }, orderBy: newestFirst });
  }

  history(keyResultId: string): Promise<KeyResultUpdate[]> {
    return this.db.keyResultUpdate.findMany({ where: { keyResultId }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
  }

  /**
   * Every accepted key result of a team's goals, open and closed, with its goal (for role
   * cards, which link key results to duties, and scorecards, which derive metrics from them).
   */
  async acceptedKeyResults(teamId: string): Promise<AcceptedKeyResult[]> {
    return this.db.keyResult.findMany({
      where: { status: 'accepted', goal: { teamId } },
      include: { goal: { select: { id: true, title: true, status: true, startDate: true, endDate: true } } },
      orderBy: [{ goal: { endDate: 'asc' } }, { createdAt: 'asc' }],
    });
  }

  async snapshot(goalId: string): Promise<GoalSnapshot | null> {
    const goal = await this.db.goal.findUnique({ where: { id: goalId } });
    if (!goal) return null;
    const [accepted, pending, members] = await Promise.all([
      this.db.keyResult.findMany({
        where: { goalId, status: 'accepted' },
        include: { updates: { orderBy: newestFirst, take: 2 } },
        orderBy: [{ acceptedAt: 'asc' }, { createdAt: 'asc' }],
      }),
      this.db.keyResult.count({ where: { goalId, status: { in: ['proposed', 'changes_requested'] } } }),
      this.db.member.findMany({
        where: { teamId: goal.teamId },
        select: { id: true, slackUserId: true, displayName: true },
      }),
    ]);
    return {
      goal,
      keyResults: accepted.map(({ updates, ...keyResult }) => ({
        keyResult,
        latest: updates[0] ?? null,
        previous: updates[1] ?? null,
      })),
      pending,
      people: new Map(members.map((m) => [m.id, { slackUserId: m.slackUserId, displayName: m.displayName }])),
    };
  }

  async addComment(comment: GoalComment): Promise<boolean> {
    const { count } = await this.db.goalComment.createMany({ data: [comment], skipDuplicates: true });
    return count === 1;
  }

  async removeComment(goalId: string, ts: string, slackUserId: string): Promise<void> {
    // Insert the tombstone or mark the row: whichever event comes first, the ts ends deleted.
    const deletedAt = new Date();
    await this.db.goalComment.createMany({ data: [{ goalId, ts, slackUserId, deletedAt }], skipDuplicates: true });
    await this.db.goalComment.updateMany({ where: { goalId, ts }, data: { deletedAt } });
  }

  async participation(goalId: string): Promise<Participation> {
    const goal = await this.db.goal.findUniqueOrThrow({ where: { id: goalId }, select: { teamId: true } });
    const [proposals, comments, updates, members] = await Promise.all([
      this.db.keyResult.findMany({ where: { goalId }, select: { proposerId: true } }),
      this.db.goalComment.findMany({ where: { goalId, deletedAt: null }, select: { slackUserId: true } }),
      this.db.keyResultUpdate.findMany({ where: { keyResult: { goalId } }, select: { memberId: true } }),
      this.db.member.findMany({
        where: { teamId: goal.teamId },
        select: { id: true, slackUserId: true, displayName: true },
      }),
    ]);
    const byId = new Map(members.map((m) => [m.id, m]));
    const bySlackId = new Map(members.map((m) => [m.slackUserId, m]));
    const tally = (
      keys: string[],
      find: (key: string) => { slackUserId: string; displayName: string } | undefined,
      fallback: (key: string) => string,
    ) => {
      const counts = new Map<string, number>();
      for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
      return [...counts.entries()]
        .map(([key, count]) => {
          const person = find(key);
          return { slackUserId: person?.slackUserId ?? fallback(key), displayName: person?.displayName ?? '', count };
        })
        .sort((a, b) => b.count - a.count || a.slackUserId.localeCompare(b.slackUserId));
    };
    return {
      proposers: tally(
        proposals.map((p) => p.proposerId),
        (id) => byId.get(id),
        (id) => id,
      ),
      commenters: tally(
        comments.map((c) => c.slackUserId),
        (id) => bySlackId.get(id),
        (id) => id,
      ),
      updaters: tally(
        updates.map((u) => u.memberId),
        (id) => byId.get(id),
        (id) => id,
      ),
    };
  }
}
