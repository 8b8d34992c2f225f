/** submission-ack: how fast a signed check-in submission is answered by the real receiver, in process, one at a time. */
import { performance } from 'node:perf_hooks';
import { startApp, startWorker } from '../src/main/roles.ts';
import { FAKE_BOT_ID, FAKE_BOT_USER_ID } from '../test/fakes/fake-slack.ts';
import { form, postToApp } from '../test/support/signed-requests.ts';
import { SIGNING_SECRET } from './lib/apps.ts';
import type { Bench } from './lib/context.ts';
import { openInProcess } from './lib/in-process.ts';
import { ascending, percentile, round } from './lib/stats.ts';

const SUBMISSIONS = Number(process.env.BENCH_SUBMISSIONS ?? 300);

export const submissionAck: Bench = {
  about: `in process: ${SUBMISSIONS} signed check-in submissions one after another, worker running`,
  async run({ figures }) {
    const bench = await openInProcess();
    const { runtime, firstTeam } = bench;
    const app = await startApp(runtime, {
      port: 0,
      identity: {
        botId: FAKE_BOT_ID,
        botUserId: FAKE_BOT_USER_ID,
        workspace: { teamId: 'TBENCH', enterpriseId: null },
      },
    });
    const worker = startWorker(runtime);
    try {
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
            id: `V${i}`,
            team_id: 'TBENCH',
            type: 'modal',
            blocks: [],
            callback_id: 'checkin_submit',
            private_metadata: JSON.stringify({ t: firstTeam.id, d: day }),
            state: {
              values: {
                yesterday: { answer: { type: 'plain_text_input', value: 'Visited the north route' } },
                today: { answer: { type: 'plain_text_input', value: 'Shops 12 to 20' } },
                blockers: { answer: { type: 'plain_text_input', value: '' } },
                mood: { answer: { type: 'static_select', selected_option: { value: '4' } } },
              },
            },
          },
        };
        const start = performance.now();
        const res = await postToApp(
          url,
          SIGNING_SECRET,
          form({ payload: JSON.stringify(payload) }),
          'application/x-www-form-urlencoded',
        );
        latencies.push(performance.now() - start);
        if (res.status !== 200 || res.body !== '')
          throw new Error(`submission ${i} answered ${res.status}: ${res.body}`);
      }
      const elapsed = performance.now() - wall;
      const sorted = ascending(latencies);
      figures.print({
        bench: 'submission-ack',
        db: runtime.db.kind,
        submissions: SUBMISSIONS,
        p50_ms: round(percentile(sorted, 50)),
        p95_ms: round(percentile(sorted, 95)),
        max_ms: round(sorted.at(-1)!),
        per_second: Math.round(SUBMISSIONS / (elapsed / 1000)),
      });
    } finally {
      await app.stop();
      await worker.stop();
      await bench.close();
    }
  },
};
