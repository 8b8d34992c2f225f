import type { App } from '@slack/bolt';
import { recordReaction } from '../../../domain/recognition/service.ts';
import type { AppDeps } from '../../deps.ts';
import { slackPeople } from '../../directory.ts';

/**
 * The team's kudos emoji on a teammate's message gives kudos (Bolt acks events itself; a
 * repeated delivery is dropped by event_id, a re-added reaction by the Kudos unique key).
 */
export function register(app: App, deps: AppDeps): void {
  app.event('reaction_added', async ({ event, body, client, context }) => {
    if (event.item.type !== 'message') return;
    const workspaceId = (body as { team_id?: string }).team_id ?? '';
    const outcome = await recordReaction(deps.recognition, slackPeople(deps, client), {
      workspaceId,
      giverSlackId: event.user,
      receiverSlackId: event.item_user,
      channelId: event.item.channel,
      ts: event.item.ts,
      reaction: event.reaction,
      now: deps.now(),
      botUserId: context.botUserId,
    });
    deps.log.debug({ channelId: event.item.channel, outcome }, 'kudos reaction');
  });
}
