import { connect } from 'node:net';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { findFreePort } from '../../src/infra/local/find-free-port.ts';
import { startLocalPostgres } from '../../src/infra/local/local-postgres.ts';
import { startLocalRedis } from '../../src/infra/local/local-redis.ts';

/** Sends one inline command over a raw socket; resolves with the first reply line, or the socket error. */
function rawCommand(port: number, command: string): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    let reply = '';
    socket.once('connect', () => socket.write(`${command}\r\n`));
    socket.on('data', (chunk: Buffer) => {
      reply += chunk.toString('utf8');
      const eol = reply.indexOf('\r\n');
      if (eol >= 0) {
        socket.destroy();
        resolve(reply.slice(0, eol));
      }
    });
    socket.once('error', (err: NodeJS.ErrnoException) => resolve(err.code ?? err.message));
  });
}

/** Whether something accepts TCP connections on 127.0.0.1:port. */
function portAccepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

describe('local services', () => {
  it('when a free port is requested, then it is a usable TCP port number', async () => {
    const port = await findFreePort();
    expect(port).toBeGreaterThan(0);
    expect(port).toBeLessThan(65536);
  });

  it('when Redis is started on a free port, then it answers PING, and once stopped its port is closed', async () => {
    const port = await findFreePort();
    const redis = await startLocalRedis({ port });
    try {
      expect(redis.port).toBe(port);
      expect(redis.url).toBe(`redis://127.0.0.1:${port}`);
      expect(await rawCommand(port, 'PING')).toBe('+PONG');
    } finally {
      await redis.stop();
    }
    expect(await portAccepts(port)).toBe(false);
    await redis.stop(); // idempotent
  }, 20_000);

  it('when Postgres is started and a database is created, then a table can be written and read there', async () => {
    const postgres = await startLocalPostgres();
    try {
      const url = await postgres.createDatabase('hexin_local_test');
      expect(url).toBe(`postgres://postgres@127.0.0.1:${postgres.port}/hexin_local_test`);
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query('CREATE TABLE t(x int)');
        await client.query('INSERT INTO t(x) VALUES (1), (2), (3)');
        const res = await client.query<{ x: number }>('SELECT x FROM t ORDER BY x');
        expect(res.rows.map((r) => r.x)).toEqual([1, 2, 3]);
        const db = await client.query<{ current_database: string }>('SELECT current_database()');
        expect(db.rows[0]?.current_database).toBe('hexin_local_test');
      } finally {
        await client.end();
      }
    } finally {
      await postgres.stop();
    }
    expect(await portAccepts(postgres.port)).toBe(false);
  }, 60_000);
});
