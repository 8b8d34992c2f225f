/**
 * The load generator: a process of its own (started by LoadGenerator below), so its work
 * never shares an event loop with the app it measures.
 *
 * Open loop: request i of a slice is sent at start + i / rate whatever the earlier ones are
 * doing, and its latency runs from that scheduled moment to the end of its answer. A slow
 * server therefore shows its whole delay (no coordinated omission): a closed loop would send
 * less while the server stalls and hide the stall. Connections are kept alive (undici Pool,
 * enough of them that the client never queues), every request a distinct signed body. A
 * request with no answer (refused, reset, or given up on at the pool's 30 s timeouts) counts
 * in the latencies too, as the time from its scheduled send to its failure.
 */
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import type { ChildProcess } from 'node:child_process';
import { Pool } from 'undici';
import { forkNode } from './processes.ts';
import { signedCommand, type CommandRequest } from './slack-requests.ts';

/** Slack gives up on an answer after this long. */
export const SLACK_DEADLINE_MS = 3000;

export interface SliceRequest {
  /** e.g. http://127.0.0.1:3000 */
  origin: string;
  path: string;
  secret: string;
  workspace: string;
  command: string;
  users: string[];
  channel: string;
  responseUrlBase: string;
  /** Trigger ids are `${triggerPrefix}${n}`: the fake Slack's views.open calls tell whose they were. */
  triggerPrefix: string;
  rate: number;
  durationMs: number;
}

export interface SliceResult {
  sent: number;
  /**
   * Milliseconds from each request's scheduled send to the end of its answer, or, for a request
   * that got none, to its failure: a server too slow to answer at all shows in the percentiles.
   */
  latencies: number[];
  statuses: Record<string, number>;
  /** Requests that got no HTTP answer at all (connection refused, reset, timeout). */
  failed: number;
  overDeadline: number;
}

type Message = { id: number; slice: SliceRequest } | { id: number; end: true } | { id: number; stop: true };

// --- the child side ---------------------------------------------------------------------------

const pools = new Map<string, Pool>();
/** Slices asked to end early: no more sends are scheduled, those in flight are awaited. */
const endedEarly = new Set<number>();
let triggerCounter = 0;

function pool(origin: string): Pool {
  let found = pools.get(origin);
  if (!found) {
    found = new Pool(origin, {
      connections: 256,
      pipelining: 1,
      keepAliveTimeout: 60_000,
      keepAliveMaxTimeout: 60_000,
      headersTimeout: 30_000,
      bodyTimeout: 30_000,
    });
    pools.set(origin, found);
  }
  return found;
}

