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

/** Who was asked in an open round, kept only to avoid asking twice; deleted at close. */
export interface Invite {
  roundId: string;
  memberId: string;
  answered: boolean;
  channelId: string | null;
  ts: string | null;
}

export type SubmitOutcome = 'saved' | 'already_answered' | 'not_invited';

export const scheduleOf = (team: PulseTeam): PulseSchedule => ({
  enabled: team.pulseEnabled,
  everyWeeks: team.pulseEveryWeeks,
  weekday: team.pulseWeekday,
  minute: team.checkinMinute,
  timeZone: team.timeZone,
});

export interface PulseStore {
  findTeam(teamId: string): Promise<PulseTeam | null>;
  updateSettings(teamId: string, changes: Partial<Pick<PulseTeam, 'pulseEnabled' | 'pulseEveryWeeks' | 'pulseWeekday'>>): Promise<PulseTeam>;
  /** Teams with the pulse on, each with the week of its latest round. */
  scheduledTeams(): Promise<Array<{ team: PulseTeam; lastPeriod: Period | null }>>;
  /** Open rounds whose closing time has come. */
  roundsDueToClose(at: Date): Promise<Round[]>;
  /** How many rounds the team had before this week: the round number for the rotation. */
  countRoundsBefore(teamId: string, period: Period): Promise<number>;
  /** Creates the week's round unless it exists; `created` tells whether this call made it. */
  claimRound(input: { teamId: string; period: Period; questionIds: PulseQuestionId[]; openedAt: Date; closesAt: Date }): Promise<{ round: Round; created: boolean }>;
  findRound(roundId: string): Promise<Round | null>;
  findRoundOfWeek(teamId: string, period: Period): Promise<Round | null>;
  /** Adds invites for these members (existing ones are kept) and records how many were invited. */
  invite(roundId: string, memberIds: string[]): Promise<Invite[]>;
  findInvite(roundId: string, memberId: string): Promise<Invite | null>;
  markInviteSent(roundId: string, memberId: string, where: { channelId: string; ts: string }): Promise<void>;
  /**
   * In one transaction: marks the invite answered (only if it was not, and the round is still
   * open), stores the answers with random ids and no time or member, and counts the respondent.
   */
  submit(input: { roundId: string; memberId: string; answers: ScoredAnswer[]; comment: string | null }): Promise<SubmitOutcome>;
  /** True for the one caller that closes the round. */
  closeRound(roundId: string, at: Date): Promise<boolean>;
  invites(roundId: string): Promise<Invite[]>;
  deleteInvite(roundId: string, memberId: string): Promise<void>;
  deleteInvites(roundId: string): Promise<number>;
  /** The team's latest rounds, newest first, with their anonymous answers. */
  recentRounds(teamId: string, limit: number): Promise<RoundData[]>;
}
