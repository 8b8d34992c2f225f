import type { PulseQuestionId } from './bank.ts';
import type { ScoredAnswer } from './answers.ts';
import type { RoundData } from './aggregate.ts';
import type { Period, PulseSchedule } from './schedule.ts';

/** A team's pulse settings, read with what the schedule needs. */
export interface PulseTeam {
  id: string;
  workspaceId: string;
  name: string;
  defaultLocale: string;
  timeZone: string;
  checkinMinute: number;
  pulseEnabled: boolean;
  pulseEveryWeeks: number;
  pulseWeekday: number;
  /** When the team was set up (no round opens by itself that day). */
  createdAt: Date;
}

export interface Round {
  id: string;
  teamId: string;
  period: Period;
  questionIds: string[];
  openedAt: Date;
  closesAt: Date;
  closedAt: Date | null;
  respondents: number;
  invited: number;
}

/**
 * Who was asked in an open round and where their invitation DM is, kept only to avoid asking
 * twice and to close the DM; deleted at close. Never written on the answer path: whether a
 * member answered is not in the database at all (see PulseBallotBox).
 */
export interface Invite {
  roundId: string;
  memberId: string;
  channelId: string | null;
  ts: string | null;
}

/** One person's answers, with nothing about the person: what the round keeps until it closes. */
export interface Submission {
  answers: ScoredAnswer[];
  comment: string | null;
}

export type CastOutcome = 'saved' | 'already_answered' | 'closed';

/**
 * Where an open round's answers wait until it closes, outside the database (Redis): a keyed
 * hash per member that answered (to refuse a second answer), and the submissions themselves,
 * in random order and with no person. A database row written on answer would share its
 * transaction id, time and position with whatever named the member; this keeps the two apart.
 */
export interface PulseBallotBox {
  /** Has this member already answered this round? */
  hasAnswered(round: Round, memberId: string): Promise<boolean>;
  /** Records the answer once per member; refused once the round's answers were collected. */
  cast(round: Round, memberId: string, submission: Submission, now: Date): Promise<CastOutcome>;
  /** Stops further answers and returns every submission held for the round (again on a retry). */
  collect(round: Round, now: Date): Promise<Submission[]>;
  /** Forgets who answered and the held submissions, once they are stored. */
  discard(round: Round): Promise<void>;
}

export const scheduleOf = (team: PulseTeam): PulseSchedule => ({
  enabled: team.pulseEnabled,
  everyWeeks: team.pulseEveryWeeks,
  weekday: team.pulseWeekday,
  minute: team.checkinMinute,
  timeZone: team.timeZone,
  setUpAt: team.createdAt,
});

export interface PulseStore {
  findTeam(teamId: string): Promise<PulseTeam | null>;
  updateSettings(
    teamId: string,
    changes: Partial<Pick<PulseTeam, 'pulseEnabled' | 'pulseEveryWeeks' | 'pulseWeekday'>>,
  ): Promise<PulseTeam>;
  /** Teams with the pulse on, each with the week of its latest round and how many active members (not leaders) it would ask. */
  scheduledTeams(): Promise<Array<{ team: PulseTeam; lastPeriod: Period | null; askable: number }>>;
  /** The week of the team's latest round. */
  lastPeriod(teamId: string): Promise<Period | null>;
  /** Open rounds whose closing time has come. */
  roundsDueToClose(at: Date): Promise<Round[]>;
  /** Rounds still open at this time (of one team, if given). */
  openRounds(at: Date, teamId?: string): Promise<Round[]>;
  /** How many rounds the team had before this week: the round number for the rotation. */
  countRoundsBefore(teamId: string, period: Period): Promise<number>;
  /** Creates the week's round unless it exists; `created` tells whether this call made it. */
  claimRound(input: {
    teamId: string;
    period: Period;
    questionIds: PulseQuestionId[];
    openedAt: Date;
    closesAt: Date;
  }): Promise<{ round: Round; created: boolean }>;
  findRound(roundId: string): Promise<Round | null>;
  findRoundOfWeek(teamId: string, period: Period): Promise<Round | null>;
  /** Adds invites for these members (existing ones are kept) and records how many were invited. */
  invite(roundId: string, memberIds: string[]): Promise<Invite[]>;
  findInvite(roundId: string, memberId: string): Promise<Invite | null>;
  markInviteSent(roundId: string, memberId: string, where: { channelId: string; ts: string }): Promise<void>;
  /**
   * At close, in one transaction: the round's submissions as answer rows in random order, with
   * random ids and no time or member, and `respondents` set to their number. Only once: false
   * when the round already has its respondents (a retried close).
   */
  storeAnswers(roundId: string, submissions: Submission[]): Promise<boolean>;
  /** True for the one caller that closes the round. */
  closeRound(roundId: string, at: Date): Promise<boolean>;
  invites(roundId: string): Promise<Invite[]>;
  deleteInvite(roundId: string, memberId: string): Promise<void>;
  deleteInvites(roundId: string): Promise<number>;
  /** The team's latest rounds, newest first, with their anonymous answers. */
  recentRounds(teamId: string, limit: number): Promise<RoundData[]>;
}
