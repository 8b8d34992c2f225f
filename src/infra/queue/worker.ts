import { DelayedError, UnrecoverableError, Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Logger } from '../../shared/logger.ts';
import type { z } from 'zod';
import { jobContracts, type JobName } from './contracts.ts';
import type { JobContract } from './contracts/define.ts';
import { withJobRun, type JobRun } from './job-run.ts';
import type { JobDeps, ProcessorTable } from './processor.ts';
import { QUEUE_NAME } from './queue.ts';
import { SlackBusy } from './slack-gate.ts';
import { isRedisConnectionError } from '../redis-outage.ts';

const isJobName = (name: string): name is JobName => name in jobContracts;

/**
 * The BullMQ wiring around the processors in jobs/: payloads are checked by their
 * contract (a bad one is unrecoverable), and a busy Slack moves the job back to the
 * delayed set for as long as Slack asked — it is not a failure and spends no attempt.
 */
export function createWorker(options: {
  connection: Redis;
  prefix: string;
  concurrency: number;
  /** A killed worker's jobs are taken up again (as stalled) once this lock has run out. */
  lockMs: number;
  processors: ProcessorTable;
  deps: JobDeps;
  log: Logger;
}): Worker {
  const { processors, deps, log } = options;
  const worker = new Worker(
    QUEUE_NAME,
    async (job: Job, token?: string) => {
      if (!isJobName(job.name)) throw new UnrecoverableError(`Unknown job name ${job.name}`);
      const parsed = (jobContracts[job.name] as JobContract<z.ZodType>).schema.safeParse(job.data);
      if (!parsed.success)
        throw new UnrecoverableError(
          `Bad payload for ${job.name}: ${parsed.error.issues.map((i) => i.path.join('.')).join(', ')}`,
        );
      const processor = processors[job.name] as (data: unknown, deps: JobDeps, run: JobRun) => Promise<unknown>;
      const run: JobRun = {
        id: job.id ?? job.name,
        name: job.name,
        retried: job.attemptsMade > 0 || job.stalledCounter > 0,
        since: new Date(job.timestamp),
        log,
      };
      try {
        return await withJobRun(run, () => processor(parsed.data, deps, run));
      } catch (error) {
        if (error instanceof SlackBusy && token) {
          log.info({ jobId: job.id, job: job.name, delayMs: error.delayMs }, 'slack busy, job delayed');
          await job.moveToDelayed(Date.now() + error.delayMs, token);
          throw new DelayedError();
        }
        throw error;
      }
    },
    {
      connection: options.connection,
      prefix: options.prefix,
      concurrency: options.concurrency,
      lockDuration: options.lockMs,
      stalledInterval: options.lockMs,
      autorun: true,
    },
  );
  worker.on('failed', (job, error) => {
    log.warn(
      {
        jobId: job?.id,
        job: job?.name,
        attempt: job?.attemptsMade,
        code: (error as { code?: string }).code,
        err: error.message,
      },
      'job failed',
    );
  });
  worker.on('error', (error) => {
    if (!isRedisConnectionError(error)) log.error({ err: error.message }, 'worker error');
  });
  return worker;
}
