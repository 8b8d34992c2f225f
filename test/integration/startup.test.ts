import { spawn } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, inject, it } from 'vitest';
import { findFreePort } from '../../src/infra/local/find-free-port.ts';
import { FakeSlack } from '../fakes/fake-slack.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');

/** The environment a fresh shell would have: none of Slack's keys. */
function baseEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, CHECKPOINT_DISABLE: '1' };
  return { ...env, ...extra };
}

function run(entry: string, env: NodeJS.ProcessEnv) {
  const child = spawn(TSX, [path.join(ROOT, entry)], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += String(chunk)));
  child.stderr.on('data', (chunk) => (output += String(chunk)));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => output };
}

describe('the run command', () => {
  it('when Slack credentials are missing, then it stops with a message naming them and pointing to the README', async () => {
    const proc = run('src/main/all.ts', baseEnv({}));
    expect(await proc.exited).toBe(78);
    expect(proc.output()).toContain('SLACK_BOT_TOKEN is missing');
    expect(proc.output()).toContain('SLACK_SIGNING_SECRET is missing');
    expect(proc.output()).toContain('README.md#create-the-slack-app');
  });

  it('when a key is malformed, then the message says which and how', async () => {
    const proc = run('src/main/all.ts', baseEnv({ SLACK_BOT_TOKEN: 'xoxp-user-token', SLACK_SIGNING_SECRET: 'abcdefgh12', PORT: 'eighty' }));
    expect(await proc.exited).toBe(78);
    expect(proc.output()).toContain('SLACK_BOT_TOKEN must start with "xoxb-"');
    expect(proc.output()).toContain('PORT');
  });

  it('when credentials are given, then all three roles start, answer /healthz, and stop cleanly on SIGTERM', async () => {
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
        REDIS_URL: inject('redisUrl'),
        QUEUE_PREFIX: `run-${port}`,
        PGLITE_DIR: path.join(dataDir, 'pglite'),
      }),
    );
    try {
      let health: Response | null = null;
      for (let i = 0; i < 150 && !health; i += 1) {
        await new Promise((resolve) => setTimeout(resolve, 200));
        health = await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => null);
      }
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
});
