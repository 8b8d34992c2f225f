import type { SlackRef } from '../checkins/ports.ts';
import type { Locale } from '../../i18n/index.ts';
import type { Member, Team } from '../teams/model.ts';
import type { FeedbackMessage, FeedbackThread } from './model.ts';

/** Seals a value to a context (AES-256-GCM under a key the database does not hold). */
export interface Sealer {
  seal(plaintext: string, context: string): string;
  /** Throws when the value does not open under this key and context. */
  open(sealed: string, context: string): string;
}

/** Counts per person per UTC day under a keyed hash that rotates daily; never stores who. */
export interface RateCounter {
  take(
    what: string,
    workspaceId: string,
    userId: string,
    limit: number,
    now: Date,
  ): Promise<{ allowed: boolean; count: number }>;
}

/** One message as a leader sees it: the team, the thread, the words, and the signer if signed. */
export interface LeaderCopy {
  team: Team;
  thread: FeedbackThread;
  message: FeedbackMessage;
  /** True for the message that opened the conversation; false for an author's later answer. */
  first: boolean;
  signer: Member | null;
}

/** A leader's reply as the author sees it. */
export interface AuthorCopy {
  team: Team;
  thread: FeedbackThread;
  message: FeedbackMessage;
  leader: Member | null;
}

/** How a closed conversation is described on its messages. */
export type ClosedNote = { by: 'leader'; leader: Member | null } | { by: 'author' } | { by: 'expired' };

/** How feedback reaches people; the Slack implementation is src/slack/feedback-notifier.ts. */
export interface FeedbackNotifier {
  /** Null when Slack refused for good (the leader cannot be reached): the others still get it. */
  sendToLeader(leader: Member, locale: Locale, copy: LeaderCopy): Promise<SlackRef | null>;
  sendToAuthor(authorSlackId: string, locale: Locale, copy: AuthorCopy): Promise<SlackRef>;
  markLeaderCopyClosed(ref: SlackRef, locale: Locale, copy: LeaderCopy, closed: ClosedNote): Promise<void>;
  markAuthorCopyClosed(ref: SlackRef, locale: Locale, copy: AuthorCopy, closed: ClosedNote): Promise<void>;
  tellAuthorClosed(
    authorSlackId: string,
    locale: Locale,
    team: Team,
    thread: FeedbackThread,
    closed: ClosedNote,
  ): Promise<void>;
}

/** Feedback's jobs: ids in payloads only, never an author and never words. */
export type FeedbackJob =
  | { name: 'feedback-deliver'; data: { teamId: string; window: string; day: string } }
  | { name: 'feedback-relay'; data: { messageId: string } }
  | { name: 'feedback-closed'; data: { threadId: string; leaderId: string } }
  | { name: 'feedback-expire'; data: { threadId: string } };

export interface FeedbackQueue {
  enqueue(job: FeedbackJob): Promise<void>;
  /** Runs work so that what it saves and what it enqueues commit together, or neither. */
  atomically<T>(work: () => Promise<T>): Promise<T>;
}
