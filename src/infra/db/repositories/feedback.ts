import type {
  Direction,
  FeedbackDelivery,
  FeedbackMessage,
  FeedbackStore,
  FeedbackThread,
} from '../../../domain/feedback/model.ts';
import type { Db } from '../database.ts';
import { currentClient } from '../unit-of-work.ts';

/**
 * Anonymous feedback in the database. No method takes or returns an author: the way back is
 * the sealed `route`, and the author's copies keep their DM channel sealed as well.
 */
export class PrismaFeedbackStore implements FeedbackStore {
  constructor(private readonly root: Db) {}

  /** The open unit of work's transaction, else the root client. */
  private get db(): Db {
    return currentClient(this.root);
  }

  async batchMinutes(teamId: string): Promise<number> {
    const team = await this.db.team.findUnique({ where: { id: teamId }, select: { feedbackBatchMinutes: true } });
    return team?.feedbackBatchMinutes ?? 180;
  }

  async setBatchMinutes(teamId: string, minutes: number): Promise<void> {
    await this.db.team.update({ where: { id: teamId }, data: { feedbackBatchMinutes: minutes } });
  }

  async createThread(
    input: Parameters<FeedbackStore['createThread']>[0],
  ): Promise<{ thread: FeedbackThread; message: FeedbackMessage }> {
    const { text, deliverAfter, ...thread } = input;
    const row = await this.db.feedbackThread.create({
      data: { ...thread, messages: { create: [{ direction: 'to_leaders', text, deliverAfter }] } },
      include: { messages: true },
    });
    const { messages, ...saved } = row;
    return { thread: saved, message: messages[0]! };
  }

  findThread(threadId: string): Promise<FeedbackThread | null> {
    return this.db.feedbackThread.findUnique({ where: { id: threadId } });
  }

  addMessage(input: {
    threadId: string;
    direction: Direction;
    text: string;
    fromLeaderId: string | null;
    deliverAfter: Date;
  }): Promise<FeedbackMessage> {
    return this.db.feedbackMessage.create({ data: input });
  }

  findMessage(messageId: string): Promise<FeedbackMessage | null> {
    return this.db.feedbackMessage.findUnique({ where: { id: messageId } });
  }

  leaderMessage(threadId: string, which: 'first' | 'last'): Promise<FeedbackMessage | null> {
    return this.db.feedbackMessage.findFirst({
      where: { threadId, direction: 'to_leaders', ...(which === 'last' && { deliveredAt: { not: null } }) },
      orderBy: [{ deliverAfter: which === 'first' ? 'asc' : 'desc' }, { id: 'asc' }],
    });
  }

  async pendingUntil(teamId: string): Promise<Date | null> {
    const [message, closing] = await Promise.all([
      this.db.feedbackMessage.aggregate({
        where: { direction: 'to_leaders', deliveredAt: null, thread: { teamId } },
        _max: { deliverAfter: true },
      }),
      this.db.feedbackThread.aggregate({ where: { teamId, status: 'closing' }, _max: { closedAt: true } }),
    ]);
    const dates = [message._max.deliverAfter, closing._max.closedAt].filter((d): d is Date => d instanceof Date);
    return dates.length ? new Date(Math.max(...dates.map((d) => d.getTime()))) : null;
  }

  async dueBatches(at: Date): Promise<Array<{ teamId: string; window: Date }>> {
    const [messages, closing] = await Promise.all([
      this.db.feedbackMessage.findMany({
        where: { direction: 'to_leaders', deliveredAt: null, deliverAfter: { lte: at } },
        select: { deliverAfter: true, thread: { select: { teamId: true } } },
        distinct: ['threadId', 'deliverAfter'],
      }),
      this.db.feedbackThread.findMany({
        where: { status: 'closing', closedAt: { lte: at } },
        select: { teamId: true, closedAt: true },
      }),
    ]);
    const due = new Map<string, { teamId: string; window: Date }>();
    for (const m of messages)
      due.set(`${m.thread.teamId}|${m.deliverAfter.getTime()}`, { teamId: m.thread.teamId, window: m.deliverAfter });
    for (const t of closing)
      if (t.closedAt) due.set(`${t.teamId}|${t.closedAt.getTime()}`, { teamId: t.teamId, window: t.closedAt });
    return [...due.values()];
  }

