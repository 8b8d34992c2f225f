import type { Locale } from '../../i18n/index.ts';
import type { SlackRef } from '../checkins/ports.ts';
import type { Member } from '../teams/model.ts';
import type { PulseTeam, Round } from './model.ts';
import type { Period } from './schedule.ts';

/** How pulse invitations reach people; the Slack implementation is src/slack/pulse-notifier.ts. */
export interface PulseNotifier {
  sendInvite(to: { member: Member; team: PulseTeam; locale: Locale }, round: Round): Promise<SlackRef>;
  /** The same words for everyone, answered or not: the DM tells nobody who answered. */
  closeInvite(ref: SlackRef, view: { team: PulseTeam; locale: Locale; round: Round }): Promise<void>;
  /** Tells a leader that a round due by the schedule waits for more members. */
  sendHeldNotice(to: { member: Member; team: PulseTeam; locale: Locale }, held: HeldRound): Promise<SlackRef>;
}

/** A round the schedule would open but that waits: when it was due, the next try, and the counts. */
export interface HeldRound {
  due: Date;
  next: Date | null;
  asked: number;
  needed: number;
}

/**
 * Pulse jobs. Only the invitation names a member (to DM them once); nothing that follows an
 * answer carries a member, so no job ties a person to a submission.
 */
export type PulseJob =
  | { name: 'pulse-open'; data: { teamId: string; period: Period } }
  | { name: 'pulse-invite'; data: { roundId: string; hour?: string } }
  | { name: 'pulse-close'; data: { roundId: string } }
  | { name: 'pulse-held'; data: { teamId: string; period: Period } }
  | { name: 'pulse-held-notice'; data: { teamId: string; period: Period; memberId: string } };

export interface PulseQueue {
  enqueue(job: PulseJob): Promise<void>;
  /** Runs work so that what it saves and what it enqueues commit together, or neither. */
  atomically<T>(work: () => Promise<T>): Promise<T>;
}
