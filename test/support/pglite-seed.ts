import { writeFile } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { POSTGRES_SETTINGS } from '../../src/infra/db/embedded/settings.ts';
import { migrate } from '../../src/infra/db/migrate.ts';

/**
 * One migrated embedded database for the whole run, dumped to a file: each test's in-memory
 * database starts from it instead of running initdb (about 2 s of CPU each on this machine) and
 * the migrations. The start-up still runs the migration runner, which finds every one applied;
 * the migration tests open empty databases of their own.
 */
export async function makePgliteSeed(file: string): Promise<void> {
  const db = await PGlite.create('memory://', { postgresqlconf: POSTGRES_SETTINGS });
  try {
    await migrate({
      exec: async (sql) => {
        await db.exec(sql);
      },
      query: async <Row>(sql: string, params?: unknown[]) => (await db.query<Row>(sql, params)).rows,
    });
    const dump = await db.dumpDataDir('none');
    await writeFile(file, Buffer.from(await dump.arrayBuffer()));
  } finally {
    await db.close();
  }
}
