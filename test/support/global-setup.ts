import type { TestProject } from 'vitest/node';
import { startLocalPostgres, type LocalPostgres } from '../../src/infra/local/local-postgres.ts';
import { startLocalRedis, type LocalRedis } from '../../src/infra/local/local-redis.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    redisUrl: string;
    postgresUrl: string;
  }
}

let redis: LocalRedis | null = null;
let postgres: LocalPostgres | null = null;

/**
 * Starts the real services the integration tests need, unless given: TEST_REDIS_URL and
 * TEST_POSTGRES_URL point at running ones (the PostgreSQL URL must allow CREATE DATABASE).
 */
export async function setup(project: TestProject): Promise<void> {
  // Unit tests touch no service: a run of the unit project alone starts none.
  if (!project.vitest.projects.some((selected) => selected.name.startsWith('integration-'))) return;
  const log = (msg: string) => process.stderr.write(`[test services] ${msg}\n`);
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
  project.provide('redisUrl', redisUrl);
  project.provide('postgresUrl', postgresUrl);
}

export async function teardown(): Promise<void> {
  await redis?.stop();
  await postgres?.stop();
}
