import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  HTTPResponseAck,
  verifySlackRequest,
  type App,
  type BufferedIncomingMessage,
  type Logger as BoltLogger,
  type Receiver,
} from '@slack/bolt';
import type { Logger } from '../shared/logger.ts';
import { isFromInstalledWorkspace, isSslCheck, readEnvelope, type InstalledWorkspace } from './envelope.ts';

/** Slack's bodies are a few kilobytes; a modal's state stays far below this. */
export const BODY_LIMIT_BYTES = 1024 * 1024;
/** Slack signs each request with its time; older than this (or this far ahead) is refused. */
const MAX_SKEW_SECONDS = 5 * 60;
/**
 * Slack gives up on an answer after three seconds and shows the person an error. A listener
 * that has not acknowledged by this time (a form whose save waits on a busy database) is
 * answered empty (200) for it, so Slack never sees Bolt's 404; its later ack() is dropped.
 */
export const LATE_ANSWER_MS = 2_500;

/** In a listener's context: true once the receiver has answered Slack for a listener that was too slow. */
export type AnsweredLate = () => boolean;

class BodyTooLarge extends Error {}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new BodyTooLarge());
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function answer(res: ServerResponse, status: number, body?: unknown): void {
  if (res.headersSent) return;
  if (body === undefined) {
    res.writeHead(status);
    res.end();
    return;
  }
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

const header = (req: IncomingMessage, name: string): string | undefined => {
  const value = req.headers[name];
  return typeof value === 'string' ? value : undefined;
};

/**
 * Our own Bolt receiver for /slack/events. In order: the body is read (1 MB at most); the
 * signature and its time are checked (401); the envelope is parsed and checked with zod (400);
 * a request naming another workspace is refused (200, nothing done); only then does Bolt's
 * `processEvent` see it, with Bolt's own HTTP ack. Every refusal writes one warn line.
 *
 * Another workspace gets 200 rather than a 4xx: a correctly signed request from it means the
 * app was installed there too, and Slack retries events answered with an error; the 200 tells
 * Slack to stop, and nothing is done.
 */
export class SlackHttpReceiver implements Receiver {
  private app: App | null = null;

  constructor(
    private readonly options: {
      signingSecret: string;
      installed: InstalledWorkspace;
      log: Logger;
      boltLogger: BoltLogger;
      /** Tells the person behind an interactive request from another workspace that it was not served. */
      tellOtherWorkspace?: (body: Record<string, unknown>, responseUrl: string) => Promise<void>;
    },
  ) {}

  init(app: App): void {
    this.app = app;
  }

  /** Our HTTP server is started by src/slack/http-server.ts; Bolt's start/stop have nothing to do. */
  start(): Promise<void> {
    return Promise.resolve();
  }

  stop(): Promise<void> {
    return Promise.resolve();
  }

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const { log } = this.options;
    const refuse = (status: number, reason: string, fields: Record<string, unknown> = {}) => {
      log.warn({ status, ...fields, reason }, 'slack request refused');
      answer(res, status);
    };
    let raw: Buffer;
    try {
      raw = await readBody(req, BODY_LIMIT_BYTES);
    } catch (error) {
      if (error instanceof BodyTooLarge) return refuse(413, 'body too large');
      return refuse(400, 'body could not be read');
    }
    const text = raw.toString('utf8');
    const contentType = header(req, 'content-type');
    if (isSslCheck(contentType, text)) return answer(res, 200);

    const signature = header(req, 'x-slack-signature');
    const stampText = header(req, 'x-slack-request-timestamp');
    const stamp = Number(stampText);
    if (!signature || !stampText || !Number.isInteger(stamp)) return refuse(401, 'unsigned');
    if (stamp - Date.now() / 1000 > MAX_SKEW_SECONDS) return refuse(401, 'timestamp in the future');
    try {
      verifySlackRequest({
        signingSecret: this.options.signingSecret,
        body: text,
        headers: { 'x-slack-signature': signature, 'x-slack-request-timestamp': stamp },
      });
    } catch (error) {
      return refuse(401, (error as Error).message);
    }

    const read = readEnvelope(contentType, text);
    if (!read.ok) return refuse(400, 'malformed envelope', { problem: read.problem });
    const { envelope } = read;
    if (envelope.kind === 'ssl_check') return answer(res, 200);
    if (envelope.kind === 'url_verification') return answer(res, 200, { challenge: envelope.challenge });
    if (!isFromInstalledWorkspace(envelope.origin, this.options.installed)) {
      refuse(200, 'another workspace', { teams: envelope.origin.teams, enterprises: envelope.origin.enterprises });
      if (envelope.kind === 'bolt' && envelope.responseUrl)
        await this.options.tellOtherWorkspace?.(envelope.body, envelope.responseUrl);
      return;
    }
    if (envelope.kind === 'app_rate_limited') {
      log.warn('Slack is rate-limiting events to this app for the current minute');
      return answer(res, 200);
    }
    await this.dispatch(req, res, raw, envelope.body, envelope.label);
  }

  private async dispatch(
    req: IncomingMessage,
    res: ServerResponse,
    raw: Buffer,
    body: Record<string, unknown>,
    label: string,
  ): Promise<void> {
    const { log } = this.options;
    const buffered = Object.assign(req, { rawBody: raw }) as BufferedIncomingMessage;
    let answeredLate = false;
    let lateAckLogged = false;
    const httpAck: HTTPResponseAck = new HTTPResponseAck({
      logger: this.options.boltLogger,
      processBeforeResponse: false,
      httpRequest: buffered,
      httpRequestBody: body,
      httpResponse: res,
      unhandledRequestTimeoutMillis: LATE_ANSWER_MS,
      unhandledRequestHandler: ({ response }) => {
        answeredLate = true;
        httpAck.ack();
        log.warn(
          { request: label, afterMs: LATE_ANSWER_MS },
          'a listener had not acknowledged in time; Slack was answered empty',
        );
        answer(response, 200);
      },
    });
    const boltAck = httpAck.bind();
    // After the late answer a listener's ack() has nowhere to go: it is dropped (logged once),
    // never thrown, so work that succeeded is not turned into a failure or a second answer.
    const ack: typeof boltAck = async (response) => {
      if (!answeredLate) return boltAck(response);
      if (!lateAckLogged)
        log.warn({ request: label }, 'a listener acknowledged after Slack was answered; its answer was dropped');
      lateAckLogged = true;
    };
    const answeredLateCheck: AnsweredLate = () => answeredLate;
    const retry = Number(header(req, 'x-slack-retry-num'));
    try {
      await this.app?.processEvent({
        body,
        ack,
        customProperties: { answeredLate: answeredLateCheck },
        ...(Number.isInteger(retry) && { retryNum: retry }),
        ...(header(req, 'x-slack-retry-reason') && { retryReason: header(req, 'x-slack-retry-reason') }),
      });
      // Every listener has finished; if none acknowledged (one failed before its ack, already
      // logged by the app's error handler), Slack is answered now rather than after 3 s with 404.
      if (!res.headersSent) {
        httpAck.ack();
        this.options.log.warn({ request: label }, 'no listener acknowledged the request; answered empty');
        answer(res, 200);
      }
    } catch (error) {
      // Bolt rethrows only what no error handler took; the request is answered, never left at 500.
      this.options.log.error(
        {
          request: label,
          err: error instanceof Error ? { message: error.message, stack: error.stack } : String(error),
        },
        'Bolt could not process a request',
      );
      httpAck.ack();
      answer(res, 200);
    }
  }
}
