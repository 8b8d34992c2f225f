import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { startEmbedded } from './embedded/launcher.ts';
import { PrismaClient, type Prisma } from './generated/client.ts';
import { migrate, type SqlSession } from './migrate.ts';
import { isDatabaseUnavailable } from './unavailable.ts';

export type Db = PrismaClient;

export interface Database {
  prisma: PrismaClient;
  kind: 'pglite' | 'postgresql';
  /** Runs raw SQL for the migration runner and for tests that inspect every table. */
  session: SqlSession;
  /**
   * Hand-written SQL (raw-rows.ts) straight on the pool, without Prisma's client in between
   * (about 0.15 ms of the main thread less per query). Repositories reach it through
   * unit-of-work.ts, which uses the open transaction instead when there is one.
   */
  raw: RawSql;
  /** A real round trip (SELECT 1) within PING_TIMEOUT_MS; rejects when the database cannot answer. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export type RawSql = <Row>(query: Prisma.Sql) => Promise<Row[]>;

/**
 * PostgreSQL by URL, or the embedded database in a folder (memory:// for one that lives as long
 * as the process); an in-memory one may start from a dump of another (`seedFile`) instead of initdb.
 */
export type DatabaseTarget = { url: string } | { pgliteDir: string; seedFile?: string };

/** Where a connection problem is reported; the pool's own errors must never go unheard (an unheard 'error' event ends the process). */
export type DatabaseLog = (message: string, fields: Record<string, unknown>) => void;

/**
 * A request that waits for a connection longer than this is answered as "database unavailable",
 * well inside Slack's three seconds; a refused connection fails at once anyway.
 */
const CONNECT_TIMEOUT_MS = 1500;
/** The server cancels a statement running this long; the client gives up a little later (a half-open socket). */
const STATEMENT_TIMEOUT_MS = 15_000;
const QUERY_TIMEOUT_MS = 20_000;
/** How long a health check's SELECT 1 may take before the database counts as unreachable. */
const PING_TIMEOUT_MS = 1500;
/**
 * At 200 commands a second on two cores, ten connections ran out: a request queued for one
 * longer than the connect timeout was told the database was unavailable (421 of 2,000 in the
 * ack bench); twenty served them all. Separate roles each have their own pool.
 */
const POSTGRES_POOL_SIZE = 20;
/**
 * A connection costs the embedded server only a socket. While a transaction holds its one
 * backend, other requests wait inside the server on connections of their own; with too few they
 * would wait in the pool instead and fail its connect timeout (with 4, a form saved behind a
 * table lock held for 3.5 s was refused as "database unavailable").
 */
const EMBEDDED_POOL_SIZE = 10;

/**
 * Opens PostgreSQL when a URL is given, otherwise the embedded PGlite folder (one process at a
 * time) in a thread of its own, and brings the schema up to date before anyone queries it. Both
 * are reached the same way: node-postgres and Prisma's pg adapter.
 */
export async function openDatabase(target: DatabaseTarget, log: DatabaseLog = () => undefined): Promise<Database> {
  const database =
    'url' in target
      ? openPool({ connectionString: target.url, max: POSTGRES_POOL_SIZE }, 'postgresql', log)
      : await openEmbedded(target.pgliteDir, target.seedFile, log);
  try {
    await migrate(database.session);
  } catch (error) {
    await database.close();
    throw error;
  }
  return database;
}

async function openEmbedded(dir: string, seedFile: string | undefined, log: DatabaseLog): Promise<Database> {
  const server = await startEmbedded(dir, log, seedFile ? { seedFile } : {});
  // PGlite has one user and one database, and asks for no password.
  const database = openPool(
    { host: server.host, port: server.port, user: 'postgres', database: 'postgres', max: EMBEDDED_POOL_SIZE },
    'pglite',
    log,
  );
  return {
    ...database,
    close: async () => {
      await database.close();
      await server.close();
    },
  };
}

function openPool(connection: pg.PoolConfig, kind: Database['kind'], log: DatabaseLog): Database {
  const pool = new pg.Pool({
    ...connection,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    statement_timeout: STATEMENT_TIMEOUT_MS,
    query_timeout: QUERY_TIMEOUT_MS,
    keepAlive: true,
  });
  // An idle client whose server went away (a restart: 57P01) is dropped by the pool; the next
  // query opens a new connection. Without this listener the 'error' event ends the process.
  pool.on('error', (error: Error & { code?: string }) =>
    log('idle database connection lost', { code: error.code, err: error.message }),
  );
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  const session = new PoolSession(pool, log);
  return {
    prisma,
    kind,
    session,
    raw: async <Row>(query: Prisma.Sql) => (await pool.query({ text: query.text, values: query.values })).rows as Row[],
    ping: () => withTimeout(prisma.$queryRaw`SELECT 1`, PING_TIMEOUT_MS),
    close: async () => {
      session.release();
      await prisma.$disconnect();
      await pool.end();
    },
  };
}

/**
 * One connection held for the migration runner (the advisory lock and BEGIN/COMMIT are per
 * session) and for tests that read tables directly. A connection that breaks (the server
 * restarted) is let go, and the next call opens another.
 */
class PoolSession implements SqlSession {
  private client: pg.PoolClient | null = null;

  constructor(
    private readonly pool: pg.Pool,
    private readonly log: DatabaseLog,
  ) {}

  async exec(sql: string): Promise<void> {
    await this.run((client) => client.query(sql));
  }

  async query<Row>(sql: string, params: unknown[] = []): Promise<Row[]> {
    return (await this.run((client) => client.query(sql, params))).rows as Row[];
  }

  release(): void {
    this.client?.release();
    this.client = null;
  }

  private async run(work: (client: pg.PoolClient) => Promise<pg.QueryResult>): Promise<pg.QueryResult> {
    const client = this.client ?? (await this.connect());
    try {
      return await work(client);
    } catch (error) {
      if (isDatabaseUnavailable(error)) this.drop(client, error as Error);
      throw error;
    }
  }

  private async connect(): Promise<pg.PoolClient> {
    const client = await this.pool.connect();
    client.on('error', (error: Error & { code?: string }) => {
      this.log('database session connection lost', { code: error.code, err: error.message });
      this.drop(client, error);
    });
    this.client = client;
    return client;
  }

  private drop(client: pg.PoolClient, error: Error): void {
    if (this.client !== client) return;
    this.client = null;
    client.release(error);
  }
}

function withTimeout(work: Promise<unknown>, ms: number): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`database did not answer within ${ms} ms`)), ms);
    work.then(() => resolve(), reject).finally(() => clearTimeout(timer));
  });
}
