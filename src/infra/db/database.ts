import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { PrismaClient } from './generated/client.ts';
import { migrate, type SqlSession } from './migrate.ts';

export type Db = PrismaClient;

export interface Database {
  prisma: PrismaClient;
  kind: 'pglite' | 'postgresql';
  /** Runs raw SQL for the migration runner and for tests that inspect every table. */
  session: SqlSession;
  close(): Promise<void>;
}

export type DatabaseTarget = { url: string } | { pgliteDir: string };

/**
 * Opens PostgreSQL when a URL is given, otherwise the embedded PGlite folder (one process
 * at a time), and brings the schema up to date before anyone queries it.
 */
export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  const database = 'url' in target ? await openPostgres(target.url) : await openPglite(target.pgliteDir);
  try {
    await migrate(database.session);
  } catch (error) {
    await database.close();
    throw error;
  }
  return database;
}

async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  // Migrations need one connection throughout: the advisory lock and BEGIN/COMMIT are per session.
  const client = await pool.connect();
  let released = false;
  const session: SqlSession = {
    exec: async (sql) => {
      await client.query(sql);
    },
    query: async <Row>(sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows as Row[],
  };
  return {
    prisma,
    kind: 'postgresql',
    session,
    close: async () => {
      if (!released) client.release();
      released = true;
      await prisma.$disconnect();
      await pool.end();
    },
  };
}

async function openPglite(dir: string): Promise<Database> {
  if (!dir.startsWith('memory://')) await mkdir(dir, { recursive: true });
  const pglite = await PGlite.create(dir);
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  const session: SqlSession = {
    exec: async (sql) => {
      await pglite.exec(sql);
    },
    query: async <Row>(sql: string, params: unknown[] = []) => (await pglite.query<Row>(sql, params)).rows,
  };
  return {
    prisma,
    kind: 'pglite',
    session,
    close: async () => {
      await prisma.$disconnect();
      await pglite.close();
    },
  };
}
