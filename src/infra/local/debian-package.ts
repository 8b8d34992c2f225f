import { spawn } from 'node:child_process';
import { constants } from 'node:fs';
import { access, readdir, stat } from 'node:fs/promises';
import path from 'node:path';

export interface EnsureCommandOptions {
  /** Executable name, e.g. `redis-server`. */
  command: string;
  /** Debian package that provides it, e.g. `redis-server`. */
  debianPackage: string;
  /** Message for the Error thrown when the command is missing and cannot be installed. */
  hint: string;
  /**
   * Extra directories searched after PATH. A path segment may contain `*` or `?`
   * (e.g. `/usr/lib/postgresql/*\/bin`); matches are tried highest version first.
   */
  searchPaths?: readonly string[];
  log?: (msg: string) => void;
}

const versionCollator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

function hasWildcard(segment: string): boolean {
  return segment.includes('*') || segment.includes('?');
}

function wildcardToRegExp(segment: string): RegExp {
  const body = segment
    .split('')
    .map((ch) => {
      if (ch === '*') return '.*';
      if (ch === '?') return '.';
      return ch.replace(/[\\^$.|+()[\]{}]/g, '\\$&');
    })
    .join('');
  return new RegExp(`^${body}$`);
}

/** Expands `*`/`?` segments of a directory pattern; at each level the highest version comes first. */
export async function expandDirectoryPattern(pattern: string): Promise<string[]> {
  const absolute = path.resolve(pattern);
  const segments = absolute.split(path.sep).filter((s) => s.length > 0);
  let current: string[] = [path.parse(absolute).root];
  for (const segment of segments) {
    const next: string[] = [];
    for (const base of current) {
      if (!hasWildcard(segment)) {
        next.push(path.join(base, segment));
        continue;
      }
      let entries: string[];
      try {
        entries = await readdir(base);
      } catch {
        continue;
      }
      const re = wildcardToRegExp(segment);
      const matches = entries.filter((e) => re.test(e)).sort((a, b) => versionCollator.compare(b, a));
      for (const m of matches) next.push(path.join(base, m));
    }
    current = next;
  }
  return current;
}

async function isExecutableFile(file: string): Promise<boolean> {
  try {
    const info = await stat(file);
    if (!info.isFile()) return false;
    await access(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Returns the absolute path of `command`, looking in PATH and then in `searchPaths`
 * (wildcards allowed, highest version first), or undefined if it is nowhere.
 */
export async function findCommand(command: string, searchPaths: readonly string[] = []): Promise<string | undefined> {
  if (command.includes('/')) {
    const file = path.resolve(command);
    return (await isExecutableFile(file)) ? file : undefined;
  }
  const dirs = (process.env.PATH ?? '').split(path.delimiter).filter((d) => d.length > 0);
  for (const pattern of searchPaths) dirs.push(...(await expandDirectoryPattern(pattern)));
  for (const dir of dirs) {
    const file = path.resolve(dir, command);
    if (await isExecutableFile(file)) return file;
  }
  return undefined;
}

interface RunResult {
  code: number | null;
  output: string;
}

function run(command: string, args: readonly string[], env: NodeJS.ProcessEnv): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const collect = (chunk: Buffer): void => {
      output += chunk.toString('utf8');
      if (output.length > 64_000) output = output.slice(-32_000);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, output }));
  });
}

function tail(text: string, lines = 15): string {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}

const LISTS_MISSING = /Unable to locate package|has no installation candidate|is not available, but is referred to/i;

function isRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

/** One apt-get run per package per process, so concurrent callers do not fight over the dpkg lock. */
const installs = new Map<string, Promise<void>>();

async function aptInstall(
  aptGet: string,
  debianPackage: string,
  hint: string,
  log?: (msg: string) => void,
): Promise<void> {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  log?.(`Installing Debian package ${debianPackage} with apt-get`);
  let result = await run(aptGet, ['install', '-y', debianPackage], env);
  if (result.code !== 0 && LISTS_MISSING.test(result.output)) {
    log?.('Package lists are missing or stale; running apt-get update');
    const update = await run(aptGet, ['update'], env);
    if (update.code !== 0) {
      throw new Error(`${hint}\n(apt-get update failed with exit code ${update.code}:\n${tail(update.output)})`);
    }
    result = await run(aptGet, ['install', '-y', debianPackage], env);
  }
  if (result.code !== 0) {
    throw new Error(
      `${hint}\n(apt-get install -y ${debianPackage} failed with exit code ${result.code}:\n${tail(result.output)})`,
    );
  }
  log?.(`Installed Debian package ${debianPackage}`);
}

/**
 * Returns the absolute path of an executable, installing its Debian package first when it
 * is missing and we are root on a machine with apt-get. Otherwise throws an Error whose
 * message is `hint`.
 */
export async function ensureCommand(options: EnsureCommandOptions): Promise<string> {
  const { command, debianPackage, hint, searchPaths = [], log } = options;
  const found = await findCommand(command, searchPaths);
  if (found !== undefined) return found;

  const aptGet = isRoot() ? await findCommand('apt-get', ['/usr/bin', '/bin']) : undefined;
  if (aptGet === undefined) throw new Error(hint);

  let pending = installs.get(debianPackage);
  if (pending === undefined) {
    pending = aptInstall(aptGet, debianPackage, hint, log);
    installs.set(debianPackage, pending);
    pending.catch(() => installs.delete(debianPackage));
  }
  await pending;

  const installed = await findCommand(command, searchPaths);
  if (installed === undefined) {
    throw new Error(
      `${hint}\n(installed ${debianPackage}, but \`${command}\` is still not on PATH or in the expected directories)`,
    );
  }
  return installed;
}
