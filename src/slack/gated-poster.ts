import type { WebClient } from '@slack/web-api';
import type { SlackRef } from '../domain/checkins/ports.ts';
import type { SlackGate } from '../infra/queue/slack-gate.ts';
import type { SlackMessage } from './blocks/checkin.ts';

/**
 * Posting from jobs, the one way: every call goes through the workspace's gate (limiter and
 * 429 → job delay), links and media never unfurl, and a DM is posted to the user id (Slack
 * opens the conversation; no conversations.open per send).
 */
export class GatedPoster {
  constructor(
    readonly client: WebClient,
    private readonly gate: SlackGate,
  ) {}

  post(workspaceId: string, channel: string, message: SlackMessage, threadTs?: string): Promise<SlackRef> {
    return this.gate.call(workspaceId, async () => {
      const result = await this.client.chat.postMessage({
        channel,
        text: message.text,
        blocks: message.blocks,
        unfurl_links: false,
        unfurl_media: false,
        ...(threadTs && { thread_ts: threadTs }),
      });
      if (!result.channel || !result.ts) throw new Error('Slack answered a post without channel or ts');
      return { channelId: result.channel, ts: result.ts };
    });
  }

  async update(workspaceId: string, ref: SlackRef, message: SlackMessage): Promise<void> {
    await this.gate.call(workspaceId, () => this.client.chat.update({ channel: ref.channelId, ts: ref.ts, text: message.text, blocks: message.blocks }));
  }

  async remove(workspaceId: string, ref: SlackRef): Promise<void> {
    await this.gate.call(workspaceId, () => this.client.chat.delete({ channel: ref.channelId, ts: ref.ts }));
  }

  /** Any other Web API call, through the same gate. */
  call<T>(workspaceId: string, send: (client: WebClient) => Promise<T>): Promise<T> {
    return this.gate.call(workspaceId, () => send(this.client));
  }
}
