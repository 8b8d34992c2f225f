import { planDueCheckins } from '../../src/domain/checkins/service.ts';
import type { AnyJob } from '../../src/infra/queue/contracts.ts';
import type { JobDeps } from '../../src/infra/queue/processor.ts';

/** Works out, for one minute, which jobs of a capability are due. Pure reads; the tick enqueues. */
export type Planner = (minute: Date, deps: JobDeps) => Promise<AnyJob[]>;

const PROFILE_MAX_AGE_MS = 24 * 3600 * 1000;
const PROFILES_PER_HOUR = 500;

/** Prompts and reminders due now, in each member's own time zone. */
const checkins: Planner = (minute, deps) => planDueCheckins(deps.checkins, minute);

/** On the hour: refresh members whose Slack profile is older than a day. */
const profiles: Planner = async (minute, deps) => {
  if (minute.getUTCMinutes() !== 0) return [];
  const stale = await deps.stores.teams.staleProfiles(new Date(minute.getTime() - PROFILE_MAX_AGE_MS), PROFILES_PER_HOUR);
  return stale.map((member) => ({ name: 'profile-refresh', data: { memberId: member.id } }));
};

/** One list per capability; a new capability adds its planner here. */
export const planners: Planner[] = [checkins, profiles];
