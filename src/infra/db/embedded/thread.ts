import { readFile } from 'node:fs/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { POSTGRES_SETTINGS } from './settings.ts';
import { startWireServer } from './wire-server.ts';

/**
 * The embedded database's thread: PGlite (Postgres compiled to WebAssembly) runs here, behind a
 * Postgres wire-protocol server on a Unix socket, so its work never blocks the main event loop.
 */

export interface ThreadData {
  /** A data folder, or memory:// for a database that lives as long as the thread. */
  dataDir: string;
  /** Where to listen: `<dir>/.s.PGSQL.<port>`, as node-postgres looks for it. */
  socketPath: string;
  /** For memory:// only: a data folder dumped by PGlite (`dumpDataDir`) to start from instead of running initdb. */
  seedFile?: string;
}

export type ThreadMessage =
  | { type: 'ready' }
  | { type: 'failed'; message: string }
  | { type: 'log'; message: string; fields: Record<string, unknown> };

const port = parentPort;
if (!port) throw new Error('thread.ts runs as a worker thread only');
const data = workerData as ThreadData;
const send = (message: ThreadMessage) => port.postMessage(message);

try {
  const seed = data.seedFile ? await readFile(data.seedFile) : null;
  const db = await PGlite.create(data.dataDir, {
    postgresqlconf: POSTGRES_SETTINGS,
    ...(seed && { loadDataDir: new Blob([seed]) }),
  });
  const log = (message: string, fields: Record<string, unknown>) => send({ type: 'log', message, fields });
  const server = await startWireServer(db, data.socketPath, log, (error) => {
    // PGlite broke: the thread ends with an error code, which the launcher treats as a crash.
    log('the embedded database broke and stops serving', { err: error.message, stack: error.stack });
    process.exit(1);
  });
  port.once('message', async () => {
    // Asked to stop: cut the connections (their transactions roll back), then close PGlite,
    // which checkpoints, so the next start opens a clean folder.
    await server.close();
    await db.close();
    port.close();
  });
  send({ type: 'ready' });
} catch (error) {
  send({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  port.close();
}
