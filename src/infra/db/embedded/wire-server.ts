import { createServer, type Server, type Socket } from 'node:net';
import type { PGlite } from '@electric-sql/pglite';

/**
 * The Postgres wire protocol in front of one PGlite, so node-postgres (and Prisma's pg adapter)
 * talk to the embedded database exactly as to PostgreSQL.
 *
 * PGlite is a single backend: every connection shares its session. What one connection SETs, a
 * named prepared statement it creates, an advisory lock it takes, all the others share (advisory
 * locks are re-entrant within a session, so they exclude nobody here). What keeps connections
 * apart instead: a connection runs whole batches (everything up to a Sync or a simple Query), one
 * batch at a time, so the unnamed statement and portal of the extended protocol are never mixed;
 * and while its last batch left a transaction open it keeps the backend to itself, so a
 * transaction (Prisma's interactive ones, the recognition cap's `pg_advisory_xact_lock`) runs
 * alone until it ends. The migration runner's session lock is taken and released on one
 * connection, and only one process opens a data folder, so nothing else needs it.
 */

const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;
const PROTOCOL_3 = 196608;

/**
 * Messages after which the client waits for an answer: Sync, simple Query, Flush, and
 * PasswordMessage (PGlite asks for none, but a client that sends one waits for the reply).
 */
const BATCH_ENDS = new Set(['S', 'Q', 'H', 'p']);
/** COPY's messages from the client: CopyData, CopyDone, CopyFail. */
const COPY_MESSAGES = new Set(['d', 'c', 'f']);
/**
 * PGlite runs a batch to its end in one call and cannot wait for a client's CopyData: COPY FROM
 * STDIN ends its backend with a fatal protocol error. Such a statement is replaced, before PGlite
 * sees it, by one that fails with this message, so the client gets an ordinary error (its
 * transaction aborted, as after any error) and PGlite is untouched. Supporting COPY would mean
 * holding PGlite inside a call across socket reads, for a statement Hexin never sends.
 */
const COPY_FROM_STDIN = /\bcopy\b[^;]*\bfrom\s+stdin\b/i;
const COPY_REFUSED = `DO $$ BEGIN RAISE EXCEPTION 'COPY FROM STDIN is not supported by the embedded database; use INSERT, or PostgreSQL (DATABASE_URL)' USING ERRCODE = 'feature_not_supported'; END $$`;
const TERMINATE = 'X';
/** ReadyForQuery with status Idle: the only answer after which the backend is free for others. */
const READY_IDLE = Buffer.from([0x5a, 0, 0, 0, 5, 0x49]);
const SYNC = Buffer.from([0x53, 0, 0, 0, 4]);

export interface WireServer {
  close(): Promise<void>;
}

export type WireLog = (message: string, fields: Record<string, unknown>) => void;

interface Batch {
  /** null for a startup message, which belongs to no connection's transaction yet. */
  connection: Connection | null;
  bytes: Uint8Array;
  /** Called with every chunk PGlite answers. */
  reply: (chunk: Uint8Array) => void;
  done: (error?: Error) => void;
}

/**
 * Runs batches on the one backend in arrival order, except that while a connection holds the
 * backend (its transaction is open) only that connection's batches run; the others wait.
 */
class Backend {
  private readonly waiting: Batch[] = [];
  private holder: Connection | null = null;
  private running = false;
  private readonly drained: Array<() => void> = [];
  /** PGlite's answer to the first startup message (AuthenticationOk, ParameterStatus…, ReadyForQuery). */
  private startupAnswer: Buffer | null = null;

  /** Set once PGlite threw: its state is unknown, so nothing runs on it any more. */
  private dead: Error | null = null;

  constructor(
    private readonly db: PGlite,
    private readonly onDead: (error: Error) => void,
  ) {}

  /**
   * Answers a connection's startup message. PGlite answers the first; every later one gets the
   * same answer at once (there is only one backend, one user and one database to describe), so
   * a new connection never waits behind another's open transaction, which would outlast the pool's
   * connect timeout.
   */
  async startup(message: Uint8Array, reply: (chunk: Uint8Array) => void): Promise<void> {
    if (!this.startupAnswer) {
      const chunks: Uint8Array[] = [];
      await this.submit(null, message, (chunk) => chunks.push(chunk));
      const answer = Buffer.concat(chunks);
      if (!answer.subarray(-READY_IDLE.length).equals(READY_IDLE)) {
        reply(answer);
        return;
      }
      this.startupAnswer ??= answer;
    }
    reply(this.startupAnswer);
  }

