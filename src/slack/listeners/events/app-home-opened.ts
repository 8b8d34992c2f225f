import type { App } from '@slack/bolt';
import { localeOf, todayState } from '../../../domain/checkins/service.ts';
import { homeGoalData } from '../../../domain/goals/service.ts';
import { leaderHome } from '../../../domain/digest/service.ts';
import { homeCoffee } from '../../../domain/informal/service.ts';
import { nextRoundOf } from '../../../domain/pulse/service.ts';
import { kudosReceivedByValue } from '../../../domain/recognition/service.ts';
import { cardsOf } from '../../../domain/roles/service.ts';
import { homeScorecard } from '../../../domain/scorecards/service.ts';
import type { Member } from '../../../domain/teams/model.ts';
import { homeView, type HomeTeamCard } from '../../blocks/home.ts';
import { localeForUser, type AppDeps } from '../../deps.ts';

/** A leader's team at a glance: this week so far, the latest digest, and when the next pulse is. */
async function leaderPart(deps: AppDeps, teamId: string, member: Member, now: Date) {
  const home = await leaderHome(deps.digest, teamId, member, now);
  if (!home) return null;
  const pulseTeam = await deps.pulse.pulse.findTeam(teamId);
  return { home, nextPulse: pulseTeam ? await nextRoundOf(deps.pulse, pulseTeam, now) : null };
}

/** Publishes the member's App Home each time they open it. */
export function register(app: App, deps: AppDeps): void {
  app.event('app_home_opened', async ({ event, body, client }) => {
    if (event.tab !== 'home') return;
    const workspaceId = (body as { team_id?: string }).team_id ?? '';
    const now = deps.now();
    const memberships = (await deps.teams.membershipsOf(workspaceId, event.user)).filter((m) => m.member.active);
    const cards: HomeTeamCard[] = [];
    // Each team's parts are read side by side: the tab stays blank until it is published.
    for (const { member, team } of memberships) {
      const [today, goals, coffee, kudos, positions, scorecard, leader] = await Promise.all([
        todayState(deps.checkins, member, team, now),
        homeGoalData(deps.goals.goals, { teamId: team.id, memberId: member.id }),
        homeCoffee(deps.informal, team.id, member, now),
        kudosReceivedByValue(deps.recognition, member, now),
        cardsOf(deps.roles, member),
        homeScorecard(deps.scorecards, team, member, now),
        leaderPart(deps, team.id, member, now),
      ]);
      cards.push({
        team,
        member,
        localDate: today.localDate,
        state: today.state,
        goals,
        ...coffee,
        kudos,
        positions,
        scorecard,
        // The next coffee round is the one the member's own coffee lines already read (none without an informal channel).
        ...(leader && { leader: { ...leader, nextCoffee: coffee.coffee?.status.next ?? null } }),
      });
    }
    const first = memberships[0];
    const locale = first
      ? localeOf(first.member, first.team)
      : await localeForUser(deps, client, workspaceId, event.user);
    await client.views.publish({ user_id: event.user, view: homeView(locale, cards) });
  });
}
