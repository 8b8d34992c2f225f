import { ErrorCode, type WebAPIRateLimitedError } from '@slack/web-api';
import type { Redis } from 'ioredis';
import type { Config } from '../../config/env.ts';
import { bucketOf, type SlackBucket, type SlackMethod } from './slack-tiers.ts';

/** Raised when Slack must not be called now; the worker turns it into a job delay. */
export class SlackBusy extends Error {
  readonly code = 'SLACK_BUSY';
  constructor(
    readonly delayMs: number,
    reason: string,
  ) {
    super(`Slack busy (${reason}); retry in ${delayMs} ms`);
  }
}

const isRateLimited = (error: unknown): error is WebAPIRateLimitedError =>
  (error as { code?: string } | null)?.code === ErrorCode.RateLimitedError;

/** A slot this near waits in the job itself; a later one sends the job back to the delayed set, holding no worker. */
export const GATE_MAX_WAIT_MS = 250;

/** How late after its slot a send may still leave: well within the short burst Slack tolerates. */
export const GATE_LATE_MS = 40;

/**
 * Reserves the next slot of a workspace's bucket (KEYS[1]), one every `interval` microseconds
 * by Redis's own clock (every worker process shares it): returns [1, wait ms, slot] with the
 * slot taken, or [0, wait ms, slot] without taking it when the slot is further off than the
 * wait allowed.
 * Microseconds keep a pace like 3 a second exact; the numbers are written with %.0f because
 * Lua's tostring would round them.
 */
