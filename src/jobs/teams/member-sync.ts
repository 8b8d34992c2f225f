import { isLastLeader, joinTeam } from '../../domain/teams/service.ts';
import type { Processor } from '../../infra/queue/processor.ts';
import { fetchProfile } from '../../slack/directory.ts';

/** Someone joined or left a team's home channel: the team follows the channel. */
export const memberSync: Processor<'member-sync'> = async ({ teamId, slackUserId, change }, deps) => {
  const team = await deps.teams.findTeam(teamId);
  if (!team) return 'no-team';
  if (change === 'left') {
    const member = await deps.teams.findMember(team.id, slackUserId);
    // The last leader stays until someone else is named, so the team is never leaderless.
    if (member?.active && !(await isLastLeader(deps.teams, team, member))) await deps.teams.deactivate(member.id);
    return 'left';
  }
  const profile = await deps.gate.call(team.workspaceId, 'users.info', () => fetchProfile(deps.slack, slackUserId));
  if (profile.isBot || profile.deleted) return 'ignored';
  await joinTeam(deps.teams, team, slackUserId, profile);
  return 'joined';
};
