import type { Worker } from 'node:worker_threads';
import { siblingModule, startThread } from '../threads/start-thread.ts';
import type { ChartReply, ChartRequest } from './thread.ts';

const THREAD_URL = siblingModule(import.meta.url, 'thread');
/** A thread with nothing to draw for this long ends; the next chart starts another. */
const IDLE_MS = 60_000;

/** A drawn chart, and which thread drew it. */
export interface DrawnChart {
  png: Buffer;
  threadId: number;
}

/**
 * Charts drawn in a worker thread of their own (thread.ts), started on the first chart and
 * ended after a minute with nothing to draw. It never keeps the process alive, so a shutdown
 * needs nothing of it; a thread that dies fails the charts it held, and the next starts anew.
 */
export class ChartThread {
  private worker: Worker | null = null;
  private next = 1;
  private readonly pending = new Map<
    number,
    { worker: Worker; resolve: (chart: DrawnChart) => void; reject: (error: Error) => void }
  >();
  private idle: NodeJS.Timeout | null = null;

  constructor(private readonly idleMs = IDLE_MS) {}

  /** The PNG of a Vega-Lite spec. */
  readonly render = async (spec: Record<string, unknown>): Promise<Buffer> => (await this.draw(spec)).png;

  draw(spec: Record<string, unknown>): Promise<DrawnChart> {
    const worker = this.started();
    this.stopIdleTimer();
    const id = this.next++;
    return new Promise<DrawnChart>((resolve, reject) => {
      this.pending.set(id, { worker, resolve, reject });
      try {
        worker.postMessage({ id, spec } satisfies ChartRequest);
      } catch (error) {
        // A spec that cannot be copied to the thread never reaches it.
        this.pending.delete(id);
        this.idleUnlessBusy();
        reject(error);
      }
    });
  }

  /** Ends the thread now (tests); charts still being drawn fail. */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    this.stopIdleTimer();
    await worker?.terminate();
  }

  private started(): Worker {
    if (this.worker) return this.worker;
    const worker = startThread(THREAD_URL, null);
    worker.unref();
    worker.on('message', (reply: ChartReply) => this.settle(reply));
    worker.on('error', (error) => this.fail(worker, error));
    // A reply that cannot be read leaves its chart unanswered: the thread is ended, failing what it held.
    worker.on('messageerror', () => void worker.terminate());
    worker.on('exit', (code) => this.fail(worker, new Error(`the chart thread ended (exit code ${code})`)));
    this.worker = worker;
    return worker;
  }

  private settle(reply: ChartReply): void {
    const waiting = this.pending.get(reply.id);
    this.pending.delete(reply.id);
    if ('error' in reply) waiting?.reject(new Error(reply.error));
    else
      waiting?.resolve({
        png: Buffer.from(reply.png.buffer, reply.png.byteOffset, reply.png.byteLength),
        threadId: reply.threadId,
      });
    this.idleUnlessBusy();
  }

  /** Ends the current thread after the idle time unless it still has charts to draw. */
  private idleUnlessBusy(): void {
    const worker = this.worker;
    if (!worker || [...this.pending.values()].some((waiting) => waiting.worker === worker)) return;
    this.stopIdleTimer();
    this.idle = setTimeout(() => void this.close(), this.idleMs);
    this.idle.unref();
  }

  private stopIdleTimer(): void {
    if (this.idle) clearTimeout(this.idle);
    this.idle = null;
  }

  private fail(worker: Worker, error: Error): void {
    if (this.worker === worker) this.worker = null;
    for (const [id, waiting] of this.pending)
      if (waiting.worker === worker) {
        this.pending.delete(id);
        waiting.reject(error);
      }
    this.idleUnlessBusy();
  }
}
