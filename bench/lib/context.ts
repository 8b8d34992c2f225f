import type { Figures } from './figures.ts';

export interface BenchContext {
  figures: Figures;
}

export interface Bench {
  /** What it measures, for the list of known benches. */
  about: string;
  run(ctx: BenchContext): Promise<void>;
  /** The figures the issue sets a limit on, read back from what the run printed. */
  targets?(figures: Figures): ReturnType<Figures['target']>[];
}
