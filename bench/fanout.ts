/**
 * The `fanout` bench: check-in prompts for 5,000 members across time zones that all fall due in
 * the same UTC minute, planned by the real clock tick and sent by the worker role as the
 * all-in-one process runs it (app, worker and relay in one process), against the fake Slack
 * enforcing a workspace rate limit on chat.postMessage (429 with Retry-After beyond it).
 *
 * One JSON figure per database: the achieved send rate (prompts delivered over the time from
 * the first delivery to the last) against SLACK_SENDS_PER_SECOND, members prompted twice
 * (duplicates), due members never prompted (lost), the calls Slack refused, and how long the
 * event loop the app would share was held (the app's acks wait that long).
 *
 * `npm run bench -- fanout`; FANOUT_MEMBERS (5000), FANOUT_PER_SECOND (50), FANOUT_CONCURRENCY
 * (WORKER_CONCURRENCY's default); BENCH_DBS as for every bench.
 */
import { randomBytes } from 'node:crypto';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { z } from 'zod';
import { loadConfig } from '../src/config/env.ts';
import { tick } from '../src/infra/clock/clock.ts';
import { startLocalRedis } from '../src/infra/local/local-redis.ts';
import { startApp, startWorker } from '../src/main/roles.ts';
import { openRuntime } from '../src/main/runtime.ts';
import { createLogger } from '../src/shared/logger.ts';
import { FAKE_BOT_ID, FAKE_BOT_USER_ID, FAKE_TEAM_ID, FakeSlack } from '../test/fakes/fake-slack.ts';
import type { Bench } from './lib/context.ts';
import type { DbEnv } from './lib/apps.ts';
import { DB_KINDS, freshDatabase, type DbKind } from './lib/databases.ts';
import type { Figure } from './lib/figures.ts';
import { benchSettings, wholeNumber } from './lib/settings.ts';

/** Tuesday 2026-12-01 01:00 UTC, and the zones (with the team's check-in time there) it is due in. */
const DUE_MINUTE = new Date('2026-12-01T01:00:00Z');
const ZONES: Array<{ zone: string; checkinMinute: number }> = [
  { zone: 'Asia/Shanghai', checkinMinute: 9 * 60 },
  { zone: 'Asia/Singapore', checkinMinute: 9 * 60 },
  { zone: 'Australia/Perth', checkinMinute: 9 * 60 },
  { zone: 'Asia/Tokyo', checkinMinute: 10 * 60 },
  { zone: 'Asia/Kolkata', checkinMinute: 6 * 60 + 30 },
  { zone: 'Europe/London', checkinMinute: 60 },
  // Monday evening there: the team checks in at the end of its day.
  { zone: 'America/New_York', checkinMinute: 20 * 60 },
];
const TEAMS_PER_ZONE = 4;

/** Read when the bench runs, so a bad value stops only this bench. */
const SETTINGS = {
  FANOUT_MEMBERS: wholeNumber(1, 100_000, 5000),
  // SLACK_SENDS_PER_SECOND allows 1–50.
  FANOUT_PER_SECOND: wholeNumber(1, 50, 50),
  // WORKER_CONCURRENCY's own bounds are checked by the config it is passed to.
  FANOUT_CONCURRENCY: z
    .string()
    .regex(/^\d+$/, 'expected a whole number of jobs (unset: WORKER_CONCURRENCY’s default)')
    .optional(),
};
type Settings = { members: number; perSecond: number; concurrency: string | undefined };

