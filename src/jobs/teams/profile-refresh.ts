import type { Processor } from '../../infra/queue/processor.ts';
import { fetchProfile } from '../../slack/directory.ts';
import { PROFILE_MAX_AGE_MS } from '../../domain/teams/model.ts';

const MEMBERS_PER_RUN = 200;

/**
 * Keeps a team's time zones and languages in step with Slack: every member not synced for a
 * day is read again (users.info, through the workspace's gate). A retry continues with those
 * still stale; someone deleted from Slack leaves the team.
 */
export const profileRefresh: Processor<'profile-refresh'> = async ({ teamId, hour }, deps) => {
  const team = await deps.teams.findTeam(teamId);
  if (!team) return 0;
  const stale = await deps.teams.staleMembers(
    team.id,
    new Date(Date.parse(hour) - PROFILE_MAX_AGE_MS),
    MEMBERS_PER_RUN,
  );
  for (const member of stale) {
    const profile = await deps.gate.call(team.workspaceId, 'users.info', () =>
      fetchProfile(deps.slack, member.slackUserId),
    );
    if (profile.deleted) await deps.teams.deactivate(member.id);
    else
      await deps.teams.updateProfile(
        member.id,
        { displayName: profile.displayName, timeZone: profile.timeZone, locale: profile.locale },
        deps.now(),
      );
  }
  return stale.length;
};
