import { randomBytes } from 'node:crypto';
import { LogLevel, WebClient } from '@slack/web-api';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { GATE_MAX_WAIT_MS, type GatePaces, SlackBusy, SlackGate } from '../../src/infra/queue/slack-gate.ts';
import type { SlackMethod } from '../../src/infra/queue/slack-tiers.ts';
import { FakeSlack, type RecordedCall } from '../fakes/fake-slack.ts';

const WORKSPACE = 'T0GATE';

/** Calls `send` through the gate as a job would: turned away, it waits the delay it was given and tries again. */
async function asAJob<T>(
  gate: SlackGate,
  send: () => Promise<T>,
  delays: number[] = [],
  method: SlackMethod = 'chat.postMessage',
): Promise<T> {
  for (;;) {
    try {
      return await gate.call(WORKSPACE, method, send);
    } catch (error) {
      if (!(error instanceof SlackBusy)) throw error;
      delays.push(error.delayMs);
      await new Promise((resolve) => setTimeout(resolve, error.delayMs));
    }
  }
}

describe('the workspace gate against a Slack that enforces its rate limit', () => {
  let redis: Redis;
  let slack: FakeSlack;
  let client: WebClient;
  let prefix: string;

  beforeAll(async () => {
    redis = new Redis(inject('redisUrl'));
    // Slack's limits as the fake enforces them: the pace, and a short burst (three calls) for the
    // jitter of requests on their way, which the gate does not control. Posts go at twenty a
    // second; the other methods at their tiers' paces, scaled up (Tier 3 at 600 a minute, Tier 4
    // at 1,200) so a round takes seconds, not minutes.
    slack = await FakeSlack.start({
      rateLimit: {
        perSecond: 20,
        burst: 3,
        methods: ['chat.postMessage'],
        perMethod: {
          'conversations.open': { perSecond: 10, burst: 3 },
          'conversations.info': { perSecond: 10, burst: 3 },
          'users.info': { perSecond: 20, burst: 3 },
        },
      },
    });
    client = new WebClient('xoxb-gate', {
      slackApiUrl: slack.apiUrl,
      rejectRateLimitedCalls: true,
      retryConfig: { retries: 0 },
      logLevel: LogLevel.ERROR,
    });
  });
  afterAll(async () => {
    await slack.stop();
    await redis.quit();
  });
  beforeEach(() => {
    slack.reset();
    prefix = `gate-${randomBytes(4).toString('hex')}`;
  });

  const post = (i: number) => () => client.chat.postMessage({ channel: `U${i}`, text: `prompt ${i}` });

  it('when forty sends are asked for at once at twenty a second, then they leave evenly spaced and Slack refuses none', async () => {
    const gate = new SlackGate(redis, prefix, 20);
    const started = Date.now();
    await Promise.all(Array.from({ length: 40 }, (_, i) => asAJob(gate, post(i))));
    const sent = slack
      .callsTo('chat.postMessage')
      .filter((c) => c.answered === 'ok')
      .map((c) => c.at);
    expect(sent).toHaveLength(40);
    expect(slack.rateLimitRefusals()).toEqual([]);
    // One every 50 ms: Slack's burst was never exceeded (above), and the usual gap is the pace.
    const gaps = sent
      .slice(1)
      .map((at, i) => at - sent[i]!)
      .sort((a, b) => a - b);
    expect(gaps[Math.floor(gaps.length / 2)]).toBeGreaterThanOrEqual(40);
    expect(gaps[Math.floor(gaps.length / 2)]).toBeLessThanOrEqual(60);
    // The pace is kept, not undercut by far: 40 sends take about two seconds.
    expect(Date.now() - started).toBeLessThan(4000);
  });

  it('when the event loop is held while sends wait for their slots, then the late ones take new slots instead of reaching Slack together', async () => {
    const gate = new SlackGate(redis, prefix, 20);
    const sends = Array.from({ length: 6 }, (_, i) => asAJob(gate, post(i)));
    // Let the six reserve their slots (over the next quarter second), then hold the loop past them all.
    await new Promise((resolve) => setTimeout(resolve, 20));
    const heldUntil = Date.now() + 400;
    while (Date.now() < heldUntil) {
      // busy: what a long synchronous task does to every timer in the process
    }
    await Promise.all(sends);
    expect(slack.rateLimitRefusals()).toEqual([]);
    expect(slack.callsTo('chat.postMessage').filter((c) => c.answered === 'ok')).toHaveLength(6);
  });

  it('when a slot is further off than a job may wait, then the job is turned away without taking it, for at least as long as the slot is off', async () => {
    const gate = new SlackGate(redis, prefix, 2);
    await gate.call(WORKSPACE, 'chat.postMessage', post(1));
    const error = await gate.call(WORKSPACE, 'chat.postMessage', post(2)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SlackBusy);
    expect((error as SlackBusy).delayMs).toBeGreaterThan(GATE_MAX_WAIT_MS);
    expect((error as SlackBusy).delayMs).toBeGreaterThanOrEqual(400);
    // Not taken: after the first slot's half second, the next caller gets the slot at once.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const before = Date.now();
    await gate.call(WORKSPACE, 'chat.postMessage', post(3));
    expect(Date.now() - before).toBeLessThan(GATE_MAX_WAIT_MS);
    expect(slack.callsTo('chat.postMessage').map((c) => c.args.channel)).toEqual(['U1', 'U3']);
  });

  it('when Slack answers 429 with Retry-After, then the refused send is delayed that long and every other post to the workspace waits it out too', async () => {
    const gate = new SlackGate(redis, prefix, 20);
    slack.failNext('chat.postMessage', { rateLimitedFor: 1 });
    const refused = await gate.call(WORKSPACE, 'chat.postMessage', post(1)).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(SlackBusy);
    expect((refused as SlackBusy).delayMs).toBeGreaterThanOrEqual(1000);
    const pausedAt = Date.now();
    const other = await gate.call(WORKSPACE, 'chat.postMessage', post(2)).catch((e: unknown) => e);
    expect(other).toBeInstanceOf(SlackBusy);
    const delays: number[] = [];
    await asAJob(gate, post(3), delays);
    expect(Date.now() - pausedAt).toBeGreaterThanOrEqual(900);
    expect(slack.callsTo('chat.postMessage').map((c) => `${c.args.channel}:${c.answered}`)).toEqual([
      'U1:rate_limited',
      'U3:ok',
    ]);
  });

  it('when another worker’s send is answered 429 while a send waits for its slot, then that send is turned away until the pause ends instead of reaching Slack', async () => {
    // Two worker processes on one workspace; slots a fifth of a second apart, within the wait a job may do.
    const first = new SlackGate(redis, prefix, 5);
    const second = new SlackGate(redis, prefix, 5);
    slack.failNext('chat.postMessage', { rateLimitedFor: 1 });
    const refused = first.call(WORKSPACE, 'chat.postMessage', post(1)).catch((e: unknown) => e);
    const waiting = second.call(WORKSPACE, 'chat.postMessage', post(2)).catch((e: unknown) => e);
    expect(await refused).toBeInstanceOf(SlackBusy);
    const turnedAway = await waiting;
    expect(turnedAway).toBeInstanceOf(SlackBusy);
    // Its slot came a fifth of a second into the one-second pause: it waits out the rest.
    expect((turnedAway as SlackBusy).delayMs).toBeGreaterThanOrEqual(600);
    expect(slack.callsTo('chat.postMessage').map((c) => `${c.args.channel}:${c.answered}`)).toEqual([
      'U1:rate_limited',
    ]);
  });

  it('when a second’s worth is asked for by two worker processes just before a second ends, then they still leave one at a time and Slack refuses none', async () => {
    // Two gates on one workspace (two worker processes): the pace is shared in Redis.
    const first = new SlackGate(redis, prefix, 20);
    const second = new SlackGate(redis, prefix, 20);
    const now = Date.now();
    await new Promise((resolve) => setTimeout(resolve, 1000 - (now % 1000) - 100));
    await Promise.all(Array.from({ length: 20 }, (_, i) => asAJob(i % 2 ? first : second, post(i))));
    expect(slack.rateLimitRefusals()).toEqual([]);
    expect(slack.callsTo('chat.postMessage').filter((c) => c.answered === 'ok')).toHaveLength(20);
  });

  describe('with a pace per tier', () => {
    const PACES: GatePaces = { postPerSecond: 20, tier2PerMinute: 300, tier3PerMinute: 600, tier4PerMinute: 1200 };
    const open = (i: number) => () => client.conversations.open({ users: `U${i}A,U${i}B` });
    const lookUp = (i: number) => () => client.users.info({ user: `U${i}` });
    const channelInfo = () => client.conversations.info({ channel: 'CTIER' });
    beforeAll(() => {
      for (let i = 0; i < 40; i += 1) slack.addUser({ id: `U${i}`, tz: 'UTC' });
    });

    /** Calls a second that Slack accepted, from the first to the last, and the median gap between two (ms). */
    const pace = (calls: RecordedCall[]) => {
      const at = calls.filter((c) => c.answered === 'ok').map((c) => c.at);
      const gaps = at
        .slice(1)
        .map((t, i) => t - at[i]!)
        .sort((a, b) => a - b);
      return {
        count: at.length,
        perSecond: ((at.length - 1) * 1000) / (at.at(-1)! - at[0]!),
        medianGap: gaps[gaps.length >> 1]!,
      };
    };

    it('when Tier 3 calls, Tier 4 calls and posts go through one workspace’s gate side by side, then each method keeps its own tier’s pace and Slack refuses none', async () => {
      const gate = new SlackGate(redis, prefix, PACES);
      await Promise.all([
        ...Array.from({ length: 30 }, (_, i) => asAJob(gate, open(i), [], 'conversations.open')),
        ...Array.from({ length: 40 }, (_, i) => asAJob(gate, lookUp(i), [], 'users.info')),
        ...Array.from({ length: 60 }, (_, i) => asAJob(gate, post(i))),
      ]);
      expect(slack.rateLimitRefusals()).toEqual([]);
      const opens = pace(slack.callsTo('conversations.open'));
      const looks = pace(slack.callsTo('users.info'));
      const posts = pace(slack.callsTo('chat.postMessage'));
      expect([opens.count, looks.count, posts.count]).toEqual([30, 40, 60]);
      // Each at its own pace, evenly spaced: Tier 3 every 100 ms, Tier 4 and the posts every 50 ms.
      expect(opens.medianGap).toBeGreaterThanOrEqual(90);
      expect(opens.medianGap).toBeLessThanOrEqual(130);
      expect(looks.medianGap).toBeGreaterThanOrEqual(40);
      expect(looks.medianGap).toBeLessThanOrEqual(65);
      expect(posts.medianGap).toBeGreaterThanOrEqual(40);
      expect(posts.medianGap).toBeLessThanOrEqual(65);
      // Never faster than the tier allows, and not held back by the others: with one pace for
      // all, the posts would share twenty a second with 70 other calls.
      expect(opens.perSecond).toBeLessThanOrEqual(10.5);
      expect(opens.perSecond).toBeGreaterThanOrEqual(6);
      expect(looks.perSecond).toBeLessThanOrEqual(21);
      expect(looks.perSecond).toBeGreaterThanOrEqual(12);
      expect(posts.perSecond).toBeLessThanOrEqual(21);
      expect(posts.perSecond).toBeGreaterThanOrEqual(12);
    });

    it('when Slack answers 429 to a Tier 3 method, then posts, Tier 4 calls and other Tier 3 methods go on at once while that method waits the pause out', async () => {
      const gate = new SlackGate(redis, prefix, PACES);
      slack.failNext('conversations.open', { rateLimitedFor: 1 });
      const refused = await gate.call(WORKSPACE, 'conversations.open', open(1)).catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(SlackBusy);
      expect((refused as SlackBusy).delayMs).toBeGreaterThanOrEqual(1000);
      const pausedAt = Date.now();

      // Other methods' calls leave without delay, in the job itself: Slack's limits are per method.
      await gate.call(WORKSPACE, 'chat.postMessage', post(1));
      await gate.call(WORKSPACE, 'chat.postMessage', post(2));
      await gate.call(WORKSPACE, 'users.info', lookUp(1));
      await gate.call(WORKSPACE, 'conversations.info', channelInfo);
      expect(Date.now() - pausedAt).toBeLessThan(500);

      // The refused method waits the pause out.
      const held = await gate.call(WORKSPACE, 'conversations.open', open(2)).catch((e: unknown) => e);
      expect(held).toBeInstanceOf(SlackBusy);
      await asAJob(gate, open(2), [], 'conversations.open');
      expect(Date.now() - pausedAt).toBeGreaterThanOrEqual(900);
      expect(slack.calls.map((c) => `${c.method}:${c.answered}`)).toEqual([
        'conversations.open:rate_limited',
        'chat.postMessage:ok',
        'chat.postMessage:ok',
        'users.info:ok',
        'conversations.info:ok',
        'conversations.open:ok',
      ]);
    });
  });
});
