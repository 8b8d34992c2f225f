import { WebClient } from '@slack/web-api';
import { Redis } from 'ioredis';
import type { Config } from '../config/env.ts';
import { openDatabase, type Database } from '../infra/db/database.ts';
import { createStores, type Stores } from '../infra/db/stores.ts';
import { resolveFeedbackRouteKey } from '../infra/crypto/route-key.ts';
import { startLocalRedis, type LocalRedis } from '../infra/local/local-redis.ts';
import type { JobDeps, WorkerCores } from '../infra/queue/processor.ts';
import { OutboxRelay } from '../infra/queue/outbox-relay.ts';
import { createQueue, Enqueuer } from '../infra/queue/queue.ts';
import { gatePaces, SlackGate } from '../infra/queue/slack-gate.ts';
import { untilRedisReady, watchRedisConnection } from '../infra/redis-outage.ts';
import type { Logger } from '../shared/logger.ts';
import { boltLogger } from '../slack/bolt-logger.ts';
import type { AppCores, AppDeps } from '../slack/deps.ts';
import { capabilities } from '../capabilities/index.ts';
import type { AnyCapability, CoreParts, WorkerParts } from '../capabilities/define.ts';

/**
 * Every core the listeners (AppCores) and jobs (WorkerCores) are typed to receive, by name:
 * the type makes the list whole, and the composition root checks a module builds each.
 */
const CORES: Record<keyof AppCores & keyof WorkerCores, true> = {
  checkins: true,
  goals: true,
  roles: true,
  scorecards: true,
  recognition: true,
  feedback: true,
  pulse: true,
  informal: true,
  digest: true,
};
const CORE_NAMES = Object.keys(CORES) as Array<keyof AppCores & keyof WorkerCores>;

/** The shared parts every role stands on: database, Redis, queue, stores. */
export interface Runtime {
  config: Config;
  log: Logger;
  db: Database;
  /** Redis for producers and short commands: fails fast while Redis is down (no offline queue). */
  redis: Redis;
  /** For connections of a role's own (the worker's, which blocks and must wait for Redis instead). */
  redisUrl: string;
  /** Moves the outbox to the queue; the app and worker roles start its sweep. */
  relay: OutboxRelay;
  enqueuer: Enqueuer;
  stores: Stores;
  now: () => Date;
  close(): Promise<void>;
}

export interface RuntimeOptions {
  /**
   * The all-in-one run command: start Redis ourselves when REDIS_URL is unset, and allow the
   * embedded PGlite database (one process at a time may open it). Separate roles need both URLs.
   */
  embedded: boolean;
  now?: () => Date;
  /** An in-memory embedded database starts from this dump (test runs share one migrated database). */
  pgliteSeedFile?: string;
}

