/**
 * idle-rss: resident memory of everything `npm start` leaves running, after 30 s idle, on both
 * databases (REDIS_URL unset, so Hexin's own redis-server counts), next to the bare Bolt app's.
 * Also one real `npm start` (on PGlite, the default), npm and its shell included.
 *
 * Two totals: total_mb sums each process's RSS, as `ps` shows it; resident_mb counts each
 * physical page once (uniqueResidentKb), so the node code that npm and Hexin share is counted
 * once, as it is resident once. The targets are on resident_mb.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { FakeSlack } from '../test/fakes/fake-slack.ts';
import { startBareBolt, startHexin, type RunningApp } from './lib/apps.ts';
import type { Bench } from './lib/context.ts';
import { DB_KINDS, freshDatabase, type DbKind } from './lib/databases.ts';
import { say } from './lib/figures.ts';
import { megabytes, treeMemory, uniqueResidentKb, type ProcessMemory } from './lib/processes.ts';

const IDLE_MS = 30_000;

const sumKb = (list: ProcessMemory[]) => list.reduce((kb, p) => kb + p.rssKb, 0);

interface IdleMemory {
  tree: ProcessMemory[];
  /** The tree's resident pages, each counted once (what its processes share, once): null unless root. */
  residentKb: number | null;
}

/** Waits out the idle time from when `app` answered its health check, then reads its process tree. */
async function idleTree(app: RunningApp): Promise<IdleMemory> {
  await sleep(IDLE_MS);
  const tree = await treeMemory(app.proc.pid);
  const residentKb = await uniqueResidentKb(tree.map((p) => p.pid));
  say(
    `idle-rss ${app.name}: ${tree.map((p) => `${p.name}(${p.pid}) ${megabytes(p.rssKb)} MB`).join(', ')}; resident once each ${residentKb === null ? '(needs root)' : `${megabytes(residentKb)} MB`}`,
  );
  return { tree, residentKb };
}

const residentMb = (idle: IdleMemory) => (idle.residentKb === null ? null : megabytes(idle.residentKb));

export const idleRss: Bench = {
  about: `resident memory after ${IDLE_MS / 1000} s idle: Hexin (+ its redis-server) on both databases, one real npm start, bare Bolt`,
  async run({ figures }) {
    const slack = await FakeSlack.start();
    const running: RunningApp[] = [];
    try {
      // All at once: each is idle for its own 30 s from when it became healthy.
      const started = async (app: Promise<RunningApp>) => {
        const ready = await app;
        running.push(ready);
        return ready;
      };
      const hexin = new Map<DbKind, Promise<IdleMemory>>();
      for (const db of DB_KINDS)
        hexin.set(
          db,
          started(startHexin(`idle-${db}`, { slackApiUrl: slack.apiUrl, db: await freshDatabase(db, 'idle') })).then(
            idleTree,
          ),
        );
      const npmStart = started(
        startHexin('idle-npm-start', {
          slackApiUrl: slack.apiUrl,
          db: await freshDatabase('pglite', 'idle-npm'),
          via: 'npm start',
        }),
      ).then(idleTree);
      const boltIdle = await started(startBareBolt(slack.apiUrl)).then(idleTree);
      const bolt = megabytes(sumKb(boltIdle.tree));
      say('idle-rss: waiting out the idle time');
      for (const db of DB_KINDS) {
        const idle = await hexin.get(db)!;
        const { tree } = idle;
        const redis = tree.filter((p) => p.name.startsWith('redis'));
        figures.print({
          bench: 'idle-rss',
          db,
          via: 'bin/hexin',
          idle_s: IDLE_MS / 1000,
          total_mb: megabytes(sumKb(tree)),
          resident_mb: residentMb(idle),
          hexin_mb: megabytes(sumKb(tree.filter((p) => !redis.includes(p)))),
          redis_mb: megabytes(sumKb(redis)),
          processes: tree.length,
          bolt_mb: bolt,
          bolt_resident_mb: residentMb(boltIdle),
        });
      }
      const idle = await npmStart;
      const { tree } = idle;
      const npm = tree.filter((p) => p.name.startsWith('npm') || p.name === 'sh');
      const redis = tree.filter((p) => p.name.startsWith('redis'));
      figures.print({
        bench: 'idle-rss',
        db: 'pglite',
        via: 'npm start',
        idle_s: IDLE_MS / 1000,
        total_mb: megabytes(sumKb(tree)),
        resident_mb: residentMb(idle),
        npm_mb: megabytes(sumKb(npm)),
        hexin_mb: megabytes(sumKb(tree.filter((p) => !npm.includes(p) && !redis.includes(p)))),
        redis_mb: megabytes(sumKb(redis)),
        processes: tree.length,
        bolt_mb: bolt,
        bolt_resident_mb: residentMb(boltIdle),
      });
    } finally {
      await Promise.all(running.map((app) => app.stop()));
      await slack.stop();
    }
  },
  // On the memory resident once each (resident_mb): total_mb, the sum of RSS, counts node's own
  // code twice when npm stays in front of Hexin, though it is resident once.
  targets: (figures) => [
    figures.target({ bench: 'idle-rss', db: 'postgresql', via: 'bin/hexin' }, 'resident_mb', 150),
    figures.target({ bench: 'idle-rss', db: 'pglite', via: 'bin/hexin' }, 'resident_mb', 250),
    figures.target({ bench: 'idle-rss', db: 'pglite', via: 'npm start' }, 'resident_mb', 250),
  ],
};
