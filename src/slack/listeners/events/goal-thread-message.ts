import type { App } from '@slack/bolt';
import { forgetThreadMessage, recordThreadMessage } from '../../../domain/goals/service.ts';
import type { AppDeps } from '../../deps.ts';
import { messageEvent, writtenReply } from '../../thread-message.ts';

/**
 * Messages in a goal's thread (message.channels / message.groups): each person's message
 * is counted once as a GoalComment — the "who commented" of the period's participation
 * record. Only the author, the thread and the ts are kept, never the text; a deleted
 * message stops counting.
 */
export function register(app: App, deps: AppDeps): void {
  app.event('message', async ({ event, body }) => {
    const parsed = messageEvent.safeParse(event);
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
    const reply = writtenReply(m);
    if (!reply) return;
    await recordThreadMessage(deps.goals, {
      workspaceId,
      channelId: reply.channel,
      threadTs: reply.threadTs,
      ts: reply.ts,
      slackUserId: reply.user,
    });
  });
}
