import type { App } from '@slack/bolt';
import { z } from 'zod';
import { recordIcebreakerReply } from '../../../domain/informal/service.ts';
import type { AppDeps } from '../../deps.ts';

/** Subtypes that are still a person writing in the thread. */
const WRITTEN = new Set([undefined, 'thread_broadcast', 'file_share']);

const message = z
  .object({
    subtype: z.string().optional(),
    channel: z.string(),
    user: z.string().optional(),
    bot_id: z.string().optional(),
    ts: z.string(),
    thread_ts: z.string().optional(),
  })
  .loose();

/**
 * Replies in an icebreaker's thread (message.channels / message.groups): each message is
 * counted once for the member who wrote it, for the week's participation. Only who and when
 * are kept, never the text.
 */
export function register(app: App, deps: AppDeps): void {
  app.event('message', async ({ event, body }) => {
    const parsed = message.safeParse(event);
    if (!parsed.success) return;
    const m = parsed.data;
    if (!WRITTEN.has(m.subtype) || !m.thread_ts || m.thread_ts === m.ts || !m.user || m.bot_id) return;
    await recordIcebreakerReply(deps.informal, {
      workspaceId: (body as { team_id?: string }).team_id ?? '',
      slackUserId: m.user,
      channelId: m.channel,
      threadTs: m.thread_ts,
      ts: m.ts,
      now: deps.now(),
    });
  });
}
