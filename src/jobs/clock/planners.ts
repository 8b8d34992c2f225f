import { planDueCheckins } from '../../domain/checkins/service.ts';
import { PROFILE_MAX_AGE_MS } from '../../domain/teams/model.ts';
import type { AnyJob } from '../../infra/queue/contracts.ts';
import type { JobDeps } from '../../infra/queue/processor.ts';
import { planFeedbackJobs } from '../feedback/planner.ts';
import { goalClosures } from '../goals/planner.ts';
import { planPulses } from '../pulse/planner.ts';
import { planRoleAnalyses } from '../roles/planner.ts';

/** Works out, for one minute, which jobs of a capability are due. Pure reads; the tick enqueues. */
export type Planner = (minute: Date, deps: JobDeps) => Promise<AnyJob[]>;

/** Prompts and reminders due now, in each member's own time zone. */
const checkins: Planner = (minute, deps) => planDueCheckins(deps.checkins, minute);

/** On the hour: one refresh per team that has members whose Slack profile is older than a day. */
const profiles: Planner = async (minute, deps) => {
  if (minute.getUTCMinutes() !== 0) return [];
  const teams = await deps.stores.teams.teamsWithStaleProfiles(new Date(minute.getTime() - PROFILE_MAX_AGE_MS));
  return teams.map((teamId) => ({ name: 'profile-refresh', data: { teamId, hour: minute.toISOString() } }));
};

/** One list per capability; a new capability adds its planner here. */
export const planners: Planner[] = [checkins, profiles, planRoleAnalyses, planPulses, goalClosures, planFeedbackJobs];
