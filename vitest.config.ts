import path from 'node:path';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Integration files whose assertions are about time on a busy CPU — the gate's pacing, the
 * event loop's lag during a fan-out or beside the embedded database, acks within a second or
 * within Slack's three seconds while a database or Redis is away, the loop while a chart is drawn. They run after the rest, one file at a time, so nothing else competes for
 * the two cores they measure (with four files side by side, the gate's pacing test saw Slack
 * refuse a send).
 */
const TIMED = [
  'slack-gate',
  'fanout-event-loop',
  'slow-submission',
  'redis-outage',
  'postgres-restart',
  'envelope',
  'embedded-database',
  'chart-thread',
].map((name) => `test/integration/${name}.test.ts`);

/**
 * The files of 20 s or more, roughly the longest first: started before the rest, on both
 * databases, so that no long one is left to run alone at the end while a core idles. Without
 * them first, vitest runs a project's files in turn and a fresh checkout, which has no timings
 * cached, in the order they are found.
 */
const LONG = [
  'authorization',
  'startup',
  'worker-kill',
  'resumable-jobs-gate',
  'resumable-jobs',
  'migrations',
  'fuzz',
  'coffee',
  'checkin-schedule',
  'anonymity-audit',
].map((name) => `test/integration/${name}.test.ts`);

class LongFilesFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (spec: TestSpecification) => {
      const at = LONG.indexOf(path.relative(spec.project.config.root, spec.moduleId));
      return at === -1 ? LONG.length : at;
    };
    const groupOrder = (spec: TestSpecification) => spec.project.config.sequence.groupOrder;
    // A stable sort: within a rank, vitest's own order (its cached timings when it has them).
    return (await super.sort(files)).sort((a, b) => groupOrder(a) - groupOrder(b) || rank(a) - rank(b));
  }
}

/**
 * A worker process imports Hexin once for all the files it runs, not once per file (about a
 * second of CPU each). Nothing a test file changes outlives it: each harness has its own
 * database, queue prefix and fake Slack, and no file mocks a module or leaves globals set.
 */
const SHARED_IMPORTS = { isolate: false } as const;

// Projects do not extend the root config, so the services start once for the whole run.
const integration = (database: 'pglite' | 'postgres', timed: boolean) => ({
  test: {
    pool: 'forks' as const,
    ...SHARED_IMPORTS,
    name: `integration-${database}${timed ? '-timed' : ''}`,
    include: timed ? TIMED : ['test/integration/**/*.test.ts'],
    exclude: timed ? [] : TIMED,
    env: { TEST_DATABASE: database },
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Most integration time is waiting (on the gate, the queue, child processes): files run
    // side by side; the timed ones alone, after them.
    ...(timed && { fileParallelism: false }),
    // Groups run in turn: everything else first, then each database's timed files on their own.
    sequence: { groupOrder: timed ? (database === 'pglite' ? 1 : 2) : 0 },
  },
});

export default defineConfig({
  test: {
    // Real Redis and PostgreSQL are started once for the whole run (test/support/global-setup.ts).
    globalSetup: ['test/support/global-setup.ts'],
    pool: 'forks',
    // vitest's default on this 2-core machine is one worker: every file in turn.
    maxWorkers: 4,
    sequence: { sequencer: LongFilesFirst },
    projects: [
      {
        test: {
          name: 'unit',
          pool: 'forks',
          ...SHARED_IMPORTS,
          include: ['test/unit/**/*.test.ts'],
          testTimeout: 60_000,
          sequence: { groupOrder: 0 },
        },
      },
      integration('pglite', false),
      integration('postgres', false),
      integration('pglite', true),
      integration('postgres', true),
    ],
  },
});
