import type { WebClient } from '@slack/web-api';
import type { Redis } from 'ioredis';
import type { z } from 'zod';
import type { Config } from '../config/env.ts';
import type { Stores } from '../infra/db/stores.ts';
import type { JobContract } from '../infra/queue/contracts/define.ts';
import type { Planner, Processor, ProcessorsOf, ProcessorTable, WorkerCores } from '../infra/queue/processor.ts';
import type { Enqueuer } from '../infra/queue/queue.ts';
import type { SlackGate } from '../infra/queue/slack-gate.ts';
import type { Logger } from '../shared/logger.ts';
import type { AppCores } from '../slack/deps.ts';
import type { ListenerModule } from '../slack/listener-module.ts';

/** The runtime's connections a capability's core is built from, once per process. */
export interface CoreParts {
  config: Config;
  /** The repositories: only a core factory sees the classes, listeners and jobs get the ports. */
  stores: Stores;
  enqueuer: Enqueuer;
  /** Short-lived state outside the database (pulse ballots, feedback's rotating rate limit). */
  redis: Redis;
  log: Logger;
}

/** The worker's: Slack too, every call through the workspace's gate. */
export interface WorkerParts extends CoreParts {
  slack: WebClient;
  gate: SlackGate;
}

type AppCoreOf<N> = N extends keyof AppCores ? AppCores[N] : never;
type WorkerCoreOf<N> = N extends keyof WorkerCores ? WorkerCores[N] : never;

type Contracts = Record<string, JobContract<z.ZodType>>;
/** A capability's own messages in one language (its file under src/i18n/<locale>/). */
type Catalog = Readonly<Record<string, string>>;

/**
 * Everything one capability contributes, declared in one file under src/capabilities/: the
 * roles, the contracts check and the catalogs check read it from the list in index.ts.
 */
export interface Capability<N extends string = string, J extends Contracts = Contracts> {
  /** Its name in logs, checks and docs (also the name of its files in each layer, and of its core). */
  readonly name: N;
  /** Its job contracts (src/infra/queue/contracts/<name>.ts). */
  readonly jobs: J;
  /** One processor per job contract, no more. */
  readonly processors: ProcessorsOf<J>;
  /** What the clock's tick asks each minute for its due jobs. */
  readonly planners: readonly Planner[];
  /** Its Bolt listeners, one file per callback. */
  readonly listeners: readonly ListenerModule[];
  readonly catalogs: { readonly en: Catalog; readonly 'zh-CN': Catalog };
  /**
   * Builds its core — its use cases' dependencies, typed by the domain's ports — for the app's
   * listeners and for the worker's jobs (AppCores and WorkerCores say which type, by name). None
   * for a capability that needs only what every listener and job is given (teams).
   */
  readonly core?: {
    app(parts: CoreParts): AppCoreOf<N>;
    worker(parts: WorkerParts): WorkerCoreOf<N>;
  };
}

/** A capability as the list holds it: its jobs' types no longer told apart. */
export interface AnyCapability extends Omit<Capability, 'processors' | 'core'> {
  readonly processors: Partial<ProcessorTable>;
  readonly core?: { app(parts: CoreParts): unknown; worker(parts: WorkerParts): unknown };
}

/** Declares a capability; the type makes its processors exactly its jobs, and its core the type its name asks. */
export const defineCapability = <const N extends string, const J extends Contracts>(
  capability: Capability<N, J>,
): AnyCapability => capability as unknown as AnyCapability;

/** What the capabilities must add up to: the leaf tables every layer reads. */
export interface Declared {
  jobContracts: Readonly<Record<string, unknown>>;
  /** Job names that belong to no capability (the clock's own tick). */
  platformJobs: readonly string[];
  catalogs: { en: Catalog; 'zh-CN': Catalog };
  /** Catalog keys that belong to no capability (common.*). */
  sharedCatalogs: { en: Catalog; 'zh-CN': Catalog };
}

/**
 * Every way a list of capabilities can fail to add up, as sentences; empty when it is whole.
 * The roles refuse to start on any (src/main/roles.ts), and test/unit/capabilities.test.ts
 * shows each one caught.
 */
export function capabilityProblems(list: readonly AnyCapability[], declared: Declared): string[] {
  const problems: string[] = [];
  const owner = new Map<string, string>();
  for (const capability of list) {
    for (const job of Object.keys(capability.jobs)) {
      const first = owner.get(job);
      if (first) problems.push(`job ${job} is declared by both ${first} and ${capability.name}`);
      owner.set(job, capability.name);
      const processor = (capability.processors as Record<string, Processor<never> | undefined>)[job];
      if (typeof processor !== 'function') problems.push(`${capability.name} declares job ${job} without a processor`);
      if (!(job in declared.jobContracts)) {
        problems.push(`${capability.name}'s job ${job} is missing from src/infra/queue/contracts.ts`);
      }
    }
    for (const job of Object.keys(capability.processors)) {
      if (!(job in capability.jobs))
        problems.push(`${capability.name} has a processor for ${job}, which it does not declare`);
    }
  }
  for (const job of Object.keys(declared.jobContracts)) {
    if (!owner.has(job) && !declared.platformJobs.includes(job)) problems.push(`job ${job} belongs to no capability`);
  }
  for (const locale of ['en', 'zh-CN'] as const) {
    const keyOwner = new Map<string, string>();
    for (const capability of list) {
      for (const [key, text] of Object.entries(capability.catalogs[locale])) {
        if (keyOwner.has(key))
          problems.push(`${locale} message ${key} is in both ${keyOwner.get(key)} and ${capability.name}`);
        keyOwner.set(key, capability.name);
        if (declared.catalogs[locale][key] !== text) {
          problems.push(`${capability.name}'s ${locale} message ${key} is missing from src/i18n/${locale}.ts`);
        }
      }
    }
    for (const key of Object.keys(declared.catalogs[locale])) {
      if (!keyOwner.has(key) && !(key in declared.sharedCatalogs[locale])) {
        problems.push(`${locale} message ${key} belongs to no capability`);
      }
    }
  }
  return problems;
}
