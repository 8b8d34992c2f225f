import type { Server } from 'node:http';
import { Redis } from 'ioredis';
import { WebClient } from '@slack/web-api';
import { assertCapabilitiesWhole, capabilities } from '../capabilities/index.ts';
import { scheduleTick } from '../jobs/clock/schedule-tick.ts';
import { startClock } from '../infra/clock/clock.ts';
import type { ProcessorTable } from '../infra/queue/processor.ts';
import { createWorker } from '../infra/queue/worker.ts';
import { createSlackApp } from '../slack/app.ts';
import { boltLogger } from '../slack/bolt-logger.ts';
import type { InstalledWorkspace } from '../slack/envelope.ts';
import { createHttpServer, listen } from '../slack/http-server.ts';
import { watchRedisConnection } from '../infra/redis-outage.ts';
import { appDeps, jobDeps, type Runtime } from './runtime.ts';

/** The worker's processors: the clock's tick, asking every capability's planners, and each capability's own. */
function processorTable(): ProcessorTable {
  assertCapabilitiesWhole();
  const planners = capabilities.flatMap((capability) => capability.planners);
  // Whole by the check above: every job contract has exactly one processor.
  return Object.assign({ 'schedule-tick': scheduleTick(planners) }, ...capabilities.map((c) => c.processors));
}

export interface Running {
  name: string;
  stop(): Promise<void>;
}

/**
 * The workspace the bot token belongs to (single-workspace mode), learned once from auth.test;
 * requests naming any other are refused. Tests that know it pass it in with the bot's ids.
 */
async function installedWorkspace(runtime: Runtime): Promise<InstalledWorkspace> {
  const slack = new WebClient(runtime.config.SLACK_BOT_TOKEN, {
    slackApiUrl: runtime.config.SLACK_API_URL,
    logger: boltLogger(runtime.log.child({ role: 'app', component: 'slack-web-api' })),
  });
  const auth = await slack.auth.test();
  if (!auth.team_id) throw new Error('auth.test of SLACK_BOT_TOKEN named no workspace');
  runtime.log.info(
    { team: auth.team_id, enterprise: auth.enterprise_id ?? null },
    'serving the bot token’s workspace only',
  );
  return { teamId: auth.team_id, enterpriseId: auth.enterprise_id ?? null };
}

/** The Slack-facing role: Socket Mode, or HTTP with /healthz and /slack/events. */
export async function startApp(
  runtime: Runtime,
  options: { port: number; identity?: { botId: string; botUserId: string; workspace?: InstalledWorkspace } },
): Promise<Running & { port: number | null }> {
  const workspace = options.identity?.workspace ?? (await installedWorkspace(runtime));
  assertCapabilitiesWhole();
  const listeners = capabilities.flatMap((capability) => capability.listeners);
  const { app, httpReceiver } = createSlackApp(
    runtime.config,
    appDeps(runtime),
    { ...options.identity, workspace },
    listeners,
  );
  runtime.relay.start();
  if (!httpReceiver) {
    await app.start();
    runtime.log.info('app connected to Slack in Socket Mode');
    return { name: 'app', port: null, stop: async () => void (await app.stop()) };
  }
  // Both stores are asked for real: a load balancer must see an unreachable database, not only Redis.
  const health = async () => {
    const [redis] = await Promise.all([runtime.redis.ping(), runtime.db.ping()]);
    return { database: runtime.db.kind, redis };
  };
  const server: Server = createHttpServer(httpReceiver, runtime.log, health);
  const port = await listen(server, options.port);
  runtime.log.info({ port }, 'app listening for Slack on /slack/events');
  return {
    name: 'app',
    port,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

export function startWorker(runtime: Runtime): Running {
  // Its own connection, as BullMQ's production guide asks: it blocks, and waits out an outage.
  const connection = new Redis(runtime.redisUrl, { maxRetriesPerRequest: null });
  watchRedisConnection(connection, runtime.log.child({ role: 'worker' }), 'worker');
  runtime.relay.start();
  const worker = createWorker({
    connection,
    prefix: runtime.config.QUEUE_PREFIX,
    concurrency: runtime.config.WORKER_CONCURRENCY,
    lockMs: runtime.config.WORKER_LOCK_MS,
    processors: processorTable(),
    deps: jobDeps(runtime),
    log: runtime.log.child({ role: 'worker' }),
  });
  runtime.log.info('worker started');
  // close() lets jobs in progress finish before it resolves.
  return {
    name: 'worker',
    stop: async () => {
      await worker.close();
      await connection.quit().catch(() => undefined);
    },
  };
}

export function startClockRole(runtime: Runtime): Running {
  const task = startClock(runtime.enqueuer, runtime.log.child({ role: 'clock' }), runtime.now);
  runtime.log.info('clock started');
  return { name: 'clock', stop: async () => void (await task.stop()) };
}
