import type { WebClient } from '@slack/web-api';
import type { Redis } from 'ioredis';
import type { Config } from '../../config/env.ts';
import type { Stores } from '../db/stores.ts';
import type { CheckinDeps } from '../../domain/checkins/service.ts';
import type { Logger } from '../../shared/logger.ts';
import type { PrismaEventLedger } from '../db/repositories/events.ts';
import type { PrismaTeamStore } from '../db/repositories/teams.ts';
import type { AnyJob, JobData, JobName } from './contracts.ts';
import type { JobRun } from './job-run.ts';
import type { Enqueuer } from './queue.ts';
import type { SlackGate } from './slack-gate.ts';

/** What processors are given; built once per worker in src/main/worker.ts. */
export interface JobDeps {
  config: Config;
  /** Every repository; capabilities beyond check-ins take theirs from here. */
  stores: Stores;
  checkins: CheckinDeps;
  teams: PrismaTeamStore;
  events: PrismaEventLedger;
  enqueuer: Enqueuer;
  slack: WebClient;
  gate: SlackGate;
  /** The run's Redis (short-lived state outside the database, e.g. an open pulse round's answers). */
  redis: Redis;
  now: () => Date;
  log: Logger;
}

/** `run` is the attempt being made (see JobRun); Slack posts read it through the gated poster. */
export type Processor<N extends JobName> = (data: JobData<N>, deps: JobDeps, run: JobRun) => Promise<unknown>;
export type ProcessorTable = { [N in JobName]: Processor<N> };
/** The processors of one capability's contracts (see contracts/<capability>.ts). */
export type ProcessorsOf<C> = { [N in keyof C & JobName]: Processor<N> };

/**
 * Works out, for one minute, which jobs of a capability are due: pure reads; the clock's tick
 * enqueues what every planner returns.
 */
export type Planner = (minute: Date, deps: JobDeps) => Promise<AnyJob[]>;
