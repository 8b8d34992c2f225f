import type { GroupRelaxed } from './matching.ts';
import type { DateRange } from '../checkins/calendar.ts';
import type { Period } from '../pulse/schedule.ts';

/** A team as coffee pairing and icebreakers read it. */
export interface InformalTeam {
  id: string;
  workspaceId: string;
  name: string;
  defaultLocale: string;
  timeZone: string;
  informalChannelId: string | null;
  createdAt: Date;
  coffeeEnabled: boolean;
  /** 1, 2 or 4. */
  coffeeEveryWeeks: number;
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  coffeeWeekday: number;
  /** Minutes after midnight, team time. */
  coffeeMinute: number;
  /** 2 (pairs, a trio for an odd count) or 3. */
  coffeeGroupSize: number;
  coffeeRepeatWeeks: number;
  icebreakerEnabled: boolean;
  icebreakerWeekday: number;
  icebreakerMinute: number;
}

export type CoffeeSettings = Partial<
  Pick<
    InformalTeam,
    | 'coffeeEnabled'
    | 'coffeeEveryWeeks'
    | 'coffeeWeekday'
    | 'coffeeMinute'
    | 'coffeeGroupSize'
    | 'coffeeRepeatWeeks'
    | 'icebreakerEnabled'
    | 'icebreakerWeekday'
    | 'icebreakerMinute'
    | 'informalChannelId'
  >
>;

export interface CoffeeRound {
  id: string;
  teamId: string;
  period: Period;
  channelId: string;
  startsAt: Date;
  midAt: Date;
  lastAt: Date;
  endsAt: Date;
  pairedAt: Date | null;
  midQueuedAt: Date | null;
  lastQueuedAt: Date | null;
  closedAt: Date | null;
  included: number;
  /** Why the round could not read its channel; cleared when a leader retries it. */
  problem: ChannelProblem | null;
  /** How many times a leader asked again for this round after it could not pair. */
  retries: number;
}

/**
 * What keeps Hexin from an informal channel: not a member of it, cannot see it (private, or
 * deleted), or it is archived. Checked at `/coffee channel` and by each round.
 */
export const CHANNEL_PROBLEMS = ['not_in_channel', 'channel_not_found', 'is_archived'] as const;
export type ChannelProblem = (typeof CHANNEL_PROBLEMS)[number];

export const OUTCOMES = ['met', 'not_yet', 'cant'] as const;
export type Outcome = (typeof OUTCOMES)[number];
/** A preference the matching gave up for a group (see matching.ts). */
export type Relaxed = GroupRelaxed;

export interface CoffeeGroup {
  id: string;
  roundId: string;
  teamId: string;
  memberIds: string[];
  relaxed: Relaxed[];
  channelId: string | null;
  introTs: string | null;
  midTs: string | null;
  lastTs: string | null;
  outcome: Outcome | null;
  answeredAt: Date | null;
}

export interface CoffeeChoice {
  optedOut: boolean;
  pausedUntil: Date | null;
  silentRounds: number;
}

export const NO_CHOICE: CoffeeChoice = { optedOut: false, pausedUntil: null, silentRounds: 0 };

/** What the matching needs of a member besides who they are. */
export interface PairingFacts {
  choices: Map<string, CoffeeChoice>;
  /** (who, whom) by Member id. */
  avoid: Array<[string, string]>;
  /** Member id → position id (the first of their role cards). */
  positions: Map<string, string>;
  vacations: Map<string, DateRange[]>;
}

export interface IcebreakerPost {
  id: string;
  teamId: string;
  period: Period;
  questionKey: string;
  channelId: string;
  ts: string | null;
}

export interface CustomQuestion {
  id: string;
  text: string;
}

/** The informal channel's figures of one team and ISO week, kept as they happen. */
export interface InformalWeek {
  week: Period;
  roundsRun: number;
  groups: number;
  meetingsHeld: number;
  icebreakerReplies: number;
  membersTakingPart: number;
}

export type WeekCount = 'roundsRun' | 'groups' | 'meetingsHeld' | 'icebreakerReplies';

export interface InformalStore {
  findTeam(teamId: string): Promise<InformalTeam | null>;
  updateSettings(teamId: string, changes: CoffeeSettings): Promise<InformalTeam>;
  /** Teams with an informal channel, with their last round's week and last icebreaker's week. */
  scheduledTeams(): Promise<Array<{ team: InformalTeam; lastRound: Period | null; lastIcebreaker: Period | null }>>;

