import type { Locale } from '../../i18n/index.ts';
import type { Member, Team } from '../teams/model.ts';
import type { LocalDate } from './calendar.ts';
import type { Answer, Blocker, Prompt } from './model.ts';

export interface SlackRef {
  channelId: string;
  ts: string;
}

/** How check-in news reaches people; the Slack implementation lives in src/slack/notifier. */
export interface CheckinNotifier {
  sendPrompt(to: { member: Member; team: Team; locale: Locale }, prompt: Prompt): Promise<SlackRef>;
  updatePrompt(
    prompt: Prompt,
    view: { locale: Locale; team: Team; state: 'answered' | 'skipped' | 'snoozed'; snoozedUntil?: string },
  ): Promise<void>;
  sendReminder(to: { member: Member; team: Team; locale: Locale }, date: LocalDate): Promise<void>;
  postThreadHead(team: Team, date: LocalDate): Promise<SlackRef>;
  postReply(team: Team, threadTs: string, member: Member, answer: Answer): Promise<SlackRef>;
  updateReply(team: Team, replyTs: string, member: Member, answer: Answer): Promise<void>;
  tellLeaderOfBlocker(
    to: { leader: Member; locale: Locale },
    team: Team,
    member: Member,
    blocker: Blocker,
    date: LocalDate,
  ): Promise<SlackRef>;
  markBlockerHelped(
    notice: SlackRef,
    locale: Locale,
    team: Team,
    member: Member,
    blocker: Blocker,
    date: LocalDate,
  ): Promise<void>;
  tellMemberHelpIsComing(to: { member: Member; team: Team; locale: Locale }, helperUserId: string): Promise<void>;
}

export type CheckinJob =
  | { name: 'checkin-prompt'; data: { memberId: string; localDate: LocalDate } }
  | { name: 'checkin-reminder'; data: { memberId: string; localDate: LocalDate } }
  | { name: 'checkin-resend'; data: { promptId: string; snoozedUntil: string }; delayMs: number }
  | { name: 'checkin-publish'; data: { answerId: string; revision: number } }
  | { name: 'blocker-notify'; data: { blockerId: string } }
  | { name: 'blocker-claimed'; data: { blockerId: string } };

/** Enqueues follow-up work with a deterministic id; enqueuing the same id twice is harmless. */
export interface JobQueue {
  enqueue(job: CheckinJob): Promise<void>;
  /** Runs work so that what it saves and what it enqueues commit together, or neither. */
  atomically<T>(work: () => Promise<T>): Promise<T>;
}
