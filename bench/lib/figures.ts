import os from 'node:os';

export type Figure = { bench: string } & Record<string, unknown>;

/** A figure the issue sets a limit on: `value` is read from the measured figure, never written here. */
export type Where = { bench: string; db: string } & Record<string, string | number>;

export type Target = Record<string, unknown> & {
  bench: string;
  db: string;
  figure: string;
  value: number | null;
  limit: number;
  /** 'max': the value may be at most the limit; 'min': at least. */
  bound: 'max' | 'min';
  met: boolean;
};

/** One JSON line per figure on stdout; everything else a bench says goes to stderr. */
export class Figures {
  readonly all: Figure[] = [];

  print(figure: Figure): void {
    this.all.push(figure);
    process.stdout.write(`${JSON.stringify(figure)}\n`);
  }

  /** The measured value of `figure` in the line matching `where`, checked against `limit` (at most, or at least with bound 'min'). */
  target(where: Where, figure: string, limit: number, bound: Target['bound'] = 'max'): Target {
    const line = this.all.find((f) => Object.entries(where).every(([key, value]) => f[key] === value));
    const raw = line?.[figure];
    const value = typeof raw === 'number' && Number.isFinite(raw) ? raw : null;
    const met = value !== null && (bound === 'max' ? value <= limit : value >= limit);
    return { ...where, figure, value, limit, bound, met };
  }
}

export function machine() {
  return {
    cpus: os.cpus().length,
    node: process.version,
    cpu_model: os.cpus()[0]?.model ?? 'unknown',
    mem_gb: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    load_avg_1m: Math.round(os.loadavg()[0]! * 100) / 100,
  };
}

/** Progress for the person running the bench: stderr, so stdout stays JSON lines. */
export const say = (message: string): void => void process.stderr.write(`[bench] ${message}\n`);
