import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalRedis, type LocalRedis } from '../../src/infra/local/local-redis.ts';
import { OutboxRelay } from '../../src/infra/queue/outbox-relay.ts';
import { createQueue } from '../../src/infra/queue/queue.ts';
import { Harness } from '../support/harness.ts';

const HOME = 'CHOMEFAULT';
const LEAD = 'ULEADF';
const ANNA = 'UANNAF';
const BO = 'UBOF';
const MEI = 'UMEIF';

async function waitUntil(probe: () => boolean | Promise<boolean>, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A Redis of this file's own (stopped and started here; the other files' Redis is never
 * touched), persisting to a folder as production's does, so a restart keeps the queue.
 */
describe('Redis stopped and started while people act', () => {
  let dataDir: string;
  let redis: LocalRedis;
  let h: Harness;
  let teamId: string;
  const text = (r: Record<string, unknown>) => String(r.text);
  const postsIn = (channel: string) => h.slack.callsTo('chat.postMessage').filter((c) => c.args.channel === channel);
  const kudosPosts = () =>
    postsIn(HOME).filter((c) => JSON.stringify(c.args.blocks ?? c.args.text).includes('recognised'));
  const threadReplies = () => h.slack.messages().filter((m) => m.channel === HOME && m.thread_ts);
  const outboxNames = async () =>
    (await h.runtime.db.prisma.outboxJob.findMany({ orderBy: { createdAt: 'asc' } })).map((row) => row.name);
  const submitCheckin = (user: string, today: string) =>
    h.submitView(
      user,
      {
        callback_id: 'checkin_submit',
        private_metadata: JSON.stringify({ t: teamId, d: '2026-11-30' }),
        blocks: [{ type: 'input', block_id: 'yesterday' }],
      },
      {
        yesterday: { answer: { type: 'plain_text_input', value: 'Visited 4 shops' } },
        today: { answer: { type: 'plain_text_input', value: today } },
        blockers: { answer: { type: 'plain_text_input', value: '' } },
        mood: { answer: { type: 'static_select', selected_option: { value: '4' } } },
      },
    );

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'hexin-redis-outage-'));
    redis = await startLocalRedis({ dataDir });
    h = await Harness.start({ now: '2026-11-30T02:00:00Z', env: { REDIS_URL: redis.url } }); // Monday 10:00 in Shanghai
    h.slack.addUser({ id: LEAD, realName: 'Lead', tz: 'Asia/Shanghai', locale: 'en-US', isAdmin: true });
    h.slack.addUser({ id: ANNA, realName: 'Anna', tz: 'Asia/Shanghai', locale: 'en-US' });
    h.slack.addUser({ id: BO, realName: 'Bo', tz: 'Asia/Shanghai', locale: 'zh-CN' });
    h.slack.addUser({ id: MEI, realName: 'Mei', tz: 'Asia/Shanghai', locale: 'en-US' });
    h.slack.setChannelMembers(HOME, [LEAD, ANNA, BO, MEI]);
    await h.command('/hexin', 'setup', { user: LEAD, channel: HOME, channelName: 'fault-route' });
    await h.waitForReply((r) => text(r).includes('fault-route'));
    await h.drain();
    teamId = (await h.runtime.stores.teams.findTeamByChannel('T0TEST', HOME))!.id;
    expect(await h.runtime.stores.teams.activeMembers(teamId)).toHaveLength(4);
  });
  afterAll(async () => {
    await h?.close();
    await redis?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('when Redis is down while a member gives kudos and another checks in, then both are told it is done, and once Redis is back each is posted exactly once', async () => {
    h.slack.reset();
    const port = redis.port;
    await redis.stop();
    await waitUntil(() => h.runtime.redis.status !== 'ready', 'the app to notice Redis is gone');

    const started = Date.now();
    expect(
      (
        await h.command('/kudos', `<@${BO}|bo> #collaboration took my calls during the outage`, {
          user: ANNA,
          channel: HOME,
        })
      ).status,
    ).toBe(200);
    expect(text(await h.waitForReply((r) => text(r).startsWith('Thanks!')))).toContain(`<@${BO}>`);
    const checkin = await submitCheckin(MEI, 'North route');
    expect(checkin.status).toBe(200);
    expect(checkin.body).toBe(''); // the form closes: the answer is saved
    expect(Date.now() - started).toBeLessThan(3000); // nothing waited for Redis

    // What they did is in the database, with the work it calls for, while Redis is away.
    expect(await h.runtime.db.prisma.kudos.count({ where: { teamId } })).toBe(1);
    expect(await h.runtime.db.prisma.checkinAnswer.count({ where: { teamId } })).toBe(1);
    expect((await outboxNames()).sort()).toEqual(['checkin-publish', 'kudos-post']);
    await sleep(2500); // the relay's sweep keeps trying and failing meanwhile
    expect(await h.runtime.db.prisma.outboxJob.count()).toBe(2);
    expect(kudosPosts()).toHaveLength(0);
    expect(h.logLines.some((l) => l.includes('outbox relay could not move jobs'))).toBe(true);

    redis = await startLocalRedis({ port, dataDir });
    await waitUntil(() => h.runtime.redis.status === 'ready', 'the app to reconnect');
    await h.drain({ timeoutMs: 40_000 });

    expect(kudosPosts()).toHaveLength(1);
    expect(threadReplies()).toHaveLength(1);
    expect(h.slack.callsTo('chat.postMessage').filter((c) => c.args.channel === BO)).toHaveLength(1); // the recipient's DM
    expect(await h.runtime.db.prisma.outboxJob.count()).toBe(0);
    expect(h.logLines.some((l) => l.includes('outbox relay recovered'))).toBe(true);
    // An outage is reported once per connection, at warn, and its end once; nothing at error level.
    const outageLines = h.logLines.filter((l) => l.includes('redis out of reach'));
    expect(outageLines.length).toBeGreaterThanOrEqual(1);
    expect(outageLines.length).toBeLessThanOrEqual(3);
    expect(h.logLines.filter((l) => JSON.parse(l).level >= 50)).toEqual([]);

    // A second relay of the same ids (a lease that ran out, two sweeps at once) is refused by BullMQ.
    const posted = (await h.allJobs()).find((job) => job.name === 'kudos-post')!;
    await h.runtime.stores.outbox.add([{ jobId: posted.id!, name: posted.name, data: posted.data, runAt: new Date() }]);
    h.runtime.relay.kick();
    await h.drain();
    expect(kudosPosts()).toHaveLength(1);
  });

  it('when Redis is down and someone sends anonymous feedback, then they are told it did not go through, in their language, and nothing is kept', async () => {
    const port = redis.port;
    const before = h.slack.callsTo('views.open').length;
    await h.command('/feedback', '', { user: BO, channel: `D${BO.slice(1)}` });
    const modal = (await h.slack.waitFor((all) => all.filter((c) => c.method === 'views.open').length > before))
      .filter((c) => c.method === 'views.open')
      .at(-1)!.args.view as { private_metadata: string };
    await redis.stop();
    await waitUntil(() => h.runtime.redis.status !== 'ready', 'the app to notice Redis is gone');
    try {
      const res = await h.submitView(
        BO,
        { callback_id: 'feedback_submit', private_metadata: modal.private_metadata },
        {
          feedback_category: { value: { type: 'static_select', selected_option: { value: 'procedures' } } },
          feedback_text: { value: { type: 'plain_text_input', value: 'The hand-off to billing is slow' } },
          feedback_sign: { value: { type: 'checkboxes', selected_options: [] } },
        },
      );
      expect(res.status).toBe(200);
      const answer = JSON.parse(res.body) as { response_action: string; errors: Record<string, string> };
      expect(answer.response_action).toBe('errors');
      expect(Object.values(answer.errors)).toEqual(['合心此刻无法保存，这次没有提交成功。请过一分钟再试。']);
      expect(await h.runtime.db.prisma.feedbackThread.count()).toBe(0);
    } finally {
      redis = await startLocalRedis({ port, dataDir });
      await waitUntil(() => h.runtime.redis.status === 'ready', 'the app to reconnect');
    }
  });

  it('when a process dies after the commit and before its relay ran, then the row waits and another process’s sweep delivers it once', async () => {
    h.slack.reset();
    // This process never relays again, as if it had died the moment the kudos committed.
    await h.runtime.relay.stop();
    expect(
      (await h.command('/kudos', `<@${LEAD}|lead> #collaboration thanks for the cover`, { user: MEI, channel: HOME }))
        .status,
    ).toBe(200);
    await h.waitForReply((r) => text(r).startsWith('Thanks!'));
    await sleep(1500);
    expect(await outboxNames()).toEqual(['kudos-post']);
    expect(kudosPosts()).toHaveLength(0);

    // Another process: its own connection and relay over the same database.
    const connection = new Redis(redis.url, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
    await new Promise((resolve) => connection.once('ready', resolve));
    const queue = createQueue(connection, h.config.QUEUE_PREFIX, h.runtime.log);
    const other = new OutboxRelay(h.runtime.stores.outbox, queue, connection, h.runtime.log);
    try {
      other.start();
      await h.drain();
      await sleep(1500); // more sweeps find nothing left to send
      await h.drain();
      expect(kudosPosts()).toHaveLength(1);
      expect(h.slack.callsTo('chat.postMessage').filter((c) => c.args.channel === LEAD)).toHaveLength(1);
      expect(await h.runtime.db.prisma.outboxJob.count()).toBe(0);
    } finally {
      await other.stop();
      await queue.close();
      await connection.quit();
    }
  });

  it('when two relays claim at the same moment, then each row goes to one of them, and a lease that runs out frees the row again', async () => {
    // Both relays of this file are stopped by now, so only these claims touch the rows.
    const outbox = h.runtime.stores.outbox;
    const jobIds = Array.from({ length: 300 }, (_, i) => `member-sync-claim-test-${i}`);
    await outbox.add(
      jobIds.map((jobId) => ({
        jobId,
        name: 'member-sync',
        data: { teamId, slackUserId: LEAD, change: 'joined' },
        runAt: new Date(),
      })),
    );
    const [first, second] = await Promise.all([outbox.claim(200, 60_000, 10), outbox.claim(200, 60_000, 10)]);
    const taken = [...first!, ...second!].map((row) => row.jobId);
    expect(taken.sort()).toEqual([...jobIds].sort());
    expect(await outbox.claim(200, 60_000, 10)).toEqual([]); // all leased

    await outbox.release(
      first!.map((row) => row.jobId),
      'test',
    );
    expect((await outbox.claim(500, 1, 10)).map((row) => row.jobId).sort()).toEqual(
      first!.map((row) => row.jobId).sort(),
    );
    await sleep(20);
    expect(await outbox.claim(500, 60_000, 10)).toHaveLength(first!.length); // the 1 ms lease ran out
    await outbox.remove(jobIds);
    expect(await outbox.count()).toBe(0);
  });

  it('when the queue refuses one outbox row while Redis is up, then the rows beside it are delivered and the bad one is set aside with one error line', async () => {
    await h.runtime.relay.stop(); // this relay alone, with its own bound, touches the rows
    const outbox = h.runtime.stores.outbox;
    const good = ['member-sync-beside-bad-0', 'member-sync-beside-bad-1', 'member-sync-beside-bad-2'];
    const data = { teamId, slackUserId: LEAD, change: 'joined' };
    // BullMQ refuses a custom id with one ':'; written directly, as a bug elsewhere might.
    await outbox.add([
      { jobId: good[0]!, name: 'member-sync', data, runAt: new Date() },
      { jobId: 'bad:row', name: 'member-sync', data: { ...data, slackUserId: MEI }, runAt: new Date() },
      { jobId: good[1]!, name: 'member-sync', data, runAt: new Date() },
      { jobId: good[2]!, name: 'member-sync', data, runAt: new Date() },
    ]);
    const connection = new Redis(redis.url, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
    await new Promise((resolve) => connection.once('ready', resolve));
    const queue = createQueue(connection, h.config.QUEUE_PREFIX, h.runtime.log);
    const relay = new OutboxRelay(outbox, queue, connection, h.runtime.log, { sweepMs: 50, maxAttempts: 3 });
    const setAside = () => h.logLines.filter((l) => l.includes('set aside'));
    try {
      relay.start();
      await waitUntil(
        async () => (await h.runtime.db.prisma.outboxJob.findUnique({ where: { jobId: 'bad:row' } }))?.attempts === 3,
        'the bad row to be refused three times',
      );
      await sleep(500); // many more sweeps: the row is no longer claimed
      // The harness's drain waits for an empty outbox, which this row keeps from happening.
      await waitUntil(
        async () =>
          (await h.allJobs()).filter((job) => good.includes(job.id!) && job.finishedOn).length === good.length,
        'the good rows to run',
      );
      const left = await h.runtime.db.prisma.outboxJob.findMany();
      expect(left.map((row) => [row.jobId, row.attempts])).toEqual([['bad:row', 3]]);
      expect(left[0]!.lastError).toContain('cannot contain');
      expect(setAside()).toHaveLength(1);
      const line = JSON.parse(setAside()[0]!) as Record<string, unknown>;
      expect(line).toMatchObject({ level: 50, jobId: 'bad:row', name: 'member-sync' });
      expect(setAside()[0]).not.toContain(MEI); // the payload is never logged
    } finally {
      await relay.stop();
      await queue.close();
      await connection.quit();
      await outbox.remove(['bad:row']);
    }
  });
});
