import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { open, readFile, readdir } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { request } from 'undici';

/**
 * Every process a bench starts runs in a process group of its own, so stopping it also stops
 * what it started (the redis-server Hexin starts when REDIS_URL is unset, npm's shell and node).
 */
const groups = new Set<number>();
let hooksInstalled = false;

function installHooks(): void {
  if (hooksInstalled) return;
  hooksInstalled = true;
  // Whatever way the bench ends, nothing it started stays running.
  process.once('exit', () => {
    for (const pgid of groups) killGroup(pgid, 'SIGKILL');
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      process.stderr.write(`[bench] ${signal}: stopping what the bench started\n`);
      for (const pgid of groups) killGroup(pgid, 'SIGTERM');
      setTimeout(() => process.exit(130), 2000).unref();
    });
  }
}

function killGroup(pgid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pgid, signal);
  } catch {
    // Already gone.
  }
}

export interface Started {
  child: ChildProcess;
  pid: number;
  /** Where its stdout and stderr went, for a failure message. */
  logFile: string;
  exited: Promise<number | null>;
  /** SIGTERM to its group, SIGKILL after `graceMs`; resolves once the group leader has exited. */
  stop(graceMs?: number): Promise<void>;
}

export function startProcess(command: string, args: string[], options: SpawnOptions & { logFile: string }): Started {
  installHooks();
  const child = spawn(command, args, { ...options, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  if (child.pid === undefined) throw new Error(`could not start ${command}`);
  const pid = child.pid;
  groups.add(pid);
  const log = createWriteStream(options.logFile);
  child.stdout!.pipe(log);
  child.stderr!.pipe(log);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  void exited.then(() => groupGone(pid).then((gone) => gone && groups.delete(pid)));
  return {
    child,
    pid,
    logFile: options.logFile,
    exited,
    stop: async (graceMs = 10_000) => {
      killGroup(pid, 'SIGTERM');
      const timer = setTimeout(() => killGroup(pid, 'SIGKILL'), graceMs);
      await exited;
      // Children of the leader (redis-server) may outlive it by a moment.
      for (let i = 0; i < 50 && !(await groupGone(pid)); i += 1) await sleep(100);
      clearTimeout(timer);
      killGroup(pid, 'SIGKILL');
      groups.delete(pid);
    },
  };
}

async function groupGone(pgid: number): Promise<boolean> {
  try {
    process.kill(-pgid, 0);
    return false;
  } catch {
    return true;
  }
}

/** Polls `url` until it answers 200, or fails with the tail of the process's log. */
export async function untilHealthy(url: string, proc: Started, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exitCode: number | null | undefined;
  void proc.exited.then((code) => (exitCode = code));
  while (Date.now() < deadline) {
    if (exitCode !== undefined) break;
    try {
      const res = await request(url, { method: 'GET', headersTimeout: 2000, bodyTimeout: 2000 });
      await res.body.dump();
      if (res.statusCode === 200) return;
    } catch {
      // Not listening yet.
    }
    await sleep(200);
  }
  const tail = (await readFile(proc.logFile, 'utf8').catch(() => '')).slice(-3000);
  throw new Error(
    `${url} did not become healthy${exitCode !== undefined ? ` (process exited ${exitCode})` : ''}; its log ends:\n${tail}`,
  );
}

/** Pids of `pid` and all its descendants, from /proc/<pid>/task/<tid>/children. */
export async function processTree(pid: number): Promise<number[]> {
  const found: number[] = [];
  const queue = [pid];
  while (queue.length > 0) {
    const current = queue.shift()!;
    found.push(current);
    const tasks = await readdir(`/proc/${current}/task`).catch(() => [] as string[]);
    for (const task of tasks) {
      const children = await readFile(`/proc/${current}/task/${task}/children`, 'utf8').catch(() => '');
      queue.push(...children.split(/\s+/).filter(Boolean).map(Number));
    }
  }
  return found;
}

export interface ProcessMemory {
  pid: number;
  name: string;
  rssKb: number;
}

/** VmRSS of each process in the tree under `pid` (pid included). */
export async function treeMemory(pid: number): Promise<ProcessMemory[]> {
  const result: ProcessMemory[] = [];
  for (const member of await processTree(pid)) {
    const status = await readFile(`/proc/${member}/status`, 'utf8').catch(() => '');
    const rss = /^VmRSS:\s+(\d+) kB/m.exec(status);
    const name = /^Name:\s+(.+)$/m.exec(status);
    if (rss) result.push({ pid: member, name: name?.[1]?.trim() ?? '?', rssKb: Number(rss[1]) });
  }
  return result;
}

const PAGE_KB = 4;
const PRESENT = 1n << 63n;
const FRAME = (1n << 55n) - 1n;

/**
 * The memory a set of processes keeps resident, each physical page counted once: summing their
 * RSS counts twice what they share (two node processes share the 40-odd MB of node's own code).
 * Read from each process's page map, which names the frame behind each resident page; only
 * root with CAP_SYS_ADMIN sees the frames (elsewhere they read as 0). Null when the figure
 * cannot be known: then a target on it counts as not met.
 */
export async function uniqueResidentKb(pids: number[]): Promise<number | null> {
  const frames = new Set<bigint>();
  for (const pid of pids) {
    // A process that cannot be read makes the figure unknown, never smaller.
    const smaps = await readFile(`/proc/${pid}/smaps`, 'utf8').catch(() => null);
    if (!smaps) return null;
    // The page map has one entry per page of the size below; other sizes are not read here.
    if ([...smaps.matchAll(/^KernelPageSize:\s+(\d+) kB/gm)].some((size) => size[1] !== String(PAGE_KB))) return null;
    const regions: Array<[number, number]> = [];
    let start = 0;
    let end = 0;
    for (const line of smaps.split('\n')) {
      const range = /^([0-9a-f]+)-([0-9a-f]+) /.exec(line);
      if (range) [start, end] = [parseInt(range[1]!, 16), parseInt(range[2]!, 16)];
      else if (line.startsWith('Rss:') && Number(line.split(/\s+/)[1]) > 0) regions.push([start, end]);
    }
    const map = await open(`/proc/${pid}/pagemap`, 'r').catch(() => null);
    if (!map) return null;
    try {
      for (const [from, to] of regions) {
        const pages = (to - from) / (PAGE_KB * 1024);
        const entries = Buffer.alloc(pages * 8);
        await map.read(entries, 0, entries.length, (from / (PAGE_KB * 1024)) * 8);
        for (let i = 0; i < pages; i += 1) {
          const entry = entries.readBigUInt64LE(i * 8);
          if (entry & PRESENT) frames.add(entry & FRAME);
        }
      }
    } finally {
      await map.close();
    }
  }
  // Without CAP_SYS_ADMIN every frame reads as 0.
  if (frames.size === 0 || (frames.size === 1 && frames.has(0n))) return null;
  return frames.size * PAGE_KB;
}

export const megabytes = (kb: number): number => Math.round((kb / 1024) * 10) / 10;

/** A Node child speaking over IPC, in a group of its own like the rest; its output goes to stderr. */
export function forkNode(args: string[]): ChildProcess & { pid: number } {
  installHooks();
  const child = spawn(process.execPath, args, { detached: true, stdio: ['ignore', 2, 2, 'ipc'] });
  if (child.pid === undefined) throw new Error(`could not start node ${args.join(' ')}`);
  groups.add(child.pid);
  const pid = child.pid;
  child.once('exit', () => groups.delete(pid));
  return child as ChildProcess & { pid: number };
}
