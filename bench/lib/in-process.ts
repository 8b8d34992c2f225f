import { randomBytes } from 'node:crypto';
import { loadConfig } from '../../src/config/env.ts';
import { startLocalRedis, type LocalRedis } from '../../src/infra/local/local-redis.ts';
import { openRuntime, type Runtime } from '../../src/main/runtime.ts';
import { createLogger } from '../../src/shared/logger.ts';
import { FakeSlack } from '../../test/fakes/fake-slack.ts';
import { SIGNING_SECRET } from './apps.ts';

const TEAMS = Number(process.env.BENCH_TEAMS ?? 50);
const MEMBERS_PER_TEAM = Number(process.env.BENCH_MEMBERS ?? 40);
const ZONES = ['Asia/Shanghai', 'Europe/London', 'America/New_York', 'Asia/Tokyo'];
/** The in-process benches' week is fixed (the submissions answer 24–30 November), so their clock is too. */
export const BENCH_NOW = new Date('2026-11-30T12:00:00Z');

export interface InProcess {
  runtime: Runtime;
  slack: FakeSlack;
  members: number;
  firstTeam: { id: string; members: string[] };
  close(): Promise<void>;
}

/**
 * The in-process benches (planning, submission-ack): Hexin's runtime in the bench's own process
 * on embedded PGlite in memory and a private Redis, BENCH_TEAMS × BENCH_MEMBERS members seeded;
 * `BENCH_DATABASE_URL` runs them on that PostgreSQL instead.
 */
export async function openInProcess(): Promise<InProcess> {
  const redis: LocalRedis = await startLocalRedis();
  const slack = await FakeSlack.start();
  const config = loadConfig({
    SLACK_BOT_TOKEN: 'xoxb-bench',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: slack.apiUrl,
    REDIS_URL: redis.url,
    QUEUE_PREFIX: `bench-${randomBytes(4).toString('hex')}`,
    PGLITE_DIR: 'memory://',
    SLACK_SENDS_PER_SECOND: '50',
    SLACK_TIER2_PER_MINUTE: '3000',
    SLACK_TIER3_PER_MINUTE: '3000',
    SLACK_TIER4_PER_MINUTE: '3000',
    LOG_LEVEL: 'silent',
    ...(process.env.BENCH_DATABASE_URL && { DATABASE_URL: process.env.BENCH_DATABASE_URL }),
  });
  const runtime = await openRuntime(config, createLogger('silent'), { embedded: true, now: () => BENCH_NOW });
  const { prisma } = runtime.db;
  await prisma.workspace.create({ data: { id: 'TBENCH' } });
  const firstTeam: { id: string; members: string[] } = { id: '', members: [] };
  for (let t = 0; t < TEAMS; t += 1) {
    const team = await prisma.team.create({
      data: { workspaceId: 'TBENCH', name: `team-${t}`, homeChannelId: `CB${t}` },
    });
    const members = Array.from({ length: MEMBERS_PER_TEAM }, (_, m) => ({
      teamId: team.id,
      slackUserId: `UB${t}X${m}`,
      timeZone: ZONES[m % ZONES.length]!,
      role: m === 0 ? 'leader' : 'member',
    }));
    await prisma.member.createMany({ data: members });
    if (t === 0) Object.assign(firstTeam, { id: team.id, members: members.map((m) => m.slackUserId) });
  }
  return {
    runtime,
    slack,
    members: TEAMS * MEMBERS_PER_TEAM,
    firstTeam,
    close: async () => {
      await runtime.close();
      await slack.stop();
      await redis.stop();
    },
  };
}