  submit(connection: Connection | null, bytes: Uint8Array, reply: (chunk: Uint8Array) => void): Promise<void> {
    return new Promise((resolve, reject) => {
      if (this.dead) return reject(this.dead);
      this.waiting.push({ connection, bytes, reply, done: (error) => (error ? reject(error) : resolve()) });
      void this.pump();
    });
  }

  /** A connection went away: its queued batches are dropped, and the transaction it holds is rolled back. */
  release(connection: Connection): void {
    for (let i = this.waiting.length - 1; i >= 0; i--) {
      if (this.waiting[i]!.connection === connection)
        this.waiting.splice(i, 1)[0]!.done(new Error('connection closed'));
    }
    void this.pump();
  }

  /** Resolves once nothing is queued or running (the rollbacks of cut connections included). */
  drain(): Promise<void> {
    if (!this.running && this.waiting.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.drained.push(resolve));
  }

  private async pump(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      for (;;) {
        if (this.dead) break;
        if (this.holder?.closed) {
          // A Sync ends a half-sent extended query; ROLLBACK ends the transaction (an aborted one too).
          try {
            await this.run(Buffer.concat([SYNC, simpleQuery('ROLLBACK')]), () => undefined);
          } catch (error) {
            this.die(error as Error);
            break;
          }
          this.holder = null;
        }
        const index = this.holder ? this.waiting.findIndex((batch) => batch.connection === this.holder) : 0;
        const batch = index >= 0 ? this.waiting.splice(index, 1)[0] : undefined;
        if (!batch) break;
        try {
          const idle = await this.run(batch.bytes, batch.reply);
          this.holder = idle ? null : batch.connection;
          batch.done();
        } catch (error) {
          batch.done(error as Error);
          this.die(error as Error);
        }
      }
    } finally {
      this.running = false;
    }
    for (const resolve of this.drained.splice(0)) resolve();
  }

  /**
   * PGlite answers a failed statement with an ErrorResponse; it throws only when it broke itself
   * (a WebAssembly trap or abort, or it was closed). Which transaction it was left in, and what
   * it still holds, is unknown, so it serves no one again and the owner is told to end.
   */
  private die(error: Error): void {
    if (this.dead) return;
    this.dead = error;
    for (const batch of this.waiting.splice(0)) batch.done(error);
    this.onDead(error);
  }

  /** Runs bytes on PGlite, streaming its answer to reply; true when the backend is left idle, outside any transaction. */
  private async run(bytes: Uint8Array, reply: (chunk: Uint8Array) => void): Promise<boolean> {
    let tail: Buffer = Buffer.alloc(0);
    await this.db.runExclusive(() =>
      this.db.execProtocolRawStream(bytes, {
        onRawData: (view) => {
          // PGlite hands a view of its WebAssembly memory, overwritten by what it answers next;
          // a socket that cannot send it at once keeps only the view, so it is copied first.
          const chunk = Buffer.from(view);
          tail = Buffer.concat([tail, chunk]).subarray(-READY_IDLE.length);
          reply(chunk);
        },
      }),
    );
    return tail.equals(READY_IDLE) && !this.db.isInTransaction();
  }
}

function simpleQuery(sql: string): Buffer {
  const text = Buffer.from(`${sql}\0`, 'utf8');
  const header = Buffer.alloc(5);
  header.write('Q', 0);
  header.writeInt32BE(text.length + 4, 1);
  return Buffer.concat([header, text]);
}

/** A Query or Parse message, with a COPY FROM STDIN in it replaced by COPY_REFUSED. */
function refuseCopyFromStdin(type: 'Q' | 'P', message: Buffer): Buffer {
  if (type === 'Q')
    return COPY_FROM_STDIN.test(message.toString('utf8', 5, message.length - 1)) ? simpleQuery(COPY_REFUSED) : message;
  const nameEnd = message.indexOf(0, 5);
  const queryEnd = message.indexOf(0, nameEnd + 1);
  if (!COPY_FROM_STDIN.test(message.toString('utf8', nameEnd + 1, queryEnd))) return message;
  // Parse: its statement's name kept, the text replaced, no parameter types.
  const body = Buffer.concat([
    message.subarray(5, nameEnd + 1),
    Buffer.from(`${COPY_REFUSED}\0`, 'utf8'),
    Buffer.alloc(2),
  ]);
  const header = Buffer.alloc(5);
  header.write('P', 0);
  header.writeInt32BE(body.length + 4, 1);
  return Buffer.concat([header, body]);
}

