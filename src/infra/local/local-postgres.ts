import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { rmSync } from 'node:fs';
import { chown, lchown, mkdir, mkdtemp, readFile, readdir, realpath, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { hasExited, sleep, waitForExit } from './child-process.ts';
import { ensureCommand, findCommand } from './debian-package.ts';
import { findFreePort } from './find-free-port.ts';

export interface StartLocalPostgresOptions {
  /**
   * Cluster directory. Reused when it already holds a cluster, initialised when missing or
   * empty. When omitted, a fresh temporary directory is used and removed again by stop().
   */
  dataDir?: string;
  /** TCP port on 127.0.0.1; a free one is picked when omitted. */
  port?: number;
  log?: (msg: string) => void;
}

export interface LocalPostgres {
  /** URL of the `postgres` database, superuser `postgres`, trust authentication. */
  url: string;
  port: number;
  /** Fast shutdown (SIGINT), SIGKILL after 10 s, then removes the temporary directory if we made one. Idempotent. */
  stop(): Promise<void>;
  /** Runs `CREATE DATABASE "name"` and returns the new database's URL. */
  createDatabase(name: string): Promise<string>;
}

const READY_TIMEOUT_MS = 20_000;
const STOP_GRACE_MS = 10_000;
const OUTPUT_TAIL_CHARS = 6_000;

export const POSTGRES_INSTALL_HINT =
  'PostgreSQL is not installed: run `sudo apt-get install -y postgresql`, or set DATABASE_URL to a running PostgreSQL';

const POSTGRES_SEARCH_PATHS = ['/usr/lib/postgresql/*/bin'];

// --- child-process bookkeeping ------------------------------------------------------------

interface Tracked {
  child: ChildProcess;
  /** Directories to remove (best effort) if the parent exits while the server still runs. */
  dirs: string[];
}

const live = new Set<Tracked>();
let exitHookInstalled = false;

function killOnParentExit(entry: Tracked): void {
  live.add(entry);
  entry.child.once('exit', () => live.delete(entry));
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const { child, dirs } of live) {
      try {
        // SIGQUIT = immediate shutdown: the postmaster takes its backends down with it.
        child.kill('SIGQUIT');
      } catch {
        // already gone
      }
      for (const dir of dirs) {
        try {
          rmSync(dir, { recursive: true, force: true });
        } catch {
          // best effort
        }
      }
    }
  });
}

function tailOf(text: string, lines = 20): string {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}

// --- running as the postgres system user when we are root ----------------------------------

interface RunAs {
  uid: number;
  gid: number;
}

function isRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

async function lookupSystemUser(name: string): Promise<RunAs | undefined> {
  let passwd: string;
  try {
    passwd = await readFile('/etc/passwd', 'utf8');
  } catch {
    return undefined;
  }
  for (const line of passwd.split('\n')) {
    const [user, , uid, gid] = line.split(':');
    if (user === name && uid !== undefined && gid !== undefined) {
      return { uid: Number(uid), gid: Number(gid) };
    }
  }
  return undefined;
}

async function chownTree(target: string, owner: RunAs): Promise<void> {
  await lchown(target, owner.uid, owner.gid);
  const info = await stat(target);
  if (!info.isDirectory()) return;
  for (const entry of await readdir(target, { withFileTypes: true })) {
    const child = path.join(target, entry.name);
    if (entry.isDirectory()) await chownTree(child, owner);
    else await lchown(child, owner.uid, owner.gid);
  }
}

/**
 * Spawn options for initdb/postgres. As root (which both refuse) the process is started
 * directly with the postgres user's uid/gid; unlike a runuser/su wrapper this keeps the
 * child pid equal to the server's, so SIGINT/SIGKILL reach the postmaster itself.
 */
function spawnOptions(runAs: RunAs | undefined): SpawnOptions {
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (key.startsWith('PG')) delete env[key];
  return {
    cwd: '/',
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(runAs ? { uid: runAs.uid, gid: runAs.gid } : {}),
  };
}

function runToCompletion(
  command: string,
  args: readonly string[],
  options: SpawnOptions,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, options);
    let output = '';
    const collect = (chunk: Buffer): void => {
      output = (output + chunk.toString('utf8')).slice(-OUTPUT_TAIL_CHARS);
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, output }));
  });
}

// --- helpers ----------------------------------------------------------------------------------

function urlFor(port: number, database: string): string {
  return `postgres://postgres@127.0.0.1:${port}/${encodeURIComponent(database)}`;
}