const RESERVE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local interval = tonumber(ARGV[1])
local free = tonumber(redis.call('GET', KEYS[1]) or '0')
local slot = math.max(free, now)
local wait = math.ceil((slot - now) / 1000)
if wait > tonumber(ARGV[2]) then return {0, wait, string.format('%.0f', slot)} end
redis.call('SET', KEYS[1], string.format('%.0f', slot + interval), 'PX', wait + math.ceil(interval / 1000) + 60000)
return {1, wait, string.format('%.0f', slot)}
`;

/**
 * Slack said wait: no slot of the bucket before now + ARGV[1] ms, for any worker. The pause's
 * end is also kept on its own (KEYS[2]), so a call that took its slot before the pause can tell.
 */
const PAUSE = `
local t = redis.call('TIME')
local until_us = tonumber(t[1]) * 1000000 + tonumber(t[2]) + tonumber(ARGV[1]) * 1000
local ttl = tonumber(ARGV[1]) + 60000
local free = tonumber(redis.call('GET', KEYS[1]) or '0')
if until_us > free then redis.call('SET', KEYS[1], string.format('%.0f', until_us), 'PX', ttl) end
local paused = tonumber(redis.call('GET', KEYS[2]) or '0')
if until_us > paused then redis.call('SET', KEYS[2], string.format('%.0f', until_us), 'PX', ttl) end
return 1
`;

/**
 * Whether a pause began after the slot ARGV[1] was taken and runs past it: returns the ms
 * left until the pause ends (at least 1), or 0 when the slot may be used. A pause set before
 * the slot was taken already lies behind it, since slots are handed out only after it.
 */
const PAUSED_PAST = `
local paused = tonumber(redis.call('GET', KEYS[1]) or '0')
if paused <= tonumber(ARGV[1]) then return 0 end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
return math.max(1, math.ceil((paused - now) / 1000))
`;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
/** Up to a second more, so the jobs turned away together do not all come back together. */
const jitter = () => Math.floor(Math.random() * 1000);

/** How fast each bucket goes, per workspace: the post pace a second, Slack's tiers a minute. */
export interface GatePaces {
  postPerSecond: number;
  tier2PerMinute: number;
  tier3PerMinute: number;
  tier4PerMinute: number;
}

/** The paces the configuration asks for. */
export function gatePaces(
  config: Pick<
    Config,
    'SLACK_SENDS_PER_SECOND' | 'SLACK_TIER2_PER_MINUTE' | 'SLACK_TIER3_PER_MINUTE' | 'SLACK_TIER4_PER_MINUTE'
  >,
): GatePaces {
  return {
    postPerSecond: config.SLACK_SENDS_PER_SECOND,
    tier2PerMinute: config.SLACK_TIER2_PER_MINUTE,
    tier3PerMinute: config.SLACK_TIER3_PER_MINUTE,
    tier4PerMinute: config.SLACK_TIER4_PER_MINUTE,
  };
}

/** Microseconds between two slots of each bucket; one number paces every bucket at that many calls a second. */
function intervals(paces: number | GatePaces): Record<SlackBucket, number> {
  const perSecond = (n: number) => Math.ceil(1_000_000 / n);
  const perMinute = (n: number) => Math.ceil(60_000_000 / n);
  if (typeof paces === 'number') {
    const each = perSecond(paces);
    return { post: each, tier2: each, tier3: each, tier4: each };
  }
  return {
    post: perSecond(paces.postPerSecond),
    tier2: perMinute(paces.tier2PerMinute),
    tier3: perMinute(paces.tier3PerMinute),
    tier4: perMinute(paces.tier4PerMinute),
  };
}

/**
 * One limiter per workspace for everything jobs send to Slack, shared by every worker process
 * through Redis. Slack limits each method on its own, at its tier's pace (`slack-tiers.ts`), so
 * each method keeps its own evenly spaced slots per workspace, at its bucket's pace: posts one
 * every 1/SLACK_SENDS_PER_SECOND s, a tier's calls one every 60/SLACK_TIERn_PER_MINUTE s. A
 * round of 2,500 conversations.open (Tier 3) therefore never holds up the posts beside it, nor
 * the chat.update of a goal thread (Tier 3 too, but another method). Even spacing
 * lets no burst reach Slack (a window counted per second would let a second's worth go at the
 * end of one second and another at the start of the next). A call whose slot is near waits for
 * it; one further off is raised as SlackBusy with that delay, and one woken too late for its
 * slot takes another rather than leave in a bunch. Slack's own 429 pauses the refused method
 * for Retry-After seconds, for every worker, and the refused job is delayed as long; so is a
 * call of that method that took its slot before the pause but would leave during it.
 */
export class SlackGate {
  /** Short-lived notes kept between attempts of a job, beside the gate's counters. */
  readonly notes: RetryNotes;
  private readonly intervalMicros: Record<SlackBucket, number>;

  /** `paces`: each bucket's pace, or one number of calls a second for every bucket (each still apart). */
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    paces: number | GatePaces,
  ) {
    this.notes = new RetryNotes(redis, prefix);
    this.intervalMicros = intervals(paces);
  }

  /**
   * chat.postMessage keeps the key the single pace had, so during a rolling restart the workers
   * of both versions share it; every other method has a key of its own.
   */
  private key(workspaceId: string, method: SlackMethod): string {
    return `${this.prefix}:slack-rate:${workspaceId}${method === 'chat.postMessage' ? '' : `:${method}`}`;
  }

  private pauseKey(workspaceId: string, method: SlackMethod): string {
    return `${this.prefix}:slack-pause:${workspaceId}${method === 'chat.postMessage' ? '' : `:${method}`}`;
  }

  /** Runs `send`, a call of Slack's `method`, in its turn among the workspace's calls of that method. */
  async call<T>(workspaceId: string, method: SlackMethod, send: () => Promise<T>): Promise<T> {
    const bucket = bucketOf(method);
    const rateKey = this.key(workspaceId, method);
    const pauseKey = this.pauseKey(workspaceId, method);
    let slot = '0';
    for (let retake = 0; ; retake += 1) {
      const [taken, waitMs, reserved] = (await this.redis.eval(
        RESERVE,
        1,
        rateKey,
        this.intervalMicros[bucket],
        GATE_MAX_WAIT_MS,
      )) as [number, number, string];
      // The slot is due `waitMs` after the answer came back: the round trip to Redis and any
      // lag before it was read are not lateness.
      const dueAt = Date.now() + waitMs;
      if (!taken) {
        throw new SlackBusy(waitMs + jitter(), `workspace ${bucket} rate, ${method}`);
      }
      slot = reserved;
      if (waitMs > 0) await sleep(waitMs);
      // Woken well after the slot (the event loop was held): calls that overslept together would
      // reach Slack as a burst, so a late one lets its slot go once and takes the next free one.
      if (retake > 0 || Date.now() - dueAt <= GATE_LATE_MS) break;
    }
    // Another worker's 429 while this one waited for its slot: Slack wants nothing of this method until the pause ends.
    const pausedMs = (await this.redis.eval(PAUSED_PAST, 1, pauseKey, slot)) as number;
    if (pausedMs > 0) throw new SlackBusy(pausedMs + jitter(), `Slack answered 429 to another ${method} call`);
    try {
      return await send();
    } catch (error) {
      if (!isRateLimited(error)) throw error;
      const pauseMs = Math.max(1, error.retryAfter) * 1000;
      await this.redis.eval(PAUSE, 2, rateKey, pauseKey, pauseMs);
      throw new SlackBusy(pauseMs + jitter(), `Slack answered 429 to ${method}`);
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
