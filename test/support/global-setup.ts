import { spawn } from 'node:child_process';
import { mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startLocalPostgres, type LocalPostgres } from '../../src/infra/local/local-postgres.ts';
import { startLocalRedis, type LocalRedis } from '../../src/infra/local/local-redis.ts';
import { makePgliteSeed } from './pglite-seed.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    redisUrl: string;
    postgresUrl: string;
    /** A migrated embedded database that every in-memory test database starts from (pglite-seed.ts). */
    pgliteSeedFile: string;
    /** Written when the build of dist/ has ended, with its outcome (test/support/build-status.ts). */
    buildStatusFile: string;
  }
}

let redis: LocalRedis | null = null;
let postgres: LocalPostgres | null = null;
/** The run's scratch folder: the seed database and the build's outcome. */
let runDir: string | null = null;
let building: Promise<void> | null = null;

const ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * `npm run build` (incremental), once for the whole run: the start-up tests run the compiled
 * Hexin as `npm start` does, and find dist/ up to date. Only they wait for it, through the
 * outcome file (build-status.ts); every other file starts at once.
 */
async function build(log: (msg: string) => void): Promise<void> {
  const started = Date.now();
  const tsc = spawn(path.join(ROOT, 'node_modules', '.bin', 'tsc'), ['-b', 'tsconfig.build.json'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  const code = await new Promise<number | null>((resolve) => tsc.on('exit', resolve));
  if (code !== 0) throw new Error(`npm run build failed (tsc exited ${code})`);
  log(`build up to date in ${Date.now() - started} ms`);
}

/**
 * Starts the real services the integration tests need, unless given: TEST_REDIS_URL and
 * TEST_POSTGRES_URL point at running ones (the PostgreSQL URL must allow CREATE DATABASE).
 * Builds dist/ meanwhile.
 */
export async function setup(project: TestProject): Promise<void> {
  // Unit tests touch no service: a run of the unit project alone starts none.
  if (!project.vitest.projects.some((selected) => selected.name.startsWith('integration-'))) return;
  const log = (msg: string) => process.stderr.write(`[test services] ${msg}\n`);
  const started = Date.now();
  runDir = await mkdtemp(path.join(os.tmpdir(), 'hexin-run-'));
  const buildStatusFile = path.join(runDir, 'build.json');
  building = build(log).then(
    () => writeStatus(buildStatusFile, { ok: true }),
    (error: Error) => writeStatus(buildStatusFile, { ok: false, error: error.message }),
  );
  const pgliteSeedFile = path.join(runDir, 'migrated.tar');
  const seeded = makePgliteSeed(pgliteSeedFile);
  // Awaited below, once the services are up; a failure meanwhile is not left unhandled.
  seeded.catch(() => undefined);
  let redisUrl = process.env.TEST_REDIS_URL;
  if (!redisUrl) {
    redis = await startLocalRedis({ log });
    redisUrl = redis.url;
  }
  let postgresUrl = process.env.TEST_POSTGRES_URL;
  if (!postgresUrl) {
    postgres = await startLocalPostgres({ log });
    postgresUrl = postgres.url;
  }
  try {
    await seeded;
  } catch (error) {
    await teardown();
    throw error;
  }
  project.provide('redisUrl', redisUrl);
  project.provide('postgresUrl', postgresUrl);
  project.provide('pgliteSeedFile', pgliteSeedFile);
  project.provide('buildStatusFile', buildStatusFile);
  log(`services and the seed database ready in ${Date.now() - started} ms`);
}

/** Written whole, then renamed into place: a reader never sees half of it. */
async function writeStatus(file: string, status: { ok: boolean; error?: string }): Promise<void> {
  await writeFile(`${file}.part`, JSON.stringify(status));
  await rename(`${file}.part`, file);
}

export async function teardown(): Promise<void> {
  await redis?.stop();
  await postgres?.stop();
  await building;
  if (runDir) await rm(runDir, { recursive: true, force: true });
}
