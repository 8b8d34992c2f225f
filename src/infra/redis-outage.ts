import type { Redis } from 'ioredis';
import { AppError } from '../shared/errors.ts';
import type { Logger } from '../shared/logger.ts';

/** ioredis's words for "not connected": no offline queue, a dropped connection, retries spent. */
const OUT_OF_REACH = /enableOfflineQueue|Connection is closed|max retries per request/i;

/**
 * Runs a Redis command for something a person is doing, where Redis is the only store (a pulse
 * answer, a rate limit). With Redis out of reach nothing is kept, so the person is told it did
 * not go through and to try again, instead of being thanked.
 */
export async function whileRedisIsUp<T>(redis: Redis, command: () => Promise<T>): Promise<T> {
  try {
    return await command();
  } catch (error) {
    if (redis.status !== 'ready' || OUT_OF_REACH.test((error as Error).message ?? ''))
      throw new AppError('REDIS_UNAVAILABLE', 'common.error.not_saved');
    throw error;
  }
}

const CONNECTION_LOST =
  /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|EHOSTUNREACH|Connection is closed|enableOfflineQueue|max retries per request|getaddrinfo/i;

/** A lost Redis connection, which watchRedisConnection already reports once per outage. */
export const isRedisConnectionError = (error: Error): boolean => CONNECTION_LOST.test(error.message ?? '');

/**
 * Logs a connection's outage once, at warn, and its return once: ioredis emits an error on
 * every reconnect attempt, which would otherwise fill the log while Redis is away.
 */
export function watchRedisConnection(redis: Redis, log: Logger, connection: string): void {
  let away = false;
  redis.on('error', (error: Error) => {
    if (away) return;
    away = true;
    log.warn({ connection, err: error.message }, 'redis out of reach; retrying');
  });
  redis.on('ready', () => {
    if (!away) return;
    away = false;
    log.info({ connection }, 'redis reachable again');
  });
}

/**
 * Start-up waits for Redis, saying so: ioredis retries quietly (and a connection that hangs
 * never errors), so without these lines a run would seem stuck. The first line comes after
 * `firstNoticeMs`, then one every `everyMs` until Redis answers.
 */
export async function untilRedisReady(
  redis: Redis,
  log: Logger,
  options: { firstNoticeMs?: number; everyMs?: number } = {},
): Promise<void> {
  if (redis.status === 'ready') return;
  const { firstNoticeMs = 2_000, everyMs = 10_000 } = options;
  const started = Date.now();
  const notice = () =>
    log.warn(
      {
        redis: `${redis.options.host}:${redis.options.port}`,
        waitedSeconds: Math.round((Date.now() - started) / 1000),
      },
      'Redis is not reachable yet; still trying. Check that Redis is running and that REDIS_URL points to it',
    );
  let repeat: NodeJS.Timeout | undefined;
  const first = setTimeout(() => {
    notice();
    repeat = setInterval(notice, everyMs);
  }, firstNoticeMs);
  try {
    await new Promise((resolve) => redis.once('ready', resolve));
  } finally {
    clearTimeout(first);
    clearInterval(repeat);
  }
  if (Date.now() - started >= firstNoticeMs) log.info('Redis is reachable; starting');
}
