/**
 * The `digest` bench: the weekly digests of DIGEST_TEAMS (250) teams of DIGEST_TEAM_SIZE (20)
 * members — 5,000 — built (facts read, signals computed, snapshot stored) for the week
 * 2026-W49, WORKER_CONCURRENCY (8) at a time as the worker runs them, once over 4 weeks of synthetic history and once over 52, each in a fresh database.
 * History is written in bulk SQL: every member's check-in prompt and answer each weekday, a
 * blocker in 3% of answers, a kudos a week from each member, a pulse round every two weeks with
 * its answers, a feedback thread a week per team with its messages, two open goals per team with five key results
 * updated weekly and five comments a week, each week's coffee figures, the study's default
 * scorecard template for every team, and a digest for each week before 2026-W49.
 *
 * One JSON figure per database: `seconds` for all 250 digests over a year of history (target
 * under 10), and `ratio_52_to_4`, the time per digest with 52 weeks against 4 (target ≤ 1.25:
 * a digest reads its week and what is open, never the whole history); `ms_per_digest` is the
 * wall time over the digests. Each is the median of five builds of the week, the two history
 * lengths taking turns, each first in every other turn. The chart a digest carries is timed
 * by the `digest-chart` bench.
 *
 * `npm run bench -- digest`; DIGEST_TEAMS, DIGEST_TEAM_SIZE; BENCH_DBS as for every bench.
 */
import { randomBytes } from 'node:crypto';
import { loadConfig } from '../src/config/env.ts';
import { weeklySnapshot } from '../src/domain/digest/service.ts';
import { shiftWeek } from '../src/domain/digest/window.ts';
import type { Period } from '../src/domain/pulse/schedule.ts';
import { ensureTemplate } from '../src/domain/scorecards/service.ts';
import type { Database } from '../src/infra/db/database.ts';
import { startLocalRedis } from '../src/infra/local/local-redis.ts';
import { appDeps, openRuntime } from '../src/main/runtime.ts';
import { createLogger } from '../src/shared/logger.ts';
import type { DbEnv } from './lib/apps.ts';
import type { Bench } from './lib/context.ts';
import { DB_KINDS, type DbKind, freshDatabase } from './lib/databases.ts';
import { say } from './lib/figures.ts';
import { ascending, percentile } from './lib/stats.ts';
import { benchSettings, wholeNumber } from './lib/settings.ts';

export const WEEK = '2026-W49';
/** Sunday 6 December 2026, the week's last day; the digest is built the Monday after, 08:30 in Shanghai. */
const LAST_DAY = '2026-12-06';
export const BUILT_AT = new Date('2026-12-07T00:30:00Z');
const WEEK_MS = 7 * 24 * 3600 * 1000;
/** Builds of the week per history length, taking turns; the median is the figure (one swings by a fifth on two shared cores). */
const PASSES = 5;

const SETTINGS = {
  DIGEST_TEAMS: wholeNumber(1, 2000, 250),
  DIGEST_TEAM_SIZE: wholeNumber(3, 200, 20),
};

const round = (n: number, places = 3) => Math.round(n * 10 ** places) / 10 ** places;

/** Teams written per statement: a year of 250 teams at once outlasts the database's statement timeout. */
const TEAMS_PER_CHUNK = 25;

/** A year (or a month) of the teams' life, written by the database itself, a chunk of teams at a time. */
export async function writeHistory(
  db: Database,
  shape: { workspaceId: string; teams: number; size: number; weeks: number },
): Promise<void> {
  const { workspaceId, teams, size, weeks } = shape;
  await db.session.query(`INSERT INTO "Workspace" (id) VALUES ('${workspaceId}')`);
  for (let first = 1; first <= teams; first += TEAMS_PER_CHUNK)
    await writeChunk(db, workspaceId, first, Math.min(teams, first + TEAMS_PER_CHUNK - 1), size, weeks);
  // Vacuumed as a database a year old has been: otherwise autovacuum sets to work on the new rows
  // while the digests are timed, and the bigger history pays for it.
  await db.session.query('VACUUM ANALYZE');
}

