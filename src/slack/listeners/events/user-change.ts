import type { App } from '@slack/bolt';
import type { AppDeps } from '../../deps.ts';

/** Someone changed their profile (time zone, language, name): refresh their memberships. */
export function register(app: App, deps: AppDeps): void {
  app.event('user_change', async ({ event, body }) => {
    const workspaceId = (body as { team_id?: string }).team_id ?? '';
    for (const { member } of await deps.teams.membershipsOf(workspaceId, event.user.id)) {
      if (member.active) await deps.enqueuer.enqueue({ name: 'profile-refresh', data: { memberId: member.id } });
    }
  });
}