export async function openRuntime(given: Config, log: Logger, options: RuntimeOptions): Promise<Runtime> {
  // First, before any connection: the separate roles refuse to start without FEEDBACK_ROUTE_KEY.
  const config = await resolveFeedbackRouteKey(given, { embedded: options.embedded }, log);
  if (!config.REDIS_URL && !options.embedded) {
    throw new Error(
      'REDIS_URL is missing: separate roles share one Redis; set REDIS_URL, or run everything with `npm start` (README.md#configuration).',
    );
  }
  if (!config.DATABASE_URL && !options.embedded) {
    throw new Error(
      'DATABASE_URL is missing: separate roles share one PostgreSQL; set DATABASE_URL, or run everything with `npm start` (README.md#configuration).',
    );
  }
  // The database first: a second run on the same data folder stops here, before it starts a
  // local Redis on the first run's Redis folder.
  const db = await openDatabase(
    config.DATABASE_URL
      ? { url: config.DATABASE_URL }
      : { pgliteDir: config.PGLITE_DIR, ...(options.pgliteSeedFile && { seedFile: options.pgliteSeedFile }) },
    (message, fields) => log.warn(fields, message),
  );
  log.info({ database: db.kind }, 'database ready, migrations applied');
  let localRedis: LocalRedis | null = null;
  let redisUrl = config.REDIS_URL;
  if (!redisUrl) {
    localRedis = await startLocalRedis({ dataDir: config.REDIS_DATA_DIR, log: (msg) => log.info(msg) });
    redisUrl = localRedis.url;
    log.info({ url: redisUrl }, 'started a local Redis for this run');
  }
  // BullMQ's production guide: producers fail fast (an add during an outage throws instead of
  // waiting in memory; the outbox keeps the work meanwhile); the worker has a connection of its own.
  const redis = new Redis(redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
  watchRedisConnection(redis, log, 'producer');
  await untilRedisReady(redis, log);
  const queue = createQueue(redis, config.QUEUE_PREFIX, log);
  const stores = createStores(db);
  const relay = new OutboxRelay(stores.outbox, queue, redis, log.child({ component: 'outbox-relay' }));
  return {
    config,
    log,
    db,
    redis,
    redisUrl,
    relay,
    enqueuer: new Enqueuer(queue, stores.outbox, relay),
    stores,
    now: options.now ?? (() => new Date()),
    close: async () => {
      await relay.stop();
      await queue.close();
      await redis.quit().catch(() => undefined);
      await db.close();
      await localRedis?.stop();
    },
  };
}

/** The parts every capability's core is built from, for the app and for the worker. */
const coreParts = (runtime: Runtime, log: Logger): CoreParts => ({
  config: runtime.config,
  stores: runtime.stores,
  enqueuer: runtime.enqueuer,
  redis: runtime.redis,
  log,
});

/**
 * Each capability's core, built once by its module from `build` (app or worker); checked
 * whole: every name the listeners or jobs are typed to receive is there.
 */
function coresOf<T extends object>(names: ReadonlyArray<keyof T>, build: (capability: AnyCapability) => unknown): T {
  const cores = Object.fromEntries(
    capabilities.flatMap((capability) => (capability.core ? [[capability.name, build(capability)]] : [])),
  );
  const missing = names.filter((name) => !(name in cores));
  if (missing.length > 0) throw new Error(`no capability builds the core of ${missing.join(', ')}`);
  return cores as T;
}

/** What listeners are given: ports and each capability's core, built once. */
export function appDeps(runtime: Runtime): AppDeps {
  const log = runtime.log;
  const parts = coreParts(runtime, log);
  return {
    ...coresOf<AppCores>(CORE_NAMES, (capability) => capability.core!.app(parts)),
    config: runtime.config,
    teams: runtime.stores.teams,
    events: runtime.stores.events,
    enqueuer: runtime.enqueuer,
    log,
    now: runtime.now,
  };
}

/**
 * What processors are given, once per worker. The worker's Slack client: a 429 is thrown at
 * once (and becomes a job delay), never waited out in-process, and a failed call is not retried
 * by the client: each call spends one gate slot, and a post that failed on its way back may have
 * reached Slack, which only the job's own retry (through the gate again, after looking for the
 * post) can tell.
 */
export function jobDeps(runtime: Runtime): JobDeps {
  const slack = new WebClient(runtime.config.SLACK_BOT_TOKEN, {
    slackApiUrl: runtime.config.SLACK_API_URL,
    rejectRateLimitedCalls: true,
    retryConfig: { retries: 0 },
    // Its lines go to the structured log (and through its filter), not to a console logger of its own.
    logger: boltLogger(runtime.log.child({ role: 'worker', component: 'slack-web-api' })),
  });
  const gate = new SlackGate(runtime.redis, runtime.config.QUEUE_PREFIX, gatePaces(runtime.config));
  const log = runtime.log.child({ role: 'worker' });
  const parts: WorkerParts = { ...coreParts(runtime, log), slack, gate };
  return {
    ...coresOf<WorkerCores>(CORE_NAMES, (capability) => capability.core!.worker(parts)),
    config: runtime.config,
    teams: runtime.stores.teams,
    events: runtime.stores.events,
    effects: runtime.stores.effects,
    enqueuer: runtime.enqueuer,
    slack,
    gate,
    now: runtime.now,
    log,
  };
}
