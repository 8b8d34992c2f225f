import type { WebClient } from '@slack/web-api';
import type { CheckinDeps } from '../../domain/checkins/service.ts';
import type { Logger } from '../../shared/logger.ts';
import type { PrismaEventLedger } from '../db/repositories/events.ts';
import type { PrismaTeamStore } from '../db/repositories/teams.ts';
import type { JobData, JobName } from './contracts.ts';
import type { Enqueuer } from './queue.ts';
import type { SlackGate } from './slack-gate.ts';

/** What processors are given; built once per worker in src/main/worker.ts. */
export interface JobDeps {
  checkins: CheckinDeps;
  teams: PrismaTeamStore;
  events: PrismaEventLedger;
  enqueuer: Enqueuer;
  slack: WebClient;
  gate: SlackGate;
  now: () => Date;
  log: Logger;
}

export type Processor<N extends JobName> = (data: JobData<N>, deps: JobDeps) => Promise<unknown>;
export type ProcessorTable = { [N in JobName]: Processor<N> };
