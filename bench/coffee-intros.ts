/**
 * The `coffee-intros` bench: one coffee round for COFFEE_MEMBERS (5,000) members of one
 * team's informal channel — 2,500 groups — started by the real clock tick and introduced by the
 * worker role as the all-in-one process runs it, against the fake Slack enforcing Slack's
 * per-method limits: conversations.open at the Tier 3 pace, chat.postMessage at the post pace
 * (429 with Retry-After beyond either).
 *
 * Slack's real Tier 3 is about 50 calls a minute, so 2,500 group DMs take 50 minutes; the bench
 * runs Tier 3 at COFFEE_TIER3_PER_MINUTE (1,500) on both sides — the gate and the fake — since
 * what it measures, the achieved rate against the allowed one, does not depend on the pace.
 *
 * One JSON figure per database: group DMs opened per second against the allowed rate
 * (rate_ratio), groups introduced twice (duplicates) or never (lost), and the calls Slack refused.
 *
 * `npm run bench -- coffee-intros`; COFFEE_MEMBERS, COFFEE_TIER3_PER_MINUTE; BENCH_DBS as for every bench.
 */
import { randomBytes } from 'node:crypto';
import { loadConfig } from '../src/config/env.ts';
import { tick } from '../src/infra/clock/clock.ts';
import { startLocalRedis } from '../src/infra/local/local-redis.ts';
import { startWorker } from '../src/main/roles.ts';
import { openRuntime } from '../src/main/runtime.ts';
import { createLogger } from '../src/shared/logger.ts';
import { FAKE_TEAM_ID, FakeSlack } from '../test/fakes/fake-slack.ts';
import type { DbEnv } from './lib/apps.ts';
import type { Bench } from './lib/context.ts';
import { DB_KINDS, type DbKind, freshDatabase } from './lib/databases.ts';
import type { Figure } from './lib/figures.ts';
import { benchSettings, wholeNumber } from './lib/settings.ts';

/** Monday 2026-12-07 10:00 in Shanghai: the team's round hour. */
const ROUND_MINUTE = new Date('2026-12-07T02:00:00Z');
const INFORMAL = 'CCOFFEEBENCH';
const POSTS_PER_SECOND = 50;

const SETTINGS = {
  COFFEE_MEMBERS: wholeNumber(4, 20_000, 5000),
  // The config's own bounds for SLACK_TIER3_PER_MINUTE.
  COFFEE_TIER3_PER_MINUTE: wholeNumber(1, 3000, 1500),
};

