import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from '../../src/infra/db/unavailable.ts';

/** Shapes measured from node-postgres, @prisma/adapter-pg and Prisma 6 with the server stopped or restarting. */
const socketRefused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), {
  code: 'ECONNREFUSED',
  syscall: 'connect',
  errno: -111,
});
const adminShutdown = Object.assign(new Error('terminating connection due to administrator command'), {
  code: '57P01',
  severity: 'FATAL',
});
const startingUp = Object.assign(new Error('the database system is starting up'), { code: '57P03', severity: 'FATAL' });
const prismaUnreachable = Object.assign(new Error("Can't reach database server at 127.0.0.1:5432"), {
  name: 'PrismaClientKnownRequestError',
  code: 'P1001',
  meta: {
    driverAdapterError: {
      name: 'DriverAdapterError',
      cause: { kind: 'DatabaseNotReachable', host: '127.0.0.1', port: 5432 },
    },
  },
});
const prismaRawQuery = Object.assign(new Error('Raw query failed. Code: `N/A`.'), {
  name: 'PrismaClientKnownRequestError',
  code: 'P2010',
  meta: { driverAdapterError: { name: 'DriverAdapterError', cause: { kind: 'DatabaseNotReachable' } } },
});
const adapterPostgres = Object.assign(new Error('Raw query failed'), {
  code: 'P2010',
  meta: { driverAdapterError: { cause: { kind: 'postgres', code: '57P01' } } },
});
const poolTimeout = new Error('timeout exceeded when trying to connect');
const terminated = new Error('Connection terminated unexpectedly');
const wrapped = new Error('listener failed', { cause: adminShutdown });

describe('telling a database outage from a wrong query', () => {
  it('when the server is away, restarting or unreachable at any layer, then it is an outage', () => {
    for (const error of [
      socketRefused,
      adminShutdown,
      startingUp,
      prismaUnreachable,
      prismaRawQuery,
      adapterPostgres,
      poolTimeout,
      terminated,
      wrapped,
    ]) {
      expect({ error: error.message, unavailable: isDatabaseUnavailable(error) }).toEqual({
        error: error.message,
        unavailable: true,
      });
    }
  });

  it('when a query is wrong or a rule is broken, then it is not an outage', () => {
    const unique = Object.assign(new Error('Unique constraint failed'), {
      code: 'P2002',
      meta: { driverAdapterError: { cause: { kind: 'UniqueConstraintViolation' } } },
    });
    const syntax = Object.assign(new Error('syntax error at or near "SELEC"'), { code: '42601', severity: 'ERROR' });
    const loop: { cause?: unknown } & Error = new Error('loop');
    loop.cause = loop;
    for (const error of [unique, syntax, new TypeError('x is undefined'), loop, null, undefined, 'Connection', 42]) {
      expect(isDatabaseUnavailable(error)).toBe(false);
    }
  });
});
