/**
 * ack-under-load: signed `/checkin` at 50/s into Hexin (its own all-in-one process) while
 * 2,000 check-in prompts fan out in that same process, against the same process's idle p99
 * measured in the same run.
 *
 * The 2,000 members are seeded as rows before Hexin opens the database, on a schedule that
 * skips today. Then their leader's signed `/hexin schedule days=mon-sun time=<next minute>`
 * makes them all due at the coming minute: the clock's tick plans 2,000 prompts at once.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { FakeSlack } from '../test/fakes/fake-slack.ts';
import { alternate, checkinSlice, type Target } from './lib/alternate.ts';
import { startHexin } from './lib/apps.ts';
import type { Bench } from './lib/context.ts';
import { DB_KINDS, freshDatabase, seed } from './lib/databases.ts';
import { say } from './lib/figures.ts';
import { non200 } from './lib/load-generator.ts';
import { withLoadServices } from './lib/load-services.ts';
import { benchSettings, wholeNumber } from './lib/settings.ts';
import { ascending, percentile, round } from './lib/stats.ts';
import { WORKSPACE } from './lib/slack-requests.ts';
import { answerTo, everyDayButToday, sendCommand } from './lib/team.ts';

const RATE = 50;
/** Read when the bench runs, so a bad value stops only this bench. */
const SETTINGS = { BENCH_PROMPTS: wholeNumber(1, 100_000, 2000) };
/** The fan-out is measured until every prompt is out or this long has passed. */
const MAX_LOAD_MS = 120_000;
const LEADER = 'ULEADFAN';
const CHANNEL = 'CFANTEAM';
const memberId = (i: number) => `UFAN${String(i).padStart(5, '0')}`;

const hhmm = (at: Date) =>
  `${String(at.getUTCHours()).padStart(2, '0')}:${String(at.getUTCMinutes()).padStart(2, '0')}`;
const nextMinute = (now = Date.now()) => Math.ceil((now + 1) / 60_000) * 60_000;
/** Posts Hexin made to the seeded members (chat.postMessage to a member's user id). */
const postsToMembers = (slack: FakeSlack) =>
  slack.callsTo('chat.postMessage').filter((c) => c.answered === 'ok' && String(c.args.channel).startsWith('UFAN'));
/** Members who got their prompt. */
const promptsSent = (slack: FakeSlack) => new Set(postsToMembers(slack).map((c) => String(c.args.channel))).size;

