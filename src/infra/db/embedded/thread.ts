import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { startWireServer } from './wire-server.ts';

/**
 * The embedded database's thread: PGlite (Postgres compiled to WebAssembly) runs here, behind a
 * Postgres wire-protocol server on a Unix socket, so its work never blocks the main event loop.
 */

export interface ThreadData {
  /** A data folder, or memory:// for a database that lives as long as the thread. */
  dataDir: string;
  /** Where to listen, `<dir>/.s.PGSQL.<port>` as node-postgres expects; absent to only create the folder and stop. */
  socketPath?: string;
}

export type ThreadMessage = { type: 'ready' } | { type: 'closed' } | { type: 'failed'; message: string } | { type: 'log'; message: string; fields: Record<string, unknown> };

/**
 * Hexin's data is small (a few teams), so Postgres' memory is sized down: its default 128 MB of
 * shared buffers alone costs more than Hexin itself. Measured on reopening a folder: 324 MB
 * resident with the defaults, about half with these.
 */
export const POSTGRES_SETTINGS = ['shared_buffers=16MB', 'work_mem=1MB', 'maintenance_work_mem=8MB', 'temp_buffers=1MB', 'wal_buffers=256kB'];

const port = parentPort;
if (!port) throw new Error('thread.ts runs as a worker thread only');
const data = workerData as ThreadData;
const send = (message: ThreadMessage) => port.postMessage(message);

try {
  const db = await PGlite.create(data.dataDir, { postgresqlconf: POSTGRES_SETTINGS });
  if (!data.socketPath) {
    await db.close();
    send({ type: 'closed' });
  } else {
    const server = await startWireServer(db, data.socketPath, (message, fields) => send({ type: 'log', message, fields }));
    port.once('message', async () => {
      // Asked to stop: cut the connections (their transactions roll back), then close PGlite,
      // which checkpoints, so the next start opens a clean folder.
      await server.close();
      await db.close();
      send({ type: 'closed' });
      port.close();
    });
    send({ type: 'ready' });
  }
} catch (error) {
  send({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  port.close();
}
