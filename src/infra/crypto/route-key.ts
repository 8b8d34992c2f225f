import { chmod, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError, type Config } from '../../config/env.ts';
import type { Logger } from '../../shared/logger.ts';
import { decodeRouteKey, newRouteKey } from './feedback-keys.ts';

export const ROUTE_KEY_FILE = 'feedback-route.key';

/** Where the all-in-one run keeps a key it made itself: beside the embedded database's folder, not in it. */
export function routeKeyFile(config: Pick<Config, 'PGLITE_DIR'>): string | null {
  if (config.PGLITE_DIR.startsWith('memory://')) return null;
  return path.join(path.dirname(path.resolve(config.PGLITE_DIR)), ROUTE_KEY_FILE);
}

async function readOrCreate(file: string, log: Logger): Promise<string> {
  try {
    const text = (await readFile(file, 'utf8')).trim();
    if (!decodeRouteKey(text))
      throw new ConfigError([
        `${file} does not hold a FEEDBACK_ROUTE_KEY (base64 of 32 bytes). Restore it from a backup, or set FEEDBACK_ROUTE_KEY.`,
      ]);
    const mode = (await stat(file)).mode & 0o777;
    if (mode & 0o077) {
      await chmod(file, 0o600);
      log.warn({ file }, 'feedback route key file was readable by others; made it 0600');
    }
    return text;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await mkdir(path.dirname(file), { recursive: true });
  const key = newRouteKey();
  try {
    // "wx": if two processes race, one writes and the other reads what it wrote.
    await writeFile(file, `${key}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return readOrCreate(file, log);
    throw error;
  }
  log.info({ file }, 'generated the feedback route key (keep this file with your backups, apart from the database)');
  return key;
}

/**
 * FEEDBACK_ROUTE_KEY for this run. Set: used as given. Unset in the all-in-one run: made once
 * and kept in a 0600 file beside the embedded database (data/feedback-route.key by default),
 * read at every start; with an in-memory database, a key for this process only. Unset for the
 * separate roles (which share one PostgreSQL): start-up stops, since every process must hold
 * the same key and none may invent its own.
 */
export async function resolveFeedbackRouteKey(
  config: Config,
  options: { embedded: boolean },
  log: Logger,
): Promise<Config> {
  if (config.FEEDBACK_ROUTE_KEY) return config;
  if (!options.embedded) {
    throw new ConfigError([
      'FEEDBACK_ROUTE_KEY is missing. The separate roles (start:app, start:worker, start:clock) share one database, so they must share ' +
        'the key that seals the way back to anonymous feedback authors: set FEEDBACK_ROUTE_KEY to the output of `openssl rand -base64 32` ' +
        'in every role, and keep it out of the database and its backups.',
    ]);
  }
  const file = routeKeyFile(config);
  let key: string;
  if (file) {
    key = await readOrCreate(file, log);
    if (config.DATABASE_URL)
      log.warn(
        { file },
        'FEEDBACK_ROUTE_KEY is unset: using the key file of this machine; set FEEDBACK_ROUTE_KEY before running more than one process',
      );
  } else {
    key = newRouteKey();
    log.warn(
      'FEEDBACK_ROUTE_KEY is unset and PGLITE_DIR is in memory: a key for this process only; feedback routes will not outlive it',
    );
  }
  return Object.freeze({ ...config, FEEDBACK_ROUTE_KEY: key });
}
