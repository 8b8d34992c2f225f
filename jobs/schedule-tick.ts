import { planDueCheckins } from '../src/domain/checkins/service.ts';
import type { Processor } from '../src/infra/queue/processor.ts';

const PROFILE_MAX_AGE_MS = 24 * 3600 * 1000;
const PROFILES_PER_HOUR = 500;
/** Slack retries an event within minutes; a day of event ids is plenty to recognise them. */
const EVENT_MEMORY_MS = 24 * 3600 * 1000;

/**
 * One minute of the clock: enqueue the prompts and reminders due now; on the hour, profile
 * refreshes for members not synced in a day, and forget old event ids.
 */
export const scheduleTick: Processor<'schedule-tick'> = async ({ at }, deps) => {
  const minute = new Date(at);
  const jobs = await planDueCheckins(deps.checkins, minute);
  for (const job of jobs) await deps.enqueuer.enqueue(job);
  if (minute.getUTCMinutes() === 0) {
    const stale = await deps.teams.staleProfiles(new Date(minute.getTime() - PROFILE_MAX_AGE_MS), PROFILES_PER_HOUR);
    for (const member of stale) await deps.enqueuer.enqueue({ name: 'profile-refresh', data: { memberId: member.id } });
    await deps.events.forgetBefore(new Date(minute.getTime() - EVENT_MEMORY_MS));
  }
  return { enqueued: jobs.length };
};
