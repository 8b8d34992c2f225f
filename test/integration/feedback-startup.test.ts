import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');

describe('the feedback route key at start-up', () => {
  // Refused before any connection is made, so one database kind is enough.
  it.runIf(process.env.TEST_DATABASE !== 'postgres')(
    'when a separate role starts without FEEDBACK_ROUTE_KEY, then it stops with a message naming the key and how to make one',
    async () => {
      const child = spawn(TSX, [path.join(ROOT, 'src/main/app.ts')], {
        cwd: ROOT,
        env: {
          PATH: process.env.PATH,
          HOME: process.env.HOME,
          CHECKPOINT_DISABLE: '1',
          SLACK_BOT_TOKEN: 'xoxb-startup-test',
          SLACK_SIGNING_SECRET: 'startup-test-secret',
          // Nothing listens here: the refusal must come before any connection is tried.
          DATABASE_URL: 'postgresql://nobody@127.0.0.1:9/none',
          REDIS_URL: 'redis://127.0.0.1:9',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout.on('data', (chunk) => (output += String(chunk)));
      child.stderr.on('data', (chunk) => (output += String(chunk)));
      const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
      expect(code).toBe(78);
      expect(output).toContain('FEEDBACK_ROUTE_KEY is missing');
      expect(output).toContain('openssl rand -base64 32');
    },
  );
});
