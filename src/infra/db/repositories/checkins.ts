import type { LocalDate } from '../../../domain/checkins/calendar.ts';
import type {
  Answer,
  Blocker,
  CheckinStore,
  Prompt,
  PromptStatus,
  TeamSchedule,
  Thread,
} from '../../../domain/checkins/model.ts';
import type { CheckinAnswers } from '../../../domain/checkins/questions.ts';
import type { Db, RawSql } from '../database.ts';
import { Prisma, type CheckinAnswer, type CheckinPrompt } from '../generated/client.ts';
import { MODEL_DATES, modelFrom } from '../raw-rows.ts';
import { currentClient } from '../unit-of-work.ts';

const toAnswer = (row: CheckinAnswer): Answer => ({ ...row, answers: row.answers as CheckinAnswers });

export class PrismaCheckinStore implements CheckinStore {
  constructor(
    private readonly root: Db,
    /** Hand-written SQL (raw-rows.ts). */
    private readonly raw: RawSql,
  ) {}

  /** The open unit of work's transaction, else the root client. */
  private get db(): Db {
    return currentClient(this.root);
  }

  async schedules(): Promise<TeamSchedule[]> {
    const teams = await this.db.team.findMany({
      include: {
        holidays: { select: { date: true } },
        members: { where: { active: true }, include: { vacations: { select: { startDate: true, endDate: true } } } },
      },
    });
    return teams.map(({ holidays, members, ...team }) => ({
      team,
      holidays: holidays.map((h) => h.date),
      members: members.map(({ vacations, ...member }) => ({ member, vacations })),
    }));
  }

  async existingPrompts(keys: Array<{ memberId: string; localDate: LocalDate }>): Promise<Prompt[]> {
    if (keys.length === 0) return [];
    return this.db.checkinPrompt.findMany({ where: { OR: keys } });
  }

  findPrompt(memberId: string, localDate: LocalDate): Promise<Prompt | null> {
    return this.db.checkinPrompt.findUnique({ where: { memberId_localDate: { memberId, localDate } } });
  }

  findPromptById(promptId: string): Promise<Prompt | null> {
    return this.db.checkinPrompt.findUnique({ where: { id: promptId } });
  }

  async claimPrompt(
    memberId: string,
    teamId: string,
    localDate: LocalDate,
  ): Promise<{ prompt: Prompt; created: boolean }> {
    const { count } = await this.db.checkinPrompt.createMany({
      data: [{ memberId, teamId, localDate }],
      skipDuplicates: true,
    });
    // Raw SQL (raw-rows.ts): a read for every check-in prompt.
    const [row] = await this.raw<{ prompt: unknown }>(Prisma.sql`
      SELECT row_to_json(p) AS prompt FROM "CheckinPrompt" p WHERE p."memberId" = ${memberId} AND p."localDate" = ${localDate}`);
    if (!row) throw new Error(`the check-in prompt of ${memberId} for ${localDate} was claimed but cannot be read`);
    return { prompt: modelFrom<CheckinPrompt>(row.prompt, MODEL_DATES.checkinPrompt)!, created: count === 1 };
  }

  async markPromptSent(promptId: string, where: { channelId: string; ts: string }): Promise<void> {
    // Only a pending or snoozed prompt becomes "sent": an answer that raced ahead stays answered.
    // Raw SQL (raw-rows.ts): a write for every check-in prompt. Prisma keeps dates in UTC.
    await this.raw(Prisma.sql`
      UPDATE "CheckinPrompt" SET "status" = 'sent', "dmChannelId" = ${where.channelId}, "messageTs" = ${where.ts},
        "sentAt" = ${new Date().toISOString()}::timestamptz AT TIME ZONE 'UTC'
      WHERE "id" = ${promptId} AND "status" IN ('pending', 'sent')`);
  }

  async setPromptStatus(promptId: string, status: PromptStatus): Promise<void> {
    await this.db.checkinPrompt.update({ where: { id: promptId }, data: { status } });
  }

  async snoozePrompt(promptId: string, until: Date): Promise<void> {
    await this.db.checkinPrompt.update({ where: { id: promptId }, data: { snoozedUntil: until } });
  }

  async claimReminder(promptId: string, at: Date): Promise<boolean> {
    const { count } = await this.db.checkinPrompt.updateMany({
      where: { id: promptId, reminderSentAt: null },
      data: { reminderSentAt: at },
    });
    return count === 1;
  }