const round = (n: number, places = 2) => Math.round(n * 10 ** places) / 10 ** places;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function fanoutOn(
  db: DbKind,
  redisUrl: string,
  database: DbEnv,
  { members: MEMBERS, perSecond: PER_SECOND, concurrency }: Settings,
): Promise<Figure> {
  // Slack's limit as the fake enforces it: the pace SLACK_SENDS_PER_SECOND asks for, and a tenth of a second's burst.
  const slack = await FakeSlack.start({ rateLimit: { perSecond: PER_SECOND, methods: ['chat.postMessage'] } });
  const config = loadConfig({
    SLACK_BOT_TOKEN: 'xoxb-fanout',
    SLACK_SIGNING_SECRET: 'fanout-signing-secret',
    SLACK_API_URL: slack.apiUrl,
    REDIS_URL: redisUrl,
    QUEUE_PREFIX: `fanout-${randomBytes(4).toString('hex')}`,
    SLACK_SENDS_PER_SECOND: String(PER_SECOND),
    LOG_LEVEL: 'silent',
    ...(concurrency && { WORKER_CONCURRENCY: concurrency }),
    // A data folder on disk for PGlite, as `npm start` uses (and the folder beside PostgreSQL's database).
    ...database,
  });
  // Time runs from the due minute at the real pace, so the prompts stay due while they go out.
  const startedAt = Date.now();
  const now = () => new Date(DUE_MINUTE.getTime() + (Date.now() - startedAt));
  const runtime = await openRuntime(config, createLogger('silent'), { embedded: true, now });
  const { prisma } = runtime.db;

  await prisma.workspace.create({ data: { id: FAKE_TEAM_ID } });
  const teams = ZONES.length * TEAMS_PER_ZONE;
  const users: string[] = [];
  for (let t = 0; t < teams; t += 1) {
    const { zone, checkinMinute } = ZONES[t % ZONES.length]!;
    const size = Math.floor(MEMBERS / teams) + (t < MEMBERS % teams ? 1 : 0);
    const team = await prisma.team.create({
      data: {
        workspaceId: FAKE_TEAM_ID,
        name: `fanout-${t}`,
        homeChannelId: `CF${t}`,
        timeZone: zone,
        checkinMinute,
        reminderMinute: checkinMinute + 120,
        checkinDays: [1, 2, 3, 4, 5],
      },
    });
    const members = Array.from({ length: size }, (_, m) => ({
      teamId: team.id,
      slackUserId: `UF${t}X${m}`,
      timeZone: zone,
      role: m === 0 ? 'leader' : 'member',
    }));
    await prisma.member.createMany({ data: members });
    users.push(...members.map((m) => m.slackUserId));
  }

  const app = await startApp(runtime, {
    port: 0,
    identity: {
      botId: FAKE_BOT_ID,
      botUserId: FAKE_BOT_USER_ID,
      workspace: { teamId: FAKE_TEAM_ID, enterpriseId: null },
    },
  });
  const worker = startWorker(runtime);
  // How long the event loop the app shares is held at once, while the fan-out is planned and sent.
  const loop = monitorEventLoopDelay({ resolution: 5 });
  loop.enable();
  const tickedAt = Date.now();
  await tick(runtime.enqueuer, now());

  const delivered = () => slack.callsTo('chat.postMessage').filter((c) => c.answered === 'ok');
  // Twice the time the configured rate needs, and a minute for setting out.
  const deadline = Date.now() + (MEMBERS / PER_SECOND) * 2000 + 60_000;
  while (new Set(delivered().map((c) => c.args.channel)).size < users.length && Date.now() < deadline) await sleep(250);
  loop.disable();
  // A little longer, so a late second copy would be counted.
  await sleep(3000);

  const posts = delivered();
  const perUser = new Map<string, number>();
  for (const call of posts) perUser.set(String(call.args.channel), (perUser.get(String(call.args.channel)) ?? 0) + 1);
  const times = posts.map((c) => c.at);
  const first = Math.min(...times);
  const last = Math.max(...times);
  const figure = {
    bench: 'fanout',
    db,
    members: users.length,
    teams,
    zones: ZONES.length,
    worker_concurrency: config.WORKER_CONCURRENCY,
    configured_per_second: PER_SECOND,
    achieved_per_second: round(posts.length / ((last - first) / 1000), 1),
    rate_ratio: round(posts.length / ((last - first) / 1000) / PER_SECOND, 3),
    duplicates: [...perUser.values()].filter((n) => n > 1).length,
    lost: users.filter((u) => !perUser.has(u)).length,
    refused_429: slack.rateLimitRefusals().length,
    first_delivery_s: round((first - tickedAt) / 1000, 1),
    seconds: round((last - tickedAt) / 1000, 1),
    event_loop_p99_ms: round(loop.percentile(99) / 1e6, 1),
    event_loop_max_ms: round(loop.max / 1e6, 1),
  };

  await app.stop();
  await worker.stop();
  await runtime.close();
  await slack.stop();
  return figure;
}

export const fanout: Bench = {
  about:
    "check-in prompts for FANOUT_MEMBERS (5,000) members due in one minute, against Slack's limit of FANOUT_PER_SECOND (50/s)",
  async run({ figures }) {
    const settings = benchSettings(SETTINGS);
    const chosen = {
      members: settings.FANOUT_MEMBERS,
      perSecond: settings.FANOUT_PER_SECOND,
      concurrency: settings.FANOUT_CONCURRENCY,
    };
    const redis = await startLocalRedis();
    try {
      for (const db of DB_KINDS) {
        figures.print(await fanoutOn(db, redis.url, await freshDatabase(db, 'fanout'), chosen));
      }
    } finally {
      await redis.stop();
    }
  },
  targets: (figures) =>
    DB_KINDS.flatMap((db) => [
      figures.target({ bench: 'fanout', db }, 'rate_ratio', 0.95, 'min'),
      figures.target({ bench: 'fanout', db }, 'duplicates', 0),
      figures.target({ bench: 'fanout', db }, 'lost', 0),
    ]),
};
