import { monitorEventLoopDelay } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Harness, WORKSPACE } from '../support/harness.ts';

const MEMBERS = 2000;
const TEAMS = 8;
/** Prompts sent while the event loop is watched: the tick's planning and enqueueing, then steady sending. */
const WATCHED = 400;
/**
 * The longest the event loop may be held at once while the app shares it with the fan-out, on
 * either database. Planning, enqueueing and relaying 2,000 prompts each in one stretch held it
 * 300–440 ms on a busy two-core machine; in chunks, with the loop let go between them, 55–140 ms
 * there on PostgreSQL and about 125 ms on the embedded database (whose wire server's socket
 * traffic this thread also reads).
 */
const MAX_BLOCK_MS = 200;

/**
 * The all-in-one process: the app, the worker and the relay on one event loop. A fan-out must
 * never hold that loop for long, or every ack waiting behind it is late. On both databases:
 * neither runs on this thread (the embedded one runs in a worker thread behind its wire server).
 */
describe('a 2,000-prompt fan-out in the process that also answers Slack', () => {
  let h: Harness;
  const users: string[] = [];

  beforeAll(async () => {
    // Tuesday 09:00 in Shanghai and Singapore, 10:00 in Tokyo: all due at 01:00 UTC.
    h = await Harness.start({ now: '2026-12-01T00:59:00Z', env: { LOG_LEVEL: 'info' } });
    const { prisma } = h.runtime.db;
    await h.runtime.stores.teams.ensureWorkspace(WORKSPACE);
    const zones = [
      { zone: 'Asia/Shanghai', checkinMinute: 540 },
      { zone: 'Asia/Singapore', checkinMinute: 540 },
      { zone: 'Asia/Tokyo', checkinMinute: 600 },
      { zone: 'Asia/Kolkata', checkinMinute: 390 },
    ];
    for (let t = 0; t < TEAMS; t += 1) {
      const { zone, checkinMinute } = zones[t % zones.length]!;
      const team = await prisma.team.create({
        data: {
          workspaceId: WORKSPACE,
          name: `loop-${t}`,
          homeChannelId: `CLOOP${t}`,
          timeZone: zone,
          checkinMinute,
          reminderMinute: checkinMinute + 120,
        },
      });
      const members = Array.from({ length: MEMBERS / TEAMS }, (_, m) => ({
        teamId: team.id,
        slackUserId: `ULP${t}X${m}`,
        timeZone: zone,
      }));
      await prisma.member.createMany({ data: members });
      users.push(...members.map((m) => m.slackUserId));
    }
  }, 120_000);
  afterAll(() => h?.close());

  it('when 2,000 prompts fall due in one minute, then the event loop is never held for long while they are planned and sent, and each goes once', async () => {
    const prompted = () => h.slack.callsTo('chat.postMessage').filter((c) => c.answered === 'ok');
    const delay = monitorEventLoopDelay({ resolution: 5 });
    h.clock.set('2026-12-01T01:00:00Z');
    delay.enable();
    await h.tick();
    await h.slack.waitFor(() => prompted().length >= WATCHED, 40_000);
    delay.disable();

    const heldMs = delay.max / 1e6;
    expect(
      heldMs,
      `event loop held for ${heldMs.toFixed(1)} ms (p99 ${(delay.percentile(99) / 1e6).toFixed(1)} ms)`,
    ).toBeLessThan(MAX_BLOCK_MS);
    await h.slack.waitFor(() => prompted().length >= MEMBERS, 90_000);
    const channels = prompted().map((c) => String(c.args.channel));
    expect(new Set(channels).size).toBe(MEMBERS);
    expect(channels).toHaveLength(MEMBERS);
    expect(users.filter((u) => !channels.includes(u))).toEqual([]);
  }, 150_000);
});