function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  client.on('error', () => {
    // connection-level errors surface through the awaited calls below
  });
  try {
    await client.connect();
    return await fn(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function pathExists(p: string): Promise<boolean> {
  try {
    await stat(p);
    return true;
  } catch {
    return false;
  }
}

async function resolveBinaries(log?: (msg: string) => void): Promise<{ postgres: string; initdb: string }> {
  const found = await ensureCommand({
    command: 'postgres',
    debianPackage: 'postgresql',
    hint: POSTGRES_INSTALL_HINT,
    searchPaths: POSTGRES_SEARCH_PATHS,
    log,
  });
  // Resolve symlinks (e.g. /usr/local/bin/postgres) so initdb comes from the same installation.
  const postgres = await realpath(found);
  const sibling = path.join(path.dirname(postgres), 'initdb');
  const initdb =
    (await findCommand(sibling)) ??
    (await ensureCommand({
      command: 'initdb',
      debianPackage: 'postgresql',
      hint: POSTGRES_INSTALL_HINT,
      searchPaths: POSTGRES_SEARCH_PATHS,
      log,
    }));
  return { postgres, initdb };
}

// --- main entry point ---------------------------------------------------------------------------

/**
 * Starts a private PostgreSQL server on 127.0.0.1 as a child process (not a pg_ctl daemon),
 * tuned for tests (fsync off), with trust authentication for the `postgres` superuser.
 * The server is stopped when this process exits.
 */
export async function startLocalPostgres(options: StartLocalPostgresOptions = {}): Promise<LocalPostgres> {
  const { log } = options;
  const bins = await resolveBinaries(log);

  let runAs: RunAs | undefined;
  if (isRoot()) {
    runAs = await lookupSystemUser('postgres');
    if (runAs === undefined) {
      throw new Error(
        'PostgreSQL refuses to run as root and there is no `postgres` system user: ' +
          'run `apt-get install -y postgresql` (which creates it), or run as a non-root user',
      );
    }
  }

  const port = options.port ?? (await findFreePort());
  const cleanupDirs: string[] = [];
  let child: ChildProcess | undefined;

  const removeDirs = async (): Promise<void> => {
    for (const dir of cleanupDirs) await rm(dir, { recursive: true, force: true }).catch(() => undefined);
  };

  try {
    // Directories: data dir (temporary unless given) and a short socket dir under tmpdir.
    let dataDir: string;
    if (options.dataDir === undefined) {
      const base = await mkdtemp(path.join(os.tmpdir(), 'hexin-pg-'));
      cleanupDirs.push(base);
      dataDir = path.join(base, 'data');
      await mkdir(dataDir, { mode: 0o700 });
      if (runAs) await chown(base, runAs.uid, runAs.gid);
    } else {
      dataDir = path.resolve(options.dataDir);
      await mkdir(dataDir, { recursive: true, mode: 0o700 });
    }
    dataDir = await realpath(dataDir);
    const socketDir = await mkdtemp(path.join(os.tmpdir(), 'hexin-pgsock-'));
    cleanupDirs.push(socketDir);
    if (runAs) {
      await chown(socketDir, runAs.uid, runAs.gid);
      const owner = await stat(dataDir);
      if (owner.uid !== runAs.uid) await chownTree(dataDir, runAs);
    }

    // initdb, unless the directory already holds a cluster.
    if (!(await pathExists(path.join(dataDir, 'PG_VERSION')))) {
      if ((await readdir(dataDir)).length > 0) {
        throw new Error(`${dataDir} is neither empty nor a PostgreSQL data directory; refusing to initdb over it`);
      }
      await initCluster(bins.initdb, dataDir, runAs, log);
    }

    // The server itself, as a direct child so it dies with us.
    log?.(`Starting postgres on 127.0.0.1:${port} (data ${dataDir})`);
    const args = [
      '-D',
      dataDir,
      '-p',
      String(port),
      '-k',
      socketDir,
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'fsync=off',
      '-c',
      'synchronous_commit=off',
      '-c',
      'full_page_writes=off',
      '-c',
      'max_connections=200',
    ];
    const server = spawn(bins.postgres, args, spawnOptions(runAs));
    child = server;
    killOnParentExit({ child: server, dirs: cleanupDirs });

    let output = '';
    const collect = (chunk: Buffer): void => {
      output = (output + chunk.toString('utf8')).slice(-OUTPUT_TAIL_CHARS);
    };
    server.stdout?.on('data', collect);
    server.stderr?.on('data', collect);
    let spawnError: Error | undefined;
    server.once('error', (err) => {
      spawnError = err;
    });
    // 'close' (all output flushed) follows 'exit'; wait briefly for it so errors show the last log lines.
    const closed = new Promise<void>((resolve) => server.once('close', () => resolve()));
    const flushed = (): Promise<void> => Promise.race([closed, sleep(1_000)]);
    const withOutput = (msg: string): string =>
      msg + (output.trim() ? `\n--- postgres output (tail) ---\n${tailOf(output)}` : '');
    const exitedEarly = (): string =>
      withOutput(
        `postgres exited early (code ${server.exitCode ?? 'none'}, signal ${server.signalCode ?? 'none'})` +
          (spawnError ? `: ${spawnError.message}` : ''),
      );

    // Ready = a TCP connection and a real query work, and it is our server answering.
    const adminUrl = urlFor(port, 'postgres');
    const deadline = Date.now() + READY_TIMEOUT_MS;
    let lastError = '';
    for (;;) {
      if (spawnError !== undefined || hasExited(server)) {
        await flushed();
        throw new Error(exitedEarly());
      }
      let answeringDir: string | undefined;
      try {
        answeringDir = await withClient(adminUrl, async (client) => {
          await client.query('SELECT 1');
          const res = await client.query<{ data_directory: string }>('SHOW data_directory');
          return res.rows[0]?.data_directory ?? '';
        });
      } catch (err) {
        lastError = err instanceof Error ? err.message : String(err);
      }
      if (answeringDir === dataDir) break;
      if (answeringDir !== undefined) {
        // Someone else's server holds the port: ours cannot bind and will exit; show why.
        await Promise.race([waitForExit(server), sleep(2_000)]);
        await stopServer(server);
        await flushed();
        throw new Error(
          withOutput(`Port ${port} on 127.0.0.1 is answered by another PostgreSQL (data directory ${answeringDir})`),
        );
      }
      if (Date.now() >= deadline) {
        throw new Error(
          withOutput(
            `postgres did not accept queries on 127.0.0.1:${port} within ${READY_TIMEOUT_MS / 1000} s (last error: ${lastError})`,
          ),
        );
      }
      await sleep(200);
    }
    log?.(`postgres ready on 127.0.0.1:${port}`);

    let stopping: Promise<void> | undefined;
    const stop = (): Promise<void> => {
      stopping ??= (async () => {
        await stopServer(server);
        await removeDirs();
      })();
      return stopping;
    };

    const createDatabase = async (name: string): Promise<string> => {
      if (name.length === 0 || name.includes('\0')) throw new Error(`Invalid database name: ${JSON.stringify(name)}`);
      await withClient(adminUrl, (client) => client.query(`CREATE DATABASE ${quoteIdentifier(name)}`));
      return urlFor(port, name);
    };

    return { url: adminUrl, port, stop, createDatabase };
  } catch (err) {
    if (child) await stopServer(child);
    await removeDirs();
    throw err;
  }
}

async function stopServer(server: ChildProcess): Promise<void> {
  if (hasExited(server)) return;
  const exited = waitForExit(server);
  server.kill('SIGINT'); // fast shutdown
  const timer = setTimeout(() => {
    if (!hasExited(server)) server.kill('SIGKILL');
  }, STOP_GRACE_MS);
  try {
    await exited;
  } finally {
    clearTimeout(timer);
  }
}

async function initCluster(
  initdb: string,
  dataDir: string,
  runAs: RunAs | undefined,
  log?: (msg: string) => void,
): Promise<void> {
  const common = ['-D', dataDir, '-A', 'trust', '-U', 'postgres', '--encoding=UTF8'];
  log?.(`Running initdb in ${dataDir}`);
  const first = await runToCompletion(initdb, [...common, '--locale=C.UTF-8'], spawnOptions(runAs));
  if (first.code === 0) return;

  log?.('initdb with --locale=C.UTF-8 failed; retrying with --no-locale');
  // The directory was empty before the first attempt, so clearing it loses nothing.
  for (const entry of await readdir(dataDir).catch(() => [] as string[])) {
    await rm(path.join(dataDir, entry), { recursive: true, force: true });
  }
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  if (runAs) await chown(dataDir, runAs.uid, runAs.gid);
  const second = await runToCompletion(initdb, [...common, '--no-locale'], spawnOptions(runAs));
  if (second.code === 0) return;

  throw new Error(
    `initdb failed in ${dataDir}\n--- with --locale=C.UTF-8 (exit ${first.code}) ---\n${tailOf(first.output)}` +
      `\n--- with --no-locale (exit ${second.code}) ---\n${tailOf(second.output)}`,
  );
}
