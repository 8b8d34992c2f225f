import type { App } from '@slack/bolt';
import { isCheckinDay, localMoment } from '../../../domain/checkins/calendar.ts';
import { localeOf, zoneOf } from '../../../domain/checkins/service.ts';
import { homeGoalData } from '../../../domain/goals/service.ts';
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
      const zone = zoneOf(member, team, deps.config.DEFAULT_TIME_ZONE);
      const moment = localMoment(now, zone);
      const holidays = new Set((await deps.teams.holidays(team.id)).map((h) => h.date));
      const workingDay = isCheckinDay(
        moment,
        { days: team.checkinDays, promptMinute: team.checkinMinute, reminderMinute: team.reminderMinute },
        { timeZone: zone, holidays, vacations: await deps.teams.vacations(member.id) },
      );
      const answer = await deps.checkins.checkins.findAnswer(member.id, moment.date);
      const prompt = await deps.checkins.checkins.findPrompt(member.id, moment.date);
      const state = answer ? 'done' : prompt?.status === 'skipped' ? 'skipped' : workingDay ? 'open' : 'none';
      cards.push({
        team,
        member,
        localDate: moment.date,
        state,
        goals: await homeGoalData(deps.stores.goals, { teamId: team.id, memberId: member.id }),
      });
    }
    const first = memberships[0];
    const locale = first
      ? localeOf(first.member, first.team)
      : await localeForUser(deps, client, workspaceId, event.user);
    await client.views.publish({ user_id: event.user, view: homeView(locale, cards) });
  });
}
