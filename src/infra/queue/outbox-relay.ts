import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { OutboxEntry, PrismaOutboxStore } from '../db/repositories/outbox.ts';
import type { Logger } from '../../shared/logger.ts';

export interface OutboxRelayOptions {
  /** Rows per claim and per addBulk: small enough that one addBulk holds the event loop only briefly. */
  batchSize?: number;
  /** How long a claim keeps other relays off the rows; a relay that dies lets go after this. */
  leaseMs?: number;
  /** The sweep that picks up what a kick could not move (Redis down, a process that died). */
  sweepMs?: number;
  /** How many times the queue, while up, may refuse one row before it is set aside for an operator. */
  maxAttempts?: number;
  /** While the queue cannot be reached, how often the warning is repeated. */
  warnEveryMs?: number;
}

/**
 * Moves outbox rows to BullMQ under their deterministic ids (a repeat is refused by BullMQ, so
 * a row added twice runs once) and deletes them once added. Kicked after each commit that wrote
 * rows, and swept every second; never throws: a failure is logged and the rows wait.
 *
 * addBulk is all or nothing, so when a batch is refused while Redis is up, its rows are added
 * one by one: the good ones go, and a row the queue itself refuses `maxAttempts` times is set
 * aside (kept in the table, never claimed again) with one error line naming its job.
 */
export class OutboxRelay {
  private running: Promise<void> | null = null;
  private again = false;
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;
  /** Since when the queue could not be reached, or null while it can. */
  private failingSince: number | null = null;
  private lastWarnAt = 0;
  private readonly batchSize: number;
  private readonly leaseMs: number;
  private readonly sweepMs: number;
  private readonly maxAttempts: number;
  private readonly warnEveryMs: number;

  constructor(
    private readonly outbox: PrismaOutboxStore,
    private readonly queue: Queue,
    /** The queue's connection: a refusal while it is ready is about the rows, not an outage. */
    private readonly connection: Pick<Redis, 'status'>,
    private readonly log: Logger,
    options: OutboxRelayOptions = {},
  ) {
    this.batchSize = options.batchSize ?? 100;
    this.leaseMs = options.leaseMs ?? 30_000;
    this.sweepMs = options.sweepMs ?? 1_000;
    this.maxAttempts = options.maxAttempts ?? 10;
    this.warnEveryMs = options.warnEveryMs ?? 60_000;
  }

  /** Relay now; if a run is under way, run once more after it. */
  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.relayAll().finally(() => {
      this.running = null;
      if (this.again) {
        this.again = false;
        this.kick();
      }
    });
  }

  /** Starts the periodic sweep (idempotent). */
  start(): void {
    if (this.timer || this.stopped) return;
    this.timer = setInterval(() => this.kick(), this.sweepMs);
    this.timer.unref();
    this.kick();
  }

  /** Stops sweeping and waits for the run in progress; rows left are for another relay. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  private async relayAll(): Promise<void> {
    try {
      for (;;) {
        const rows = await this.outbox.claim(this.batchSize, this.leaseMs, this.maxAttempts);
        if (rows.length === 0) break;
        const ids = rows.map((row) => row.jobId);
        try {
          await this.queue.addBulk(rows.map((row) => this.jobOf(row)));
        } catch (error) {
          if (!this.queueIsUp()) {
            await this.outbox.release(ids, (error as Error).message);
            this.reportOutage(error, rows.length);
            return;
          }
          if (!(await this.addOneByOne(rows))) return;
          if (rows.length < this.batchSize) break;
          continue;
        }
        await this.outbox.remove(ids);
        this.recovered(rows.length);
        if (rows.length < this.batchSize) break;
      }
    } catch (error) {
      this.reportOutage(error, 0);
    }
  }

  private jobOf(row: OutboxEntry) {
    return {
      name: row.name,
      data: row.data,
      opts: { jobId: row.jobId, delay: Math.max(0, row.runAt.getTime() - Date.now()) },
    };
  }

  private queueIsUp(): boolean {
    return this.connection.status === 'ready';
  }

  /** After a refused batch: each row on its own. False when the queue went away meanwhile (the rest wait). */
  private async addOneByOne(rows: OutboxEntry[]): Promise<boolean> {
    for (const [index, row] of rows.entries()) {
      try {
        await this.queue.add(row.name, row.data, this.jobOf(row).opts);
      } catch (error) {
        const message = (error as Error).message;
        if (!this.queueIsUp()) {
          await this.outbox.release(
            rows.slice(index).map((r) => r.jobId),
            message,
          );
          this.reportOutage(error, rows.length - index);
          return false;
        }
        const attempts = await this.outbox.refused(row.jobId, message);
        // The payload is never logged: it may carry what a person wrote.
        if (attempts >= this.maxAttempts)
          this.log.error(
            { jobId: row.jobId, name: row.name, attempts, err: message },
            'the queue refused an outbox job; it is set aside in the database for an operator',
          );
        continue;
      }
      await this.outbox.remove([row.jobId]);
    }
    this.recovered(rows.length);
    return true;
  }

  private recovered(jobs: number): void {
    if (this.failingSince !== null) this.log.info({ jobs }, 'outbox relay recovered');
    this.failingSince = null;
  }

  /** A warning when an outage begins, then one every `warnEveryMs` while it lasts: the rows wait in the database meanwhile. */
  private reportOutage(error: unknown, jobs: number): void {
    const now = Date.now();
    if (this.failingSince === null) this.failingSince = now;
    else if (now - this.lastWarnAt < this.warnEveryMs) return;
    this.lastWarnAt = now;
    this.log.warn(
      { err: (error as Error).message, jobs, outageMs: now - this.failingSince },
      'outbox relay could not move jobs to the queue; they wait in the database',
    );
  }
}
