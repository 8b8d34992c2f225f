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
  /** Short-lived notes kept between attempts of a job, beside the gate's counters. */
  readonly notes: RetryNotes;

  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly perSecond: number,
  ) {
    this.notes = new RetryNotes(redis, prefix);
  }

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

/**
 * What one attempt of a job learnt about Slack that the next attempt may trust (each note
 * expires): a retried post's search found nothing and the gate then turned the post away, or
 * the id of a user's DM. Without them, a retry under a gate of one call a second would spend
 * every second on the same look-up and never reach its post.
 */
export class RetryNotes {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  private key(workspaceId: string, name: string): string {
    return `${this.prefix}:retry-note:${workspaceId}:${name}`;
  }

  async write(workspaceId: string, name: string, value: string, ttlMs: number): Promise<void> {
    await this.redis.set(this.key(workspaceId, name), value, 'PX', ttlMs);
  }

  async read(workspaceId: string, name: string): Promise<string | null> {
    return this.redis.get(this.key(workspaceId, name));
  }

  /** Reads the note and removes it in one step. */
  async take(workspaceId: string, name: string): Promise<string | null> {
    return this.redis.getdel(this.key(workspaceId, name));
  }
}
