import type { LocalDate } from '../checkins/calendar.ts';

/** What feedback is about; the study's traits, in the order the modal offers them. */
export const CATEGORIES = ['goals', 'roles', 'procedures', 'communication', 'support', 'customers', 'other'] as const;
export type Category = (typeof CATEGORIES)[number];
export const isCategory = (value: string): value is Category => (CATEGORIES as readonly string[]).includes(value);

/** open → (author asked to close: closing until the batch that tells the leaders) → closed. */
export type ThreadStatus = 'open' | 'closing' | 'closed';
export type Direction = 'to_leaders' | 'to_author';
/** Who ended a conversation, for what the messages say afterwards. */
export type ClosedBy = { by: 'leader'; leaderId: string } | { by: 'author' } | { by: 'expired' };

export const FEEDBACK_MAX_LENGTH = 2500;
/** New conversations one person may start in a UTC day, and answers they may send in one. */
export const FEEDBACKS_PER_DAY = 5;
export const ANSWERS_PER_DAY = 20;
/** The way back to an author is deleted after this long, closed or not. */
export const ROUTE_LIFETIME_MS = 30 * 24 * 3600 * 1000;
export const BATCH_MINUTES_MIN = 60;
export const BATCH_MINUTES_MAX = 1440;

/**
 * A conversation. There is no author column: `route` is the author's Slack id sealed with
 * a key the database does not hold, and it is deleted on close or expiry. `createdDay` is
 * the team's local day, never the time.
 */
export interface FeedbackThread {
  id: string;
  teamId: string;
  category: string;
  /** The author's member id, only when they chose to sign. */
  signedBy: string | null;
  route: string | null;
  routeExpiresAt: Date | null;
  status: string;
  closedAt: Date | null;
  createdDay: LocalDate;
  /** The author was told a leader closed it (sent once, when they had no copy to update). */
  closeNoticeSent: boolean;
}

export interface FeedbackMessage {
  id: string;
  threadId: string;
  direction: string;
  text: string;
  fromLeaderId: string | null;
  /** The end of the batch window it was written in (author's words), or its writing (a leader's). */
  deliverAfter: Date;
  deliveredAt: Date | null;
}

/** A copy of a message in someone's DM: a leader's (leaderId set), or the author's (channel sealed). */
export interface FeedbackDelivery {
  id: string;
  messageId: string;
  leaderId: string | null;
  channelId: string;
  ts: string;
  /** Which close this copy already shows ('leader' | 'author' | 'expired'); null while it shows none. */
  closedAs: string | null;
}

export interface FeedbackStore {
  batchMinutes(teamId: string): Promise<number>;
  setBatchMinutes(teamId: string, minutes: number): Promise<void>;
  /** The thread and its first message, written together. */
  createThread(input: {
    id: string;
    teamId: string;
    category: Category;
    signedBy: string | null;
    route: string;
    routeExpiresAt: Date;
    createdDay: LocalDate;
    text: string;
    deliverAfter: Date;
  }): Promise<{ thread: FeedbackThread; message: FeedbackMessage }>;
  findThread(threadId: string): Promise<FeedbackThread | null>;
  addMessage(input: {
    threadId: string;
    direction: Direction;
    text: string;
    fromLeaderId: string | null;
    deliverAfter: Date;
  }): Promise<FeedbackMessage>;
  findMessage(messageId: string): Promise<FeedbackMessage | null>;
  /** The author's first message (the feedback itself), or the latest one already delivered to the leaders. */
  leaderMessage(threadId: string, which: 'first' | 'last'): Promise<FeedbackMessage | null>;
  /** The latest batch the team still has something waiting for (undelivered words, or a close to announce), or null. */
  pendingUntil(teamId: string): Promise<Date | null>;
  /** Batches whose window has ended with something still to do: words to deliver, or a close to announce. */
  dueBatches(at: Date): Promise<Array<{ teamId: string; window: Date }>>;
  /** One team's batch: its undelivered words for the leaders, and the closes to announce. */
  batch(
    teamId: string,
    window: Date,
  ): Promise<{ messages: Array<{ message: FeedbackMessage; thread: FeedbackThread }>; closing: FeedbackThread[] }>;
  deliveries(messageId: string): Promise<FeedbackDelivery[]>;
  /** Every copy in every DM of a thread, with the message each shows. */
  threadDeliveries(threadId: string): Promise<Array<{ delivery: FeedbackDelivery; message: FeedbackMessage }>>;
  recordDelivery(input: { messageId: string; leaderId: string | null; channelId: string; ts: string }): Promise<void>;
  markDelivered(messageId: string, at: Date): Promise<void>;
  /** The copy now shows this close: a resumed close skips it. */
  markCopyClosed(deliveryId: string, closedAs: ClosedBy['by']): Promise<void>;
  /** The author's notice of a leader's close was sent. */
  markCloseNoticeSent(threadId: string): Promise<void>;
  /** open → closed by a leader; true for the one caller that closed it. */
  closeByLeader(threadId: string, at: Date): Promise<boolean>;
  /** open → closing, the route deleted at once; the leaders hear of it with the batch at `announceAt`. */
  closeByAuthor(threadId: string, announceAt: Date): Promise<boolean>;
  /** Marks a thread closed (from closing, or already closed), deletes its route and the author's copies. */
  finishClose(threadId: string, at: Date): Promise<void>;
  /** Threads whose route has outlived its time (or outlived the conversation). */
  expiredRoutes(at: Date, limit: number): Promise<string[]>;
  /** Deletes an outlived route and closes its thread; true for the one caller that did. */
  expireRoute(threadId: string, at: Date): Promise<boolean>;
}
