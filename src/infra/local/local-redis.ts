import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { connect } from 'node:net';
import path from 'node:path';
import { hasExited, sleep, waitForExit } from './child-process.ts';
import { ensureCommand } from './debian-package.ts';
import { findFreePort } from './find-free-port.ts';

export interface StartLocalRedisOptions {
  /** TCP port on 127.0.0.1; a free one is picked when omitted. */
  port?: number;
  /** When given, Redis persists with an append-only file in this directory (created if missing). */
  dataDir?: string;
  log?: (msg: string) => void;
}

export interface LocalRedis {
  url: string;
  port: number;
  /** SIGTERM, then SIGKILL after 5 s; resolves once the process has exited. Idempotent. */
  stop(): Promise<void>;
}

const READY_TIMEOUT_MS = 10_000;
const STOP_GRACE_MS = 5_000;
const OUTPUT_TAIL_CHARS = 4_000;

export const REDIS_INSTALL_HINT =
  'Redis is not installed: run `sudo apt-get install -y redis-server`, or set REDIS_URL to a running Redis';

const liveChildren = new Set<ChildProcess>();
let exitHookInstalled = false;

function killOnParentExit(child: ChildProcess): void {
  liveChildren.add(child);
  child.once('exit', () => liveChildren.delete(child));
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const c of liveChildren) {
      try {
        c.kill('SIGKILL');
      } catch {
        // already gone
      }
    }
  });
}

/** Whether a RESP reply in `buf` is complete (simple string/error/integer, or bulk string). */
function replyComplete(buf: string): boolean {
  const eol = buf.indexOf('\r\n');
  if (eol < 0) return false;
  if (!buf.startsWith('$')) return true;
  const len = Number(buf.slice(1, eol));
  if (!Number.isFinite(len) || len < 0) return true;
  return Buffer.byteLength(buf, 'utf8') >= eol + 2 + len + 2;
}

/** Sends one inline command and resolves with the raw reply, or undefined on any failure. */
function sendInline(port: number, command: string, timeoutMs = 1_000): Promise<string | undefined> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    let reply = '';
    let settled = false;
    const finish = (value: string | undefined): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      resolve(value);
    };
    const timer = setTimeout(() => finish(undefined), timeoutMs);
    socket.once('connect', () => socket.write(`${command}\r\n`));
    socket.on('data', (chunk: Buffer) => {
      reply += chunk.toString('utf8');
      if (replyComplete(reply)) finish(reply);
    });
    socket.once('error', () => finish(undefined));
    socket.once('close', () => finish(undefined));
  });
}

/** One PING round trip; true on `+PONG`, false on anything else (refused, -LOADING, ...). */
async function ping(port: number): Promise<boolean> {
  const reply = await sendInline(port, 'PING');
  return reply?.startsWith('+PONG') ?? false;
}

/** The `process_id` a Redis on `port` reports, to tell our server from a stranger on the same port. */
async function serverPid(port: number): Promise<number | undefined> {
  const reply = await sendInline(port, 'INFO server');
  const match = reply === undefined ? null : /process_id:(\d+)/.exec(reply);
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

/**
 * Spawns a private `redis-server` bound to 127.0.0.1 and waits until it answers PING.
 * The server is killed when this process exits.
 */
export async function startLocalRedis(options: StartLocalRedisOptions = {}): Promise<LocalRedis> {
  const { log } = options;
  const redisServer = await ensureCommand({
    command: 'redis-server',
    debianPackage: 'redis-server',
    hint: REDIS_INSTALL_HINT,
    log,
  });
  const port = options.port ?? (await findFreePort());

  const args = [
    '--bind',
    '127.0.0.1',
    '--port',
    String(port),
    '--protected-mode',
    'yes',
    '--daemonize',
    'no',
    '--maxmemory-policy',
    'noeviction',
    '--save',
    '',
  ];
  if (options.dataDir !== undefined) {
    const dir = path.resolve(options.dataDir);
    await mkdir(dir, { recursive: true });
    args.push('--appendonly', 'yes', '--dir', dir);
  } else {
    args.push('--appendonly', 'no');
  }

  log?.(`Starting redis-server on 127.0.0.1:${port}`);
  const child = spawn(redisServer, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  killOnParentExit(child);

  let output = '';
  const collect = (chunk: Buffer): void => {
    output = (output + chunk.toString('utf8')).slice(-OUTPUT_TAIL_CHARS);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);

  let spawnError: Error | undefined;
  child.once('error', (err) => {
    spawnError = err;
  });
  // 'close' (all output flushed) follows 'exit'; wait briefly for it so the error shows the last words.
  const closed = new Promise<void>((resolve) => child.once('close', () => resolve()));
  const flushed = (): Promise<void> => Promise.race([closed, sleep(1_000)]);

  const describeExit = (): string =>
    `redis-server exited early (code ${child.exitCode ?? 'none'}, signal ${child.signalCode ?? 'none'})` +
    (spawnError ? `: ${spawnError.message}` : '') +
    (output.trim() ? `\n--- redis-server output (tail) ---\n${output.trimEnd()}` : '');

  const stop = async (): Promise<void> => {
    if (hasExited(child)) return;
    const exited = waitForExit(child);
    child.kill('SIGTERM');
    const timer = setTimeout(() => {
      if (!hasExited(child)) child.kill('SIGKILL');
    }, STOP_GRACE_MS);
    try {
      await exited;
    } finally {
      clearTimeout(timer);
    }
  };

  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    if (spawnError !== undefined || hasExited(child)) {
      await flushed();
      throw new Error(describeExit());
    }
    if (await ping(port)) {
      const pid = await serverPid(port);
      if (pid === undefined || pid === child.pid) break;
      // Someone else's Redis answered: ours will fail to bind and exit; report that below.
      await Promise.race([waitForExit(child), sleep(2_000)]);
      await stop();
      await flushed();
      throw new Error(`Port ${port} on 127.0.0.1 is already used by another Redis (pid ${pid})\n${describeExit()}`);
    }
    if (spawnError !== undefined || hasExited(child)) {
      await flushed();
      throw new Error(describeExit());
    }
    if (Date.now() >= deadline) {
      await stop();
      throw new Error(
        `redis-server did not answer PING on 127.0.0.1:${port} within ${READY_TIMEOUT_MS / 1000} s` +
          (output.trim() ? `\n--- redis-server output (tail) ---\n${output.trimEnd()}` : ''),
      );
    }
    await sleep(100);
  }

  log?.(`redis-server ready on 127.0.0.1:${port}`);
  return { url: `redis://127.0.0.1:${port}`, port, stop };
}
