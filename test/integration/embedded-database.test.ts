import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { connect as connectSocket } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/infra/db/database.ts';
import { DataFolderInUseError, LOCK_FILE, lockFolder } from '../../src/infra/db/embedded/folder-lock.ts';
import { startEmbedded, type EmbeddedServer } from '../../src/infra/db/embedded/launcher.ts';
import { startWireServer } from '../../src/infra/db/embedded/wire-server.ts';

/** A frontend message of the Postgres protocol: type, length, body. */
function message(type: string, body: Buffer): Buffer {
  const header = Buffer.alloc(5);
  header.write(type, 0);
  header.writeInt32BE(body.length + 4, 1);
  return Buffer.concat([header, body]);
}
const simpleQuery = (sql: string) => message('Q', Buffer.from(`${sql}\0`));
function startupMessage(): Buffer {
  const body = Buffer.from('user\0postgres\0database\0postgres\0\0');
  const header = Buffer.alloc(8);
  header.writeInt32BE(body.length + 8, 0);
  header.writeInt32BE(196608, 4);
  return Buffer.concat([header, body]);
}

const startTimeOf = (pid: number) => {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
};
const bootId = () => readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
const lockHolder = async (dir: string) =>
  JSON.parse(await readFile(path.join(dir, LOCK_FILE), 'utf8')) as { pid: number; host: string; socketDir?: string };

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
    const committedIn = (rounds: number) =>
      Array.from({ length: rounds }, (_, n) => n).filter((n) => n % 3 !== 0).length;
    const connections = await Promise.all(Array.from({ length: CONNECTIONS }, () => connect()));
    await Promise.all(
      connections.map(async (client, conn) => {
        for (let n = 0; n < ROUNDS; n++) {
          await client.query('BEGIN');
          await client.query('INSERT INTO entries (conn, n) VALUES ($1, $2)', [conn, n]);
          const seen = await client.query<{ count: string }>('SELECT count(*) FROM entries WHERE conn = $1', [conn]);
          // Its own committed rows and the new one: nobody else's, none of its rolled-back ones.
          expect(Number(seen.rows[0]!.count)).toBe(committedIn(n) + 1);
          const echoed = await client.query<{ conn: number; label: string }>(
            'SELECT $1::int AS conn, $2::text AS label',
            [conn, `round ${n} of ${conn}`],
          );
          expect(echoed.rows).toEqual([{ conn, label: `round ${n} of ${conn}` }]);
          await client.query(n % 3 === 0 ? 'ROLLBACK' : 'COMMIT');
        }
      }),
    );
    const kept = await connections[0]!.query<{ conn: number; count: string }>(
      'SELECT conn, count(*) FROM entries GROUP BY conn ORDER BY conn',
    );
    expect(kept.rows).toEqual(
      Array.from({ length: CONNECTIONS }, (_, conn) => ({ conn, count: String(committedIn(ROUNDS)) })),
    );
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

  /** Sends bytes in one write on a raw socket, then ends it as told; resolves once the server closed it. */
  const sendRaw = (bytes: Buffer, end: 'terminate' | 'half-close') =>
    new Promise<void>((resolve, reject) => {
      const socket = connectSocket(path.join(server.host, `.s.PGSQL.${server.port}`));
      socket.on('error', reject);
      socket.on('data', () => undefined);
      socket.on('close', () => resolve());
      socket.on('connect', () => {
        if (end === 'terminate') socket.write(Buffer.concat([bytes, message('X', Buffer.alloc(0))]));
        else socket.end(bytes);
      });
    });

  it('when a COMMIT arrives in the same write as Terminate, then the transaction is kept', async () => {
    const statements = ['BEGIN', 'INSERT INTO entries (conn, n) VALUES (97, 1)', 'COMMIT'].map(simpleQuery);
    await sendRaw(Buffer.concat([startupMessage(), ...statements]), 'terminate');
    const check = await connect();
    expect((await check.query('SELECT n FROM entries WHERE conn = 97')).rows).toEqual([{ n: 1 }]);
  });

  it('when a client closes its side right after a COMMIT, then the transaction is kept', async () => {
    // Another connection's open transaction keeps the statements queued until after the FIN.
    const check = await connect();
    await check.query('BEGIN');
    const statements = ['BEGIN', 'INSERT INTO entries (conn, n) VALUES (96, 1)', 'COMMIT'].map(simpleQuery);
    const sent = sendRaw(Buffer.concat([startupMessage(), ...statements]), 'half-close');
    await new Promise((resolve) => setTimeout(resolve, 300));
    await check.query('COMMIT');
    await sent;
    expect((await check.query('SELECT n FROM entries WHERE conn = 96')).rows).toEqual([{ n: 1 }]);
  });

  it('when a client sends COPY FROM STDIN, then it gets a clear error and the database carries on', async () => {
    const client = await connect();
    await expect(client.query('COPY entries FROM STDIN')).rejects.toThrow(
      'COPY FROM STDIN is not supported by the embedded database',
    );
    await expect(client.query({ text: 'COPY entries FROM STDIN', values: [] })).rejects.toThrow(
      'not supported by the embedded database',
    );
    await client.query('BEGIN');
    await expect(client.query('COPY entries (conn, n) FROM stdin WITH (FORMAT csv)')).rejects.toThrow(
      'not supported by the embedded database',
    );
    await client.query('ROLLBACK');
    expect((await client.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
  });
});

