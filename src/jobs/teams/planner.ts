import { PROFILE_MAX_AGE_MS } from '../../domain/teams/model.ts';
import type { Planner } from '../../infra/queue/processor.ts';

/** On the hour: one refresh per team that has members whose Slack profile is older than a day. */
export const planProfileRefreshes: Planner = async (minute, deps) => {
  if (minute.getUTCMinutes() !== 0) return [];
  const teams = await deps.teams.teamsWithStaleProfiles(new Date(minute.getTime() - PROFILE_MAX_AGE_MS));
  return teams.map((teamId) => ({ name: 'profile-refresh', data: { teamId, hour: minute.toISOString() } }));
};
