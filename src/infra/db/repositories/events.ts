import type { Db } from '../database.ts';
import { currentClient } from '../unit-of-work.ts';

/** Slack may deliver an event up to four times; the first delivery wins. */
export class PrismaEventLedger {
  constructor(private readonly root: Db) {}

  /** The open unit of work's transaction, else the root client. */
  private get db(): Db {
    return currentClient(this.root);
  }

  async firstDelivery(eventId: string): Promise<boolean> {
    const { count } = await this.db.processedEvent.createMany({ data: [{ eventId }], skipDuplicates: true });
    return count === 1;
  }

  async forgetBefore(cutoff: Date): Promise<number> {
    const { count } = await this.db.processedEvent.deleteMany({ where: { receivedAt: { lt: cutoff } } });
    return count;
  }
}
