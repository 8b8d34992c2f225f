import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../shared/logger.ts';
import type { SlackHttpReceiver } from './receiver.ts';
/** A health check that cannot answer in this time is reported unhealthy rather than left hanging. */
const HEALTH_TIMEOUT_MS = 2000;

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    work.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

/**
 * The app's HTTP front: /healthz for load balancers (503 while the database or Redis cannot
 * answer), /slack/events for Slack through our receiver (src/slack/receiver.ts), which checks
 * the signature, its time and the envelope before Bolt sees a request.
 */
export function createHttpServer(
  receiver: SlackHttpReceiver,
  log: Logger,
  health: () => Promise<Record<string, unknown>>,
): Server {
  return createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method === 'GET' && path === '/healthz') {
      withTimeout(health(), HEALTH_TIMEOUT_MS).then(
        (status) => send(res, 200, { ok: true, ...status }),
        (error: Error) => send(res, 503, { ok: false, error: error.message }),
      );
      return;
    }
    if (req.method === 'POST' && path === '/slack/events') {
      receiver.handle(req, res).catch((error: Error) => {
        log.error({ path, err: { message: error.message, stack: error.stack } }, 'request failed in the receiver');
        if (!res.headersSent) send(res, 400, { ok: false });
      });
      return;
    }
    send(res, 404, { ok: false });
  });
}

export function listen(server: Server, port: number, host = '0.0.0.0'): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve((server.address() as AddressInfo).port));
  });
}
