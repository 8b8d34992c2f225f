import type { Locale } from '../../i18n/index.ts';
import type { SlackRef } from '../checkins/ports.ts';
import type { Member, Team } from '../teams/model.ts';
import type { Goal, GoalSnapshot, KeyResult, Participation } from './model.ts';

export type { SlackRef };

/** How a key result proposal looks in the thread after its latest turn. */
export type ProposalState =
  | { kind: 'open' }
  | { kind: 'accepted'; by: Member; owner: Member }
  | { kind: 'changes_requested'; by: Member; comment: string }
  | { kind: 'declined'; by: Member }
  | { kind: 'superseded' }
  /** The goal's period ended while the proposal still waited: shown without buttons. */
  | { kind: 'goal_closed' };

export interface GoalReview {
  snapshot: GoalSnapshot;
  participation: Participation;
}

/** How goal news reaches Slack; the implementation is src/slack/goals-notifier.ts. */
export interface GoalNotifier {
  postHead(team: Team, snapshot: GoalSnapshot): Promise<SlackRef>;
  updateHead(team: Team, snapshot: GoalSnapshot): Promise<void>;
  /** Removes a head posted twice by a retry that lost the race to record its ts. */
  deleteMessage(team: Team, ref: SlackRef): Promise<void>;
  postProposal(team: Team, goal: Goal, keyResult: KeyResult, proposer: Member, owner: Member | null): Promise<SlackRef>;
  updateProposal(
    team: Team,
    goal: Goal,
    keyResult: KeyResult,
    proposer: Member,
    owner: Member | null,
    proposalTs: string,
    state: ProposalState,
  ): Promise<void>;
  tellProposer(
    to: { member: Member; team: Team; locale: Locale },
    goal: Goal,
    keyResult: KeyResult,
    outcome:
      | { kind: 'changes_requested'; by: Member; comment: string }
      | { kind: 'declined'; by: Member }
      | { kind: 'accepted'; by: Member },
  ): Promise<void>;
  postReview(team: Team, review: GoalReview): Promise<SlackRef>;
}

export type GoalJob =
  | { name: 'goal-post'; data: { goalId: string } }
  | { name: 'goal-head-refresh'; data: { goalId: string; cause: string } }
  | { name: 'goal-kr-post'; data: { keyResultId: string; supersedes: string | null } }
  | {
      name: 'goal-kr-reviewed';
      data: { keyResultId: string; proposalTs: string; decision: 'accepted' | 'changes_requested' | 'declined' };
    }
  | { name: 'goal-close'; data: { goalId: string } }
  | { name: 'goal-review-post'; data: { goalId: string } };

/** Enqueues follow-up work with a deterministic id; enqueuing the same id twice is harmless. */
export interface GoalQueue {
  enqueue(job: GoalJob): Promise<void>;
  /** Runs work so that what it saves and what it enqueues commit together, or neither. */
  atomically<T>(work: () => Promise<T>): Promise<T>;
}
