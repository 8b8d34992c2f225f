import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { openDatabase, type Database } from '../../src/infra/db/database.ts';
import { startLocalPostgres, type LocalPostgres } from '../../src/infra/local/local-postgres.ts';
import { scratchDir, type DbEnv } from './apps.ts';

export type DbKind = 'pglite' | 'postgresql';
const ALL_KINDS: readonly DbKind[] = ['pglite', 'postgresql'];
/** Both by default; BENCH_DBS=pglite or BENCH_DBS=postgresql runs the benches on one. */
export const DB_KINDS: readonly DbKind[] = process.env.BENCH_DBS
  ? ALL_KINDS.filter((kind) => process.env.BENCH_DBS!.split(',').includes(kind))
  : ALL_KINDS;

let postgres: Promise<LocalPostgres> | null = null;

/** One local PostgreSQL server per bench run, started on first use; each Hexin gets a fresh database. */
function server(): Promise<LocalPostgres> {
  postgres ??= startLocalPostgres();
  return postgres;
}

export async function stopPostgres(): Promise<void> {
  if (!postgres) return;
  const running = await postgres.catch(() => null);
  postgres = null;
  await running?.stop();
}

/** A fresh, empty database of the kind: a new PGlite folder, or a new PostgreSQL database. */
export async function freshDatabase(kind: DbKind, label: string): Promise<DbEnv> {
  const dir = await scratchDir(`${label}-${kind}`);
  const PGLITE_DIR = path.join(dir, 'pglite');
  if (kind === 'pglite') return { PGLITE_DIR };
  const url = await (await server()).createDatabase(`hexin_bench_${randomBytes(5).toString('hex')}`);
  // The folder still holds the feedback route key file Hexin makes beside it.
  return { DATABASE_URL: url, PGLITE_DIR };
}

/** Writes rows before Hexin opens the database (PGlite's folder has one owner at a time). */
export async function seed(db: DbEnv, write: (prisma: Database['prisma']) => Promise<void>): Promise<void> {
  const opened = await openDatabase('DATABASE_URL' in db ? { url: db.DATABASE_URL } : { pgliteDir: db.PGLITE_DIR });
  try {
    await write(opened.prisma);
  } finally {
    await opened.close();
  }
}