  /** The week of the team's last round. */
  lastRoundOf(teamId: string): Promise<Period | null>;
  /** Position id → title, the team's role cards. */
  positionTitles(teamId: string): Promise<Map<string, string>>;
  findRound(roundId: string): Promise<CoffeeRound | null>;
  findRoundOfWeek(teamId: string, period: Period): Promise<CoffeeRound | null>;
  /** The round of that week, created if there is none: the unique week is the claim. */
  claimRound(
    input: Omit<
      CoffeeRound,
      'id' | 'pairedAt' | 'midQueuedAt' | 'lastQueuedAt' | 'closedAt' | 'included' | 'problem' | 'retries'
    >,
  ): Promise<CoffeeRound>;
  /** The team's round under way at `at` (started, not closed), if any. */
  currentRound(teamId: string, at: Date): Promise<CoffeeRound | null>;
  /** Rounds whose follow-up pass or end is due. */
  roundsDue(at: Date): Promise<{ mid: CoffeeRound[]; last: CoffeeRound[]; close: CoffeeRound[] }>;
  /** Saves a round's groups and marks it paired, once: null when it was paired already. */
  saveGroups(
    roundId: string,
    included: number,
    groups: Array<{ memberIds: string[]; relaxed: Relaxed[] }>,
    at: Date,
  ): Promise<CoffeeGroup[] | null>;
  markRound(roundId: string, field: 'midQueuedAt' | 'lastQueuedAt' | 'closedAt', at: Date): Promise<boolean>;
  /** Notes why an unpaired round could not read its channel, once: false when it was noted already. */
  setRoundProblem(roundId: string, problem: ChannelProblem): Promise<boolean>;
  /** A leader's retry of an unpaired round, in the team's informal channel now: the new retry count. */
  retryRound(roundId: string, channelId: string): Promise<number>;
  /** Members no group could take in a round, kept once each. */
  recordLeftOut(roundId: string, teamId: string, memberIds: string[]): Promise<void>;
  /** Who was left out of the team's last paired round before `before`: they choose first. */
  leftOutOfLastRound(teamId: string, before: Date): Promise<string[]>;

  groups(roundId: string): Promise<CoffeeGroup[]>;
  findGroup(groupId: string): Promise<CoffeeGroup | null>;
  groupOf(roundId: string, memberId: string): Promise<CoffeeGroup | null>;
  setGroupRef(groupId: string, field: 'channelId' | 'introTs' | 'midTs' | 'lastTs', value: string): Promise<void>;
  /** Records the group's answer, unless it already said it met; returns the previous one. */
  answerGroup(groupId: string, outcome: Outcome, at: Date): Promise<Outcome | null>;
  /** Past groups of the team that started on or after `since`, with when. */
  pastGroups(teamId: string, since: Date): Promise<Array<{ at: Date; members: string[] }>>;

  pairingFacts(teamId: string, memberIds: string[]): Promise<PairingFacts>;
  choiceOf(memberId: string): Promise<CoffeeChoice>;
  setChoice(memberId: string, changes: Partial<CoffeeChoice>): Promise<CoffeeChoice>;
  /** Adds one silent round to each of `silent` and clears the count of `answered`; returns the silent members' new counts. */
  countSilence(silent: string[], answered: string[]): Promise<Map<string, number>>;
  avoids(memberId: string): Promise<string[]>;
  setAvoid(memberId: string, avoidMemberId: string, avoid: boolean): Promise<boolean>;

  customQuestions(teamId: string): Promise<CustomQuestion[]>;
  addQuestion(teamId: string, text: string, addedById: string): Promise<CustomQuestion>;
  askedIcebreakers(teamId: string): Promise<string[]>;
  claimIcebreaker(input: Omit<IcebreakerPost, 'id' | 'ts'>): Promise<IcebreakerPost>;
  findIcebreaker(teamId: string, period: Period): Promise<IcebreakerPost | null>;
  icebreakerByMessage(channelId: string, ts: string): Promise<IcebreakerPost | null>;
  setIcebreakerTs(postId: string, ts: string): Promise<void>;
  /** One reply counted once (by its ts); false when it was counted already. */
  countReply(postId: string, ts: string, memberId: string): Promise<boolean>;

  /** Adds to a week's figures (the row is made when missing). */
  addToWeek(teamId: string, week: Period, counts: Partial<Record<WeekCount, number>>): Promise<void>;
  /** Counts the member as taking part that week, once. */
  tookPart(teamId: string, week: Period, memberId: string): Promise<void>;
  weeks(teamId: string, from: Period, to: Period): Promise<InformalWeek[]>;
}