  /** Raw SQL (raw-rows.ts): read for every check-in modal opened. */
  async findAnswer(memberId: string, localDate: LocalDate): Promise<Answer | null> {
    const [row] = await this.raw<{ answer: unknown }>(Prisma.sql`
      SELECT row_to_json(a) AS answer FROM "CheckinAnswer" a WHERE a."memberId" = ${memberId} AND a."localDate" = ${localDate}`);
    const answer = row ? modelFrom<CheckinAnswer>(row.answer, MODEL_DATES.checkinAnswer) : null;
    return answer && toAnswer(answer);
  }

  async findAnswerById(answerId: string): Promise<Answer | null> {
    const row = await this.db.checkinAnswer.findUnique({ where: { id: answerId } });
    return row && toAnswer(row);
  }

  async saveAnswer(input: Parameters<CheckinStore['saveAnswer']>[0]): Promise<Answer> {
    const { at, ...fields } = input;
    const row = await this.db.checkinAnswer.upsert({
      where: { memberId_localDate: { memberId: input.memberId, localDate: input.localDate } },
      create: { ...fields, submittedAt: at },
      // The original "late" flag stays: editing a punctual answer later does not make it late.
      update: { answers: input.answers, mood: input.mood, editedAt: at, revision: { increment: 1 } },
    });
    return toAnswer(row);
  }

  async setReplyTs(answerId: string, ts: string): Promise<void> {
    await this.db.checkinAnswer.update({ where: { id: answerId }, data: { replyTs: ts } });
  }

  async claimThread(input: Parameters<CheckinStore['claimThread']>[0]): Promise<{ thread: Thread; owner: boolean }> {
    const { teamId, localDate, channelId, claimant } = input;
    const key = { teamId_localDate: { teamId, localDate } };
    const { count } = await this.db.checkinThread.createMany({
      data: [{ teamId, localDate, channelId, claimedBy: claimant }],
      skipDuplicates: true,
    });
    let thread = await this.db.checkinThread.findUniqueOrThrow({ where: key });
    if (count === 1 || thread.ts || thread.claimedBy === claimant)
      return { thread, owner: count === 1 || thread.claimedBy === claimant };
    if (thread.claimedAt.getTime() > input.now.getTime() - input.staleAfterMs) return { thread, owner: false };
    // Compare-and-swap: of several late-comers, one takes the stale claim over.
    const taken = await this.db.checkinThread.updateMany({
      where: { id: thread.id, ts: null, claimedBy: thread.claimedBy },
      data: { claimedBy: claimant, claimedAt: input.now },
    });
    thread = await this.db.checkinThread.findUniqueOrThrow({ where: key });
    return { thread, owner: taken.count === 1 };
  }

  async setThreadTs(threadId: string, ts: string): Promise<void> {
    await this.db.checkinThread.update({ where: { id: threadId }, data: { ts } });
  }

  async upsertBlocker(answer: Answer, text: string, at: Date): Promise<{ blocker: Blocker; created: boolean }> {
    // Raised when the member said so by the app's clock, not the database's: how long it waits is a digest signal.
    const { count } = await this.db.blocker.createMany({
      data: [{ answerId: answer.id, teamId: answer.teamId, text, raisedAt: at }],
      skipDuplicates: true,
    });
    if (count === 0) await this.db.blocker.update({ where: { answerId: answer.id }, data: { text } });
    const blocker = await this.db.blocker.findUniqueOrThrow({ where: { answerId: answer.id } });
    return { blocker, created: count === 1 };
  }

  async removeBlocker(answerId: string): Promise<void> {
    // A blocker someone already helped with stays on record; an unclaimed one is withdrawn.
    await this.db.blocker.deleteMany({ where: { answerId, helperUserId: null } });
  }

  findBlocker(blockerId: string): Promise<Blocker | null> {
    return this.db.blocker.findUnique({ where: { id: blockerId } });
  }

  async claimBlocker(blockerId: string, helperUserId: string, at: Date): Promise<boolean> {
    const { count } = await this.db.blocker.updateMany({
      where: { id: blockerId, helperUserId: null },
      data: { helperUserId, helpedAt: at },
    });
    return count === 1;
  }

  async recordNotice(blockerId: string, leaderId: string, where: { channelId: string; ts: string }): Promise<void> {
    await this.db.blockerNotice.upsert({
      where: { blockerId_leaderId: { blockerId, leaderId } },
      create: { blockerId, leaderId, channelId: where.channelId, ts: where.ts },
      update: { channelId: where.channelId, ts: where.ts },
    });
  }

  notices(blockerId: string): Promise<Array<{ leaderId: string; channelId: string | null; ts: string | null }>> {
    return this.db.blockerNotice.findMany({
      where: { blockerId },
      select: { leaderId: true, channelId: true, ts: true },
    });
  }
}