const round = (n: number, places = 3) => Math.round(n * 10 ** places) / 10 ** places;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function introsOn(
  db: DbKind,
  redisUrl: string,
  database: DbEnv,
  settings: { members: number; tier3PerMinute: number },
): Promise<Figure> {
  const opensPerSecond = settings.tier3PerMinute / 60;
  const slack = await FakeSlack.start({
    rateLimit: {
      perSecond: POSTS_PER_SECOND,
      methods: ['chat.postMessage'],
      perMethod: { 'conversations.open': { perSecond: opensPerSecond } },
    },
  });
  const config = loadConfig({
    SLACK_BOT_TOKEN: 'xoxb-coffee',
    SLACK_SIGNING_SECRET: 'coffee-signing-secret',
    SLACK_API_URL: slack.apiUrl,
    REDIS_URL: redisUrl,
    QUEUE_PREFIX: `coffee-${randomBytes(4).toString('hex')}`,
    SLACK_SENDS_PER_SECOND: String(POSTS_PER_SECOND),
    SLACK_TIER3_PER_MINUTE: String(settings.tier3PerMinute),
    LOG_LEVEL: 'silent',
    ...database,
  });
  // Time runs from the round minute at the real pace.
  const startedAt = Date.now();
  const now = () => new Date(ROUND_MINUTE.getTime() + (Date.now() - startedAt));
  const runtime = await openRuntime(config, createLogger('silent'), { embedded: true, now });
  const { prisma } = runtime.db;

  await prisma.workspace.create({ data: { id: FAKE_TEAM_ID } });
  const team = await prisma.team.create({
    data: {
      workspaceId: FAKE_TEAM_ID,
      name: 'coffee-bench',
      homeChannelId: 'CCOFFEEHOME',
      informalChannelId: INFORMAL,
      timeZone: 'Asia/Shanghai',
      createdAt: new Date('2026-11-01T00:00:00Z'),
      icebreakerEnabled: false,
    },
  });
  const zones = ['Asia/Shanghai', 'Asia/Singapore', 'Asia/Tokyo', 'Asia/Kolkata', 'Europe/London'];
  const members = Array.from({ length: settings.members }, (_, m) => ({
    teamId: team.id,
    slackUserId: `UCB${m}`,
    timeZone: zones[m % zones.length]!,
    role: m === 0 ? 'leader' : 'member',
  }));
  await prisma.member.createMany({ data: members });
  slack.setChannelMembers(
    INFORMAL,
    members.map((m) => m.slackUserId),
  );

  const worker = startWorker(runtime);
  const tickedAt = Date.now();
  await tick(runtime.enqueuer, now());

  const groups = Math.floor(settings.members / 2);
  const intros = () =>
    slack.callsTo('chat.postMessage').filter((c) => c.answered === 'ok' && String(c.args.channel).startsWith('G'));
  // Twice the time the allowed rate needs, and a minute for setting out.
  const deadline = Date.now() + (groups / opensPerSecond) * 2000 + 60_000;
  while (new Set(intros().map((c) => c.args.channel)).size < groups && Date.now() < deadline) await sleep(250);
  // A little longer, so a late second copy would be counted.
  await sleep(3000);

  const opens = slack.callsTo('conversations.open').filter((c) => c.answered === 'ok');
  const times = opens.map((c) => c.at);
  const first = Math.min(...times);
  const last = Math.max(...times);
  const achieved = (opens.length - 1) / ((last - first) / 1000);
  const perChannel = new Map<string, number>();
  for (const call of intros())
    perChannel.set(String(call.args.channel), (perChannel.get(String(call.args.channel)) ?? 0) + 1);
  const saved = await prisma.coffeeGroup.count();
  // The round's pairing, on the bench's clock (the round minute plus real time since the start).
  const paired = await prisma.coffeeRound.findFirst({ select: { pairedAt: true } });
  const tickOnClock = ROUND_MINUTE.getTime() + (tickedAt - startedAt);
  const figure = {
    bench: 'coffee-intros',
    db,
    members: settings.members,
    groups: saved,
    tier3_per_minute: settings.tier3PerMinute,
    allowed_opens_per_second: round(opensPerSecond, 2),
    achieved_opens_per_second: round(achieved, 2),
    rate_ratio: round(achieved / opensPerSecond),
    duplicates: [...perChannel.values()].filter((n) => n > 1).length,
    lost: saved - perChannel.size,
    refused_429: slack.rateLimitRefusals().length,
    paired_s: paired?.pairedAt ? round((paired.pairedAt.getTime() - tickOnClock) / 1000, 1) : null,
    first_intro_s: round((Math.min(...intros().map((c) => c.at)) - tickedAt) / 1000, 1),
    seconds: round((Math.max(...intros().map((c) => c.at)) - tickedAt) / 1000, 1),
  };

  await worker.stop();
  await runtime.close();
  await slack.stop();
  return figure;
}

export const coffeeIntros: Bench = {
  about:
    'intros of a coffee round of COFFEE_MEMBERS (5,000) members, 2,500 group DMs, against Slack’s Tier 3 limit (COFFEE_TIER3_PER_MINUTE, 1,500/min)',
  async run({ figures }) {
    const settings = benchSettings(SETTINGS);
    const redis = await startLocalRedis();
    try {
      for (const db of DB_KINDS)
        figures.print(
          await introsOn(db, redis.url, await freshDatabase(db, 'coffee-intros'), {
            members: settings.COFFEE_MEMBERS,
            tier3PerMinute: settings.COFFEE_TIER3_PER_MINUTE,
          }),
        );
    } finally {
      await redis.stop();
    }
  },
  targets: (figures) =>
    DB_KINDS.flatMap((db) => [
      figures.target({ bench: 'coffee-intros', db }, 'rate_ratio', 0.9, 'min'),
      figures.target({ bench: 'coffee-intros', db }, 'duplicates', 0),
      figures.target({ bench: 'coffee-intros', db }, 'lost', 0),
    ]),
};
