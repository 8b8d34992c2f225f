import type { App } from '@slack/bolt';
import { recordIcebreakerReply } from '../../../domain/informal/service.ts';
import type { AppDeps } from '../../deps.ts';
import { messageEvent, writtenReply } from '../../thread-message.ts';

/**
 * Replies in an icebreaker's thread (message.channels / message.groups): each message is
 * counted once for the member who wrote it, for the week's participation. Only who and when
 * are kept, never the text.
 */
export function register(app: App, deps: AppDeps): void {
  app.event('message', async ({ event, body }) => {
    const parsed = messageEvent.safeParse(event);
    const reply = parsed.success ? writtenReply(parsed.data) : null;
    if (!reply) return;
    await recordIcebreakerReply(deps.informal, {
      workspaceId: (body as { team_id?: string }).team_id ?? '',
      slackUserId: reply.user,
      channelId: reply.channel,
      threadTs: reply.threadTs,
      ts: reply.ts,
      now: deps.now(),
    });
  });
}
