import type { WebClient } from '@slack/web-api';
import type { Config } from '../../config/env.ts';
import type { CheckinDeps } from '../../domain/checkins/service.ts';
import type { DigestDeps } from '../../domain/digest/service.ts';
import type { FeedbackDeps } from '../../domain/feedback/service.ts';
import type { GoalDeps } from '../../domain/goals/service.ts';
import type { InformalDeps } from '../../domain/informal/service.ts';
import type { PulseDeps } from '../../domain/pulse/service.ts';
import type { RecognitionWorkerDeps } from '../../domain/recognition/service.ts';
import type { RoleDeps } from '../../domain/roles/service.ts';
import type { CsvImportDeps } from '../../domain/scorecards/service.ts';
import type { TeamStore } from '../../domain/teams/model.ts';
import type { EffectLog } from '../../shared/effects.ts';
import type { Logger } from '../../shared/logger.ts';
import type { EventLedger, Forgetful } from '../../shared/ports.ts';
import type { AnyJob, JobData, JobName } from './contracts.ts';
import type { JobRun } from './job-run.ts';
import type { Enqueuer } from './queue.ts';
import type { SlackGate } from './slack-gate.ts';

/**
 * Each capability's core as jobs call it: its use cases' dependencies with Slack through the
 * workspace's gate, typed by the domain's ports, built once per worker by the capability's
 * module (src/capabilities/) in the composition root (src/main/runtime.ts).
 */
export interface WorkerCores {
  checkins: CheckinDeps;
  goals: GoalDeps;
  roles: RoleDeps;
  scorecards: CsvImportDeps;
  recognition: RecognitionWorkerDeps;
  feedback: FeedbackDeps;
  pulse: PulseDeps;
  informal: InformalDeps;
  digest: DigestDeps;
}

/** What processors are given: built once per worker by the composition root. */
export interface JobDeps extends WorkerCores {
  config: Config;
  teams: TeamStore;
  events: EventLedger & Forgetful;
  effects: EffectLog & Forgetful;
  enqueuer: Enqueuer;
  /** For the teams' own jobs (channel members, profiles); every call goes through the gate. */
  slack: WebClient;
  gate: SlackGate;
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
