import type { App } from '@slack/bolt';
import { localeOf, todayState } from '../../../domain/checkins/service.ts';
import { homeGoalData } from '../../../domain/goals/service.ts';
import { homeCoffee } from '../../../domain/informal/service.ts';
import { homeView, type HomeTeamCard } from '../../blocks/home.ts';
import { localeForUser, type AppDeps } from '../../deps.ts';

/** Publishes the member's App Home each time they open it. */
export function register(app: App, deps: AppDeps): void {
  app.event('app_home_opened', async ({ event, body, client }) => {
    if (event.tab !== 'home') return;
    const workspaceId = (body as { team_id?: string }).team_id ?? '';
    const now = deps.now();
    const memberships = (await deps.teams.membershipsOf(workspaceId, event.user)).filter((m) => m.member.active);
    const cards: HomeTeamCard[] = [];
    for (const { member, team } of memberships) {
      const { localDate, state } = await todayState(deps.checkins, member, team, now);
      cards.push({
        team,
        member,
        localDate,
        state,
        goals: await homeGoalData(deps.goals.goals, { teamId: team.id, memberId: member.id }),
        ...(await homeCoffee(deps.informal, team.id, member, now)),
      });
    }
    const first = memberships[0];
    const locale = first
      ? localeOf(first.member, first.team)
      : await localeForUser(deps, client, workspaceId, event.user);
    await client.views.publish({ user_id: event.user, view: homeView(locale, cards) });
  });
}
