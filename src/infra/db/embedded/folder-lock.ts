import { open, readFile, unlink } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError } from '../../../config/env.ts';

/** Written into the data folder by the process that has it open; Postgres' own postmaster.pid is not used by PGlite. */
export const LOCK_FILE = 'hexin.lock';

/** Another live process has the folder: a configuration problem (exit 78), with what to do about it. */
export class DataFolderInUseError extends ConfigError {
  constructor(
    readonly dir: string,
    readonly pid: number,
  ) {
    super([]);
    this.message =
      `Hexin cannot start: the embedded database folder ${dir} is in use by process ${pid}.\n` +
      `Only one process at a time may open it. Stop that process first, or give this one another folder (PGLITE_DIR) ` +
      `or a PostgreSQL server (DATABASE_URL). If no Hexin is running, delete ${path.join(dir, LOCK_FILE)}.`;
  }
}

export interface FolderLock {
  release(): Promise<void>;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // alive, someone else's
  }
}

/**
 * Takes the folder for this process: creates the lock file exclusively with our pid. A lock left
 * by a process that is gone (killed, crashed) is taken over; one held by a live process refuses.
 */
export async function lockFolder(dir: string): Promise<FolderLock> {
  const file = path.join(dir, LOCK_FILE);
  for (let attempt = 0; ; attempt++) {
    try {
      const handle = await open(file, 'wx', 0o600);
      await handle.writeFile(`${process.pid}\n`);
      await handle.close();
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) throw error;
    }
    const holder = Number.parseInt(await readFile(file, 'utf8').catch(() => ''), 10);
    if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && isAlive(holder)) throw new DataFolderInUseError(dir, holder);
    await unlink(file).catch(() => undefined);
  }
  return {
    release: async () => {
      const holder = Number.parseInt(await readFile(file, 'utf8').catch(() => ''), 10);
      if (holder === process.pid) await unlink(file);
    },
  };
}
