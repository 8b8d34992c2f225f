import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger } from '../../shared/logger.ts';

/** The attempt of a job a processor is running, as the worker knows it. */
export interface JobRun {
  /** The job's id: deterministic, so every attempt of one intent shares it. */
  id: string;
  name: string;
  /**
   * An earlier attempt may have reached Slack: it failed after starting (attemptsMade > 0) or
   * its worker died and the job was picked up again as stalled. Not set after a delay of the
   * workspace's gate, which is raised before a call leaves.
   */
  retried: boolean;
  /** No earlier attempt started before this (the job's creation): bounds a look into history. */
  since: Date;
  /** The worker's log, for what the job's Slack calls note on the way (an edit skipped). */
  log: Pick<Logger, 'warn'>;
}

const running = new AsyncLocalStorage<JobRun>();

/** Runs a processor with its attempt known to everything it calls (the gated poster reads it). */
export const withJobRun = <T>(run: JobRun, work: () => Promise<T>): Promise<T> => running.run(run, work);

/** The attempt being run, or null outside a job (listeners, the clock). */
export const currentJobRun = (): JobRun | null => running.getStore() ?? null;
