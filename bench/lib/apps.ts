import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findFreePort } from '../../src/infra/local/find-free-port.ts';
import { startProcess, untilHealthy, type Started } from './processes.ts';

export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const SIGNING_SECRET = 'bench-signing-secret';
export const BOT_TOKEN = 'xoxb-bench';

/** A scratch folder removed when the bench run ends. */
const scratch: string[] = [];
let scratchHook = false;
export async function scratchDir(label: string): Promise<string> {
  // Interrupted runs leave no folders behind either.
  if (!scratchHook)
    process.once('exit', () => {
      for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
    });
  scratchHook = true;
  const dir = await mkdtemp(path.join(os.tmpdir(), `hexin-bench-${label}-`));
  scratch.push(dir);
  return dir;
}
export async function removeScratch(): Promise<void> {
  await Promise.all(scratch.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
}

/**
 * npm asks the registry whether it is out of date, and offers funding and audit notes that do
 * too: a bench sends nothing beyond this machine's loopback, so every npm a bench starts is told not to.
 */
const NPM_OFFLINE_NOTES = {
  npm_config_update_notifier: 'false',
  npm_config_fund: 'false',
  npm_config_audit: 'false',
} as const;

/** The environment a child gets: what finds programs and nothing of the bench's own settings. */
function baseEnv(): NodeJS.ProcessEnv {
  const keep = ['PATH', 'HOME', 'LANG', 'TMPDIR', 'USER'];
  return {
    ...Object.fromEntries(keep.filter((k) => process.env[k] !== undefined).map((k) => [k, process.env[k]])),
    ...NPM_OFFLINE_NOTES,
  };
}

let built: Promise<void> | null = null;
/** `npm run build`, once per bench run: Hexin is then run from dist/ as `npm start` runs it. */
export function buildOnce(): Promise<void> {
  built ??= new Promise<void>((resolve, reject) => {
    const child = spawn('npm', ['run', 'build'], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, ...NPM_OFFLINE_NOTES },
      stdio: ['ignore', 2, 2],
    });
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`npm run build exited ${code}`))));
  });
  return built;
}

export interface RunningApp {
  name: string;
  origin: string;
  proc: Started;
  stop(): Promise<void>;
}

export type DbEnv = { PGLITE_DIR: string } | { DATABASE_URL: string; PGLITE_DIR: string };

export interface HexinOptions {
  slackApiUrl: string;
  db: DbEnv;
  /** Unset: Hexin starts a redis-server of its own, as `npm start` does. */
  redisUrl?: string;
  env?: Record<string, string>;
  /** `bin/hexin` on the build (what `npm start` runs after building; the default) or `npm start` itself. */
  via?: 'node' | 'npm start';
}

/** Hexin all-in-one in its own process, HTTP mode, from the build in dist/. */
export async function startHexin(name: string, options: HexinOptions): Promise<RunningApp> {
  await buildOnce();
  const port = await findFreePort();
  const dir = await scratchDir(name);
  const env = {
    ...baseEnv(),
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: options.slackApiUrl,
    PORT: String(port),
    REDIS_DATA_DIR: path.join(dir, 'redis'),
    QUEUE_PREFIX: `bench-${randomBytes(4).toString('hex')}`,
    LOG_LEVEL: 'warn',
    ...options.db,
    ...(options.redisUrl && { REDIS_URL: options.redisUrl }),
    ...options.env,
  };
  const logFile = path.join(dir, 'hexin.log');
  const proc =
    options.via === 'npm start'
      ? startProcess('npm', ['start'], { cwd: PROJECT_ROOT, env, logFile })
      : startProcess(path.join(PROJECT_ROOT, 'bin/hexin'), [], { cwd: dir, env, logFile });
  const origin = `http://127.0.0.1:${port}`;
  const running = { name, origin, proc, stop: () => proc.stop() };
  try {
    await untilHealthy(`${origin}/healthz`, proc, options.via === 'npm start' ? 180_000 : 90_000);
  } catch (error) {
    await proc.stop();
    throw error;
  }
  return running;
}

/** The bare Bolt reference app (bench/reference/bare-bolt.mjs), run with plain node. */
export async function startBareBolt(slackApiUrl: string): Promise<RunningApp> {
  const port = await findFreePort();
  const dir = await scratchDir('bolt');
  const env = {
    ...baseEnv(),
    PORT: String(port),
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_API_URL: slackApiUrl,
  };
  // cwd in the project, so the reference resolves the project's own @slack/bolt.
  const proc = startProcess(process.execPath, [path.join(PROJECT_ROOT, 'bench/reference/bare-bolt.mjs')], {
    cwd: PROJECT_ROOT,
    env,
    logFile: path.join(dir, 'bolt.log'),
  });
  const origin = `http://127.0.0.1:${port}`;
  try {
    await untilHealthy(`${origin}/healthz`, proc);
  } catch (error) {
    await proc.stop();
    throw error;
  }
  return { name: 'bolt', origin, proc, stop: () => proc.stop() };
}
