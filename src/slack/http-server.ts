import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { HTTPReceiver } from '@slack/bolt';
import type { Logger } from '../shared/logger.ts';

/** Slack signs each request with its time; older than this (or this far ahead) is refused. */
const MAX_SKEW_SECONDS = 5 * 60;
/** A health check that cannot answer in this time is reported unhealthy rather than left hanging. */
const HEALTH_TIMEOUT_MS = 2000;

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    work.then(
      (value) => (clearTimeout(timer), resolve(value)),
      (error: unknown) => (clearTimeout(timer), reject(error)),
    );
  });
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

/**
 * The app's HTTP front: /healthz for load balancers, /slack/events for Slack. Bolt checks
 * the signature and refuses stale requests; we also refuse timestamps from the future,
 * which Bolt lets through, before the body is read.
 */
export function createHttpServer(receiver: HTTPReceiver, log: Logger, health: () => Promise<Record<string, unknown>>): Server {
  return createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method === 'GET' && path === '/healthz') {
      withTimeout(health(), HEALTH_TIMEOUT_MS).then(
        (status) => send(res, 200, { ok: true, ...status }),
        (error: Error) => send(res, 503, { ok: false, error: error.message }),
      );
      return;
    }
    if (path === '/slack/events') {
      const stamp = Number(req.headers['x-slack-request-timestamp']);
      if (Number.isFinite(stamp) && stamp - Date.now() / 1000 > MAX_SKEW_SECONDS) {
        log.warn({ path }, 'request refused: timestamp in the future');
        send(res, 401, { ok: false });
        req.resume();
        return;
      }
      receiver.requestListener(req, res);
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
