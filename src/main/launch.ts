import { existsSync } from 'node:fs';
import { ConfigError, loadConfig, type Config } from '../config/env.ts';
import { createLogger, type Logger } from '../shared/logger.ts';
import type { Running } from './roles.ts';
import { openRuntime, type Runtime } from './runtime.ts';

/** An orderly stop gets this long before the process exits regardless. */
const SHUTDOWN_GRACE_MS = 30_000;
/**
 * Under `npm start` one Ctrl-C arrives twice (from the terminal and forwarded by npm): a repeat
 * this soon is that copy. A signal later than this means "stop now" from someone waiting.
 */
const REPEATED_SIGNAL_MS = 1000;

/**
 * Starts the given roles and stops them in reverse order on SIGINT/SIGTERM: the app stops
 * taking requests, the clock stops ticking, workers finish their jobs, then connections close.
 */
export async function launch(
  roles: (runtime: Runtime) => Promise<Running[]>,
  options: { embedded: boolean },
): Promise<void> {
  let config: Config;
  try {
    // A .env file beside package.json is read if present; the environment wins over it.
    if (existsSync('.env')) process.loadEnvFile('.env');
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
  const log: Logger = createLogger(config.LOG_LEVEL);
  // Heard from the start: a stop asked for while the database opens (a first run's initdb,
  // migrations) waits for it to open, then closes it cleanly instead of leaving it half-made.
  let shutdown: ((reason: string, exitCode: number) => Promise<void>) | null = null;
  let stopAskedBy: NodeJS.Signals | null = null;
  let firstSignalAt = 0;
  const onSignal = (signal: NodeJS.Signals) => {
    if (firstSignalAt === 0) {
      firstSignalAt = Date.now();
      stopAskedBy = signal;
      if (shutdown) void shutdown(signal, 0);
      return;
    }
    if (Date.now() - firstSignalAt < REPEATED_SIGNAL_MS) return;
    log.warn({ signal }, 'asked again while stopping; stopping at once');
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  let runtime: Runtime;
  try {
    runtime = await openRuntime(config, log, options);
  } catch (error) {
    // A key the run resolves at start-up (FEEDBACK_ROUTE_KEY) is configuration too.
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(78);
    }
    throw error;
  }
  if (stopAskedBy) {
    log.info({ reason: stopAskedBy }, 'stopped before starting');
    await runtime
      .close()
      .catch((error: Error) => log.error({ err: error.message }, 'connections did not close cleanly'));
    process.exit(0);
  }
  const running = await roles(runtime);
  let stopping = false;
  shutdown = async (reason: string, exitCode: number) => {
    if (stopping) return;
    stopping = true;
    const deadline = setTimeout(() => {
      log.error({ reason, graceMs: SHUTDOWN_GRACE_MS }, 'did not stop in time; exiting');
      process.exit(exitCode === 0 ? 1 : exitCode);
    }, SHUTDOWN_GRACE_MS);
    deadline.unref();
    log.info({ reason }, 'shutting down');
    for (const role of [...running].reverse()) {
      await role
        .stop()
        .catch((error: Error) => log.error({ role: role.name, err: error.message }, 'role did not stop cleanly'));
    }
    await runtime
      .close()
      .catch((error: Error) => log.error({ err: error.message }, 'connections did not close cleanly'));
    log.info({ exitCode }, 'stopped');
    process.exit(exitCode);
  };
  // A signal that came while the roles started.
  if (stopAskedBy) void shutdown(stopAskedBy, 0);
  // A fault nothing caught leaves the process in an unknown state: say what it was, stop in
  // order (jobs in progress finish, connections close) and exit non-zero so a supervisor restarts it.
  const fatal = (kind: string) => (error: unknown) => {
    log.fatal(
      { kind, err: error instanceof Error ? { message: error.message, stack: error.stack } : String(error) },
      'unexpected fault; stopping',
    );
    if (stopping) return;
    void shutdown?.(kind, 70); // EX_SOFTWARE
  };
  process.on('unhandledRejection', fatal('unhandledRejection'));
  process.on('uncaughtException', fatal('uncaughtException'));
}
