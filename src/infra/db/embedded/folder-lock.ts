import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { link, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ConfigError } from '../../../config/env.ts';

/** Written into the data folder by the process that has it open; Postgres' own postmaster.pid is not used by PGlite. */
export const LOCK_FILE = 'hexin.lock';

/** Who holds the folder. A pid alone is not enough: containers sharing a volume are all pid 1, and pids are reused. */
export interface LockHolder {
  pid: number;
  host: string;
  /** The kernel's boot id: the same on one machine until it reboots, whatever the container. */
  bootId?: string;
  /** The process's start time in clock ticks since boot (/proc/<pid>/stat field 22): a reused pid has another. */
  startTime?: string;
  /** The wire server's socket folder, removed by whoever takes a dead holder's lock over. */
  socketDir?: string;
}

/** Another live process (or one on another machine) has the folder: a configuration problem (exit 78), with what to do about it. */
export class DataFolderInUseError extends ConfigError {
  constructor(
    readonly dir: string,
    readonly holder: LockHolder,
  ) {
    super([]);
    const where =
      holder.host === os.hostname()
        ? `process ${holder.pid} on this host (${holder.host})`
        : `process ${holder.pid} on host ${holder.host}`;
    this.message =
      `Hexin cannot start: the embedded database folder ${dir} is in use by ${where}.\n` +
      `Only one process at a time may open it. Stop that process first, or give this one another folder (PGLITE_DIR) ` +
      `or a PostgreSQL server (DATABASE_URL). If no Hexin is running there, delete ${path.join(dir, LOCK_FILE)}.`;
  }
}

export interface FolderLock {
  /** The dead holder whose lock this one replaced, if any. */
  takenOver: LockHolder | null;
  release(): Promise<void>;
}

const readOrNull = (file: string) => {
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    return null;
  }
};

const bootId = () => readOrNull('/proc/sys/kernel/random/boot_id') ?? undefined;

function startTimeOf(pid: number): string | undefined {
  const stat = readOrNull(`/proc/${pid}/stat`);
  if (!stat) return undefined;
  // Field 2 (the command) is in parentheses and may hold spaces; field 22 is the 20th after it.
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // alive, someone else's
  }
}

/** A lock file's holder; an old lock holding only a pid is taken to be from this host and boot. */
function parseHolder(text: string): LockHolder | null {
  if (/^\d+$/.test(text.trim())) return { pid: Number(text.trim()), host: os.hostname() };
  try {
    const holder = JSON.parse(text) as LockHolder;
    return Number.isInteger(holder.pid) && typeof holder.host === 'string' ? holder : null;
  } catch {
    return null;
  }
}

/**
 * Whether a lock may be taken over: only one from this host and this boot (of another we cannot
 * tell whether its process lives) whose process is gone, or whose pid now names another process.
 * An unreadable lock is from a writer that died before finishing it (ours are whole when linked).
 */
function isStale(holder: LockHolder | null): boolean {
  if (!holder) return true;
  if (holder.host !== os.hostname()) return false;
  const ourBoot = bootId();
  // This host has booted since: no process of that boot is left (a supervisor restarting Hexin after a power cut must not be refused).
  if (holder.bootId && ourBoot && holder.bootId !== ourBoot) return true;
  if (!isAlive(holder.pid)) return true;
  if (holder.startTime) return startTimeOf(holder.pid) !== holder.startTime;
  return holder.pid === process.pid; // an old pid-only lock naming us: a previous run with our pid
}

const readLock = (file: string) =>
  readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });

/**
 * Takes the folder for this process. The lock is written whole into a file of our own and then
 * hard-linked into place, which fails if any lock exists, so there is always exactly one winner.
 * A stale lock is first renamed aside; if what was moved is not the stale lock we read (someone
 * took it over in between), it is put back and we give way.
 */
export async function lockFolder(dir: string, socketDir?: string): Promise<FolderLock> {
  const file = path.join(dir, LOCK_FILE);
  const self: LockHolder = {
    pid: process.pid,
    host: os.hostname(),
    bootId: bootId(),
    startTime: startTimeOf(process.pid),
    socketDir,
  };
  const text = `${JSON.stringify(self)}\n`;
  const own = `${file}.${randomUUID()}`;
  await writeFile(own, text, { flag: 'wx', mode: 0o600 });
  let takenOver: LockHolder | null = null;
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        await link(own, file);
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const found = await readLock(file);
      if (found === null) continue; // released meanwhile
      const holder = parseHolder(found);
      if (!isStale(holder) || attempt > 5) throw new DataFolderInUseError(dir, holder ?? { pid: 0, host: '?' });
      const aside = `${file}.${randomUUID()}.stale`;
      try {
        await rename(file, aside);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue; // someone else moved it
        throw error;
      }
      const moved = await readFile(aside, 'utf8');
      if (moved !== found) {
        await link(aside, file).catch(() => undefined);
        await unlink(aside);
        throw new DataFolderInUseError(dir, parseHolder(moved) ?? { pid: 0, host: '?' });
      }
      await unlink(aside);
      takenOver = holder;
    }
  } finally {
    await unlink(own).catch(() => undefined);
  }
  return {
    takenOver,
    release: async () => {
      if ((await readLock(file)) === text) await unlink(file);
    },
  };
}
