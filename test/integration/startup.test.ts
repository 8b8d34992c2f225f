import { spawn } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { findFreePort } from '../../src/infra/local/find-free-port.ts';
import { FakeSlack } from '../fakes/fake-slack.ts';
import { untilBuilt } from '../support/build-status.ts';
import { databaseUrlForThisFile } from '../support/harness.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The environment a fresh shell would have: none of Slack's keys. */
function baseEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, CHECKPOINT_DISABLE: '1' };
  return { ...env, ...extra };
}

/**
 * Runs an entry as one Node process: sources through tsx's loader (`node --import tsx`, not the
 * tsx command, which relays signals through a process of its own and kills a child that is slow
 * to confirm one), or the compiled build with plain node.
 */
function run(entry: string, env: NodeJS.ProcessEnv, runner: 'tsx' | 'node' = 'tsx') {
  const args = runner === 'tsx' ? ['--import', 'tsx', path.join(ROOT, entry)] : [path.join(ROOT, entry)];
  const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += String(chunk)));
  child.stderr.on('data', (chunk) => (output += String(chunk)));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => output };
}

/** The run's /healthz once it answers at all (any status), or null after 30 s. */
async function untilAnswering(port: number | string | undefined): Promise<Response | null> {
  for (let i = 0; i < 150; i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    const health = await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => null);
    if (health) return health;
  }
  return null;
}

describe('the run command', () => {
  const onPglite = process.env.TEST_DATABASE !== 'postgres';
  // dist/ is built by the test setup beside the other files' tests; these run it.
  beforeAll(untilBuilt, 200_000);

  it.runIf(onPglite)(
    'when Slack credentials are missing, then it stops with a message naming them and pointing to the README',
    async () => {
      const proc = run('src/main/all.ts', baseEnv({}));
      expect(await proc.exited).toBe(78);
      expect(proc.output()).toContain('SLACK_BOT_TOKEN is missing');
      expect(proc.output()).toContain('SLACK_SIGNING_SECRET is missing');
      expect(proc.output()).toContain('README.md#create-the-slack-app');
    },
  );

  it.runIf(onPglite)('when a key is malformed, then the message says which and how', async () => {
    const proc = run(
      'src/main/all.ts',
      baseEnv({ SLACK_BOT_TOKEN: 'xoxp-user-token', SLACK_SIGNING_SECRET: 'abcdefgh12', PORT: 'eighty' }),
    );
    expect(await proc.exited).toBe(78);
    expect(proc.output()).toContain('SLACK_BOT_TOKEN must start with "xoxb-"');
    expect(proc.output()).toContain('PORT');
  });

  it(`when credentials are given, then all three roles start on ${process.env.TEST_DATABASE}, answer /healthz, and stop cleanly on SIGTERM`, async () => {
    const slack = await FakeSlack.start();
    const databaseUrl = await databaseUrlForThisFile();
    const port = await findFreePort();
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'hexin-run-'));
    // On PGlite, the compiled build that `npm start` runs (built by the test setup); on PostgreSQL, the sources.
    const proc = run(
      onPglite ? 'dist/src/main/all.js' : 'src/main/all.ts',
      baseEnv({
        SLACK_BOT_TOKEN: 'xoxb-run-test',
        SLACK_SIGNING_SECRET: 'run-test-secret',
        SLACK_API_URL: slack.apiUrl,
        PORT: String(port),
        REDIS_URL: inject('redisUrl'),
        QUEUE_PREFIX: `run-${port}`,
        PGLITE_DIR: path.join(dataDir, 'pglite'),
        ...(databaseUrl && { DATABASE_URL: databaseUrl }),
      }),
      onPglite ? 'node' : 'tsx',
    );
    try {
      const health = await untilAnswering(port);
      expect(health?.status).toBe(200);
      expect(proc.output()).toContain('clock started');
      expect(proc.output()).toContain('worker started');
      expect(proc.output()).toContain('app listening');
      proc.child.kill('SIGTERM');
      expect(await proc.exited).toBe(0);
      expect(proc.output()).toContain('"msg":"stopped"');
    } finally {
      proc.child.kill('SIGKILL');
      await slack.stop();
    }
  });

  it.runIf(onPglite)(
    'when a second run opens the same data folder, then it stops at once naming the process that has it',
    async () => {
      const slack = await FakeSlack.start();
      const dataDir = await mkdtemp(path.join(os.tmpdir(), 'hexin-run-'));
      const env = async () =>
        baseEnv({
          SLACK_BOT_TOKEN: 'xoxb-run-test',
          SLACK_SIGNING_SECRET: 'run-test-secret',
          SLACK_API_URL: slack.apiUrl,
          PORT: String(await findFreePort()),
          REDIS_URL: inject('redisUrl'),
          QUEUE_PREFIX: `run-lock-${path.basename(dataDir)}`,
          PGLITE_DIR: path.join(dataDir, 'pglite'),
        });
      const firstEnv = await env();
      const first = run('src/main/all.ts', firstEnv);
      try {
        const health = await untilAnswering(firstEnv.PORT);
        expect(health?.status).toBe(200);
        const second = run('src/main/all.ts', await env());
        expect(await second.exited).toBe(78);
        expect(second.output()).toContain(`is in use by process ${first.child.pid}`);
        expect(second.output()).toContain('PGLITE_DIR');
        expect(second.output()).toContain('DATABASE_URL');
        // The first run is untouched and still answers.
        expect((await fetch(`http://127.0.0.1:${firstEnv.PORT}/healthz`)).status).toBe(200);
        first.child.kill('SIGTERM');
        expect(await first.exited).toBe(0);
      } finally {
        first.child.kill('SIGKILL');
        await slack.stop();
      }
    },
  );

  it.runIf(onPglite)(
    'when REDIS_URL is unset, then the run command starts its own Redis on 127.0.0.1 and stops it on exit',
    async () => {
      const slack = await FakeSlack.start();
      const port = await findFreePort();
      const dataDir = await mkdtemp(path.join(os.tmpdir(), 'hexin-run-'));
      const proc = run(
        'src/main/all.ts',
        baseEnv({
          SLACK_BOT_TOKEN: 'xoxb-run-test',
          SLACK_SIGNING_SECRET: 'run-test-secret',
          SLACK_API_URL: slack.apiUrl,
          PORT: String(port),
          PGLITE_DIR: path.join(dataDir, 'pglite'),
          REDIS_DATA_DIR: path.join(dataDir, 'redis'),
        }),
      );
      try {
        const health = await untilAnswering(port);
        expect(health?.status).toBe(200);
        expect(await health!.json()).toMatchObject({ redis: 'PONG' });
        const started = /"url":"redis:\/\/127\.0\.0\.1:(\d+)"/.exec(proc.output());
        expect(started).not.toBeNull();
        proc.child.kill('SIGTERM');
        expect(await proc.exited).toBe(0);
        const { connect } = await import('node:net');
        const refused = await new Promise<boolean>((resolve) => {
          const socket = connect(Number(started![1]), '127.0.0.1');
          socket.once('connect', () => {
            socket.destroy();
            resolve(false);
          });
          socket.once('error', () => resolve(true));
        });
        expect(refused).toBe(true);
      } finally {
        proc.child.kill('SIGKILL');
        await slack.stop();
      }
    },
  );
});

