import type { Db } from '../database.ts';

/** Slack may deliver an event up to four times; the first delivery wins. */
export class PrismaEventLedger {
  constructor(private readonly db: Db) {}

  async firstDelivery(eventId: string): Promise<boolean> {
    const { count } = await this.db.processedEvent.createMany({ data: [{ eventId }], skipDuplicates: true });
    return count === 1;
  }

  async forgetBefore(cutoff: Date): Promise<number> {
    const { count } = await this.db.processedEvent.deleteMany({ where: { receivedAt: { lt: cutoff } } });
    return count;
  }
}