async function writeChunk(
  db: Database,
  workspaceId: string,
  first: number,
  last: number,
  size: number,
  weeks: number,
): Promise<void> {
  const run = (sql: string) => db.session.query(sql);
  const ofChunk = (column: string) =>
    `${column} = ANY(ARRAY(SELECT 't' || i FROM generate_series(${first}, ${last}) i))`;
  const days = `SELECT d::date AS day FROM generate_series(DATE '${LAST_DAY}' - ${7 * weeks - 1}, DATE '${LAST_DAY}', interval '1 day') d WHERE extract(isodow FROM d) < 6`;
  const mondays = `SELECT (DATE '${LAST_DAY}' - 6 - 7 * w)::date AS monday, w FROM generate_series(0, ${weeks - 1}) w`;
  await run(`INSERT INTO "Team" (id, "workspaceId", name, "homeChannelId", "timeZone", "createdAt")
    SELECT 't' || i, '${workspaceId}', 'team ' || i, 'CDB' || i, 'Asia/Shanghai', TIMESTAMP '2025-01-01' FROM generate_series(${first}, ${last}) i`);
  await run(`INSERT INTO "Member" (id, "teamId", "slackUserId", "displayName", role, "joinedAt")
    SELECT 'm' || i || '_' || j, 't' || i, 'UDB' || i || 'X' || j, 'Member ' || j, CASE WHEN j = 1 THEN 'leader' ELSE 'member' END, TIMESTAMP '2025-01-01'
    FROM generate_series(${first}, ${last}) i, generate_series(1, ${size}) j`);
  await run(`INSERT INTO "CheckinPrompt" (id, "memberId", "teamId", "localDate", status)
    SELECT 'p' || m.id || to_char(day, 'YYYYMMDD'), m.id, m."teamId", to_char(day, 'YYYY-MM-DD'),
      CASE WHEN random() < 0.8 THEN 'answered' WHEN random() < 0.5 THEN 'skipped' ELSE 'sent' END
    FROM "Member" m, (${days}) days WHERE m.role = 'member' AND ${ofChunk('m."teamId"')}`);
  await run(`INSERT INTO "CheckinAnswer" (id, "memberId", "teamId", "localDate", answers, "submittedAt")
    SELECT 'a' || substr(p.id, 2), p."memberId", p."teamId", p."localDate", '{}'::jsonb, (p."localDate"::date + TIME '10:00') AT TIME ZONE 'Asia/Shanghai'
    FROM "CheckinPrompt" p WHERE p.status = 'answered' AND ${ofChunk('p."teamId"')}`);
  await run(`INSERT INTO "Blocker" (id, "answerId", "teamId", text, "raisedAt", "helpedAt")
    SELECT 'b' || a.id, a.id, a."teamId", 'Shop has no stock', a."submittedAt", CASE WHEN random() < 0.9 THEN a."submittedAt" + interval '5 hours' END
    FROM "CheckinAnswer" a WHERE random() < 0.03 AND ${ofChunk('a."teamId"')}`);
  await run(`INSERT INTO "Kudos" (id, "teamId", "groupId", "giverId", "receiverId", "valueKey", message, source, "createdAt")
    SELECT 'k' || i || '_' || j || '_' || w, 't' || i, 'g' || i || '_' || j || '_' || w, 'm' || i || '_' || j,
      'm' || i || '_' || (2 + ((j - 2) + 1 + w % ${size - 2}) % ${size - 1}), 'service', 'thanks', 'command',
      (monday + 1)::timestamp + interval '3 hours'
    FROM generate_series(${first}, ${last}) i, generate_series(2, ${size}) j, (${mondays}) weeks`);
  await run(`INSERT INTO "PulseRound" (id, "teamId", period, "questionIds", "openedAt", "closesAt", "closedAt", respondents, invited)
    SELECT 'pr' || i || '_' || w, 't' || i, to_char(monday, 'IYYY-"W"IW'), ARRAY['trust_1','roles_1','goals_1'],
      monday::timestamp, monday::timestamp + interval '5 days', monday::timestamp + interval '5 days', ${size - 5}, ${size - 1}
    FROM generate_series(${first}, ${last}) i, (${mondays}) weeks WHERE w % 2 = 0`);
  await run(`INSERT INTO "PulseAnswer" (id, "roundId", "questionId", trait, score)
    SELECT r.id || '_' || n || '_' || q, r.id, q || '_1', q, 1 + (n + length(q)) % 5
    FROM "PulseRound" r, generate_series(1, ${size - 5}) n, unnest(ARRAY['trust','roles','goals']) q WHERE ${ofChunk('r."teamId"')}`);
  await run(`INSERT INTO "FeedbackThread" (id, "teamId", category, status, "createdDay")
    SELECT gen_random_uuid()::text, 't' || i, 'procedures', CASE WHEN w = 0 THEN 'open' ELSE 'closed' END, to_char(monday + 2, 'YYYY-MM-DD')
    FROM generate_series(${first}, ${last}) i, (${mondays}) weeks`);
  // Each thread's word to the leaders, and their reply to all but the open one.
  await run(`INSERT INTO "FeedbackMessage" (id, "threadId", direction, text, "deliverAfter", "deliveredAt")
    SELECT gen_random_uuid()::text, t.id, d.direction, 'words', t."createdDay"::date + d.hours * interval '1 hour', t."createdDay"::date + d.hours * interval '1 hour'
    FROM "FeedbackThread" t, (VALUES ('to_leaders', 3), ('to_author', 6)) d(direction, hours)
    WHERE ${ofChunk('t."teamId"')} AND (d.direction = 'to_leaders' OR t.status = 'closed')`);
  await run(`INSERT INTO "Goal" (id, "teamId", title, why, measure, "periodKind", "startDate", "endDate", "createdById", "channelId", "headTs", "createdAt")
    SELECT 'go' || i || '_' || g, 't' || i, 'Goal ' || g, 'why', 'measure', 'quarter', '2026-10-01', '2026-12-31', 'm' || i || '_1', 'CDB' || i, '1700000000.' || g, TIMESTAMP '2026-10-01'
    FROM generate_series(${first}, ${last}) i, generate_series(1, 2) g`);
  await run(`INSERT INTO "KeyResult" (id, "goalId", "proposerId", "ownerId", title, target, unit, status, "createdAt")
    SELECT 'kr' || i || '_' || g || '_' || k, 'go' || i || '_' || g, 'm' || i || '_' || (k + 1), 'm' || i || '_' || (k + 1), 'Result ' || k, 100, 'shops', 'accepted', TIMESTAMP '2026-10-02'
    FROM generate_series(${first}, ${last}) i, generate_series(1, 2) g, generate_series(1, 5) k`);
  await run(`INSERT INTO "KeyResultUpdate" (id, "keyResultId", "memberId", value, confidence, source, "createdAt")
    SELECT kr.id || '_' || w, kr.id, kr."ownerId", 80 - w, 7, 'command', (monday + 3)::timestamp
    FROM "KeyResult" kr JOIN "Goal" go ON go.id = kr."goalId", (${mondays}) weeks WHERE ${ofChunk('go."teamId"')}`);
  await run(`INSERT INTO "GoalComment" (id, "goalId", "slackUserId", ts, "createdAt")
    SELECT 'gc' || go.id || '_' || w || '_' || c, go.id, 'UDB' || substr(go."teamId", 2) || 'X' || (c + 1), '17' || w || '.' || c, (monday + 2)::timestamp
    FROM "Goal" go, (${mondays}) weeks, generate_series(1, 5) c WHERE ${ofChunk('go."teamId"')}`);
  await run(`INSERT INTO "InformalWeek" ("teamId", week, "roundsRun", groups, "meetingsHeld", "icebreakerReplies", "membersTakingPart")
    SELECT 't' || i, to_char(monday, 'IYYY-"W"IW'), 1, ${Math.floor(size / 2)}, ${Math.floor(size / 4)}, 6, 12
    FROM generate_series(${first}, ${last}) i, (${mondays}) weeks`);
}

