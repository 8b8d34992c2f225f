import { randomBytes } from 'node:crypto';
import { LogLevel, WebClient } from '@slack/web-api';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { GATE_MAX_WAIT_MS, SlackBusy, SlackGate } from '../../src/infra/queue/slack-gate.ts';
import { FakeSlack } from '../fakes/fake-slack.ts';

const WORKSPACE = 'T0GATE';

/** Calls `send` through the gate as a job would: turned away, it waits the delay it was given and tries again. */
async function asAJob<T>(gate: SlackGate, send: () => Promise<T>, delays: number[] = []): Promise<T> {
  for (;;) {
    try {
      return await gate.call(WORKSPACE, send);
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
    // Slack's limit as the fake enforces it: the pace, and a short burst (three calls) for the
    // jitter of requests on their way, which the gate does not control.
    slack = await FakeSlack.start({ rateLimit: { perSecond: 20, burst: 3, methods: ['chat.postMessage'] } });
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
    await gate.call(WORKSPACE, post(1));
    const error = await gate.call(WORKSPACE, post(2)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SlackBusy);
    expect((error as SlackBusy).delayMs).toBeGreaterThan(GATE_MAX_WAIT_MS);
    expect((error as SlackBusy).delayMs).toBeGreaterThanOrEqual(400);
    // Not taken: after the first slot's half second, the next caller gets the slot at once.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const before = Date.now();
    await gate.call(WORKSPACE, post(3));
    expect(Date.now() - before).toBeLessThan(GATE_MAX_WAIT_MS);
    expect(slack.callsTo('chat.postMessage').map((c) => c.args.channel)).toEqual(['U1', 'U3']);
  });

  it('when Slack answers 429 with Retry-After, then the refused send is delayed that long and every other caller of the workspace waits it out too', async () => {
    const gate = new SlackGate(redis, prefix, 20);
    slack.failNext('chat.postMessage', { rateLimitedFor: 1 });
    const refused = await gate.call(WORKSPACE, post(1)).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(SlackBusy);
    expect((refused as SlackBusy).delayMs).toBeGreaterThanOrEqual(1000);
    const pausedAt = Date.now();
    const other = await gate.call(WORKSPACE, post(2)).catch((e: unknown) => e);
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
    const refused = first.call(WORKSPACE, post(1)).catch((e: unknown) => e);
    const waiting = second.call(WORKSPACE, post(2)).catch((e: unknown) => e);
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
});
