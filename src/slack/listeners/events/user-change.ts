import type { App } from '@slack/bolt';
import { z } from 'zod';
import type { AppDeps } from '../../deps.ts';

const changedUser = z.object({
  id: z.string(),
  deleted: z.boolean().optional(),
  tz: z.string().optional(),
  locale: z.string().optional(),
  real_name: z.string().optional(),
  name: z.string().optional(),
  profile: z.object({ display_name: z.string().optional(), real_name: z.string().optional() }).optional(),
});

/**
 * Someone changed their Slack profile: the event carries the new time zone and name (and
 * language, when Slack includes it), so the memberships are updated at once, with no call back.
 */
export function register(app: App, deps: AppDeps): void {
  app.event('user_change', async ({ event, body }) => {
    const parsed = changedUser.safeParse(event.user);
    if (!parsed.success) return;
    const user = parsed.data;
    const workspaceId = (body as { team_id?: string }).team_id ?? '';
    for (const { member } of await deps.teams.membershipsOf(workspaceId, user.id)) {
      if (!member.active) continue;
      if (user.deleted) {
        await deps.teams.deactivate(member.id);
        continue;
      }
      await deps.teams.updateProfile(
        member.id,
        {
          displayName: user.profile?.display_name || user.profile?.real_name || user.real_name || member.displayName,
          timeZone: user.tz ?? member.timeZone,
          locale: user.locale ?? member.locale,
        },
        deps.now(),
      );
    }
  });
}
