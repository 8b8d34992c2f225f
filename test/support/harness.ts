import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { Queue } from 'bullmq';
import pg from 'pg';
import { inject } from 'vitest';
import { loadConfig, type Config } from '../../src/config/env.ts';
import { tick } from '../../src/infra/clock/clock.ts';
import { QUEUE_NAME } from '../../src/infra/queue/queue.ts';
import { startApp, startWorker, type Running } from '../../src/main/roles.ts';
import { openRuntime, type Runtime } from '../../src/main/runtime.ts';
import { createLogger } from '../../src/shared/logger.ts';
import { viewAckProblems } from '../fakes/block-kit-check.ts';
import { FAKE_BOT_ID, FAKE_BOT_USER_ID, FAKE_TEAM_ID, FakeSlack } from '../fakes/fake-slack.ts';
import { form, postToApp, type SlackPost } from './signed-requests.ts';

export const SIGNING_SECRET = 'test-signing-secret';
export const WORKSPACE = FAKE_TEAM_ID;

/** A settable clock: tests move time; the app, worker and clock all read it. */
export class TestClock {
  constructor(private current: Date) {}
  now = (): Date => new Date(this.current);
  set(at: Date | string): void {
    this.current = new Date(at);
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

/** A fresh database on the run's PostgreSQL server (which allows CREATE DATABASE). */
export async function freshPostgresDatabase(): Promise<string> {
  const admin = inject('postgresUrl');
  const name = `hexin_test_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`CREATE DATABASE "${name}"`);
  await client.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return url.toString();
}

/** A fresh PostgreSQL database when the run is on PostgreSQL; undefined on PGlite. */
export async function databaseUrlForThisFile(): Promise<string | undefined> {
  return process.env.TEST_DATABASE === 'postgres' ? freshPostgresDatabase() : undefined;
}

/**
 * Everything real but Slack: the Bolt HTTP receiver on a free port, a BullMQ worker, Redis
 * with a queue prefix of this test file's own, the database of the run (PGlite in memory, in
 * its thread behind the wire server as `npm start` runs it, or a fresh PostgreSQL database),
 * and the fake Slack Web API they all talk to.
 */
/** A delayed job the worker promoted itself between the listing and our promote is due already: that is fine. */
function ignoreAlreadyDue(error: unknown): void {
  if (error instanceof Error && error.message.includes('is not in the delayed state')) return;
  throw error;
}

export class Harness {
  private worker: Running | null = null;
  private constructor(
    /** Every log line the app and worker wrote, as JSON text. */
    readonly logLines: string[],
    readonly slack: FakeSlack,
    readonly runtime: Runtime,
    readonly config: Config,
    readonly clock: TestClock,
    private readonly app: Running & { port: number | null },
    private readonly probe: Queue,
  ) {}

  static async start(options: { now?: string; env?: Record<string, string> } = {}): Promise<Harness> {
    const slack = await FakeSlack.start();
    const databaseUrl = await databaseUrlForThisFile();
    const config = loadConfig({
      SLACK_BOT_TOKEN: 'xoxb-test-token',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: slack.apiUrl,
      REDIS_URL: inject('redisUrl'),
      QUEUE_PREFIX: `test-${randomBytes(5).toString('hex')}`,
      PGLITE_DIR: 'memory://',
      ...(databaseUrl && { DATABASE_URL: databaseUrl }),
      LOG_LEVEL: 'debug',
      SLACK_SENDS_PER_SECOND: '50',
      // Slack's tiers at 50 calls a second too, so a test's few look-ups never wait out a real minute's pace.
      SLACK_TIER2_PER_MINUTE: '3000',
      SLACK_TIER3_PER_MINUTE: '3000',
      SLACK_TIER4_PER_MINUTE: '3000',
      ...options.env,
    });
    const clock = new TestClock(new Date(options.now ?? Date.now()));
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const runtime = await openRuntime(config, createLogger(config.LOG_LEVEL, sink), {
      embedded: true,
      now: clock.now,
      pgliteSeedFile: inject('pgliteSeedFile'),
    });
    const app = await startApp(runtime, {
      port: 0,
      identity: {
        botId: FAKE_BOT_ID,
        botUserId: FAKE_BOT_USER_ID,
        workspace: { teamId: FAKE_TEAM_ID, enterpriseId: null },
      },
    });
    const probe = new Queue(QUEUE_NAME, { connection: runtime.redis, prefix: config.QUEUE_PREFIX });
    // The runtime's connection already logs its errors; the probe only reads.
    probe.on('error', () => undefined);
    const harness = new Harness(lines, slack, runtime, config, clock, app, probe);
    harness.startWorker();
    return harness;
  }

  get url(): string {
    return `http://127.0.0.1:${this.app.port}`;
  }

  startWorker(): void {
    this.worker ??= startWorker(this.runtime);
  }

  async stopWorker(): Promise<void> {
    await this.worker?.stop();
    this.worker = null;
  }

  /** One clock tick at the harness's current time, from `clocks` clocks at once. */
  async tick(clocks = 1): Promise<void> {
    await Promise.all(Array.from({ length: clocks }, () => tick(this.runtime.enqueuer, this.clock.now())));
  }

  /** Waits until the outbox is empty, no job is waiting or running, and no delayed job is due within `horizonMs`. */
  async drain(options: { timeoutMs?: number; horizonMs?: number } = {}): Promise<void> {
    const deadline = Date.now() + (options.timeoutMs ?? 20_000);
    const horizon = options.horizonMs ?? 5_000;
    let quietPolls = 0;
    while (Date.now() < deadline) {
      const counts = await this.probe.getJobCounts('wait', 'active', 'prioritized');
      // A delayed job's due time is its score in the delayed set (timestamp × 4096 + counter).
      const scores = await this.runtime.redis.zrange(
        `${this.config.QUEUE_PREFIX}:${QUEUE_NAME}:delayed`,
        '0',
        '-1',
        'WITHSCORES',
      );
      const dueTimes = scores.filter((_, i) => i % 2 === 1).map((score) => Math.floor(Number(score) / 0x1000));
      const dueSoon = dueTimes.some((due) => due < Date.now() + horizon);
      const unrelayed = await this.runtime.stores.outbox.count();
      const busy = Object.values(counts).some((n) => n > 0) || dueSoon || unrelayed > 0;
      quietPolls = busy ? 0 : quietPolls + 1;
      // Bolt acks an event before its listener runs: give that listener time to write its job.
      if (quietPolls >= 4) return;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    const delayed = (await this.probe.getDelayed()).map((job) => `${job.name} ${job.id} delay=${job.delay}`);
    throw new Error(
      `queue did not drain: ${JSON.stringify(await this.probe.getJobCounts())}; delayed: ${delayed.join(', ')}; outbox: ${await this.runtime.stores.outbox.count()}`,
    );
  }

  /** Time passes for the queue: every delayed job (a snooze, a backoff) becomes due now. */
  async promoteDelayed(): Promise<number> {
    const delayed = await this.probe.getDelayed();
    await Promise.all(delayed.map((job) => job.promote().catch((error: unknown) => ignoreAlreadyDue(error))));
    return delayed.length;
  }

  async failedJobs() {
    return this.probe.getFailed();
  }

  async allJobs() {
    return this.probe.getJobs(['completed', 'failed', 'delayed', 'wait', 'active']);
  }

  // --- requests into the app, signed like Slack's ---

  post(body: string, contentType: string, options?: Parameters<typeof postToApp>[4]): Promise<SlackPost> {
    return postToApp(`${this.url}/slack/events`, SIGNING_SECRET, body, contentType, options);
  }

  /** A slash command, in the form body Slack sends. */
  command(
    command: string,
    text: string,
    who: { user: string; channel: string; channelName?: string },
    options?: Parameters<typeof postToApp>[4],
  ): Promise<SlackPost> {
    const id = randomBytes(4).toString('hex');
    return this.post(
      form({
        token: 'legacy-verification-token',
        team_id: WORKSPACE,
        team_domain: 'test',
        channel_id: who.channel,
        channel_name: who.channelName ?? 'team-channel',
        user_id: who.user,
        user_name: who.user.toLowerCase(),
        command,
        text,
        api_app_id: 'A0HEXIN',
        is_enterprise_install: 'false',
        response_url: this.slack.responseUrl(`cmd-${id}`),
        trigger_id: `trigger-${id}`,
      }),
      'application/x-www-form-urlencoded',
      options,
    );
  }

  /**
   * A button press (block_actions), as Slack posts it in the `payload` form field: on a
   * message (with a response_url) or on the App Home (`surface: 'home'`, none); a select
   * (`element: 'static_select'`) sends `value` as its selected option. `workspace` is the
   * workspace Slack says the press came from.
   */
  button(
    user: string,
    actionId: string,
    value: string,
    where: {
      channel?: string;
      messageTs?: string;
      workspace?: string;
      surface?: 'message' | 'home';
      element?: 'button' | 'static_select';
    } = {},
  ): Promise<SlackPost> {
    const id = randomBytes(4).toString('hex');
    const workspace = where.workspace ?? WORKSPACE;
    const channel = where.channel ?? `D${user.slice(1)}`;
    const onMessage = (where.surface ?? 'message') === 'message';
    const action =
      where.element === 'static_select'
        ? {
            action_id: actionId,
            block_id: 'b',
            type: 'static_select',
            selected_option: { text: { type: 'plain_text', text: 'x' }, value },
            action_ts: `${Date.now() / 1000}`,
          }
        : {
            action_id: actionId,
            block_id: 'b',
            text: { type: 'plain_text', text: 'x' },
            value,
            type: 'button',
            action_ts: `${Date.now() / 1000}`,
          };
    const payload = {
      type: 'block_actions',
      user: { id: user, username: user.toLowerCase(), name: user.toLowerCase(), team_id: workspace },
      api_app_id: 'A0HEXIN',
      token: 'legacy-verification-token',
      container: onMessage
        ? { type: 'message', message_ts: where.messageTs ?? '1.000001', channel_id: channel, is_ephemeral: false }
        : { type: 'view', view_id: `VHOME${id.toUpperCase()}` },
      trigger_id: `trigger-${id}`,
      team: { id: workspace, domain: 'test' },
      enterprise: null,
      is_enterprise_install: false,
      ...(onMessage
        ? {
            channel: { id: channel, name: 'directmessage' },
            message: { type: 'message', ts: where.messageTs ?? '1.000001', text: '' },
            response_url: this.slack.responseUrl(`action-${id}`),
          }
        : {
            view: {
              id: `VHOME${id.toUpperCase()}`,
              team_id: workspace,
              type: 'home',
              blocks: [],
              private_metadata: '',
              callback_id: '',
              state: { values: {} },
              hash: '1.abc',
              app_id: 'A0HEXIN',
              bot_id: FAKE_BOT_ID,
            },
          }),
      actions: [action],
    };
    return this.post(form({ payload: JSON.stringify(payload) }), 'application/x-www-form-urlencoded');
  }

  /** A modal submission (view_submission) with the given state values; `workspace` is the workspace Slack says it came from. */
  async submitView(
    user: string,
    view: { callback_id: string; private_metadata: string; blocks?: unknown[] },
    values: Record<string, Record<string, unknown>>,
    options: { workspace?: string } = {},
  ): Promise<SlackPost> {
    const workspace = options.workspace ?? WORKSPACE;
    const payload = {
      type: 'view_submission',
      team: { id: workspace, domain: 'test' },
      user: { id: user, username: user.toLowerCase(), name: user.toLowerCase(), team_id: workspace },
      api_app_id: 'A0HEXIN',
      token: 'legacy-verification-token',
      trigger_id: `trigger-${randomBytes(4).toString('hex')}`,
      view: {
        id: `V${randomBytes(4).toString('hex').toUpperCase()}`,
        team_id: workspace,
        type: 'modal',
        blocks: view.blocks ?? [],
        private_metadata: view.private_metadata,
        callback_id: view.callback_id,
        state: { values },
        hash: '1.abc',
        title: { type: 'plain_text', text: 'x' },
        app_id: 'A0HEXIN',
        bot_id: FAKE_BOT_ID,
      },
      response_urls: [],
      is_enterprise_install: false,
      enterprise: null,
    };
    const answer = await this.post(form({ payload: JSON.stringify(payload) }), 'application/x-www-form-urlencoded');
    // The modal that answers a submission is Block Kit too: Slack would refuse it just the same.
    const problems = answer.status === 200 ? viewAckProblems(answer.body) : [];
    if (problems.length > 0)
      throw new Error(`Slack would refuse the answer to ${view.callback_id}: ${problems.join('; ')}`);
    return answer;
  }

  /** An Events API delivery (event_callback) with its event_id. */
  event(
    event: Record<string, unknown>,
    eventId = `Ev${randomBytes(5).toString('hex').toUpperCase()}`,
    headers?: Record<string, string>,
  ): Promise<SlackPost> {
    const body = {
      token: 'legacy-verification-token',
      team_id: WORKSPACE,
      api_app_id: 'A0HEXIN',
      event: { event_ts: `${Date.now() / 1000}`, ...event },
      type: 'event_callback',
      event_id: eventId,
      event_time: Math.floor(Date.now() / 1000),
      authorizations: [
        {
          enterprise_id: null,
          team_id: WORKSPACE,
          user_id: FAKE_BOT_USER_ID,
          is_bot: true,
          is_enterprise_install: false,
        },
      ],
      is_ext_shared_channel: false,
    };
    return this.post(JSON.stringify(body), 'application/json', { headers });
  }

  /** Ephemeral replies the app sent through a response_url. */
  replies(): Array<Record<string, unknown>> {
    return this.slack.callsTo('response_url').map((c) => c.args);
  }

  /**
   * What the person was answered for one request (a command, a press): the first reply
   * after it, once the app acknowledged it with a 200.
   */
  async replyTo(what: string, send: () => Promise<SlackPost>, timeoutMs = 5000): Promise<Record<string, unknown>> {
    const before = this.replies().length;
    const { status } = await send();
    if (status !== 200) throw new Error(`${what}: answered HTTP ${status}`);
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const reply = this.replies()[before];
      if (reply) return reply;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error(`no reply to ${what}`);
  }

  async waitForReply(
    predicate: (reply: Record<string, unknown>) => boolean,
    timeoutMs = 5000,
  ): Promise<Record<string, unknown>> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const found = this.replies().find(predicate);
      if (found) return found;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error(`no matching reply; got: ${JSON.stringify(this.replies().map((r) => r.text))}`);
  }

  async close(): Promise<void> {
    await this.app.stop();
    await this.stopWorker();
    await this.probe.obliterate({ force: true }).catch(() => undefined);
    await this.probe.close();
    await this.runtime.close();
    await this.slack.stop();
    // Every test checks Hexin's Block Kit: a call the fake refused (as Slack would) fails the file.
    const refused = this.slack.blockKitRefusals();
    if (refused.length > 0)
      throw new Error(
        `Slack would refuse ${refused.length} call(s): ${JSON.stringify(refused.map((r) => ({ method: r.method, errors: r.errors.slice(0, 5) })))}`,
      );
  }
}
