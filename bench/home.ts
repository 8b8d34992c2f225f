/**
 * The `home` bench: how long a leader of a HOME_MEMBERS (200) member team waits for their App
 * Home — from Slack's signed app_home_opened event reaching the real receiver to the
 * views.publish call the fake Slack records — with twelve weeks of the team's history and a
 * stored digest, on the all-in-one process's app. HOME_OPENS (40) opens one after another.
 *
 * One JSON figure per database: `p95_ms` (and p50, max) of the publish time.
 *
 * `npm run bench -- home`; HOME_MEMBERS, HOME_OPENS; BENCH_DBS as for every bench.
 */
import { randomBytes } from 'node:crypto';
import { loadConfig } from '../src/config/env.ts';
import { weeklySnapshot } from '../src/domain/digest/service.ts';
import { startLocalRedis } from '../src/infra/local/local-redis.ts';
import { startApp } from '../src/main/roles.ts';
import { appDeps, openRuntime } from '../src/main/runtime.ts';
import { createLogger } from '../src/shared/logger.ts';
import { FAKE_BOT_ID, FAKE_BOT_USER_ID, FAKE_TEAM_ID, FakeSlack } from '../test/fakes/fake-slack.ts';
import { postToApp } from '../test/support/signed-requests.ts';
import { SIGNING_SECRET, type DbEnv } from './lib/apps.ts';
import type { Bench } from './lib/context.ts';
import { DB_KINDS, type DbKind, freshDatabase } from './lib/databases.ts';
import { BUILT_AT, WEEK, writeHistory } from './digest.ts';
import { benchSettings, wholeNumber } from './lib/settings.ts';
import { percentile } from './lib/stats.ts';

const SETTINGS = {
  HOME_MEMBERS: wholeNumber(3, 200, 200),
  HOME_OPENS: wholeNumber(5, 1000, 40),
};
/** The leader the history writes first: member 1 of team 1. */
const LEADER = 'UDB1X1';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function homeOn(db: DbKind, redisUrl: string, database: DbEnv, settings: { members: number; opens: number }) {
  const slack = await FakeSlack.start();
  const config = loadConfig({
    SLACK_BOT_TOKEN: 'xoxb-home',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: slack.apiUrl,
    REDIS_URL: redisUrl,
    QUEUE_PREFIX: `home-${randomBytes(4).toString('hex')}`,
    LOG_LEVEL: 'silent',
    ...database,
  });
  const runtime = await openRuntime(config, createLogger('silent'), { embedded: true, now: () => BUILT_AT });
  const app = await startApp(runtime, {
    port: 0,
    identity: {
      botId: FAKE_BOT_ID,
      botUserId: FAKE_BOT_USER_ID,
      workspace: { teamId: FAKE_TEAM_ID, enterpriseId: null },
    },
  });
  try {
    await writeHistory(runtime.db, { workspaceId: FAKE_TEAM_ID, teams: 1, size: settings.members, weeks: 12 });
    const team = (await runtime.stores.digest.findTeam('t1'))!;
    await weeklySnapshot(appDeps(runtime).digest, team, WEEK, BUILT_AT);
    const url = `http://127.0.0.1:${app.port}/slack/events`;
    const publishes = () => slack.callsTo('views.publish').filter((c) => c.args.user_id === LEADER).length;
    const times: number[] = [];
    let blocks = 0;
    for (let i = 0; i < settings.opens + 3; i += 1) {
      const before = publishes();
      const body = JSON.stringify({
        token: 'legacy-verification-token',
        team_id: FAKE_TEAM_ID,
        api_app_id: 'A0HEXIN',
        event: {
          type: 'app_home_opened',
          user: LEADER,
          tab: 'home',
          channel: 'DLEADER',
          event_ts: `${Date.now() / 1000}`,
        },
        type: 'event_callback',
        event_id: `EvHOME${i}${randomBytes(3).toString('hex').toUpperCase()}`,
        event_time: Math.floor(Date.now() / 1000),
        authorizations: [{ enterprise_id: null, team_id: FAKE_TEAM_ID, user_id: FAKE_BOT_USER_ID, is_bot: true }],
      });
      const started = performance.now();
      const res = await postToApp(url, SIGNING_SECRET, body, 'application/json');
      if (res.status !== 200) throw new Error(`app_home_opened answered ${res.status}`);
      while (publishes() === before) {
        if (performance.now() - started > 30_000) throw new Error('the App Home was never published');
        await sleep(1);
      }
      // The first three warm the process (compiled queries, connections); they are not counted.
      if (i >= 3) times.push(performance.now() - started);
      const view = slack.callsTo('views.publish').at(-1)!.args.view as { blocks: unknown[] };
      blocks = view.blocks.length;
    }
    const sorted = [...times].sort((a, b) => a - b);
    return {
      bench: 'home',
      db,
      members: settings.members,
      opens: times.length,
      p50_ms: Math.round(percentile(sorted, 50)),
      p95_ms: Math.round(percentile(sorted, 95)),
      max_ms: Math.round(sorted.at(-1) ?? 0),
      blocks,
    };
  } finally {
    await app.stop();
    await runtime.close();
    await slack.stop();
  }
}

export const home: Bench = {
  about: 'App Home publish time for a leader of a HOME_MEMBERS (200) member team, p95 of HOME_OPENS (40) opens',
  async run({ figures }) {
    const settings = benchSettings(SETTINGS);
    const redis = await startLocalRedis();
    try {
      for (const db of DB_KINDS)
        figures.print(
          await homeOn(db, redis.url, await freshDatabase(db, 'home'), {
            members: settings.HOME_MEMBERS,
            opens: settings.HOME_OPENS,
          }),
        );
    } finally {
      await redis.stop();
    }
  },
};
