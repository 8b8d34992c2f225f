import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/index.ts';
import { findFreePort } from '../../src/infra/local/find-free-port.ts';
import { startLocalPostgres, type LocalPostgres } from '../../src/infra/local/local-postgres.ts';
import { Harness, WORKSPACE } from '../support/harness.ts';

const HOME = 'CPGHOME';
const LEAD = 'UPGLEAD';
const ANNA = 'UPGANNA';
const MEI = 'UPGMEI';
const DATABASE = 'hexin_restart';

async function waitUntil<T>(
  probe: () => Promise<T | null | undefined | false>,
  what: string,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Hexin on a PostgreSQL of its own (the other test files share another), stopped with a fast
 * shutdown and started again, and its backends terminated, while requests and jobs are in flight.
 * PostgreSQL only: PGlite runs in a thread of the process and cannot restart on its own.
 */
describe.skipIf(process.env.TEST_DATABASE !== 'postgres')('a PostgreSQL restart', () => {
  let base: string;
  let dataDir: string;
  let port: number;
  let server: LocalPostgres;
  let h: Harness;
  let teamId: string;
  const text = (reply: Record<string, unknown>) => String(reply.text);
  const healthz = async () => (await fetch(`${h.url}/healthz`)).status;
  const postsIn = (channel: string, phrase: string) =>
    h.slack
      .callsTo('chat.postMessage')
      .filter((c) => c.args.channel === channel && JSON.stringify(c.args).includes(phrase));
  const prompts = (user: string) =>
    h.slack
      .callsTo('chat.postMessage')
      .filter((c) => c.args.channel === user && JSON.stringify(c.args.blocks ?? '').includes('checkin_snooze'));
  /** Retries due later are made due now, until the queue is empty. */
  const settle = async () => {
    for (let round = 0; round < 10; round++) {
      await h.drain({ timeoutMs: 30_000, horizonMs: 0 });
      if ((await h.promoteDelayed()) === 0) return;
    }
  };

  beforeAll(async () => {
    base = await mkdtemp(path.join(os.tmpdir(), 'hexin-restart-'));
    await chmod(base, 0o755); // the server runs as the postgres user when the tests run as root
    dataDir = path.join(base, 'data');
    port = await findFreePort();
    server = await startLocalPostgres({ dataDir, port });
    const url = await server.createDatabase(DATABASE);
    // Monday 09:30 in Shanghai: a clock tick now is due to prompt every member.
    h = await Harness.start({ now: '2026-11-30T01:30:00Z', env: { DATABASE_URL: url } });
    h.slack.addUser({ id: LEAD, realName: 'Lead', tz: 'Asia/Shanghai', locale: 'en-US', isAdmin: true });
    h.slack.addUser({ id: ANNA, realName: 'Anna', tz: 'Asia/Shanghai', locale: 'en-US' });
    h.slack.addUser({ id: MEI, realName: 'Mei', tz: 'Asia/Shanghai', locale: 'zh-CN' });
    h.slack.setChannelMembers(HOME, [LEAD, ANNA, MEI]);
    await h.command('/hexin', 'setup', { user: LEAD, channel: HOME, channelName: 'restart-route' });
    await h.waitForReply((reply) => text(reply).includes('restart-route'));
    await h.drain();
    teamId = (await h.runtime.stores.teams.findTeamByChannel(WORKSPACE, HOME))!.id;
  });
  afterAll(async () => {
    await h?.close();
    await server?.stop();
    await rm(base, { recursive: true, force: true });
  });

  it('when every backend is terminated, then the process lives and the next request is served as usual', async () => {
    const admin = new pg.Client({ connectionString: server.url });
    await admin.connect();
    // Two statements: in one WHERE the planner may call pg_terminate_backend before the filter.
    const { rows } = await admin.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE datname = $1', [
      DATABASE,
    ]);
    const pids = rows.map((row) => row.pid);
    expect(pids.length).toBeGreaterThan(0);
    await admin.query('SELECT pg_terminate_backend(pid) FROM unnest($1::int[]) AS pid', [pids]);
    // pg_terminate_backend only signals; the kill is over when those backends have exited (each
    // tells its client first). A request racing the kill may rightly be told to try again.
    await waitUntil(
      async () => (await admin.query('SELECT 1 FROM pg_stat_activity WHERE pid = ANY($1)', [pids])).rowCount === 0,
      'the terminated backends to exit',
    );
    await admin.end();
    await h.command('/kudos', `<@${MEI}|mei> #collaboration first light`, { user: ANNA, channel: HOME });
    await h.waitForReply((reply) => text(reply).startsWith('Thanks!'));
    await settle();
    expect(postsIn(HOME, 'first light')).toHaveLength(1);
    expect(await healthz()).toBe(200);
  });

  it('when PostgreSQL stops and starts again, then requests meanwhile are answered in time in the person’s language, /healthz is 503 then 200, and queued jobs run once', async () => {
    // A kudos saved just before the outage, whose post job runs into it.
    await h.stopWorker();
    h.slack.reset();
    await h.command('/kudos', `<@${MEI}|mei> #collaboration covered the night shift`, { user: ANNA, channel: HOME });
    await h.waitForReply((reply) => text(reply).startsWith('Thanks!'));

    await server.stop(); // SIGINT: PostgreSQL's fast shutdown, as `pg_ctl stop -m fast`
    h.startWorker();
    await h.tick(); // 09:30: the check-in prompts are planned while the database is away

    // Requests during the outage: acknowledged within Slack's 3 s, and told the truth in their language.
    for (const [user, locale] of [
      [ANNA, 'en'],
      [MEI, 'zh-CN'],
    ] as const) {
      const began = Date.now();
      const res = await h.command('/kudos', `<@${LEAD}|lead> #collaboration during the outage`, {
        user,
        channel: HOME,
      });
      expect(res.status).toBe(200);
      expect(Date.now() - began).toBeLessThan(3000);
      const told = t(locale, 'common.error.database_unavailable');
      await h.waitForReply((reply) => reply.text === told, 4000);
    }
    expect(await healthz()).toBe(503);
    await new Promise((resolve) => setTimeout(resolve, 1500)); // the jobs meet the outage and are retried later
    expect(postsIn(HOME, 'covered the night shift')).toHaveLength(0);
    expect(h.logLines.filter((line) => line.includes('"job failed"')).length).toBeGreaterThan(0);

    server = await startLocalPostgres({ dataDir, port });
    await waitUntil(async () => (await healthz()) === 200, '/healthz to answer 200 again');
    await settle();

    expect(postsIn(HOME, 'covered the night shift')).toHaveLength(1);
    expect(postsIn(HOME, 'during the outage')).toHaveLength(0);
    for (const user of [LEAD, ANNA, MEI]) expect({ user, prompts: prompts(user).length }).toEqual({ user, prompts: 1 });
    expect(await h.runtime.db.prisma.kudos.count({ where: { teamId } })).toBe(2);
    const failed = (await h.failedJobs()).map((job) => `${job.name}: ${job.failedReason}`);
    expect(failed).toEqual([]);
    const fatal = h.logLines.filter((line) => /"level":60|uncaught|Unhandled 'error'/.test(line));
    expect(fatal).toEqual([]);

    // And the app serves as before.
    await h.command('/kudos', `<@${ANNA}|anna> #collaboration back again`, { user: MEI, channel: HOME });
    await waitUntil(
      async () => (await h.runtime.db.prisma.kudos.count({ where: { teamId } })) === 3,
      'the third kudos to be saved',
    );
    await settle();
    expect(postsIn(HOME, 'back again')).toHaveLength(1);
  });
});
