import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { z } from 'zod';
import type { OutboxEntry, PrismaOutboxStore } from '../db/repositories/outbox.ts';
import { afterCommit } from '../db/unit-of-work.ts';
import type { Logger } from '../../shared/logger.ts';
import { jobContracts, jobIdFor, type AnyJob } from './contracts.ts';
import type { JobContract } from './contracts/define.ts';
import { isRedisConnectionError } from '../redis-outage.ts';

export const QUEUE_NAME = 'hexin';
/** Jobs checked and written to the outbox per statement in a fan-out. */
const ENQUEUE_CHUNK = 100;

/** The producer's queue: give it a connection with enableOfflineQueue off, so an add fails fast. */
export function createQueue(connection: Redis, prefix: string, log: Logger): Queue {
  const queue = new Queue(QUEUE_NAME, {
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
  queue.on('error', (error) => {
    if (!isRedisConnectionError(error)) log.error({ err: error.message }, 'queue error');
  });
  return queue;
}

function checked(job: AnyJob, now: number): OutboxEntry {
  const data = (jobContracts[job.name] as JobContract<z.ZodType>).schema.parse(job.data);
  return { jobId: jobIdFor(job), name: job.name, data, runAt: new Date(now + (job.delayMs ?? 0)) };
}

/**
 * The one way work is enqueued: payload checked by its contract, id made deterministic, and
 * written to the outbox in the open unit of work (or on its own), so it is durable once that
 * commits; the relay then moves it to BullMQ. A Redis outage delays the work, never loses it.
 */
export class Enqueuer {
  constructor(
    private readonly queue: Queue,
    private readonly outbox: PrismaOutboxStore,
    private readonly relay: { kick(): void },
  ) {}

  async enqueue(job: AnyJob): Promise<void> {
    await this.enqueueMany([job]);
  }

  /**
   * A fan-out: every job checked first, so one bad payload writes none of them; then one insert
   * per chunk, one kick of the relay. Checking and inserting thousands at once would hold the
   * event loop the app may share, so the checks let it go between chunks and the inserts wait
   * on the database, and acks get their turn. In a unit of work, the chunks commit with it.
   */
  async enqueueMany(jobs: AnyJob[]): Promise<void> {
    if (jobs.length === 0) return;
    const now = Date.now();
    const entries: OutboxEntry[] = [];
    for (let i = 0; i < jobs.length; i += ENQUEUE_CHUNK) {
      if (i > 0) await yieldToEventLoop();
      entries.push(...jobs.slice(i, i + ENQUEUE_CHUNK).map((job) => checked(job, now)));
    }
    for (let i = 0; i < entries.length; i += ENQUEUE_CHUNK) {
      await this.outbox.add(entries.slice(i, i + ENQUEUE_CHUNK));
    }
    afterCommit(() => this.relay.kick());
  }

  /** Runs work so that what it saves and what it enqueues commit together, or neither. */
  atomically<T>(work: () => Promise<T>): Promise<T> {
    return this.outbox.unitOfWork(work);
  }

  /**
   * Straight to Redis, failing at once when it is down. Only for the clock's tick, which
   * follows from no saved change and is idempotent by minute: a lost one is made up by the next.
   */
  async enqueueDirect(job: AnyJob): Promise<void> {
    const entry = checked(job, Date.now());
    await this.queue.add(entry.name, entry.data, {
      jobId: entry.jobId,
      ...(job.delayMs ? { delay: job.delayMs } : {}),
    });
  }
}
