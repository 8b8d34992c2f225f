import cron, { type ScheduledTask } from 'node-cron';
import type { Logger } from '../../shared/logger.ts';
import type { Enqueuer } from '../queue/queue.ts';

/** The start of the minute `at` falls in. */
export const minuteOf = (at: Date): Date => new Date(Math.floor(at.getTime() / 60000) * 60000);

/**
 * The clock only says "this minute has come": it enqueues one schedule-tick job whose id is
 * the minute itself, so any number of clocks produce one tick. A worker works out what is due.
 */
export async function tick(enqueuer: Enqueuer, at: Date): Promise<void> {
  // Not through the outbox: the tick follows from no saved change, and a minute lost while Redis
  // is down is made up by the next one (prompts stay due until the reminder).
  await enqueuer.enqueueDirect({ name: 'schedule-tick', data: { at: minuteOf(at).toISOString() } });
}

export function startClock(enqueuer: Enqueuer, log: Logger, now: () => Date = () => new Date()): ScheduledTask {
  return cron.schedule(
    '* * * * *',
    async () => {
      try {
        await tick(enqueuer, now());
      } catch (error) {
        // Redis away for a minute: the next tick catches up, since prompts stay due until the reminder.
        log.error({ err: (error as Error).message }, 'clock tick not enqueued');
      }
    },
    { timezone: 'UTC', name: 'hexin-clock', noOverlap: true },
  );
}
