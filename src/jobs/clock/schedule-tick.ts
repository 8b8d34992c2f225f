import type { Planner, Processor } from '../../infra/queue/processor.ts';

/** Slack retries an event within minutes; a day of event ids is plenty to recognise them. */
const EVENT_MEMORY_MS = 24 * 3600 * 1000;
/** A job's recorded Slack calls outlive any retry of it (eight attempts, or a snooze of hours). */
const EFFECT_MEMORY_MS = 14 * 24 * 3600 * 1000;

/** One minute of the clock: ask every capability's planners what is due now and enqueue it. */
export const scheduleTick =
  (planners: readonly Planner[]): Processor<'schedule-tick'> =>
  async ({ at }, deps) => {
    const minute = new Date(at);
    let enqueued = 0;
    for (const plan of planners) {
      // One outbox insert per thousand and one addBulk per batch, not a round trip per prompt.
      const jobs = await plan(minute, deps);
      await deps.enqueuer.enqueueMany(jobs);
      enqueued += jobs.length;
    }
    if (minute.getUTCMinutes() === 0) {
      await deps.events.forgetBefore(new Date(minute.getTime() - EVENT_MEMORY_MS));
      await deps.effects.forgetBefore(new Date(minute.getTime() - EFFECT_MEMORY_MS));
    }
    return { enqueued };
  };
