import type { Queue } from 'bullmq';
import type { PrismaOutboxStore } from '../db/repositories/outbox.ts';
import type { Logger } from '../../shared/logger.ts';

export interface OutboxRelayOptions {
  /** Rows per claim and per addBulk. */
  batchSize?: number;
  /** How long a claim keeps other relays off the rows; a relay that dies lets go after this. */
  leaseMs?: number;
  /** The sweep that picks up what a kick could not move (Redis down, a process that died). */
  sweepMs?: number;
}

/**
 * Moves outbox rows to BullMQ under their deterministic ids (a repeat is refused by BullMQ, so
 * a row added twice runs once) and deletes them once added. Kicked after each commit that wrote
 * rows, and swept every second; never throws: a failure is logged and the rows wait.
 */
export class OutboxRelay {
  private running: Promise<void> | null = null;
  private again = false;
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;
  private failing = false;
  private readonly batchSize: number;
  private readonly leaseMs: number;
  private readonly sweepMs: number;

  constructor(
    private readonly outbox: PrismaOutboxStore,
    private readonly queue: Queue,
    private readonly log: Logger,
    options: OutboxRelayOptions = {},
  ) {
    this.batchSize = options.batchSize ?? 500;
    this.leaseMs = options.leaseMs ?? 30_000;
    this.sweepMs = options.sweepMs ?? 1_000;
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
        const rows = await this.outbox.claim(this.batchSize, this.leaseMs);
        if (rows.length === 0) break;
        const ids = rows.map((row) => row.jobId);
        const now = Date.now();
        try {
          await this.queue.addBulk(rows.map((row) => ({ name: row.name, data: row.data, opts: { jobId: row.jobId, delay: Math.max(0, row.runAt.getTime() - now) } })));
        } catch (error) {
          await this.outbox.release(ids, (error as Error).message);
          this.reportFailure(error, rows.length);
          return;
        }
        await this.outbox.remove(ids);
        if (this.failing) this.log.info({ jobs: rows.length }, 'outbox relay recovered');
        this.failing = false;
        if (rows.length < this.batchSize) break;
      }
    } catch (error) {
      this.reportFailure(error, 0);
    }
  }

  /** One warning per outage, not one a second: the rows wait in the database meanwhile. */
  private reportFailure(error: unknown, jobs: number): void {
    if (!this.failing) this.log.warn({ err: (error as Error).message, jobs }, 'outbox relay could not move jobs to the queue; they wait in the database');
    this.failing = true;
  }
}
