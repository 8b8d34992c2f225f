import type { Redis } from 'ioredis';
import { whileRedisIsUp } from '../redis-outage.ts';
import type { FeedbackKeys } from './feedback-keys.ts';

const DAY_MS = 24 * 3600 * 1000;

/**
 * Counts what one person did today without naming them: the Redis key is the day's keyed
 * hash of (what, workspace, user), and it expires an hour after the UTC day ends. The key
 * of the hash changes every day, so days cannot be linked; the expiry is the same for
 * everyone, so it does not tell when the first message was written.
 */
export class RotatingRateCounter {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly keys: FeedbackKeys,
  ) {}

  /** Counts one more and says whether it is still within `limit` for the UTC day of `now`. */
  async take(
    what: string,
    workspaceId: string,
    userId: string,
    limit: number,
    now: Date,
  ): Promise<{ allowed: boolean; count: number }> {
    const day = now.toISOString().slice(0, 10);
    const key = `${this.prefix}:feedback-rate:${this.keys.rateTag(day, `${what}|${workspaceId}|${userId}`)}`;
    // Set on every count, relative to now: what remains is "until an hour after the day ends",
    // whoever counted and whenever, so the remaining time tells nothing either.
    const ttlSeconds = Math.ceil((Date.parse(`${day}T00:00:00Z`) + DAY_MS - now.getTime()) / 1000) + 3600;
    const results = await whileRedisIsUp(this.redis, () => this.redis.multi().incr(key).expire(key, ttlSeconds).exec());
    const count = Number(results?.[0]?.[1] ?? Number.POSITIVE_INFINITY);
    return { allowed: count <= limit, count };
  }
}
