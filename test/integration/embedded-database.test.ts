import { mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/infra/db/database.ts';
import { LOCK_FILE, lockFolder } from '../../src/infra/db/embedded/folder-lock.ts';
import { startEmbedded, type EmbeddedServer } from '../../src/infra/db/embedded/launcher.ts';

/**
 * The embedded database as `npm start` runs it: PGlite in a worker thread behind the wire
 * server, reached by node-postgres over its Unix socket.
 */
describe.runIf(process.env.TEST_DATABASE !== 'postgres')('the embedded database', () => {
  let server: EmbeddedServer;
  const clients: pg.Client[] = [];

  const connect = async () => {
    const client = new pg.Client({ host: server.host, port: server.port, user: 'postgres', database: 'postgres' });
    client.on('error', () => undefined); // the dropped connection's own error
    await client.connect();
    clients.push(client);
    return client;
  };

  beforeAll(async () => {
    server = await startEmbedded('memory://', () => undefined);
    const setup = await connect();
    await setup.query('CREATE TABLE entries (conn int NOT NULL, n int NOT NULL)');
  });

  afterAll(async () => {
    await Promise.all(clients.map((client) => client.end().catch(() => undefined)));
    await server?.close();
  });

  it('when it starts, then its socket lies in a folder only this user may enter', async () => {
    expect((await stat(server.host)).mode & 0o777).toBe(0o700);
  });

  it('when many connections run transactions and parameterized queries at once, then each sees only its own work', async () => {
    const CONNECTIONS = 8;
    const ROUNDS = 15;
    /** Every third round rolls back; the others commit. */
    const committedIn = (rounds: number) => Array.from({ length: rounds }, (_, n) => n).filter((n) => n % 3 !== 0).length;
    const connections = await Promise.all(Array.from({ length: CONNECTIONS }, () => connect()));
    await Promise.all(
      connections.map(async (client, conn) => {
        for (let n = 0; n < ROUNDS; n++) {
          await client.query('BEGIN');
          await client.query('INSERT INTO entries (conn, n) VALUES ($1, $2)', [conn, n]);
          const seen = await client.query<{ count: string }>('SELECT count(*) FROM entries WHERE conn = $1', [conn]);
          // Its own committed rows and the new one: nobody else's, none of its rolled-back ones.
          expect(Number(seen.rows[0]!.count)).toBe(committedIn(n) + 1);
          const echoed = await client.query<{ conn: number; label: string }>('SELECT $1::int AS conn, $2::text AS label', [conn, `round ${n} of ${conn}`]);
          expect(echoed.rows).toEqual([{ conn, label: `round ${n} of ${conn}` }]);
          await client.query(n % 3 === 0 ? 'ROLLBACK' : 'COMMIT');
        }
      }),
    );
    const kept = await connections[0]!.query<{ conn: number; count: string }>('SELECT conn, count(*) FROM entries GROUP BY conn ORDER BY conn');
    expect(kept.rows).toEqual(Array.from({ length: CONNECTIONS }, (_, conn) => ({ conn, count: String(committedIn(ROUNDS)) })));
  });

  it('when a connection drops in the middle of a transaction, then its work is rolled back and the others carry on', async () => {
    const dropping = await connect();
    const other = await connect();
    await dropping.query('BEGIN');
    await dropping.query('INSERT INTO entries (conn, n) VALUES (99, 1)');
    // The other connection's query waits for the open transaction, then runs once the socket is cut.
    const waiting = other.query<{ count: string }>('SELECT count(*) FROM entries WHERE conn = 99');
    (dropping as unknown as { connection: { stream: { destroy(): void } } }).connection.stream.destroy();
    expect((await waiting).rows[0]!.count).toBe('0');
    await other.query('BEGIN');
    await other.query('INSERT INTO entries (conn, n) VALUES (98, 1)');
    await other.query('COMMIT');
    const after = await other.query<{ conn: number }>('SELECT conn FROM entries WHERE conn IN (98, 99)');
    expect(after.rows).toEqual([{ conn: 98 }]);
  });
});

describe.runIf(process.env.TEST_DATABASE !== 'postgres')('the embedded database and the main thread', () => {
  it('when it runs a heavy query, then the main event loop stays responsive', async () => {
    const db = await openDatabase({ pgliteDir: 'memory://' });
    try {
      const lag = monitorEventLoopDelay({ resolution: 10 });
      lag.enable();
      const started = Date.now();
      const [row] = await db.session.query<{ total: string }>('SELECT sum(x)::text AS total FROM generate_series(1, $1::int) AS x', [3_000_000]);
      const took = Date.now() - started;
      lag.disable();
      expect(row!.total).toBe('4500001500000');
      // The query kept the database busy far longer than the loop ever waited.
      expect(took).toBeGreaterThan(250);
      expect(lag.max / 1e6).toBeLessThan(100);
    } finally {
      await db.close();
    }
  });
});

describe.runIf(process.env.TEST_DATABASE !== 'postgres')('the embedded data folder', () => {
  it('when a fresh folder is created and reopened, then the data survives and the lock is released each time', async () => {
    const dir = path.join(await mkdtemp(path.join(os.tmpdir(), 'hexin-folder-')), 'pglite');
    const first = await openDatabase({ pgliteDir: dir });
    expect(first.kind).toBe('pglite');
    expect((await readFile(path.join(dir, LOCK_FILE), 'utf8')).trim()).toBe(String(process.pid));
    await first.session.exec(`CREATE TABLE kept (note text)`);
    await first.session.query('INSERT INTO kept (note) VALUES ($1)', ['before the restart']);
    await first.close();
    await expect(stat(path.join(dir, LOCK_FILE))).rejects.toThrow(/ENOENT/);

    const second = await openDatabase({ pgliteDir: dir });
    try {
      expect(await second.session.query('SELECT note FROM kept')).toEqual([{ note: 'before the restart' }]);
    } finally {
      await second.close();
    }
  });

  it('when the lock was left by a process that is gone, then it is taken over', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'hexin-folder-'));
    // A pid past the kernel's limit: no process can have it.
    await writeFile(path.join(dir, LOCK_FILE), '4194305\n');
    const lock = await lockFolder(dir);
    expect((await readFile(path.join(dir, LOCK_FILE), 'utf8')).trim()).toBe(String(process.pid));
    await lock.release();
  });
});
