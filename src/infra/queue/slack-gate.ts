import { ErrorCode, type WebAPIRateLimitedError } from '@slack/web-api';
import type { Redis } from 'ioredis';

/** Raised when Slack must not be called now; the worker turns it into a job delay. */
export class SlackBusy extends Error {
  readonly code = 'SLACK_BUSY';
  constructor(readonly delayMs: number, reason: string) {
    super(`Slack busy (${reason}); retry in ${delayMs} ms`);
  }
}

const isRateLimited = (error: unknown): error is WebAPIRateLimitedError =>
  (error as { code?: string } | null)?.code === ErrorCode.RateLimitedError;

/**
 * One limiter per workspace for everything jobs send to Slack: a fixed one-second window
 * in Redis shared by every worker process, and Slack's own 429 answers turned into a delay
 * of Retry-After seconds instead of a blocked client.
 */
export class SlackGate {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly perSecond: number,
  ) {}

  async call<T>(workspaceId: string, send: () => Promise<T>): Promise<T> {
    const now = Date.now();
    const second = Math.floor(now / 1000);
    const key = `${this.prefix}:slack-rate:${workspaceId}:${second}`;
    const [[, count]] = (await this.redis.multi().incr(key).pexpire(key, 2000).exec()) as [[null, number], [null, number]];
    if (count > this.perSecond) {
      const jitter = Math.floor(Math.random() * 250);
      throw new SlackBusy(1000 - (now % 1000) + jitter, 'workspace send rate');
    }
    try {
      return await send();
    } catch (error) {
      if (isRateLimited(error)) throw new SlackBusy(Math.max(1, error.retryAfter) * 1000, 'Slack answered 429');
      throw error;
    }
  }
}
