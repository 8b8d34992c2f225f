/** planning: how long the clock's schedule-tick takes to work out due prompts for many members. */
import { performance } from 'node:perf_hooks';
import { planDueCheckins } from '../src/domain/checkins/service.ts';
import type { Bench } from './lib/context.ts';
import { openInProcess } from './lib/in-process.ts';
import { ascending, percentile, round } from './lib/stats.ts';

export const planning: Bench = {
  about: 'in process: the schedule-tick planning due prompts for BENCH_TEAMS × BENCH_MEMBERS members',
  async run({ figures }) {
    const bench = await openInProcess();
    try {
      const { runtime } = bench;
      // A minute when a quarter of the members are due (09:00 in Shanghai).
      const times: number[] = [];
      let due = 0;
      for (let i = 0; i < 10; i += 1) {
        const start = performance.now();
        due = (
          await planDueCheckins(
            { checkins: runtime.stores.checkins, defaultTimeZone: 'Asia/Shanghai' },
            new Date('2026-11-30T01:00:00Z'),
          )
        ).length;
        times.push(performance.now() - start);
      }
      const sorted = ascending(times);
      figures.print({
        bench: 'planning',
        db: runtime.db.kind,
        members: bench.members,
        due,
        p50_ms: round(percentile(sorted, 50)),
        max_ms: round(sorted.at(-1)!),
      });
    } finally {
      await bench.close();
    }
  },
};
