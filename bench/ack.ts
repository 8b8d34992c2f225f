/**
 * ack: signed `/checkin` at 50 and 200 requests a second into Hexin run as `npm start` runs it
 * (its own process, from the build), on PGlite and on PostgreSQL, alternating with the bare
 * Bolt app in the same run. The command opens the check-in modal for a real team member.
 */
import { readFile } from 'node:fs/promises';
import { startBareBolt, startHexin } from './lib/apps.ts';
import { alternate, modalsOpened, repliesInstead, type Target } from './lib/alternate.ts';
import type { Bench } from './lib/context.ts';
import { DB_KINDS, freshDatabase } from './lib/databases.ts';
import { say } from './lib/figures.ts';
import { non200 } from './lib/load-generator.ts';
import { withLoadServices } from './lib/load-services.ts';
import { ascending, percentile, round } from './lib/stats.ts';
import { setUpTeamByCommands } from './lib/team.ts';

const RATES = [50, 200];
const SECONDS = 10;
const LEADER = 'UACKLEAD';
const MEMBERS = Array.from({ length: 20 }, (_, i) => `UACK${String(i).padStart(3, '0')}`);
const CHANNEL = 'CACKTEAM';

export const ack: Bench = {
  about: `signed /checkin at ${RATES.join(' and ')}/s for ${SECONDS} s, Hexin vs bare Bolt, both databases`,
  async run({ figures }) {
    await withLoadServices(async ({ slack, redis, load }) => {
      for (const db of DB_KINDS) {
        say(`ack on ${db}: starting Hexin and the bare Bolt app`);
        const hexin = await startHexin(`ack-${db}`, {
          slackApiUrl: slack.apiUrl,
          db: await freshDatabase(db, 'ack'),
          redisUrl: redis.url,
        });
        const bolt = await startBareBolt(slack.apiUrl).catch(async (error) => {
          await hexin.stop();
          throw error;
        });
        try {
          await setUpTeamByCommands(slack, hexin.origin, { leader: LEADER, members: MEMBERS, channel: CHANNEL });
          say(`ack on ${db}: team set up through /hexin setup; ${MEMBERS.length + 1} members open the modal`);
          const users = [LEADER, ...MEMBERS];
          const targets: Target[] = [
            { label: `hexin-${db}`, app: hexin, users, channel: CHANNEL },
            { label: `bolt-${db}`, app: bolt, users, channel: CHANNEL },
          ];
          for (const rate of RATES) {
            const phase = `ack-${rate}`;
            const results = await alternate(load, slack, targets, { rate, phase, totalMs: SECONDS * 1000 });
            const h = results.get(`hexin-${db}`)!;
            const b = results.get(`bolt-${db}`)!;
            const hl = ascending(h.latencies);
            const bl = ascending(b.latencies);
            const p99 = percentile(hl, 99);
            const boltP99 = percentile(bl, 99);
            const hexinNon200 = non200(h);
            const opened = await modalsOpened(slack, `hexin-${db}-${phase}-`, h.sent - hexinNon200);
            const replies = repliesInstead(slack, targets[0]!, phase);
            if (opened < h.sent - hexinNon200) {
              say(
                `ack on ${db} at ${rate}/s: ${h.sent - hexinNon200 - opened} acked commands opened no modal; ${replies.length} were answered instead, e.g. ${JSON.stringify(replies.slice(0, 3))}`,
              );
              say(`Hexin's log ends: ${(await readFile(hexin.proc.logFile, 'utf8')).slice(-2000)}`);
            }
            figures.print({
              bench: 'ack',
              db,
              rate,
              requests: h.sent,
              non_200: hexinNon200,
              over_3s: h.overDeadline,
              p50_ms: round(percentile(hl, 50), 2),
              p90_ms: round(percentile(hl, 90), 2),
              p99_ms: round(p99, 2),
              max_ms: round(hl.at(-1) ?? Number.NaN, 1),
              modals_opened: opened,
              // An ack is only half the command: each request must also have opened its modal.
              modals_missing: h.sent - opened,
              error_replies: replies.length,
              bolt_requests: b.sent,
              bolt_non_200: non200(b),
              bolt_p50_ms: round(percentile(bl, 50), 2),
              bolt_p99_ms: round(boltP99, 2),
              bolt_modals_opened: await modalsOpened(slack, `bolt-${db}-${phase}-`, b.sent - non200(b)),
              ratio_p99: round(p99 / boltP99, 2),
            });
          }
        } finally {
          await Promise.all([hexin.stop(), bolt.stop()]);
          slack.reset();
        }
      }
    });
  },
  targets: (figures) =>
    DB_KINDS.flatMap((db) => [
      figures.target({ bench: 'ack', db, rate: 200 }, 'ratio_p99', 1.3),
      figures.target({ bench: 'ack', db, rate: 200 }, 'non_200', 0),
      figures.target({ bench: 'ack', db, rate: 200 }, 'modals_missing', 0),
    ]),
};
