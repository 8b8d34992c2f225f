import type { App } from '@slack/bolt';
import { z } from 'zod';
import { slackId } from '../../../infra/queue/contracts/fields.ts';
import type { AppDeps } from '../../deps.ts';

/**
 * These events name the channel and the person by Slack id, as the member-sync job expects them;
 * the envelope check is looser (other events send channel objects).
 */
const membership = z.looseObject({ channel: slackId, user: slackId });

/** The team follows its home channel: who joins it joins the team, who leaves it leaves. */
export function register(app: App, deps: AppDeps): void {
  for (const eventName of ['member_joined_channel', 'member_left_channel'] as const) {
    app.event(eventName, async ({ event, body }) => {
      const parsed = membership.safeParse(event);
      if (!parsed.success) {
        deps.log.warn({ event: eventName }, 'event without a channel id and a user id; ignored');
        return;
      }
      const { channel, user } = parsed.data;
      const workspaceId = (body as { team_id?: string }).team_id ?? event.team ?? '';
      const team = await deps.teams.findTeamByChannel(workspaceId, channel);
      if (!team) return;
      await deps.enqueuer.enqueue({
        name: 'member-sync',
        data: { teamId: team.id, slackUserId: user, change: eventName === 'member_joined_channel' ? 'joined' : 'left' },
      });
    });
  }
}
