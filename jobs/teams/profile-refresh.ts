import type { Processor } from '../../src/infra/queue/processor.ts';
import { fetchProfile } from '../../src/slack/directory.ts';

/** Keeps a member's time zone and language in step with Slack. */
export const profileRefresh: Processor<'profile-refresh'> = async ({ memberId }, deps) => {
  const member = await deps.teams.findMemberById(memberId);
  const team = member && (await deps.teams.findTeam(member.teamId));
  if (!member || !team) return 'gone';
  const profile = await deps.gate.call(team.workspaceId, () => fetchProfile(deps.slack, member.slackUserId));
  if (profile.deleted) {
    await deps.teams.deactivate(member.id);
    return 'deactivated';
  }
  await deps.teams.updateProfile(member.id, { displayName: profile.displayName, timeZone: profile.timeZone, locale: profile.locale });
  return 'refreshed';
};
