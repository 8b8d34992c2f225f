import type { App } from '@slack/bolt';
import { z } from 'zod';
import { forgetThreadMessage, recordThreadMessage } from '../../../domain/goals/service.ts';
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
    deleted_ts: z.string().optional(),
    previous_message: z
      .object({ ts: z.string(), thread_ts: z.string().optional(), user: z.string().optional() })
      .loose()
      .optional(),
  })
  .loose();

/**
 * Messages in a goal's thread (message.channels / message.groups): each person's message
 * is counted once as a GoalComment — the "who commented" of the period's participation
 * record. Only the author, the thread and the ts are kept, never the text; a deleted
 * message stops counting.
 */
export function register(app: App, deps: AppDeps): void {
  app.event('message', async ({ event, body }) => {
    const parsed = message.safeParse(event);
    if (!parsed.success) return;
    const m = parsed.data;
    const workspaceId = (body as { team_id?: string }).team_id ?? '';
    if (m.subtype === 'message_deleted' && m.previous_message?.thread_ts) {
      await forgetThreadMessage(deps.goals, {
        channelId: m.channel,
        threadTs: m.previous_message.thread_ts,
        ts: m.deleted_ts ?? m.previous_message.ts,
        slackUserId: m.previous_message.user ?? '',
      });
      return;
    }
    if (!WRITTEN.has(m.subtype) || !m.thread_ts || !m.user || m.bot_id) return;
    await recordThreadMessage(deps.goals, {
      workspaceId,
      channelId: m.channel,
      threadTs: m.thread_ts,
      ts: m.ts,
      slackUserId: m.user,
    });
  });
}
