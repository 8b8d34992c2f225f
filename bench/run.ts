/**
 * Benchmarks that print figures (not timed tests):
 *  1. planning: how long the clock's schedule-tick takes to work out due prompts for many members;
 *  2. ack: how fast a signed check-in submission is answered by the real receiver, end to end.
 * Runs on embedded PGlite and a private Redis; `BENCH_DATABASE_URL` benches PostgreSQL instead.
 */
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { loadConfig } from '../src/config/env.ts';
import { planDueCheckins } from '../src/domain/checkins/service.ts';
import { startLocalRedis } from '../src/infra/local/local-redis.ts';
import { startApp, startWorker } from '../src/main/roles.ts';
import { openRuntime } from '../src/main/runtime.ts';
import { createLogger } from '../src/shared/logger.ts';
import { FAKE_BOT_ID, FAKE_BOT_USER_ID, FakeSlack } from '../test/fakes/fake-slack.ts';
import { form, postToApp } from '../test/support/signed-requests.ts';

const TEAMS = Number(process.env.BENCH_TEAMS ?? 50);
const MEMBERS_PER_TEAM = Number(process.env.BENCH_MEMBERS ?? 40);
const SUBMISSIONS = Number(process.env.BENCH_SUBMISSIONS ?? 300);
const ZONES = ['Asia/Shanghai', 'Europe/London', 'America/New_York', 'Asia/Tokyo'];

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const round = (n: number) => Math.round(n * 10) / 10;

const redis = await startLocalRedis();
const slack = await FakeSlack.start();
const secret = 'bench-signing-secret';
const config = loadConfig({
  SLACK_BOT_TOKEN: 'xoxb-bench',
  SLACK_SIGNING_SECRET: secret,
  SLACK_API_URL: slack.apiUrl,
  REDIS_URL: redis.url,
  QUEUE_PREFIX: `bench-${randomBytes(4).toString('hex')}`,
  PGLITE_DIR: 'memory://',
  SLACK_SENDS_PER_SECOND: '50',
  LOG_LEVEL: 'silent',
  ...(process.env.BENCH_DATABASE_URL && { DATABASE_URL: process.env.BENCH_DATABASE_URL }),
});
// The bench's week is fixed (the submissions answer 24–30 November), so its clock is too.
const BENCH_NOW = new Date('2026-11-30T12:00:00Z');
const runtime = await openRuntime(config, createLogger('silent'), { embedded: true, now: () => BENCH_NOW });
const { prisma } = runtime.db;

await prisma.workspace.create({ data: { id: 'TBENCH' } });
const firstTeam: { id: string; members: string[] } = { id: '', members: [] };
for (let t = 0; t < TEAMS; t += 1) {
  const team = await prisma.team.create({ data: { workspaceId: 'TBENCH', name: `team-${t}`, homeChannelId: `CB${t}` } });
  const members = Array.from({ length: MEMBERS_PER_TEAM }, (_, m) => ({
    teamId: team.id,
    slackUserId: `UB${t}X${m}`,
    timeZone: ZONES[m % ZONES.length]!,
    role: m === 0 ? 'leader' : 'member',
  }));
  await prisma.member.createMany({ data: members });
  if (t === 0) Object.assign(firstTeam, { id: team.id, members: members.map((m) => m.slackUserId) });
}

// 1. Planning: a minute when a quarter of the members are due (09:00 in Shanghai).
const planTimes: number[] = [];
let due = 0;
for (let i = 0; i < 10; i += 1) {
  const start = performance.now();
  due = (await planDueCheckins({ checkins: runtime.stores.checkins, defaultTimeZone: 'Asia/Shanghai' }, new Date('2026-11-30T01:00:00Z'))).length;
  planTimes.push(performance.now() - start);
}
planTimes.sort((a, b) => a - b);
console.log(JSON.stringify({ bench: 'planning', db: runtime.db.kind, members: TEAMS * MEMBERS_PER_TEAM, due, p50_ms: round(percentile(planTimes, 50)), max_ms: round(planTimes.at(-1)!) }));

// 2. Ack latency of a signed view_submission through the real receiver, worker running.
const app = await startApp(runtime, { port: 0, identity: { botId: FAKE_BOT_ID, botUserId: FAKE_BOT_USER_ID, workspace: { teamId: 'TBENCH', enterpriseId: null } } });
const worker = startWorker(runtime);
const url = `http://127.0.0.1:${app.port}/slack/events`;
const latencies: number[] = [];
const wall = performance.now();
for (let i = 0; i < SUBMISSIONS; i += 1) {
  const user = firstTeam.members[i % firstTeam.members.length]!;
  const day = `2026-11-${String(24 + (Math.floor(i / firstTeam.members.length) % 7)).padStart(2, '0')}`;
  const payload = {
    type: 'view_submission',
    team: { id: 'TBENCH', domain: 'bench' },
    user: { id: user, username: user, name: user, team_id: 'TBENCH' },
    api_app_id: 'A0HEXIN',
    token: 'x',
    trigger_id: `t${i}`,
    view: {
      id: `V${i}`, team_id: 'TBENCH', type: 'modal', blocks: [], callback_id: 'checkin_submit',
      private_metadata: JSON.stringify({ t: firstTeam.id, d: day }),
      state: { values: {
        yesterday: { answer: { type: 'plain_text_input', value: 'Visited the north route' } },
        today: { answer: { type: 'plain_text_input', value: 'Shops 12 to 20' } },
        blockers: { answer: { type: 'plain_text_input', value: '' } },
        mood: { answer: { type: 'static_select', selected_option: { value: '4' } } },
      } },
    },
  };
  const start = performance.now();
  const res = await postToApp(url, secret, form({ payload: JSON.stringify(payload) }), 'application/x-www-form-urlencoded');
  latencies.push(performance.now() - start);
  if (res.status !== 200 || res.body !== '') throw new Error(`submission ${i} answered ${res.status}: ${res.body}`);
}
const elapsed = performance.now() - wall;
latencies.sort((a, b) => a - b);
console.log(JSON.stringify({ bench: 'submission-ack', db: runtime.db.kind, submissions: SUBMISSIONS, p50_ms: round(percentile(latencies, 50)), p95_ms: round(percentile(latencies, 95)), max_ms: round(latencies.at(-1)!), per_second: Math.round(SUBMISSIONS / (elapsed / 1000)) }));

await app.stop();
await worker.stop();
await runtime.close();
await slack.stop();
await redis.stop();
