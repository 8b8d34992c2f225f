import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import { siblingModule, startThread } from '../../threads/start-thread.ts';
import { lockFolder, type FolderLock } from './folder-lock.ts';
import type { ThreadData, ThreadMessage } from './thread.ts';

/** Any number: it only names the socket file, `<dir>/.s.PGSQL.<port>`, as node-postgres looks for it. */
const SOCKET_PORT = 5432;
/** PGlite closing checkpoints; a thread that has not finished by then is terminated. */
const CLOSE_TIMEOUT_MS = 15_000;

export interface EmbeddedServer {
  /** node-postgres' host for a Unix socket: the folder holding it. */
  host: string;
  port: number;
  close(): Promise<void>;
}

export type EmbeddedLog = (message: string, fields: Record<string, unknown>) => void;

// From TypeScript sources (tsx, vitest) the folder's creator, a process of its own, loads through tsx too.
const FROM_SOURCES = import.meta.url.endsWith('.ts');
const THREAD_URL = siblingModule(import.meta.url, 'thread');
const CREATE_FOLDER_URL = siblingModule(import.meta.url, 'create-folder');

/**
 * A first start runs initdb, which leaves the WebAssembly heap several times the size a reopened
 * folder needs (the process was resident at 895 MB against 330). A thread that ends does not give
 * that memory back to the system, so a new folder is made by a short-lived process of its own.
 */
async function createFolder(dataDir: string): Promise<void> {
  const args = [
    ...(FROM_SOURCES ? ['--import', import.meta.resolve('tsx')] : []),
    fileURLToPath(CREATE_FOLDER_URL),
    dataDir,
  ];
  const creator = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let errors = '';
  creator.stderr.on('data', (chunk) => (errors += String(chunk)));
  const code = await new Promise<number | null>((resolve, reject) =>
    creator.once('error', reject).once('close', resolve),
  );
  if (code !== 0)
    throw new Error(
      `the embedded database folder ${dataDir} could not be created (exit code ${code}):\n${errors.trim().split('\n').slice(-5).join('\n')}`,
    );
}

const SOCKET_DIR_PREFIX = 'hexin-db-';

/**
 * A killed holder leaves its socket folder behind; the lock it left names it. Only a folder of
 * ours in the temporary folder is removed, and only once its holder is known to be dead.
 */
async function removeDeadSocketDir(socketDir: string | undefined): Promise<void> {
  if (!socketDir || path.dirname(socketDir) !== os.tmpdir() || !path.basename(socketDir).startsWith(SOCKET_DIR_PREFIX))
    return;
  await rm(socketDir, { recursive: true, force: true });
}

/** Resolves when the thread is ready to serve; rejects with why it could not start. */
function untilReady(worker: Worker): Promise<void> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: ThreadMessage) => {
      if (message.type === 'log') return;
      cleanup();
      if (message.type === 'failed') reject(new Error(`the embedded database did not start: ${message.message}`));
      else resolve();
    };
    const onError = (error: Error) => {
      cleanup();
      reject(error);
    };
    const onExit = (code: number) => {
      cleanup();
      reject(new Error(`the embedded database thread exited (code ${code}) before it was ready`));
    };
    const cleanup = () => {
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
    };
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
  });
}

/**
 * Starts the embedded database (PGlite) in a worker thread behind a Postgres wire-protocol server
 * on a Unix socket in a private folder (PGlite has no authentication: no TCP port any local user
 * could reach). A data folder is locked to this process first.
 */
export async function startEmbedded(
  dataDir: string,
  log: EmbeddedLog,
  options: Pick<ThreadData, 'seedFile'> = {},
): Promise<EmbeddedServer> {
  const inMemory = dataDir.startsWith('memory://');
  let lock: FolderLock | null = null;
  let socketDir: string | null = null;
  try {
    socketDir = await mkdtemp(path.join(os.tmpdir(), SOCKET_DIR_PREFIX)); // mode 0700: this user only
    if (!inMemory) {
      await mkdir(dataDir, { recursive: true });
      lock = await lockFolder(dataDir, socketDir);
      await removeDeadSocketDir(lock.takenOver?.socketDir);
      if (!existsSync(path.join(dataDir, 'PG_VERSION'))) await createFolder(dataDir);
    }
    const worker = startThread(THREAD_URL, {
      dataDir,
      socketPath: path.join(socketDir, `.s.PGSQL.${SOCKET_PORT}`),
      ...(inMemory && options.seedFile && { seedFile: options.seedFile }),
    });
    // Only a thread that was serving and was not asked to stop has crashed; a start that fails is reported by untilReady.
    let serving = false;
    let closing = false;
    const exited = new Promise((resolve) => worker.once('exit', resolve));
    worker.on('message', (message: ThreadMessage) => {
      if (message.type === 'log') log(message.message, message.fields);
    });
    worker.on('error', (error) =>
      log('the embedded database thread failed', { err: error.message, stack: error.stack }),
    );
    worker.on('exit', (code) => {
      if (!serving || closing) return;
      // Nothing serves the data any more (every query meanwhile gets "database unavailable"): an
      // uncaught error takes the process's fatal path, an orderly stop with exit code 70, so that
      // a supervisor starts it again rather than it answering "try again" for ever.
      throw new Error(`the embedded database thread stopped unexpectedly (exit code ${code})`);
    });
    await untilReady(worker).catch(async (error: unknown) => {
      await worker.terminate();
      throw error;
    });
    serving = true;
    const ownedSocketDir = socketDir;
    const ownedLock = lock;
    return {
      host: socketDir,
      port: SOCKET_PORT,
      close: async () => {
        if (closing) return;
        closing = true;
        const timer = setTimeout(() => void worker.terminate(), CLOSE_TIMEOUT_MS);
        worker.postMessage('close');
        await exited;
        clearTimeout(timer);
        await rm(ownedSocketDir, { recursive: true, force: true });
        await ownedLock?.release();
      },
    };
  } catch (error) {
    if (socketDir) await rm(socketDir, { recursive: true, force: true });
    await lock?.release();
    throw error;
  }
}
