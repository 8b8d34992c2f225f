import { Worker } from 'node:worker_threads';

/**
 * A module of ours beside `from`, as it is run: the build in dist/ runs the compiled files as
 * they are; from TypeScript sources (tsx, vitest) they are loaded through tsx.
 */
export function siblingModule(from: string, name: string): URL {
  return new URL(`./${name}${fromSources(from) ? '.ts' : '.js'}`, from);
}

const fromSources = (url: string) => url.endsWith('.ts');

/** A worker thread running `entry`, from the build or from TypeScript sources alike. */
export function startThread(entry: URL, workerData: unknown): Worker {
  if (!fromSources(entry.href)) return new Worker(entry, { workerData, execArgv: [] });
  // Node 20 loads a worker's entry before an `--import tsx` in its execArgv takes effect, so the
  // thread registers tsx itself first.
  const bootstrap = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(bootstrap, { eval: true, workerData, execArgv: [] });
}