export const ackUnderLoad: Bench = {
  about: `signed /checkin at ${RATE}/s while BENCH_PROMPTS (2,000) check-in prompts fan out in the same process, vs its idle p99, both databases`,
  async run({ figures }) {
    const PROMPTS = benchSettings(SETTINGS).BENCH_PROMPTS;
    await withLoadServices(async ({ slack, redis, load }) => {
      for (const db of DB_KINDS) {
        const database = await freshDatabase(db, 'under-load');
        say(`ack-under-load on ${db}: seeding ${PROMPTS} members`);
        await seed(database, async (prisma) => {
          await prisma.workspace.create({ data: { id: WORKSPACE } });
          const team = await prisma.team.create({
            data: {
              workspaceId: WORKSPACE,
              name: 'bench-fanout',
              homeChannelId: CHANNEL,
              timeZone: 'UTC',
              checkinDays: everyDayButToday()
                .split(',')
                .map((d) => ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].indexOf(d) + 1),
            },
          });
          // The leader only changes the schedule: opted out, so exactly PROMPTS members are prompted.
          await prisma.member.create({
            data: {
              teamId: team.id,
              slackUserId: LEADER,
              role: 'leader',
              displayName: 'Bench leader',
              locale: 'en-US',
              checkinOptOut: true,
            },
          });
          await prisma.member.createMany({
            data: Array.from({ length: PROMPTS }, (_, i) => ({
              teamId: team.id,
              slackUserId: memberId(i),
              displayName: `Bench ${i}`,
              locale: 'en-US',
            })),
          });
        });
        // The workspace knows them too: a users.info for any of them is answered as Slack would.
        for (const id of [LEADER, ...Array.from({ length: PROMPTS }, (_, i) => memberId(i))])
          slack.addUser({ id, name: id.toLowerCase(), tz: 'UTC', locale: 'en-US', isAdmin: id === LEADER });
        const hexin = await startHexin(`under-load-${db}`, {
          slackApiUrl: slack.apiUrl,
          db: database,
          redisUrl: redis.url,
          env: { SLACK_SENDS_PER_SECOND: '50' },
        });
        try {
          const target: Target = {
            label: `hexin-${db}`,
            app: hexin,
            users: Array.from({ length: 50 }, (_, i) => memberId(i)),
            channel: CHANNEL,
          };
          // The idle measurement and the schedule change fit before the coming minute's tick, and
          // the prompt time stays before the reminder at 23:59 UTC.
          while (nextMinute() - Date.now() < 35_000 || hhmm(new Date(nextMinute())) >= '23:58') {
            say(`ack-under-load on ${db}: waiting for the next minute`);
            await sleep(nextMinute() - Date.now() + 500);
          }
          const due = new Date(nextMinute());
          const changed = await answerTo(
            slack,
            await sendCommand(
              slack,
              hexin.origin,
              { user: LEADER, channel: CHANNEL },
              '/hexin',
              `schedule days=mon-sun time=${hhmm(due)} reminder=23:59`,
            ),
          );
          say(`ack-under-load on ${db}: prompts due at ${due.toISOString()} (${changed.split('\n')[0]})`);
          const idle = (
            await alternate(load, slack, [target], { rate: RATE, phase: 'idle', totalMs: 10_000, sliceMs: 10_000 })
          ).get(target.label)!;
          if (promptsSent(slack) > 0) throw new Error('prompts went out before the idle measurement ended');
          await sleep(Math.max(0, due.getTime() - Date.now() - 1000));
          say(`ack-under-load on ${db}: load from the tick until ${PROMPTS} prompts are out`);
          // One open-loop stream from the tick until every prompt is out: no pause between parts.
          const start = Date.now();
          const stream = load.open(checkinSlice(slack, target, 'under-load', RATE, MAX_LOAD_MS));
          let finished = false;
          void stream.result.finally(() => (finished = true));
          let reported = start;
          while (!finished && promptsSent(slack) < PROMPTS && Date.now() - start < MAX_LOAD_MS) {
            await sleep(250);
            if (Date.now() - reported >= 5000) {
              reported = Date.now();
              say(
                `ack-under-load on ${db}: ${promptsSent(slack)} prompts sent after ${Math.round((reported - start) / 1000)} s`,
              );
            }
          }
          const loadMs = Date.now() - start;
          stream.end();
          const busy = await stream.result;
          const idleP99 = percentile(ascending(idle.latencies), 99);
          const sorted = ascending(busy.latencies);
          const p99 = percentile(sorted, 99);
          figures.print({
            bench: 'ack-under-load',
            db,
            rate: RATE,
            prompts: PROMPTS,
            requests: busy.sent,
            non_200: non200(busy),
            over_3s: busy.overDeadline,
            load_s: round(loadMs / 1000, 1),
            p50_ms: round(percentile(sorted, 50), 2),
            p99_ms: round(p99, 2),
            max_ms: round(sorted.at(-1) ?? Number.NaN, 1),
            idle_p50_ms: round(percentile(ascending(idle.latencies), 50), 2),
            idle_p99_ms: round(idleP99, 2),
            idle_non_200: non200(idle),
            ratio_p99: round(p99 / idleP99, 2),
            prompts_sent: promptsSent(slack),
            // More than one post to a member: a duplicate (the fanout bench measures those properly).
            extra_posts: postsToMembers(slack).length - promptsSent(slack),
            // The ratio speaks of a whole fan-out only when every prompt went out while the load ran.
            prompts_missing: PROMPTS - promptsSent(slack),
          });
        } finally {
          await hexin.stop();
          slack.reset();
        }
      }
    });
  },
  targets: (figures) =>
    DB_KINDS.flatMap((db) => [
      figures.target({ bench: 'ack-under-load', db }, 'ratio_p99', 3),
      figures.target({ bench: 'ack-under-load', db }, 'prompts_missing', 0),
    ]),
};
