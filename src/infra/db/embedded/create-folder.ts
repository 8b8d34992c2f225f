import { PGlite } from '@electric-sql/pglite';
import { POSTGRES_SETTINGS } from './settings.ts';

/**
 * Creates a new data folder (initdb) and exits. Run as a process of its own: initdb leaves the
 * WebAssembly heap several times the size a reopened folder needs, and a thread that ends does
 * not give that memory back to the system, while a process does.
 */
const dir = process.argv[2];
if (!dir) throw new Error('usage: create-folder <data folder>');
const db = await PGlite.create(dir, { postgresqlconf: POSTGRES_SETTINGS });
await db.close();