async function runSlice(id: number, slice: SliceRequest): Promise<SliceResult> {
  let count = Math.round((slice.rate * slice.durationMs) / 1000);
  // Signed as it goes out, so a long slice's timestamps stay as fresh as Slack's.
  const request = (i: number): CommandRequest => {
    triggerCounter += 1;
    return signedCommand(slice.secret, {
      workspace: slice.workspace,
      command: slice.command,
      text: '',
      user: slice.users[i % slice.users.length]!,
      channel: slice.channel,
      triggerId: `${slice.triggerPrefix}${triggerCounter}`,
      responseUrl: `${slice.responseUrlBase}${triggerCounter}`,
    });
  };
  const target = pool(slice.origin);
  const interval = 1000 / slice.rate;
  const start = performance.now() + 5;
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let failed = 0;
  let overDeadline = 0;
  const inFlight: Promise<void>[] = [];

  const send = (i: number) => {
    const scheduled = start + i * interval;
    const { headers, body } = request(i);
    inFlight.push(
      target.request({ path: slice.path, method: 'POST', headers, body }).then(
        async (res) => {
          await res.body.dump();
          const latency = performance.now() - scheduled;
          latencies.push(latency);
          if (latency > SLACK_DEADLINE_MS) overDeadline += 1;
          statuses[res.statusCode] = (statuses[res.statusCode] ?? 0) + 1;
        },
        () => {
          // Refused, reset, or given up on after the pool's timeouts: counted as that slow.
          const latency = performance.now() - scheduled;
          latencies.push(latency);
          if (latency > SLACK_DEADLINE_MS) overDeadline += 1;
          failed += 1;
        },
      ),
    );
  };

  let next = 0;
  await new Promise<void>((resolve) => {
    const wake = () => {
      if (endedEarly.delete(id)) count = next;
      const now = performance.now();
      // Everything whose time has come goes out now, however late the timer woke.
      while (next < count && start + next * interval <= now) send(next++);
      if (next >= count) return resolve();
      setTimeout(wake, Math.max(0, start + next * interval - performance.now()));
    };
    setTimeout(wake, Math.max(0, start - performance.now()));
  });
  await Promise.all(inFlight);
  return { sent: next, latencies, statuses, failed, overDeadline };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.on('message', (message: Message) => {
    if ('end' in message) {
      endedEarly.add(message.id);
      return;
    }
    if ('stop' in message) {
      void Promise.all([...pools.values()].map((p) => p.close())).finally(() => process.exit(0));
      return;
    }
    runSlice(message.id, message.slice).then(
      (result) => process.send!({ id: message.id, result }),
      (error: Error) => process.send!({ id: message.id, error: error.message }),
    );
  });
  // Gone with its parent, even if the parent was killed.
  process.on('disconnect', () => process.exit(0));
}

// --- the parent side --------------------------------------------------------------------------

export class LoadGenerator {
  private nextId = 0;
  private readonly waiting = new Map<number, { resolve: (r: SliceResult) => void; reject: (e: Error) => void }>();

  private constructor(private readonly child: ChildProcess) {
    child.on('message', (message: { id: number; result?: SliceResult; error?: string }) => {
      const waiter = this.waiting.get(message.id);
      this.waiting.delete(message.id);
      if (message.result) waiter?.resolve(message.result);
      else waiter?.reject(new Error(`load generator: ${message.error}`));
    });
    child.once('exit', (code) => {
      for (const waiter of this.waiting.values()) waiter.reject(new Error(`load generator exited ${code}`));
      this.waiting.clear();
    });
  }

  static start(): LoadGenerator {
    return new LoadGenerator(forkNode(['--import', 'tsx', fileURLToPath(import.meta.url)]));
  }

  slice(slice: SliceRequest): Promise<SliceResult> {
    return this.open(slice).result;
  }

  /** A slice that `end()` can cut short (its requests sent so far are still all awaited). */
  open(slice: SliceRequest): { result: Promise<SliceResult>; end(): void } {
    this.nextId += 1;
    const id = this.nextId;
    const result = new Promise<SliceResult>((resolve, reject) => {
      if (!this.child.connected) return reject(new Error('load generator is not running'));
      this.waiting.set(id, { resolve, reject });
      this.child.send({ id, slice } satisfies Message);
    });
    return { result, end: () => void (this.child.connected && this.child.send({ id, end: true } satisfies Message)) };
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null || !this.child.connected) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.send({ id: 0, stop: true } satisfies Message);
    await exited;
  }
}

/** Slices of one target added together. */
export function combine(results: SliceResult[]): SliceResult {
  const statuses: Record<string, number> = {};
  for (const r of results)
    for (const [code, n] of Object.entries(r.statuses)) statuses[code] = (statuses[code] ?? 0) + n;
  return {
    sent: results.reduce((n, r) => n + r.sent, 0),
    latencies: results.flatMap((r) => r.latencies),
    statuses,
    failed: results.reduce((n, r) => n + r.failed, 0),
    overDeadline: results.reduce((n, r) => n + r.overDeadline, 0),
  };
}

/** Answers other than 200, counting requests that got no answer at all. */
export const non200 = (r: SliceResult): number =>
  r.failed + Object.entries(r.statuses).reduce((n, [code, count]) => n + (code === '200' ? 0 : count), 0);