/** A database with its history written, ready to time the week's digests: one pass at a time. */
interface HistoryRun {
  pass(): Promise<number>;
  rows: number;
  close(): Promise<void>;
}

async function prepare(
  db: DbKind,
  redisUrl: string,
  database: DbEnv,
  settings: { teams: number; size: number; weeks: number },
): Promise<HistoryRun> {
  const config = loadConfig({
    SLACK_BOT_TOKEN: 'xoxb-digest',
    SLACK_SIGNING_SECRET: 'digest-signing-secret',
    REDIS_URL: redisUrl,
    QUEUE_PREFIX: `digest-${randomBytes(4).toString('hex')}`,
    LOG_LEVEL: 'silent',
    ...database,
  });
  const runtime = await openRuntime(config, createLogger('silent'), { embedded: true, now: () => BUILT_AT });
  try {
    const seeded = Date.now();
    await writeHistory(runtime.db, { workspaceId: 'TDIGESTBENCH', ...settings });
    const [{ rows }] = (await runtime.db.session.query<{ rows: number }>(
      `SELECT (SELECT count(*) FROM "CheckinAnswer") + (SELECT count(*) FROM "CheckinPrompt") + (SELECT count(*) FROM "Kudos")
        + (SELECT count(*) FROM "PulseAnswer") + (SELECT count(*) FROM "KeyResultUpdate") + (SELECT count(*) FROM "GoalComment") AS rows`,
    )) as [{ rows: number }];
    say(
      `digest on ${db}: ${settings.weeks} weeks of history, ${rows} rows, written in ${Math.round((Date.now() - seeded) / 1000)} s`,
    );
    // The digest's core as the composition root builds it (the scorecard read through its own rules).
    const deps = appDeps(runtime).digest;
    const teams = await Promise.all(
      Array.from({ length: settings.teams }, async (_, i) => (await runtime.stores.digest.findTeam(`t${i + 1}`))!),
    );
    // Every team keeps scorecards (the study's default template), so each digest reads their movement too.
    const scorecardDeps = {
      teams: runtime.stores.teams,
      scorecards: runtime.stores.scorecards,
      defaultTimeZone: 'Asia/Shanghai',
    };
    for (const team of teams)
      await ensureTemplate(scorecardDeps, (await runtime.stores.teams.findTeam(team.id))!, BUILT_AT);
    // As the worker runs them: WORKER_CONCURRENCY digest jobs at a time.
    const buildAll = async (week: Period, at: Date) => {
      const queue = [...teams];
      await Promise.all(
        Array.from({ length: config.WORKER_CONCURRENCY }, async () => {
          for (let team = queue.shift(); team; team = queue.shift()) await weeklySnapshot(deps, team, week, at);
        }),
      );
    };
    // A year of history has a year of digests, which each digest reads some of. The week before
    // is built (untimed, so the code is warm for both lengths alike) and copied over the weeks before it.
    await buildAll(shiftWeek(WEEK, -1), new Date(BUILT_AT.getTime() - WEEK_MS));
    await runtime.db.session.query(`INSERT INTO "DigestSnapshot" (id, "teamId", week, version, signals, suggestions, "builtAt")
      SELECT s.id || '_' || w, s."teamId", to_char(DATE '${LAST_DAY}' - 7 * (w + 1), 'IYYY-"W"IW'), s.version, s.signals, s.suggestions,
        s."builtAt" - w * interval '7 days'
      FROM "DigestSnapshot" s, generate_series(1, ${settings.weeks - 2}) w`);
    await runtime.db.session.query('VACUUM ANALYZE "DigestSnapshot"');
    // Each pass builds the week anew: its snapshots are removed first.
    const pass = async () => {
      await runtime.db.session.query(`DELETE FROM "DigestSnapshot" WHERE week = '${WEEK}'`);
      const started = performance.now();
      await buildAll(WEEK, BUILT_AT);
      const ms = performance.now() - started;
      const stored = await runtime.db.prisma.digestSnapshot.count({ where: { week: WEEK } });
      if (stored !== settings.teams) throw new Error(`${stored} snapshots stored for ${settings.teams} teams`);
      return ms;
    };
    return { pass, rows: Number(rows), close: () => runtime.close() };
  } catch (error) {
    await runtime.close();
    throw error;
  }
}

