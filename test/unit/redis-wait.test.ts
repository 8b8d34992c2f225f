import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { findFreePort } from '../../src/infra/local/find-free-port.ts';
import { startLocalRedis } from '../../src/infra/local/local-redis.ts';
import { untilRedisReady } from '../../src/infra/redis-outage.ts';
import { createLogger } from '../../src/shared/logger.ts';

describe('start-up waiting for Redis', () => {
  it('when Redis is not reachable at start, then a warn line naming REDIS_URL repeats until it is, and start-up then continues', async () => {
    const lines: Array<{ level: number; msg: string }> = [];
    const log = createLogger(
      'info',
      new Writable({
        write: (chunk, _e, done) => {
          lines.push(JSON.parse(String(chunk)));
          done();
        },
      }),
    );
    const port = await findFreePort();
    const redis = new Redis({
      host: '127.0.0.1',
      port,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      retryStrategy: () => 100,
    });
    redis.on('error', () => undefined);
    const dataDir = await mkdtemp(path.join(tmpdir(), 'hexin-redis-wait-'));
    let ready = false;
    const waiting = untilRedisReady(redis, log, { firstNoticeMs: 100, everyMs: 200 }).then(() => (ready = true));
    try {
      await new Promise((resolve) => setTimeout(resolve, 600));
      expect(ready).toBe(false);
      const notices = lines.filter((line) => line.msg.includes('REDIS_URL'));
      expect(notices.length).toBeGreaterThanOrEqual(2);
      expect(notices.every((line) => line.level === 40)).toBe(true);

      const server = await startLocalRedis({ port, dataDir });
      try {
        await waiting;
        expect(ready).toBe(true);
        const count = lines.filter((line) => line.msg.includes('REDIS_URL')).length;
        await new Promise((resolve) => setTimeout(resolve, 400));
        expect(lines.filter((line) => line.msg.includes('REDIS_URL')).length).toBe(count);
        expect(lines.at(-1)?.msg).toBe('Redis is reachable; starting');
      } finally {
        await server.stop();
      }
    } finally {
      redis.disconnect();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
