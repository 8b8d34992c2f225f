import type { EffectLog, EffectResult } from '../../../shared/effects.ts';
import type { Db } from '../database.ts';
import { currentClient } from '../unit-of-work.ts';

/** Slack calls jobs have made (see EffectLog for what it guarantees): a row per effect, written after the call succeeded. */
export class PrismaEffectLog implements EffectLog {
  constructor(private readonly root: Db) {}

  /** The open unit of work's transaction, else the root client. */
  private get db(): Db {
    return currentClient(this.root);
  }

  // biome-ignore lint/suspicious/noConfusingVoidType: an effect may give back nothing to record.
  async once<T extends EffectResult | void>(key: string, effect: () => Promise<T>): Promise<T> {
    const found = await this.db.jobEffect.findUnique({ where: { key }, select: { result: true } });
    if (found) return (found.result ?? undefined) as T;
    const result = await effect();
    await this.db.jobEffect.createMany({
      data: [{ key, ...(result !== undefined && result !== null && { result }) }],
      skipDuplicates: true,
    });
    return result;
  }

  /** Marks older than any retry can be are dropped (the hourly tick). */
  async forgetBefore(cutoff: Date): Promise<number> {
    const { count } = await this.db.jobEffect.deleteMany({ where: { createdAt: { lt: cutoff } } });
    return count;
  }
}
