import { AppError } from '../../shared/errors.ts';

/** SQLSTATE classes and codes that mean "the server went away or is not ready", not "the query was wrong". */
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300']);
const CONNECTION_EXCEPTION_CLASS = '08';
/** Node socket errors of a connection that could not be made or was cut. */
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);
/** Prisma's codes for an unreachable server, a timed-out connection or pool, and a closed connection. */
const PRISMA_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024']);
/** The driver adapter's kinds for the same (carried in a Prisma error's meta.driverAdapterError.cause). */
const ADAPTER_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections']);
/** node-postgres says these in words only (no code). */
const MESSAGES = [
  /Connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /Can't reach database server/i,
  /Client has encountered a connection error/i,
  /database did not answer within/i,
];

interface ErrorShape {
  code?: unknown;
  kind?: unknown;
  message?: unknown;
  cause?: unknown;
  meta?: { driverAdapterError?: { cause?: unknown } };
}

function matches(error: ErrorShape): boolean {
  const code = typeof error.code === 'string' ? error.code : '';
  if (UNAVAILABLE_SQLSTATES.has(code) || SOCKET_CODES.has(code) || PRISMA_CODES.has(code)) return true;
  if (/^[0-9A-Z]{5}$/.test(code) && code.startsWith(CONNECTION_EXCEPTION_CLASS)) return true;
  if (typeof error.kind === 'string' && ADAPTER_KINDS.has(error.kind)) return true;
  return typeof error.message === 'string' && MESSAGES.some((pattern) => pattern.test(error.message as string));
}

/**
 * True when an error means the database cannot be reached right now (a restart, a failover, an
 * outage), whichever layer raised it: node-postgres, the Prisma driver adapter or Prisma itself.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length > 0) {
    const next = queue.shift();
    if (next === null || typeof next !== 'object' || seen.has(next)) continue;
    seen.add(next);
    const shape = next as ErrorShape;
    if (matches(shape)) return true;
    queue.push(shape.cause, shape.meta?.driverAdapterError, shape.meta?.driverAdapterError?.cause);
  }
  return false;
}

export const DATABASE_UNAVAILABLE = 'DB_UNAVAILABLE';

/** The one error every database outage becomes: the person is told to try again in a minute. */
export function databaseUnavailable(): AppError {
  return new AppError(DATABASE_UNAVAILABLE, 'common.error.database_unavailable');
}
