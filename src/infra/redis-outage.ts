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
    if (redis.status !== 'ready' || OUT_OF_REACH.test((error as Error).message ?? '')) throw new AppError('REDIS_UNAVAILABLE', 'common.error.not_saved');
    throw error;
  }
}

const CONNECTION_LOST = /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|EHOSTUNREACH|Connection is closed|enableOfflineQueue|max retries per request|getaddrinfo/i;

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
