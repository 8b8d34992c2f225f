import { WebClient } from '@slack/web-api';
import { Redis } from 'ioredis';
import type { Config } from '../config/env.ts';
import type { CheckinDeps } from '../domain/checkins/service.ts';
import { openDatabase, type Database } from '../infra/db/database.ts';
import { createStores, type Stores } from '../infra/db/stores.ts';
import { resolveFeedbackRouteKey } from '../infra/crypto/route-key.ts';
import { startLocalRedis, type LocalRedis } from '../infra/local/local-redis.ts';
import type { JobDeps } from '../infra/queue/processor.ts';
import { OutboxRelay } from '../infra/queue/outbox-relay.ts';
import { createQueue, Enqueuer } from '../infra/queue/queue.ts';
import { SlackGate } from '../infra/queue/slack-gate.ts';
import { untilRedisReady, watchRedisConnection } from '../infra/redis-outage.ts';
import type { Logger } from '../shared/logger.ts';
import { boltLogger } from '../slack/bolt-logger.ts';
import type { AppDeps } from '../slack/deps.ts';
import { SlackCheckinNotifier } from '../slack/notifier.ts';

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
    config.DATABASE_URL ? { url: config.DATABASE_URL } : { pgliteDir: config.PGLITE_DIR },
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

export function appDeps(runtime: Runtime): AppDeps {
  const { stores } = runtime;
  return {
    config: runtime.config,
    stores,
    teams: stores.teams,
    checkins: {
      teams: stores.teams,
      checkins: stores.checkins,
      queue: runtime.enqueuer,
      defaultTimeZone: runtime.config.DEFAULT_TIME_ZONE,
    },
    events: stores.events,
    enqueuer: runtime.enqueuer,
    redis: runtime.redis,
    log: runtime.log,
    now: runtime.now,
  };
}

/**
 * The worker's Slack client: a 429 is thrown at once (and becomes a job delay), never waited out
 * in-process, and a failed call is not retried by the client: each call spends one gate slot,
 * and a post that failed on its way back may have reached Slack, which only the job's own
 * retry (through the gate again, after looking for the post) can tell.
 */
export function jobDeps(runtime: Runtime): JobDeps {
  const slack = new WebClient(runtime.config.SLACK_BOT_TOKEN, {
    slackApiUrl: runtime.config.SLACK_API_URL,
    rejectRateLimitedCalls: true,
    retryConfig: { retries: 0 },
    // Its lines go to the structured log (and through its filter), not to a console logger of its own.
    logger: boltLogger(runtime.log.child({ role: 'worker', component: 'slack-web-api' })),
  });
  const gate = new SlackGate(runtime.redis, runtime.config.QUEUE_PREFIX, runtime.config.SLACK_SENDS_PER_SECOND);
  const { stores } = runtime;
  const checkins: CheckinDeps = {
    teams: stores.teams,
    checkins: stores.checkins,
    queue: runtime.enqueuer,
    notifier: new SlackCheckinNotifier(slack, gate),
    dutyHolders: (teamId, text) => stores.roles.holdersOfDutyMatching(teamId, text),
    effects: stores.effects,
    defaultTimeZone: runtime.config.DEFAULT_TIME_ZONE,
  };
  return {
    config: runtime.config,
    stores,
    checkins,
    teams: stores.teams,
    events: stores.events,
    enqueuer: runtime.enqueuer,
    slack,
    gate,
    redis: runtime.redis,
    now: runtime.now,
    log: runtime.log.child({ role: 'worker' }),
  };
}
