import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { localMoment } from '../../src/domain/checkins/calendar.ts';
import type { RecordedCall } from '../fakes/fake-slack.ts';
import { dmChannelFor } from '../fakes/fake-slack.ts';
import { freshPostgresDatabase, Harness, SIGNING_SECRET } from '../support/harness.ts';

const HOME = 'CWKHOME';
const LEAD = 'UWKLEAD';
const MEMBERS = Array.from({ length: 50 }, (_, i) => `UWKM${String(i).padStart(2, '0')}`);
const json = (value: unknown) => JSON.stringify(value);
const text = (r: Record<string, unknown>) => String(r.text);

/** A zone where it is around noon now, so the day cannot turn while the test runs. */
function noonZone(): string {
  const offset = Math.min(14, Math.max(-12, 12 - new Date().getUTCHours()));
  // Etc/GMT zones count the other way: Etc/GMT-5 is five hours ahead of UTC.
  return offset === 0 ? 'Etc/UTC' : `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset)}`;
}

describe('a worker killed between Slack’s answer and the database write', () => {
  let h: Harness;
  let databaseUrl: string;
  let teamId: string;
  const zone = noonZone();
  const children: ChildProcess[] = [];

  /** `npm run start:worker`'s entry point, from source, against this test's Redis, database and fake Slack. */
  const startWorkerProcess = (): ChildProcess => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main/worker.ts'], {
      cwd: process.cwd(),
      env: {
        PATH: process.env.PATH ?? '',
        SLACK_BOT_TOKEN: 'xoxb-test-token',
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_API_URL: h.slack.apiUrl,
        REDIS_URL: h.config.REDIS_URL,
        QUEUE_PREFIX: h.config.QUEUE_PREFIX,
        DATABASE_URL: databaseUrl,
        FEEDBACK_ROUTE_KEY: h.runtime.config.FEEDBACK_ROUTE_KEY ?? '',
        SLACK_SENDS_PER_SECOND: '50',
        WORKER_LOCK_MS: '2000',
        LOG_LEVEL: 'warn',
        CHECKPOINT_DISABLE: '1',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    children.push(child);
    return child;
  };
  const exited = (child: ChildProcess) =>
    new Promise<void>((resolve) =>
      child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve()),
    );
  /** SIGKILLs the worker the first time `matches` holds for an accepted call, before Slack's answer reaches it. */
  const killOn = (method: string, child: ChildProcess, matches: (call: RecordedCall) => boolean) => {
    let killed = false;
    const done = new Promise<void>((resolve) => {
      h.slack.onAccepted(method, async (call) => {
        if (killed || !matches(call)) return;
        killed = true;
        child.kill('SIGKILL');
        await exited(child);
        h.slack.onAccepted(method, null);
        resolve();
      });
    });
    return done;
  };
  const prompts = () =>
    h.slack.messages().filter((m) => m.channel.startsWith('D') && json(m.blocks).includes('checkin_snooze'));
  const perChannel = (messages: Array<{ channel: string }>) => {
    const counts: Record<string, number> = {};
    for (const m of messages) counts[m.channel] = (counts[m.channel] ?? 0) + 1;
    return counts;
  };
  const enqueuePrompts = async (ids: string[]) => {
    const today = localMoment(new Date(), zone).date;
    for (const id of ids) {
      const member = (await h.runtime.stores.teams.findMember(teamId, id))!;
      await h.runtime.enqueuer.enqueue({ name: 'checkin-prompt', data: { memberId: member.id, localDate: today } });
    }
  };
  const waitUntil = async (what: string, holds: () => boolean | Promise<boolean>, timeoutMs = 40_000) => {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (await holds()) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`timed out waiting for ${what}`);
  };
  const promptsRecorded = async (n: number) => {
    const rows = await h.runtime.db.session.query<{ n: string }>(
      `SELECT count(*) AS n FROM "CheckinPrompt" WHERE "messageTs" IS NOT NULL`,
    );
    return Number(rows[0]!.n) >= n;
  };

  beforeAll(async () => {
    // The worker runs as its own process and shares the database with the test, so this file
    // always uses PostgreSQL: on the PGlite run too, a database of its own on the run's server.
    databaseUrl = await freshPostgresDatabase();
    h = await Harness.start({ env: { DATABASE_URL: databaseUrl } });
    h.slack.addUser({ id: LEAD, name: 'lead', tz: zone, locale: 'en-US', isAdmin: true });
    for (const id of MEMBERS) h.slack.addUser({ id, name: id.toLowerCase(), tz: zone, locale: 'en-US' });
    h.slack.setChannelMembers(HOME, [LEAD, ...MEMBERS]);
    await h.command('/hexin', 'setup', { user: LEAD, channel: HOME, channelName: 'kill-route' });
    await h.waitForReply((r) => text(r).includes('kill-route'));
    await h.drain({ timeoutMs: 40_000 });
    teamId = (await h.runtime.stores.teams.findTeamByChannel('T0TEST', HOME))!.id;
    expect(await h.runtime.stores.teams.activeMembers(teamId)).toHaveLength(51);
    // Every day a check-in day, so the prompts go out whatever day the test runs.
    await h.runtime.stores.teams.updateTeam(teamId, { checkinDays: [1, 2, 3, 4, 5, 6, 7] });
    // From here on only worker processes run jobs.
    await h.stopWorker();
  }, 120_000);
  afterEach(async () => {
    for (const child of children.splice(0)) {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        await exited(child);
      }
    }
  });
  afterAll(() => h.close());

  it('when it dies right after Slack accepted a check-in prompt (a DM), then after a restart the member has exactly one prompt', async () => {
    const member = MEMBERS[0]!;
    const first = startWorkerProcess();
    const killed = killOn('chat.postMessage', first, (call) => call.args.channel === member);
    await enqueuePrompts([member]);
    await killed;
    expect(perChannel(prompts())).toEqual({ [dmChannelFor(member)]: 1 });

    startWorkerProcess();
    await waitUntil('the prompt to be recorded', () => promptsRecorded(1));
    expect(perChannel(prompts())).toEqual({ [dmChannelFor(member)]: 1 });
    // The retry looked in the DM's history rather than posting again.
    expect(
      h.slack
        .callsTo('conversations.history')
        .some((c) => c.args.channel === dmChannelFor(member) && String(c.args.include_all_metadata) === 'true'),
    ).toBe(true);
    const [row] = await h.runtime.db.session.query<{ messageTs: string; dmChannelId: string }>(
      'SELECT "messageTs", "dmChannelId" FROM "CheckinPrompt" p JOIN "Member" m ON m.id = p."memberId" WHERE m."slackUserId" = $1',
      [member],
    );
    expect(row).toEqual({ messageTs: prompts()[0]!.ts, dmChannelId: dmChannelFor(member) });
  }, 90_000);

  it('when it dies right after Slack accepted a kudos post (a channel post), then after a restart the channel has it once and the recipient one DM', async () => {
    const [giver, receiver] = [MEMBERS[1]!, MEMBERS[2]!];
    const first = startWorkerProcess();
    const killed = killOn('chat.postMessage', first, (call) => call.args.channel === HOME);
    await h.command('/kudos', `<@${receiver}|r> #collaboration covered my route on Friday`, {
      user: giver,
      channel: HOME,
    });
    await h.waitForReply((r) => text(r).startsWith('Thanks!'));
    await killed;
    const kudosPosts = () =>
      h.slack.messages().filter((m) => m.channel === HOME && json(m.blocks).includes('covered my route'));
    const kudosDms = () =>
      h.slack
        .messages()
        .filter((m) => m.channel === dmChannelFor(receiver) && json(m.blocks).includes('covered my route'));
    expect(kudosPosts()).toHaveLength(1);

    startWorkerProcess();
    await waitUntil('the recipient’s DM', () => kudosDms().length > 0);
    await h.drain({ timeoutMs: 20_000 });
    expect(kudosPosts()).toHaveLength(1);
    expect(kudosDms()).toHaveLength(1);
    expect(h.slack.callsTo('conversations.history').some((c) => c.args.channel === HOME)).toBe(true);
  }, 90_000);

  it('when it dies in the middle of a fan-out of fifty prompts, then after a restart every member has exactly one', async () => {
    const fanOut = MEMBERS.slice(3);
    const before = prompts().length;
    const first = startWorkerProcess();
    let accepted = 0;
    const killed = killOn('chat.postMessage', first, () => {
      accepted += 1;
      return accepted === 20;
    });
    await enqueuePrompts([LEAD, ...fanOut]);
    await killed;

    startWorkerProcess();
    await waitUntil('every prompt to be recorded', () => promptsRecorded(1 + 1 + fanOut.length), 60_000);
    const counts = perChannel(prompts().slice(before));
    expect(Object.keys(counts)).toHaveLength(1 + fanOut.length);
    expect(new Set(Object.values(counts))).toEqual(new Set([1]));
  }, 120_000);
});