/** Fields of /proc/<pid>/stat after the command name: [state, ppid, pgrp, ...]. */
async function procStat(pid: number): Promise<string[]> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
}

describe.runIf(process.env.TEST_DATABASE !== 'postgres')('npm start', () => {
  /**
   * `npm start` as a terminal runs it: npm leads a process group of its own (the terminal's
   * foreground job, which Ctrl-C signals as a whole). npm has no output of its own here
   * (--silent) and never asks the registry for updates.
   */
  async function npmStart(port: number) {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'hexin-npm-start-'));
    const slack = await FakeSlack.start();
    const env = baseEnv({
      SLACK_BOT_TOKEN: 'xoxb-run-test',
      SLACK_SIGNING_SECRET: 'run-test-secret',
      SLACK_API_URL: slack.apiUrl,
      PORT: String(port),
      REDIS_URL: inject('redisUrl'),
      QUEUE_PREFIX: `npm-start-${port}`,
      PGLITE_DIR: path.join(dataDir, 'pglite'),
      npm_config_update_notifier: 'false',
    });
    const npm = spawn('npm', ['start', '--silent'], {
      cwd: ROOT,
      env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    npm.stdout.on('data', (chunk) => (output += String(chunk)));
    npm.stderr.on('data', (chunk) => (output += String(chunk)));
    const exited = new Promise<number | null>((resolve) => npm.on('exit', (code) => resolve(code)));
    return { npm, exited, output: () => output, slack };
  }

  // dist/ is built once for the run by the test setup (test/support/global-setup.ts), and this
  // file waited for it: each `npm start` below finds it up to date, as a second `npm start` would.
  it.each([
    ['SIGTERM', 'npm', 'a supervisor stopping the service'],
    ['SIGTERM', 'hexin', 'kill <pid of Hexin>'],
    ['SIGINT', 'process group', 'Ctrl-C in a terminal, which reaches npm and Hexin both'],
  ] as const)(
    "when %s is sent to the %s (%s), then Hexin, npm's only child, stops cleanly and npm exits 0",
    async (signal, to, _as) => {
      const port = await findFreePort();
      const run = await npmStart(port);
      try {
        const health = await untilAnswering(port);
        expect(health?.status).toBe(200);
        // No shell between npm and Hexin: npm's one child is node running the build.
        const children = (await readFile(`/proc/${run.npm.pid}/task/${run.npm.pid}/children`, 'utf8'))
          .trim()
          .split(' ');
        expect(children).toHaveLength(1);
        const hexin = Number(children[0]);
        const commandLine = (await readFile(`/proc/${hexin}/cmdline`, 'utf8')).split('\0');
        expect(path.basename(commandLine[0]!)).toBe('node');
        expect(commandLine).toContain(path.join(ROOT, 'dist/src/main/all.js'));
        // In npm's process group, the one a terminal's Ctrl-C signals.
        expect((await procStat(hexin))[2]).toBe(String(run.npm.pid));

        if (to === 'npm') process.kill(run.npm.pid!, signal);
        if (to === 'hexin') process.kill(hexin, signal);
        if (to === 'process group') process.kill(-run.npm.pid!, signal);
        expect(await run.exited).toBe(0);
        expect(run.output()).toContain(`"reason":"${signal}","msg":"shutting down"`);
        expect(run.output()).toContain('"exitCode":0,"msg":"stopped"');
        expect(run.output().match(/"msg":"shutting down"/g)).toHaveLength(1);
        await expect(readFile(`/proc/${hexin}/stat`, 'utf8')).rejects.toThrow('ENOENT');
      } finally {
        try {
          process.kill(-run.npm.pid!, 'SIGKILL');
        } catch {
          // the group is gone already
        }
        await run.slack.stop();
      }
    },
  );
});