/** One client socket: reassembles messages, answers the pre-startup requests, and hands whole batches to the backend. */
class Connection {
  private buffer: Buffer = Buffer.alloc(0);
  private started = false;
  /** Complete messages received since the last batch end. */
  private pending: Buffer[] = [];
  /** Batches are handed over one after the other, in the order they arrived. */
  private chain: Promise<void> = Promise.resolve();
  closed = false;
  /** Terminate was received, or the client closed its side: what came before still runs. */
  private ending = false;

  constructor(
    private readonly socket: Socket,
    private readonly backend: Backend,
    private readonly log: WireLog,
  ) {
    socket.setNoDelay(true);
    socket.on('data', (data) => this.receive(data));
    socket.on('end', () => this.finish());
    socket.on('error', () => this.close());
    socket.on('close', () => this.close());
  }

  private receive(data: Buffer): void {
    this.buffer = this.buffer.length === 0 ? data : Buffer.concat([this.buffer, data]);
    while (!this.closed && !this.ending) {
      if (!this.started) {
        if (this.buffer.length < 8) return;
        const length = this.buffer.readInt32BE(0);
        if (this.buffer.length < length) return;
        const code = this.buffer.readInt32BE(4);
        const message = this.take(length);
        if (code === SSL_REQUEST || code === GSSENC_REQUEST) {
          this.socket.write('N'); // no encryption on a private Unix socket
        } else if (code === PROTOCOL_3) {
          this.started = true;
          this.forward(message, true);
        } else {
          // A CancelRequest (PGlite cannot interrupt a running statement) or a protocol we do not speak.
          this.socket.destroy();
          return;
        }
        continue;
      }
      if (this.buffer.length < 5) return;
      const length = this.buffer.readInt32BE(1) + 1;
      if (this.buffer.length < length) return;
      const type = String.fromCharCode(this.buffer[0]!);
      const message = this.take(length);
      if (type === TERMINATE) {
        this.finish();
        return;
      }
      // Never asked for (see COPY_FROM_STDIN): ignored, as PostgreSQL ignores them outside a copy.
      if (COPY_MESSAGES.has(type)) continue;
      this.pending.push(type === 'Q' || type === 'P' ? refuseCopyFromStdin(type, message) : message);
      if (BATCH_ENDS.has(type)) {
        const batch = Buffer.concat(this.pending);
        this.pending = [];
        this.forward(batch);
      }
    }
  }

  /** Closes once the batches already received have run, so a COMMIT sent just before Terminate is kept. */
  private finish(): void {
    if (this.ending) return;
    this.ending = true;
    this.chain = this.chain.then(() => {
      this.socket.end();
      this.close();
    });
  }

  private take(length: number): Buffer {
    const message = this.buffer.subarray(0, length);
    this.buffer = this.buffer.subarray(length);
    return message;
  }

  private forward(bytes: Buffer, startup = false): void {
    const reply = (chunk: Uint8Array) => {
      if (!this.closed) this.socket.write(chunk);
    };
    this.chain = this.chain.then(async () => {
      if (this.closed) return;
      try {
        await (startup ? this.backend.startup(bytes, reply) : this.backend.submit(this, bytes, reply));
      } catch (error) {
        if (this.closed) return;
        this.log('embedded database failed a request', { err: (error as Error).message });
        this.socket.destroy();
      }
    });
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.backend.release(this);
  }
}

/**
 * Serves db on a Unix socket at socketPath until closed; open connections are cut on close (their
 * transactions rolled back). If PGlite breaks (it throws), the server stops serving, cuts every
 * connection and calls onDead.
 */
export async function startWireServer(
  db: PGlite,
  socketPath: string,
  log: WireLog,
  onDead: (error: Error) => void,
): Promise<WireServer> {
  const sockets = new Set<Socket>();
  const backend = new Backend(db, (error) => {
    server.close();
    for (const socket of sockets) socket.destroy();
    onDead(error);
  });
  // Half-open: after a client's FIN, the batches it sent before still run and are answered.
  const server: Server = createServer({ allowHalfOpen: true }, (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    new Connection(socket, backend, log);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(socketPath, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return {
    close: async () => {
      const stopped = server.listening
        ? new Promise<void>((resolve) => server.close(() => resolve()))
        : Promise.resolve();
      for (const socket of sockets) socket.destroy();
      await stopped;
      // The rollbacks of cut connections run before the caller closes PGlite.
      await backend.drain();
    },
  };
}
