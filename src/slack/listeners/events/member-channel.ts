import type { App } from '@slack/bolt';
import type { AppDeps } from '../../deps.ts';

/** The team follows its home channel: who joins it joins the team, who leaves it leaves. */
export function register(app: App, deps: AppDeps): void {
  for (const eventName of ['member_joined_channel', 'member_left_channel'] as const) {
    app.event(eventName, async ({ event, body }) => {
      const workspaceId = (body as { team_id?: string }).team_id ?? event.team ?? '';
      const team = await deps.teams.findTeamByChannel(workspaceId, event.channel);
      if (!team) return;
      await deps.enqueuer.enqueue({
        name: 'member-sync',
        data: { teamId: team.id, slackUserId: event.user, change: eventName === 'member_joined_channel' ? 'joined' : 'left' },
      });
    });
  }
}
