import type { WebClient } from '@slack/web-api';
import type { SlackRef } from '../domain/checkins/ports.ts';
import type { CapStatus } from '../domain/recognition/cap.ts';
import type { KudosView, RecognitionNotifier } from '../domain/recognition/ports.ts';
import type { Member, Team } from '../domain/teams/model.ts';
import type { Locale } from '../i18n/index.ts';
import type { SlackGate } from '../infra/queue/slack-gate.ts';
import { GatedPoster } from './gated-poster.ts';
import type { Logger } from '../shared/logger.ts';
import { capNotice, kudosDm, kudosPost } from './blocks/recognition.ts';
import type { SlackMessage } from './blocks/checkin.ts';

/** A permalink we put inside <…|…>: https, and nothing that could close or split the link. */
const SAFE_LINK = /^https:\/\/[^\s<>|]+$/;

/** Recognition sent to Slack from jobs, each call through the workspace's gate; DMs go to the user id. */
export class SlackRecognitionNotifier implements RecognitionNotifier {
  private readonly poster: GatedPoster;

  constructor(
    client: WebClient,
    gate: SlackGate,
    private readonly log: Logger,
  ) {
    this.poster = new GatedPoster(client, gate);
  }

  private post(team: Team, channel: string, message: SlackMessage, key: string): Promise<SlackRef> {
    return this.poster.post(team.workspaceId, channel, message, { key });
  }

  postKudos(team: Team, channelId: string, locale: Locale, view: KudosView): Promise<SlackRef> {
    return this.post(team, channelId, kudosPost(locale, view), `kudos-post:${channelId}`);
  }

  async isPublicChannel(team: Team, channelId: string): Promise<boolean> {
    // DMs (D…) and legacy private channels (G…) never are; a C… channel may be private too.
    if (!channelId.startsWith('C')) return false;
    const result = await this.poster.call(team.workspaceId, 'conversations.info', (client) =>
      client.conversations.info({ channel: channelId }),
    );
    const channel = result.channel as { is_private?: boolean; is_im?: boolean; is_mpim?: boolean } | undefined;
    return Boolean(channel) && !channel!.is_private && !channel!.is_im && !channel!.is_mpim;
  }

  async permalink(team: Team, channelId: string, ts: string): Promise<string | null> {
    try {
      const result = await this.poster.call(team.workspaceId, 'chat.getPermalink', (client) =>
        client.chat.getPermalink({ channel: channelId, message_ts: ts }),
      );
      return typeof result.permalink === 'string' && SAFE_LINK.test(result.permalink) ? result.permalink : null;
    } catch (error) {
      // The gate's "busy" must still delay the job; any other refusal falls back to an archive link.
      if ((error as { code?: string }).code === 'SLACK_BUSY') throw error;
      this.log.warn({ channelId, err: (error as Error).message }, 'chat.getPermalink failed; using an archive link');
      return null;
    }
  }

  async dmRecipient(
    to: { member: Member; team: Team; locale: Locale },
    view: KudosView,
    posted: SlackRef | null,
  ): Promise<void> {
    await this.post(
      to.team,
      to.member.slackUserId,
      kudosDm(to.locale, to.team, view, to.member.slackUserId, posted?.channelId ?? null),
      `kudos-dm:${to.member.id}`,
    );
  }

  async tellCapReached(
    to: { member: Member; team: Team; locale: Locale },
    status: CapStatus,
    emoji: string,
  ): Promise<void> {
    await this.post(to.team, to.member.slackUserId, capNotice(to.locale, status, emoji), `kudos-cap:${to.member.id}`);
  }
}
