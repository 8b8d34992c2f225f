import type { Server } from 'node:http';
import { processors } from '../../jobs/index.ts';
import { startClock } from '../infra/clock/clock.ts';
import { createWorker } from '../infra/queue/worker.ts';
import { createSlackApp } from '../slack/app.ts';
import { createHttpServer, listen } from '../slack/http-server.ts';
import { appDeps, jobDeps, type Runtime } from './runtime.ts';

export interface Running {
  name: string;
  stop(): Promise<void>;
}

/** The Slack-facing role: Socket Mode, or HTTP with /healthz and /slack/events. */
export async function startApp(runtime: Runtime, options: { port: number; identity?: { botId: string; botUserId: string } }): Promise<Running & { port: number | null }> {
  const { app, httpReceiver } = createSlackApp(runtime.config, appDeps(runtime), options.identity);
  if (!httpReceiver) {
    await app.start();
    runtime.log.info('app connected to Slack in Socket Mode');
    return { name: 'app', port: null, stop: async () => void (await app.stop()) };
  }
  const server: Server = createHttpServer(httpReceiver, runtime.log, async () => ({ database: runtime.db.kind, redis: await runtime.redis.ping() }));
  const port = await listen(server, options.port);
  runtime.log.info({ port }, 'app listening for Slack on /slack/events');
  return {
    name: 'app',
    port,
    stop: () => new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
}

export function startWorker(runtime: Runtime): Running {
  const worker = createWorker({
    connection: runtime.redis,
    prefix: runtime.config.QUEUE_PREFIX,
    concurrency: runtime.config.WORKER_CONCURRENCY,
    lockMs: runtime.config.WORKER_LOCK_MS,
    processors,
    deps: jobDeps(runtime),
    log: runtime.log.child({ role: 'worker' }),
  });
  runtime.log.info('worker started');
  // close() lets jobs in progress finish before it resolves.
  return { name: 'worker', stop: () => worker.close() };
}

export function startClockRole(runtime: Runtime): Running {
  const task = startClock(runtime.enqueuer, runtime.log.child({ role: 'clock' }), runtime.now);
  runtime.log.info('clock started');
  return { name: 'clock', stop: async () => void (await task.stop()) };
}
