import type { WebClient } from '@slack/web-api';
import type { SlackRef } from '../domain/checkins/ports.ts';
import type { PulseTeam, Round } from '../domain/pulse/model.ts';
import type { HeldRound, PulseNotifier } from '../domain/pulse/ports.ts';
import type { Member } from '../domain/teams/model.ts';
import type { Locale } from '../i18n/index.ts';
import type { SlackGate } from '../infra/queue/slack-gate.ts';
import { GatedPoster } from './gated-poster.ts';
import { slackPlatformError } from './platform-error.ts';
import { closedInviteMessage, heldNoticeMessage, inviteMessage } from './blocks/pulse.ts';

/**
 * Pulse invitations sent from jobs, through the workspace's gate; DMs are posted to the
 * user id. Nothing is sent about an answer: Slack never hears who answered.
 */
export class SlackPulseNotifier implements PulseNotifier {
  private readonly poster: GatedPoster;

  constructor(client: WebClient, gate: SlackGate) {
    this.poster = new GatedPoster(client, gate);
  }

  sendInvite(to: { member: Member; team: PulseTeam; locale: Locale }, round: Round): Promise<SlackRef> {
    return this.poster.post(to.team.workspaceId, to.member.slackUserId, inviteMessage(to.locale, to.team, round), {
      key: `pulse-invite:${round.id}:${to.member.id}`,
    });
  }

  sendHeldNotice(to: { member: Member; team: PulseTeam; locale: Locale }, held: HeldRound): Promise<SlackRef> {
    return this.poster.post(to.team.workspaceId, to.member.slackUserId, heldNoticeMessage(to.locale, to.team, held), {
      key: `pulse-held:${to.member.id}:${held.due.toISOString()}`,
    });
  }

  async closeInvite(ref: SlackRef, view: { team: PulseTeam; locale: Locale; round: Round }): Promise<void> {
    const message = closedInviteMessage(view.locale, view.team);
    try {
      await this.poster.update(view.team.workspaceId, ref, message);
    } catch (error) {
      // A DM Slack no longer has (deleted, or the member left) must not keep the round from closing.
      if (slackPlatformError(error) === null) throw error;
    }
  }
}
