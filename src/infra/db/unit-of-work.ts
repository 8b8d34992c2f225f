import { AsyncLocalStorage } from 'node:async_hooks';
import type { Db, RawSql } from './database.ts';
import type { Prisma } from './generated/client.ts';

interface OpenUnit {
  /** The transaction's client, seen by repositories as a Db whose `$transaction` joins it. */
  client: Db;
  afterCommit: Array<() => void>;
}

const open = new AsyncLocalStorage<OpenUnit>();

/**
 * Waiting for PGlite's one backend (another transaction holds it) or a busy pool can take longer than Prisma's 2 s default.
 * On PGlite transactions run one at a time, and a query waiting behind one counts against pg's
 * query timeout (20 s, database.ts); so a transaction may last at most 15 s, or a long but legal
 * one would time out everybody else's queries.
 */
const TRANSACTION_OPTIONS = { maxWait: 15_000, timeout: 15_000 } as const;

/**
 * The transaction as a Db: a repository that opens its own `$transaction` (a lock held for a
 * few statements) runs it on the unit of work's transaction, so the lock lasts until that commits.
 */
function joined(tx: Prisma.TransactionClient): Db {
  const join = (work: unknown) =>
    typeof work === 'function' ? work(tx) : Promise.all(work as Array<Promise<unknown>>);
  return new Proxy(tx, {
    get: (target, key) => (key === '$transaction' ? join : Reflect.get(target, key)),
  }) as unknown as Db;
}

/** What a repository queries through: the open unit of work's transaction, else the root client. */
export function currentClient(root: Db): Db {
  return open.getStore()?.client ?? root;
}

/**
 * Hand-written SQL (raw-rows.ts): inside a unit of work on its transaction, so it sees what the
 * unit wrote and commits with it; outside one straight on the pool.
 */
export function rawThrough(direct: RawSql): RawSql {
  return <Row>(query: Prisma.Sql) => {
    // Outside a unit a Date would be stored as local time, inside one as UTC (raw-rows.ts).
    if (query.values.some((value) => value instanceof Date)) {
      return Promise.reject(
        new Error('hand-written SQL takes dates as ISO text cast in the query, not as Date values'),
      );
    }
    const unit = open.getStore();
    return unit ? unit.client.$queryRaw<Row[]>(query) : direct<Row>(query);
  };
}

/**
 * Runs work in one transaction that every repository call inside it joins, so what it saves and
 * the outbox rows it writes commit together or not at all. Inside another unit it joins that one.
 */
export async function unitOfWork<T>(root: Db, work: () => Promise<T>): Promise<T> {
  if (open.getStore()) return work();
  const afterCommit: Array<() => void> = [];
  const result = await root.$transaction(
    (tx) => open.run({ client: joined(tx), afterCommit }, work),
    TRANSACTION_OPTIONS,
  );
  for (const hook of afterCommit) hook();
  return result;
}

/** Runs hook once the open unit of work has committed (never if it rolls back); at once outside one. */
export function afterCommit(hook: () => void): void {
  const unit = open.getStore();
  if (unit) unit.afterCommit.push(hook);
  else hook();
}