export const digest: Bench = {
  about:
    'weekly digests of DIGEST_TEAMS (250) teams of DIGEST_TEAM_SIZE (20): 5,000 members, over 4 and 52 weeks of history',
  async run({ figures }) {
    const settings = benchSettings(SETTINGS);
    const redis = await startLocalRedis();
    try {
      for (const db of DB_KINDS) {
        const common = { teams: settings.DIGEST_TEAMS, size: settings.DIGEST_TEAM_SIZE };
        const month = await prepare(db, redis.url, await freshDatabase(db, 'digest-4'), { ...common, weeks: 4 });
        try {
          const year = await prepare(db, redis.url, await freshDatabase(db, 'digest-52'), { ...common, weeks: 52 });
          try {
            // The two lengths take turns, so a slow spell of the machine falls on both alike.
            const monthMs: number[] = [];
            const yearMs: number[] = [];
            for (let pass = 0; pass < PASSES; pass++) {
              // Each goes first in every other turn, so neither always follows the other's work.
              if (pass % 2 === 0) monthMs.push(await month.pass());
              yearMs.push(await year.pass());
              if (pass % 2 === 1) monthMs.push(await month.pass());
            }
            const monthPerDigest = percentile(ascending(monthMs), 50) / common.teams;
            const yearSeconds = percentile(ascending(yearMs), 50) / 1000;
            figures.print({
              bench: 'digest',
              db,
              members: common.teams * common.size,
              teams: common.teams,
              weeks: 52,
              seconds: round(yearSeconds, 2),
              ms_per_digest: round((yearSeconds * 1000) / common.teams, 1),
              ms_per_digest_4_weeks: round(monthPerDigest, 1),
              ratio_52_to_4: round((yearSeconds * 1000) / common.teams / monthPerDigest, 2),
              history_rows: year.rows,
            });
          } finally {
            await year.close();
          }
        } finally {
          await month.close();
        }
      }
    } finally {
      await redis.stop();
    }
  },
  targets: (figures) => [
    ...DB_KINDS.flatMap((db) => [
      figures.target({ bench: 'digest', db }, 'seconds', 10),
      figures.target({ bench: 'digest', db }, 'ratio_52_to_4', 1.25),
    ]),
  ],
};
