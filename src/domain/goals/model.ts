import type { LocalDate } from '../checkins/calendar.ts';

export type PeriodKind = 'week' | 'month' | 'quarter' | 'custom';
export const PERIOD_KINDS: readonly PeriodKind[] = ['week', 'month', 'quarter', 'custom'];

export type GoalStatus = 'open' | 'closed';
export type KeyResultStatus = 'proposed' | 'changes_requested' | 'accepted' | 'declined';
export type UpdateSource = 'command' | 'button' | 'checkin' | 'home';

export interface Goal {
  id: string;
  teamId: string;
  title: string;
  why: string;
  measure: string;
  periodKind: string;
  startDate: LocalDate;
  endDate: LocalDate;
  createdById: string;
  status: string;
  channelId: string;
  headTs: string | null;
  createdAt: Date;
  closedAt: Date | null;
}

export interface KeyResult {
  id: string;
  goalId: string;
  proposerId: string;
  ownerId: string | null;
  title: string;
  target: number;
  unit: string;
  dueDate: LocalDate | null;
  status: string;
  reviewComment: string | null;
  reviewedById: string | null;
  proposalTs: string | null;
  dutyId: string | null;
  createdAt: Date;
  acceptedAt: Date | null;
}

export interface KeyResultUpdate {
  id: string;
  keyResultId: string;
  memberId: string;
  value: number;
  confidence: number;
  note: string | null;
  source: string;
  createdAt: Date;
}

export interface GoalComment {
  goalId: string;
  slackUserId: string;
  ts: string;
}

/** What a goal's author writes in the "new goal" form, once validated. */
export interface GoalDraft {
  title: string;
  why: string;
  measure: string;
  periodKind: PeriodKind;
  startDate: LocalDate;
  endDate: LocalDate;
}

/** What a member writes when proposing (or revising) a key result, once validated. */
export interface KeyResultDraft {
  title: string;
  target: number;
  unit: string;
  dueDate: LocalDate | null;
  /** The member who will own it once accepted; the proposer when not given. */
  ownerSlackUserId: string | null;
}

export interface ProgressEntry {
  keyResultId: string;
  value: number;
  confidence: number;
  note: string | null;
}

/** A key result with its two latest updates: enough to show the value and its trend. */
export interface KeyResultProgress {
  keyResult: KeyResult;
  latest: KeyResultUpdate | null;
  previous: KeyResultUpdate | null;
}

/** Everything a goal's head message and review are drawn from, read in one go. */
export interface GoalSnapshot {
  goal: Goal;
  /** Accepted key results, oldest first. */
  keyResults: KeyResultProgress[];
  /** Proposals still waiting for a leader's answer (or for their proposer's revision). */
  pending: number;
  /** Members by id, for owners, proposers and updaters. */
  people: Map<string, { slackUserId: string; displayName: string }>;
}

export interface Participation {
  proposers: Array<{ slackUserId: string; displayName: string; count: number }>;
  commenters: Array<{ slackUserId: string; displayName: string; count: number }>;
  updaters: Array<{ slackUserId: string; displayName: string; count: number }>;
}

/** Storage for goals; implemented in src/infra/db/repositories/goals.ts. */
export interface GoalStore {
  createGoal(input: GoalDraft & { teamId: string; createdById: string; channelId: string }): Promise<Goal>;
  findGoal(goalId: string): Promise<Goal | null>;
  findGoalByThread(channelId: string, headTs: string): Promise<Goal | null>;
  /** Sets the head's ts unless one is already set; true for the caller that set it. */
  claimHead(goalId: string, ts: string): Promise<boolean>;
  openGoals(teamId: string): Promise<Goal[]>;
  /** Open goals whose end date is before `beforeDate` (a cheap first cut; zones are the caller's). */
  openGoalsEndingBefore(beforeDate: LocalDate): Promise<Array<{ goal: Goal; timeZone: string }>>;
  /** open → closed once; true for the caller that closed it. */
  closeGoal(goalId: string, at: Date): Promise<boolean>;

  proposeKeyResult(input: {
    goalId: string;
    proposerId: string;
    ownerId: string;
    draft: Omit<KeyResultDraft, 'ownerSlackUserId'>;
  }): Promise<KeyResult>;
  findKeyResult(keyResultId: string): Promise<KeyResult | null>;
  keyResultsOf(goalId: string): Promise<KeyResult[]>;
  /** Compare-and-swap on the status: true when this call moved it from `from`. */
  reviewKeyResult(
    keyResultId: string,
    from: KeyResultStatus,
    change: { status: KeyResultStatus; reviewedById: string; reviewComment: string | null; at: Date },
  ): Promise<boolean>;
  /** A sent-back proposal rewritten by its proposer: proposed again, with a new thread message to come. */
  reviseKeyResult(
    keyResultId: string,
    change: { ownerId: string; draft: Omit<KeyResultDraft, 'ownerSlackUserId'> },
  ): Promise<boolean>;
  /** Records where the proposal was posted, unless it already was; true for the caller that set it. */
  claimProposalTs(keyResultId: string, ts: string): Promise<boolean>;

  /** Accepted key results owned by this member, in goals still open. */
  ownedOpenKeyResults(
    memberId: string,
  ): Promise<Array<{ keyResult: KeyResult; goal: Goal; latest: KeyResultUpdate | null }>>;
  addUpdate(input: {
    keyResultId: string;
    memberId: string;
    value: number;
    confidence: number;
    note: string | null;
    source: UpdateSource;
    at: Date;
  }): Promise<KeyResultUpdate>;
  latestProgress(keyResultId: string): Promise<KeyResultUpdate | null>;
  history(keyResultId: string): Promise<KeyResultUpdate[]>;
  snapshot(goalId: string): Promise<GoalSnapshot | null>;

  /** Records a message in a goal's thread once (by its ts). */
  addComment(comment: GoalComment): Promise<boolean>;
  /** The message no longer counts, even if its own event is still on its way (a tombstone by ts). */
  removeComment(goalId: string, ts: string, slackUserId: string): Promise<void>;
  participation(goalId: string): Promise<Participation>;
}
