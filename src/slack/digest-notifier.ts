import type { WebClient } from '@slack/web-api';
import type { DigestSnapshot, DigestTeam } from '../domain/digest/ports.ts';
import type { DigestNotifier } from '../domain/digest/service.ts';
import { localeOf, type Member } from '../domain/teams/model.ts';
import type { SlackGate } from '../infra/queue/slack-gate.ts';
import { digestMessage } from './blocks/digest.ts';
import { GatedPoster } from './gated-poster.ts';

/** The weekly digest, to each leader by DM (posted to the user id), in the leader's language. */
export class SlackDigestNotifier implements DigestNotifier {
  private readonly poster: GatedPoster;

  constructor(client: WebClient, gate: SlackGate) {
    this.poster = new GatedPoster(client, gate);
  }

  async sendDigest(leader: Member, team: DigestTeam, snapshot: DigestSnapshot): Promise<void> {
    const message = digestMessage(localeOf(leader, team), team, snapshot);
    await this.poster.post(team.workspaceId, leader.slackUserId, message, {
      key: `digest:${snapshot.id}:${leader.id}`,
    });
  }
}
