import type { Locale } from '../../i18n/index.ts';
import type { SlackRef } from '../checkins/ports.ts';
import type { Member, Team } from '../teams/model.ts';
import type { CapStatus } from './cap.ts';
import type { TeamValue } from './model.ts';

/** What a posted kudos shows: ids of people (never their typed names), the value, the typed message. */
export interface KudosView {
  giverSlackId: string;
  recipientSlackIds: string[];
  value: Pick<TeamValue, 'key' | 'labelEn' | 'labelZh'>;
  /** What the giver typed (untrusted); empty for a reaction. */
  message: string;
  source: 'command' | 'reaction';
  emoji: string;
  /** For a reaction: the recognised message. */
  link: string | null;
}

/** How recognition reaches people; the Slack implementation is src/slack/recognition-notifier.ts. */
export interface RecognitionNotifier {
  postKudos(team: Team, channelId: string, locale: Locale, view: KudosView): Promise<SlackRef>;
  /** Slack's permalink of a message; null when Slack would not give one. */
  permalink(team: Team, channelId: string, ts: string): Promise<string | null>;
  /** Whether everyone in the workspace may read this channel (a public channel, not a DM or private one). */
  isPublicChannel(team: Team, channelId: string): Promise<boolean>;
  dmRecipient(
    to: { member: Member; team: Team; locale: Locale },
    view: KudosView,
    posted: SlackRef | null,
  ): Promise<void>;
  tellCapReached(to: { member: Member; team: Team; locale: Locale }, status: CapStatus, emoji: string): Promise<void>;
}

export type RecognitionJob =
  | { name: 'kudos-post'; data: { groupId: string } }
  | { name: 'kudos-dm'; data: { kudosId: string } }
  | { name: 'kudos-cap-notice'; data: { memberId: string; localDate: string } };

export interface RecognitionQueue {
  enqueue(job: RecognitionJob): Promise<void>;
  /** Runs work so that what it saves and what it enqueues commit together, or neither. */
  atomically<T>(work: () => Promise<T>): Promise<T>;
}

/** Who a Slack user is, as far as recognition cares. */
export interface People {
  isBot(slackUserId: string): Promise<boolean>;
}
