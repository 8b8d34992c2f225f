import type { Redis } from 'ioredis';
import { AppError } from '../shared/errors.ts';

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
