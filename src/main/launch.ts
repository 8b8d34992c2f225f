import { existsSync } from 'node:fs';
import { ConfigError, loadConfig, type Config } from '../config/env.ts';
import { createLogger, type Logger } from '../shared/logger.ts';
import type { Running } from './roles.ts';
import { openRuntime, type Runtime } from './runtime.ts';

/** An orderly stop after a fault gets this long before the process exits regardless. */
const SHUTDOWN_GRACE_MS = 30_000;

/**
 * Starts the given roles and stops them in reverse order on SIGINT/SIGTERM: the app stops
 * taking requests, the clock stops ticking, workers finish their jobs, then connections close.
 */
export async function launch(roles: (runtime: Runtime) => Promise<Running[]>, options: { embedded: boolean }): Promise<void> {
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
  const running = await roles(runtime);
  let stopping = false;
  const shutdown = async (reason: string, exitCode: number) => {
    if (stopping) return;
    stopping = true;
    log.info({ reason }, 'shutting down');
    for (const role of [...running].reverse()) {
      await role.stop().catch((error: Error) => log.error({ role: role.name, err: error.message }, 'role did not stop cleanly'));
    }
    await runtime.close().catch((error: Error) => log.error({ err: error.message }, 'connections did not close cleanly'));
    log.info({ exitCode }, 'stopped');
    process.exit(exitCode);
  };
  // Kept for the whole run: under `npm start` a Ctrl-C arrives twice (from the terminal and
  // forwarded by npm), and the second must not cut the orderly stop short.
  process.on('SIGINT', () => void shutdown('SIGINT', 0));
  process.on('SIGTERM', () => void shutdown('SIGTERM', 0));
  // A fault nothing caught leaves the process in an unknown state: say what it was, stop in
  // order (jobs in progress finish, connections close) and exit non-zero so a supervisor restarts it.
  const fatal = (kind: string) => (error: unknown) => {
    log.fatal({ kind, err: error instanceof Error ? { message: error.message, stack: error.stack } : String(error) }, 'unexpected fault; stopping');
    if (stopping) return;
    const deadline = setTimeout(() => process.exit(70), SHUTDOWN_GRACE_MS);
    deadline.unref();
    void shutdown(kind, 70); // EX_SOFTWARE
  };
  process.on('unhandledRejection', fatal('unhandledRejection'));
  process.on('uncaughtException', fatal('uncaughtException'));
}