describe.runIf(process.env.TEST_DATABASE !== 'postgres')('the embedded database and the main thread', () => {
  it('when it runs a heavy query, then the main event loop stays responsive', async () => {
    const db = await openDatabase({ pgliteDir: 'memory://' });
    try {
      const lag = monitorEventLoopDelay({ resolution: 10 });
      lag.enable();
      const started = Date.now();
      const [row] = await db.session.query<{ total: string }>(
        'SELECT sum(x)::text AS total FROM generate_series(1, $1::int) AS x',
        [3_000_000],
      );
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
    expect(await lockHolder(dir)).toMatchObject({ pid: process.pid, host: os.hostname() });
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
    expect(await lockHolder(dir)).toMatchObject({
      pid: process.pid,
      host: os.hostname(),
      bootId: bootId(),
      startTime: startTimeOf(process.pid),
    });
    await lock.release();
  });

  it('when the lock names a live process with its start time, then the folder is refused naming it', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'hexin-folder-'));
    const holder = { pid: process.ppid, host: os.hostname(), bootId: bootId(), startTime: startTimeOf(process.ppid) };
    await writeFile(path.join(dir, LOCK_FILE), JSON.stringify(holder));
    await expect(lockFolder(dir)).rejects.toThrow(new RegExp(`in use by process ${process.ppid} on this host`));
  });

  it('when the lock names a live pid that another process started earlier had (pid 1 in another container), then it is taken over', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'hexin-folder-'));
    const holder = { pid: 1, host: os.hostname(), bootId: bootId(), startTime: `${Number(startTimeOf(1)) + 1}` };
    await writeFile(path.join(dir, LOCK_FILE), JSON.stringify(holder));
    const lock = await lockFolder(dir);
    expect(lock.takenOver).toEqual(holder);
    expect(await lockHolder(dir)).toMatchObject({ pid: process.pid });
    await lock.release();
  });

  it('when the lock comes from this host before its last boot, then it is taken over whatever its pid', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'hexin-folder-'));
    const holder = {
      pid: process.ppid,
      host: os.hostname(),
      bootId: 'a-boot-before-this-one',
      startTime: startTimeOf(process.ppid),
    };
    await writeFile(path.join(dir, LOCK_FILE), JSON.stringify(holder));
    const lock = await lockFolder(dir);
    expect(lock.takenOver).toEqual(holder);
    expect(await lockHolder(dir)).toMatchObject({ pid: process.pid, bootId: bootId() });
    await lock.release();
  });

  it('when the lock comes from another host, then the folder is refused naming that host and pid, whatever the pid', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'hexin-folder-'));
    await writeFile(
      path.join(dir, LOCK_FILE),
      JSON.stringify({ pid: 4194305, host: 'hexin-elsewhere', bootId: 'another-boot' }),
    );
    const refused = lockFolder(dir);
    await expect(refused).rejects.toBeInstanceOf(DataFolderInUseError);
    await expect(refused).rejects.toThrow(/in use by process 4194305 on host hexin-elsewhere\.[\s\S]*delete/);
  });

  it('when two starts take over one stale lock at once, then exactly one wins and the other is told the folder is in use', async () => {
    for (let round = 0; round < 20; round++) {
      const dir = await mkdtemp(path.join(os.tmpdir(), 'hexin-folder-'));
      await writeFile(path.join(dir, LOCK_FILE), '4194305\n');
      const results = await Promise.allSettled([lockFolder(dir), lockFolder(dir)]);
      expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
      const [lost] = results.filter((result) => result.status === 'rejected');
      expect(lost!.reason).toBeInstanceOf(DataFolderInUseError);
      await (
        results.find((result) => result.status === 'fulfilled') as PromiseFulfilledResult<{ release(): Promise<void> }>
      ).value.release();
    }
  });

  it('when a killed run left its socket folder, then the next start on the folder removes it', async () => {
    const dir = path.join(await mkdtemp(path.join(os.tmpdir(), 'hexin-folder-')), 'pglite');
    const left = await startEmbedded(dir, () => undefined);
    const leftSocketDir = left.host;
    await left.close();
    const socketDir = await mkdtemp(path.join(os.tmpdir(), 'hexin-db-'));
    await writeFile(path.join(socketDir, '.s.PGSQL.5432'), '');
    await writeFile(
      path.join(dir, LOCK_FILE),
      JSON.stringify({ pid: 4194305, host: os.hostname(), bootId: bootId(), socketDir }),
    );
    const next = await startEmbedded(dir, () => undefined);
    try {
      await expect(stat(socketDir)).rejects.toThrow(/ENOENT/);
      await expect(stat(leftSocketDir)).rejects.toThrow(/ENOENT/);
      expect(await lockHolder(dir)).toMatchObject({ pid: process.pid, socketDir: next.host });
    } finally {
      await next.close();
    }
  });
});

describe.runIf(process.env.TEST_DATABASE !== 'postgres')('the wire server when PGlite breaks', () => {
  it('when a query makes PGlite throw, then the server stops serving and reports its death', async () => {
    const db = await PGlite.create('memory://');
    const socketDir = await mkdtemp(path.join(os.tmpdir(), 'hexin-wire-'));
    let died: (error: Error) => void = () => undefined;
    const death = new Promise<Error>((resolve) => (died = resolve));
    const server = await startWireServer(
      db,
      path.join(socketDir, '.s.PGSQL.5432'),
      () => undefined,
      (error) => died(error),
    );
    const client = new pg.Client({ host: socketDir, port: 5432, user: 'postgres', database: 'postgres' });
    client.on('error', () => undefined);
    await client.connect();
    await client.query('BEGIN');
    // Closed underneath the server, PGlite throws on the next query instead of answering it.
    await db.close();
    await expect(client.query('SELECT 1')).rejects.toThrow();
    expect((await death).message).not.toBe('');
    const another = new pg.Client({
      host: socketDir,
      port: 5432,
      user: 'postgres',
      database: 'postgres',
      connectionTimeoutMillis: 2_000,
    });
    another.on('error', () => undefined);
    await expect(another.connect()).rejects.toThrow();
    await server.close();
  });
});
