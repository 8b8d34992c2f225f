import type { Locale } from '../../i18n/index.ts';
import type { SlackRef } from '../checkins/ports.ts';
import type { Period } from '../pulse/schedule.ts';
import type { Member } from '../teams/model.ts';
import type { IcebreakerChoice } from './icebreakers.ts';
import type { ChannelProblem, CoffeeGroup, InformalTeam } from './model.ts';

/** Stage of a round's "did you meet?": halfway, and once more near its end for a "not yet". */
export type FollowupStage = 'mid' | 'last';

/**
 * Informal-channel jobs name a team, a round, a group or (for the private pause question and
 * the word to whom no group could take) one member; never whom someone avoids, never why
 * someone was left out, and nothing about a member's own choices.
 */
export type InformalJob =
  | { name: 'coffee-round'; data: { teamId: string; period: Period; retry?: number } }
  | { name: 'coffee-intro'; data: { groupId: string } }
  | { name: 'coffee-followups'; data: { roundId: string; stage: FollowupStage } }
  | { name: 'coffee-followup'; data: { groupId: string; stage: FollowupStage } }
  | { name: 'coffee-close'; data: { roundId: string } }
  | { name: 'coffee-pause-ask'; data: { roundId: string; memberId: string } }
  | { name: 'coffee-left-out'; data: { roundId: string; memberId: string } }
  | { name: 'coffee-channel-problem'; data: { roundId: string; retry: number } }
  | { name: 'icebreaker-post'; data: { teamId: string; period: Period } };

export interface InformalQueue {
  enqueue(job: InformalJob): Promise<void>;
  /** A fan-out: every job checked before any is written. */
  enqueueMany(jobs: InformalJob[]): Promise<void>;
  /** Runs work so that what it saves and what it enqueues commit together, or neither. */
  atomically<T>(work: () => Promise<T>): Promise<T>;
}

/** A person as an intro introduces them. */
export interface IntroPerson {
  member: Member;
  position: string | null;
  timeZone: string;
  locale: Locale;
}

export interface IntroView {
  team: InformalTeam;
  group: CoffeeGroup;
  people: IntroPerson[];
  /** Every language the group speaks, the team's first. */
  locales: Locale[];
  /** Always one of the bank's: an intro never carries a team's own question. */
  question: Extract<IcebreakerChoice, { kind: 'bank' }>;
  /** When the group is asked whether it met. */
  askAt: Date;
  now: Date;
}

/** How informal-channel work reaches Slack; the implementation is src/slack/informal-notifier.ts. */
export interface InformalNotifier {
  /**
   * The informal channel's members (Slack user ids), or what keeps Hexin from it; `readKey`
   * names the read, so a retry goes on from the pages it has.
   */
  channelMembers(
    workspaceId: string,
    channelId: string,
    readKey: string,
  ): Promise<{ members: string[] } | { problem: ChannelProblem }>;
  /** The group's DM with all of its members: the same conversation for the same people. */
  openGroup(workspaceId: string, slackUserIds: string[]): Promise<string>;
  sendIntro(channelId: string, view: IntroView): Promise<SlackRef>;
  sendFollowup(
    channelId: string,
    view: { team: InformalTeam; group: CoffeeGroup; locales: Locale[]; stage: FollowupStage },
  ): Promise<SlackRef>;
  sendPauseAsk(to: { member: Member; team: InformalTeam; locale: Locale }, roundId: string): Promise<SlackRef>;
  /** The private word to a member no group could take: no reason, and when the next round is. */
  sendLeftOut(
    to: { member: Member; team: InformalTeam; locale: Locale },
    roundId: string,
    next: Date | null,
  ): Promise<SlackRef>;
  /** A leader is told a round could not read its channel, and how to mend it. */
  sendChannelProblem(
    to: { member: Member; team: InformalTeam; locale: Locale },
    view: { roundId: string; retry: number; channelId: string; problem: ChannelProblem },
  ): Promise<SlackRef>;
  postIcebreaker(
    channelId: string,
    view: { team: InformalTeam; postId: string; locales: Locale[]; question: IcebreakerChoice; custom: string | null },
  ): Promise<SlackRef>;
}
