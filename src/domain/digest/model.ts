import type { LocalDate } from '../checkins/calendar.ts';
import type { Category } from '../feedback/model.ts';
import type { RoundData } from '../pulse/aggregate.ts';
import type { Period } from '../pulse/schedule.ts';
import type { KudosEdge } from '../recognition/model.ts';

/**
 * The leader's digest reads plain facts of one team and one ISO week (team time), gathered by
 * a store in bounded queries (the week, the four weeks before it, what is still open), and
 * turns them into signals and suggestions by pure functions: the same facts, the same digest.
 */

/** The week a digest speaks of: whole (the weekly digest) or so far (a `/digest` mid-week). */
export interface DigestWindow {
  week: Period;
  /** Monday 00:00, team time. */
  from: Date;
  /** The next Monday 00:00 for a whole week; the moment it was asked for a week so far. */
  to: Date;
  complete: boolean;
  /** The week's local dates up to `to` (team time), Monday first. */
  dates: LocalDate[];
  /** The four whole weeks anonymous feedback is counted over: the same in a mid-week and the weekly digest. */
  feedbackWeeks: { first: Period; last: Period };
}

export interface DigestMember {
  id: string;
  slackUserId: string;
  displayName: string;
  role: 'leader' | 'member';
  joinedAt: Date;
  checkinOptOut: boolean;
  /** Vacation ranges that touch the window. */
  vacations: ReadonlyArray<{ startDate: LocalDate; endDate: LocalDate }>;
  /** The member's latest check-in, goal-thread message, key-result proposal or update, or kudos given, within the lookback. */
  lastVoiceAt: Date | null;
}

export interface DigestKeyResult {
  id: string;
  title: string;
  target: number;
  ownerId: string | null;
  /** Latest first; at most the last two. */
  updates: ReadonlyArray<{ value: number; confidence: number; at: Date }>;
}

export interface DigestGoal {
  id: string;
  title: string;
  startDate: LocalDate;
  endDate: LocalDate;
  channelId: string;
  headTs: string | null;
  createdAt: Date;
  /** The latest update, comment or proposal in its thread. */
  lastActivityAt: Date;
  keyResults: readonly DigestKeyResult[];
}

export interface DigestBlocker {
  id: string;
  memberId: string;
  text: string;
  raisedAt: Date;
  helpedAt: Date | null;
}

export interface DigestFacts {
  team: {
    id: string;
    name: string;
    timeZone: string;
    checkinDays: readonly number[];
    holidays: readonly LocalDate[];
  };
  members: readonly DigestMember[];
  /**
   * The window's member-days a check-in was asked for (a prompt went out or was due), answered
   * (with or without a prompt: `/checkin` any time) or skipped. Vacations, holidays, paused
   * check-ins and days before someone joined have no prompt, so they are not here.
   */
  checkins: ReadonlyArray<{ memberId: string; localDate: LocalDate; status: 'asked' | 'answered' | 'skipped' }>;
  /** Goal-thread voices in the window. */
  voices: ReadonlyArray<{ memberId: string; kind: 'proposal' | 'comment' | 'update' }>;
  /** The four weeks of kudos ending with the window. */
  kudos: readonly KudosEdge[];
  coffee: {
    roundsRun: number;
    groups: number;
    meetingsHeld: number;
    icebreakerReplies: number;
    membersTakingPart: number;
  };
  /** Closed pulse rounds (closed before the window's end), newest first. */
  pulse: readonly RoundData[];
  /**
   * Rounds an earlier digest hid for too few answers: they stay hidden, so lowering the minimum
   * group after the fact never shows what was hidden.
   */
  pulseHiddenBefore: readonly Period[];
  /** Anonymous feedback threads per category over `window.feedbackWeeks`. */
  feedback: Partial<Record<Category, number>>;
  /** Of those, the threads still open whose last word is the author's, and the oldest of them (its Reply button). */
  feedbackWaiting: number;
  oldestWaitingThreadId: string | null;
  /** Blockers raised in the window, and any older still waiting for help. */
  blockers: readonly DigestBlocker[];
  goals: readonly DigestGoal[];
  roleFindings: { overlaps: number; gaps: number; withoutHolder: number };
  /** The team's weighted score mean in the scorecard period and the one before, when scored. */
  scorecard: { period: string; total: number | null; previousPeriod: string; previousTotal: number | null } | null;
}

/** How many people a figure rests on, and the window it covers: what every suggestion cites. */
export interface Evidence {
  signal: string;
  value: number;
  /** A number's kind, for rendering: a share (0–1), a count, days, hours, or a 1–5 score. */
  unit: 'share' | 'count' | 'days' | 'hours' | 'score';
  window: { from: Period; to: Period };
  people: number;
}
