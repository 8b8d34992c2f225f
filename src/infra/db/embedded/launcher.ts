import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
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

export type EmbeddedLog = (level: 'warn' | 'error', message: string, fields: Record<string, unknown>) => void;

// The build in dist/ runs the thread's compiled file as is.
const FROM_SOURCES = import.meta.url.endsWith('.ts');
const THREAD_URL = new URL(FROM_SOURCES ? './thread.ts' : './thread.js', import.meta.url);

/**
 * Run from TypeScript sources (tsx, vitest), the thread first registers tsx's loader itself:
 * Node 20 loads a worker's entry before an `--import tsx` in its execArgv takes effect.
 */
function sourcesBootstrap(): string {
  const require = createRequire(import.meta.url);
  const manifest = require.resolve('tsx/package.json');
  const exports = (JSON.parse(readFileSync(manifest, 'utf8')) as { exports: Record<string, { import: { default: string } }> }).exports;
  const api = pathToFileURL(path.join(path.dirname(manifest), exports['./esm/api']!.import.default)).href;
  return `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(THREAD_URL.href)}); });`;
}

function startThread(data: ThreadData): Worker {
  if (FROM_SOURCES) return new Worker(sourcesBootstrap(), { eval: true, workerData: data, execArgv: [] });
  return new Worker(THREAD_URL, { workerData: data, execArgv: [] });
}

/** Resolves on the thread's first answer: ready, closed (a create-only run), or why it failed. */
function firstAnswer(worker: Worker): Promise<ThreadMessage['type']> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: ThreadMessage) => {
      if (message.type === 'log') return;
      cleanup();
      if (message.type === 'failed') reject(new Error(`the embedded database did not start: ${message.message}`));
      else resolve(message.type);
    };
    const onError = (error: Error) => (cleanup(), reject(error));
    const onExit = (code: number) => (cleanup(), reject(new Error(`the embedded database thread exited (code ${code}) before it was ready`)));
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
 * A first start runs initdb, which leaves the WebAssembly heap several times the size a reopened
 * folder needs (about 780 MB against 180). So a new folder is created by a thread of its own that
 * then ends, freeing that memory, and the serving thread opens the folder fresh.
 */
async function createFolder(dataDir: string): Promise<void> {
  const creator = startThread({ dataDir });
  const exited = new Promise((resolve) => creator.once('exit', resolve));
  await firstAnswer(creator);
  await exited;
}

/**
 * Starts the embedded database (PGlite) in a worker thread behind a Postgres wire-protocol server
 * on a Unix socket in a private folder (PGlite has no authentication: no TCP port any local user
 * could reach). A data folder is locked to this process first. If the thread dies, it is logged
 * and the socket refuses connections, so every request gets "database unavailable" and
 * /healthz answers 503 until the process is restarted.
 */
export async function startEmbedded(dataDir: string, log: EmbeddedLog): Promise<EmbeddedServer> {
  const inMemory = dataDir.startsWith('memory://');
  let lock: FolderLock | null = null;
  let socketDir: string | null = null;
  try {
    if (!inMemory) {
      await mkdir(dataDir, { recursive: true });
      lock = await lockFolder(dataDir);
      if (!existsSync(path.join(dataDir, 'PG_VERSION'))) await createFolder(dataDir);
    }
    socketDir = await mkdtemp(path.join(os.tmpdir(), 'hexin-db-')); // mode 0700: this user only
    const worker = startThread({ dataDir, socketPath: path.join(socketDir, `.s.PGSQL.${SOCKET_PORT}`) });
    let closing = false;
    const exited = new Promise((resolve) => worker.once('exit', resolve));
    worker.on('message', (message: ThreadMessage) => {
      if (message.type === 'log') log('warn', message.message, message.fields);
    });
    worker.on('error', (error) => log('error', 'the embedded database thread failed', { err: error.message, stack: error.stack }));
    worker.on('exit', (code) => {
      if (!closing) log('error', 'the embedded database thread stopped; the database is unavailable until Hexin is restarted', { exitCode: code });
    });
    await firstAnswer(worker).catch(async (error: unknown) => {
      await worker.terminate();
      throw error;
    });
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
