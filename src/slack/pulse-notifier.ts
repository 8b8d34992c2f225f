import { ErrorCode, type WebClient } from '@slack/web-api';
import type { SlackRef } from '../domain/checkins/ports.ts';
import type { PulseTeam, Round } from '../domain/pulse/model.ts';
import type { PulseNotifier } from '../domain/pulse/ports.ts';
import type { Member } from '../domain/teams/model.ts';
import type { Locale } from '../i18n/index.ts';
import type { SlackGate } from '../infra/queue/slack-gate.ts';
import { closedInviteMessage, inviteMessage } from './blocks/pulse.ts';

/**
 * Pulse invitations sent from jobs, through the workspace's gate; DMs are posted to the
 * user id. Nothing is sent about an answer: Slack never hears who answered.
 */
export class SlackPulseNotifier implements PulseNotifier {
  constructor(
    private readonly client: WebClient,
    private readonly gate: SlackGate,
  ) {}

  sendInvite(to: { member: Member; team: PulseTeam; locale: Locale }, round: Round): Promise<SlackRef> {
    const message = inviteMessage(to.locale, to.team, round);
    return this.gate.call(to.team.workspaceId, async () => {
      const result = await this.client.chat.postMessage({ channel: to.member.slackUserId, text: message.text, blocks: message.blocks, unfurl_links: false, unfurl_media: false });
      if (!result.channel || !result.ts) throw new Error('Slack answered a post without channel or ts');
      return { channelId: result.channel, ts: result.ts };
    });
  }

  async closeInvite(ref: SlackRef, view: { team: PulseTeam; locale: Locale; round: Round }): Promise<void> {
    const message = closedInviteMessage(view.locale, view.team);
    try {
      await this.gate.call(view.team.workspaceId, () => this.client.chat.update({ channel: ref.channelId, ts: ref.ts, text: message.text, blocks: message.blocks }));
    } catch (error) {
      // A DM Slack no longer has (deleted, or the member left) must not keep the round from closing.
      if ((error as { code?: string }).code !== ErrorCode.PlatformError) throw error;
    }
  }
}
