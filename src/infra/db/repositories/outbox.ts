import type { Db } from '../database.ts';
import { currentClient, unitOfWork } from '../unit-of-work.ts';
import type { Prisma } from '../generated/client.ts';

export interface OutboxEntry {
  jobId: string;
  name: string;
  data: unknown;
  runAt: Date;
}

/** Rows per statement: well under PostgreSQL's 65,535 bound parameters for createMany. */
const CHUNK = 1000;

/** The transactional outbox: jobs written with the change they follow from, until a relay moves them. */
export class PrismaOutboxStore {
  constructor(private readonly root: Db) {}

  /** The open unit of work's transaction, else the root client. */
  private get db(): Db {
    return currentClient(this.root);
  }

  /** Runs work so that what it saves and what it enqueues commit together (see unit-of-work.ts). */
  unitOfWork<T>(work: () => Promise<T>): Promise<T> {
    return unitOfWork(this.root, work);
  }

  /** A job already waiting under the same id is kept: the same id is the same work. */
  async add(entries: OutboxEntry[]): Promise<void> {
    for (let i = 0; i < entries.length; i += CHUNK) {
      const data = entries.slice(i, i + CHUNK).map((e) => ({ ...e, data: e.data as Prisma.InputJsonValue }));
      await this.db.outboxJob.createMany({ data, skipDuplicates: true });
    }
  }

  /**
   * Leases up to `limit` of the oldest rows that no live relay holds, for `leaseMs`. SKIP LOCKED
   * lets relays in several processes take disjoint rows at once; a dead relay's lease runs out.
   * Times are the database's (UTC), so relays on machines with different clocks agree. Rows the
   * queue refused `maxAttempts` times are set aside (left for an operator, never claimed), so
   * one bad row cannot hold back those behind it.
   */
  async claim(limit: number, leaseMs: number, maxAttempts: number): Promise<OutboxEntry[]> {
    const claimed = await this.root.$queryRaw<Array<{ jobId: string }>>`
      UPDATE "OutboxJob"
      SET "claimedUntil" = (now() AT TIME ZONE 'UTC') + (${leaseMs}::int * interval '1 millisecond')
      WHERE "jobId" IN (
        SELECT "jobId" FROM "OutboxJob"
        WHERE ("claimedUntil" IS NULL OR "claimedUntil" < (now() AT TIME ZONE 'UTC')) AND "attempts" < ${maxAttempts}::int
        ORDER BY "createdAt"
        LIMIT ${limit}::int
        FOR UPDATE SKIP LOCKED
      )
      RETURNING "jobId"`;
    if (claimed.length === 0) return [];
    return this.root.outboxJob.findMany({
      where: { jobId: { in: claimed.map((row) => row.jobId) } },
      select: { jobId: true, name: true, data: true, runAt: true },
      orderBy: { createdAt: 'asc' },
    });
  }

  /** The jobs are in the queue now. */
  async remove(jobIds: string[]): Promise<void> {
    await this.root.outboxJob.deleteMany({ where: { jobId: { in: jobIds } } });
  }

  /** The queue could not be reached: free them for the next sweep, with the reason; no attempt is counted. */
  async release(jobIds: string[], error: string): Promise<void> {
    await this.root.outboxJob.updateMany({
      where: { jobId: { in: jobIds } },
      data: { claimedUntil: null, lastError: error.slice(0, 1000) },
    });
  }

  /** The queue, while up, refused this row itself: count the attempt, free it, and return the count. */
  async refused(jobId: string, error: string): Promise<number> {
    const row = await this.root.outboxJob.update({
      where: { jobId },
      data: { claimedUntil: null, lastError: error.slice(0, 1000), attempts: { increment: 1 } },
      select: { attempts: true },
    });
    return row.attempts;
  }

  count(): Promise<number> {
    return this.root.outboxJob.count();
  }
}