  async batch(
    teamId: string,
    window: Date,
  ): Promise<{ messages: Array<{ message: FeedbackMessage; thread: FeedbackThread }>; closing: FeedbackThread[] }> {
    const [rows, closing] = await Promise.all([
      this.db.feedbackMessage.findMany({
        where: { direction: 'to_leaders', deliveredAt: null, deliverAfter: window, thread: { teamId } },
        include: { thread: true },
      }),
      this.db.feedbackThread.findMany({ where: { teamId, status: 'closing', closedAt: window } }),
    ]);
    return { messages: rows.map(({ thread, ...message }) => ({ message, thread })), closing };
  }

  deliveries(messageId: string): Promise<FeedbackDelivery[]> {
    return this.db.feedbackDelivery.findMany({ where: { messageId } });
  }

  async threadDeliveries(threadId: string): Promise<Array<{ delivery: FeedbackDelivery; message: FeedbackMessage }>> {
    const rows = await this.db.feedbackDelivery.findMany({
      where: { message: { threadId } },
      include: { message: true },
    });
    return rows.map(({ message, ...delivery }) => ({ delivery, message }));
  }

  async recordDelivery(input: {
    messageId: string;
    leaderId: string | null;
    channelId: string;
    ts: string;
  }): Promise<void> {
    await this.db.feedbackDelivery.create({ data: input });
  }

  async markDelivered(messageId: string, at: Date): Promise<void> {
    await this.db.feedbackMessage.updateMany({
      where: { id: messageId, deliveredAt: null },
      data: { deliveredAt: at },
    });
  }

  async markCopyClosed(deliveryId: string, closedAs: string): Promise<void> {
    await this.db.feedbackDelivery.updateMany({ where: { id: deliveryId }, data: { closedAs } });
  }

  async markCloseNoticeSent(threadId: string): Promise<void> {
    await this.db.feedbackThread.updateMany({ where: { id: threadId }, data: { closeNoticeSent: true } });
  }

  async closeByLeader(threadId: string, at: Date): Promise<boolean> {
    const { count } = await this.db.feedbackThread.updateMany({
      where: { id: threadId, status: 'open' },
      data: { status: 'closed', closedAt: at },
    });
    return count === 1;
  }

  async closeByAuthor(threadId: string, announceAt: Date): Promise<boolean> {
    const { count } = await this.db.feedbackThread.updateMany({
      where: { id: threadId, status: 'open' },
      data: { status: 'closing', closedAt: announceAt, route: null, routeExpiresAt: null },
    });
    return count === 1;
  }

  async finishClose(threadId: string, at: Date): Promise<void> {
    await this.db.$transaction([
      // A close the author asked for keeps its time: the end of the window, not this job's.
      this.db.feedbackThread.updateMany({ where: { id: threadId, status: 'closing' }, data: { status: 'closed' } }),
      this.db.feedbackThread.updateMany({
        where: { id: threadId, status: 'open' },
        data: { status: 'closed', closedAt: at },
      }),
      this.db.feedbackThread.updateMany({ where: { id: threadId }, data: { route: null, routeExpiresAt: null } }),
      this.db.feedbackDelivery.deleteMany({ where: { leaderId: null, message: { threadId } } }),
    ]);
  }

  async expiredRoutes(at: Date, limit: number): Promise<string[]> {
    const leftOver = new Date(at.getTime() - 24 * 3600 * 1000);
    const rows = await this.db.feedbackThread.findMany({
      where: {
        route: { not: null },
        OR: [{ routeExpiresAt: { lte: at } }, { status: 'closed', closedAt: { lte: leftOver } }],
      },
      select: { id: true },
      take: limit,
    });
    return rows.map((r) => r.id);
  }

  async expireRoute(threadId: string, at: Date): Promise<boolean> {
    const { count } = await this.db.feedbackThread.updateMany({
      where: { id: threadId, status: 'open', route: { not: null }, routeExpiresAt: { lte: at } },
      data: { status: 'closed', closedAt: at },
    });
    return count === 1;
  }
}
