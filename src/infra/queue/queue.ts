import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { z } from 'zod';
import { jobContracts, jobIdFor, type AnyJob } from './contracts.ts';
import type { JobContract } from './contracts/define.ts';

export const QUEUE_NAME = 'hexin';

export function createQueue(connection: Redis, prefix: string): Queue {
  return new Queue(QUEUE_NAME, {
    connection,
    prefix,
    defaultJobOptions: {
      attempts: 8,
      backoff: { type: 'exponential', delay: 2000 },
      // Completed ids are kept for three days so a late duplicate is still recognised.
      removeOnComplete: { age: 3 * 24 * 3600 },
      removeOnFail: { age: 14 * 24 * 3600 },
    },
  });
}

/** The one way work is enqueued: payload checked by its contract, id made deterministic. */
export class Enqueuer {
  constructor(private readonly queue: Queue) {}

  async enqueue(job: AnyJob): Promise<void> {
    const data = (jobContracts[job.name] as JobContract<z.ZodType>).schema.parse(job.data);
    await this.queue.add(job.name, data, { jobId: jobIdFor(job), ...(job.delayMs ? { delay: job.delayMs } : {}) });
  }
}
