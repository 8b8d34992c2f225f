/**
 * A fake Slack Web API for tests.
 *
 * It is a real HTTP server bound to 127.0.0.1 on a free port. Point a
 * `WebClient` at it with `new WebClient(token, { slackApiUrl: fake.apiUrl })`.
 * It understands what `@slack/web-api` sends (form-encoded bodies with
 * JSON-encoded object fields, JSON bodies, multipart bodies for binary data),
 * records every call, and answers in Slack's shapes. Failures (platform errors
 * and HTTP 429 rate limits) can be queued per method, and a workspace rate limit
 * can be enforced as Slack does (see FakeRateLimit).
 *
 * Like Slack it refuses what the app's bot scopes do not allow (by default the scopes of the
 * repository's manifest.yml: see FakeSlackOptions.scopes) and what the bot may not do in a
 * channel it is not in or that is archived (see removeBotFrom and archive).
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parse as parseYaml } from 'yaml';
import { blockKitRefusal, type BlockKitRefusal } from './block-kit-check.ts';

export type CallOutcome = 'ok' | 'error' | 'rate_limited';

export interface RecordedCall {
  /** Web API method name (e.g. `chat.postMessage`), `response_url` or `file_upload`. */
  method: string;
  /** Arguments as sent, with JSON-encoded object fields parsed back and `token` removed. */
  args: Record<string, unknown>;
  /** Token from `Authorization: Bearer …` or the `token` field. */
  token?: string;
  /** `Date.now()` when the call arrived. */
  at: number;
  /** How the fake answered. */
  answered: CallOutcome;
  /** For a 429: a failure queued by failNext, or the workspace rate limit. */
  refusedBy?: 'queued' | 'rate_limit';
  /** When answered `error`: the error Slack's answer named (e.g. `missing_scope`, `not_in_channel`). */
  error?: string;
}

export type FakeFailure = { rateLimitedFor: number } | { error: string };

/**
 * Slack's limits apply per method per workspace (token): each method's calls refill at
 * `perSecond`, and a short burst of `burst` calls beyond the pace is tolerated. A call
 * beyond that is answered HTTP 429 `{ ok: false, error: 'ratelimited' }` with `Retry-After`
 * (whole seconds, as Slack sends it) and has no effect; refused calls do not use up the limit.
 * Methods of different tiers have different paces: `perMethod` gives a method its own.
 */
export interface FakeRateLimit {
  perSecond: number;
  /** Calls that may arrive back to back before the pace applies; by default a tenth of a second's worth (at least 1). */
  burst?: number;
  /** The methods limited at `perSecond`; every Web API method when omitted. */
  methods?: string[];
  /** Methods with a pace of their own (limited whether or not `methods` names them); burst as above. */
  perMethod?: Record<string, MethodPace>;
}

export interface FakeSlackOptions {
  rateLimit?: FakeRateLimit;
  /**
   * The bot scopes the app was granted; by default those manifest.yml asks for
   * (oauth_config.scopes.bot). A method called without the scope Slack requires for it is
   * answered `{ ok: false, error: 'missing_scope', needed, provided }`.
   */
  scopes?: string[];
}

export interface MethodPace {
  perSecond: number;
  burst?: number;
}

/** A pace as the fake applies it, its burst worked out. */
type Pace = Required<MethodPace>;

const paceOf = (pace: MethodPace, what: string): Pace => {
  if (!(pace.perSecond > 0)) throw new Error(`FakeSlack ${what}.perSecond must be positive`);
  return { perSecond: pace.perSecond, burst: pace.burst ?? Math.max(1, Math.ceil(pace.perSecond / 10)) };
};

/** Slack's bounds on `users` for conversations.open: one person (a DM) up to eight (a group DM). */
export const OPEN_MAX_USERS = 8;

/** A token bucket per workspace and method: `tokens` left at `at` (ms). */
interface Bucket {
  tokens: number;
  at: number;
}

/** Run when the fake has carried out a call and before it answers (see onAccepted). */
export type AcceptedHook = (call: RecordedCall, answer: Record<string, unknown>) => void | Promise<void>;

export interface FakeUser {
  id: string;
  name?: string;
  realName?: string;
  /** IANA zone, e.g. `Europe/Berlin`. */
  tz: string;
  locale?: string;
  isAdmin?: boolean;
  isOwner?: boolean;
  isBot?: boolean;
  deleted?: boolean;
}

export interface StoredMessage {
  channel: string;
  ts: string;
  text?: string;
  blocks?: unknown;
  attachments?: unknown;
  metadata?: unknown;
  thread_ts?: string;
  user: string;
  bot_id: string;
}

export const FAKE_TEAM_ID = 'T0TEST';
export const FAKE_TEAM_NAME = 'Test';
export const FAKE_BOT_USER_ID = 'UBOT';
export const FAKE_BOT_ID = 'BBOT';

/** Form fields that WebClient JSON-encodes and that we decode back to objects. */
const JSON_FIELDS = new Set(['blocks', 'view', 'attachments', 'metadata', 'files', 'unfurls', 'user_auth_blocks']);

type Answer = Record<string, unknown>;

interface QueuedFailure {
  failure: FakeFailure;
  remaining: number;
}

interface StoredFile {
  id: string;
  name: string;
  title: string;
  size: number;
  uploaded: boolean;
  /** files.completeUploadExternal finished it: only then may a message show it (an image block's slack_file). */
  completed?: boolean;
  /** Set by addFile(), or by an upload to the upload URL: what a download of url_private_download serves. */
  content?: Buffer;
  filetype?: string;
  mimetype?: string;
  /** The only bearer token the download accepts; by default any bot token (xoxb-…). */
  token?: string;
}

/** A file someone shared in Slack, for files.info and its download (see addFile). */
export interface FakeFile {
  name: string;
  content: string | Buffer;
  filetype?: string;
  mimetype?: string;
  token?: string;
}

export class FakeSlack {
  readonly calls: RecordedCall[] = [];

  private readonly server: Server;
  private port = 0;
  private readonly failures = new Map<string, QueuedFailure[]>();
  private readonly users = new Map<string, FakeUser>();
  private readonly messageStore = new Map<string, StoredMessage>();
  private readonly channelMembers = new Map<string, string[]>();
  private readonly privateChannels = new Set<string>();
  /** Group DMs (mpims): those conversations.open opened for several people, and those markGroupDm named. */
  private readonly groupDms = new Set<string>();
  /** Channels the bot is not in (by default it is in every channel). */
  private readonly botAbsent = new Set<string>();
  private readonly archived = new Set<string>();
  private readonly scopes: ReadonlySet<string>;
  private readonly files = new Map<string, StoredFile>();
  private readonly acceptedHooks = new Map<string, AcceptedHook>();
  private lastTsMicros = 0;
  private viewCounter = 0;
  private fileCounter = 0;
  private readonly refused: BlockKitRefusal[] = [];
  private readonly rateLimit: { pace: Pace; methods: Set<string> | null; perMethod: Map<string, Pace> } | null;
  private readonly buckets = new Map<string, Bucket>();

  private constructor(options: FakeSlackOptions) {
    this.scopes = new Set(options.scopes ?? manifestBotScopes());
    const limit = options.rateLimit;
    this.rateLimit = limit
      ? {
          pace: paceOf(limit, 'rateLimit'),
          methods: limit.methods ? new Set(limit.methods) : null,
          perMethod: new Map(
            Object.entries(limit.perMethod ?? {}).map(([method, pace]) => [
              method,
              paceOf(pace, `rateLimit.perMethod['${method}']`),
            ]),
          ),
        }
      : null;
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((err: unknown) => {
        const message = err instanceof Error ? err.message : String(err);
        if (!res.headersSent) {
          sendJson(res, 500, { ok: false, error: 'fake_internal_error', detail: message });
        } else {
          res.end();
        }
      });
    });
  }

  static async start(options: FakeSlackOptions = {}): Promise<FakeSlack> {
    const fake = new FakeSlack(options);
    await new Promise<void>((resolve, reject) => {
      fake.server.once('error', reject);
      fake.server.listen(0, '127.0.0.1', () => {
        fake.server.off('error', reject);
        resolve();
      });
    });
    fake.port = (fake.server.address() as AddressInfo).port;
    return fake;
  }

  /** `http://127.0.0.1:PORT` (no trailing slash). */
  get baseUrl(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** `http://127.0.0.1:PORT/api/` — pass as `slackApiUrl`. */
  get apiUrl(): string {
    return `${this.baseUrl}/api/`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.server.close((err) => (err ? reject(err) : resolve()));
      // Keep-alive connections from fetch would otherwise hold the server open.
      this.server.closeAllConnections();
    });
  }

  /** Calls refused because their blocks or view broke Slack's Block Kit rules, with Slack's error lines. */
  blockKitRefusals(): BlockKitRefusal[] {
    return this.refused.map((r) => ({ ...r, errors: [...r.errors] }));
  }

  /** Recorded calls of one method, in arrival order. */
  callsTo(method: string): RecordedCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Calls the workspace rate limit refused (answered 429), in arrival order. */
  rateLimitRefusals(): RecordedCall[] {
    return this.calls.filter((c) => c.answered === 'rate_limited' && c.refusedBy === 'rate_limit');
  }

  /**
   * Clears recorded calls, queued failures and the rate limit's counts. Users, messages, channel
   * members, files, group DMs and the bot's channels (removeBotFrom, archive) are kept.
   */
  reset(): void {
    this.calls.length = 0;
    this.failures.clear();
    this.buckets.clear();
  }

  addUser(user: FakeUser): void {
    // Validate the zone now so a typo fails at setup rather than mid-test.
    zoneOffsetSeconds(user.tz, new Date());
    this.users.set(user.id, { ...user });
  }

  /**
   * A file shared by a person: files.info describes it (url_private_download points at this
   * server) and a GET of that address with a bot token serves `content`.
   */
  addFile(id: string, file: FakeFile): void {
    const content = Buffer.isBuffer(file.content) ? file.content : Buffer.from(file.content, 'utf8');
    const stored: StoredFile = { id, name: file.name, title: file.name, size: content.length, uploaded: true, content };
    if (file.filetype !== undefined) stored.filetype = file.filetype;
    if (file.mimetype !== undefined) stored.mimetype = file.mimetype;
    if (file.token !== undefined) stored.token = file.token;
    this.files.set(id, stored);
  }

  setChannelMembers(channel: string, ids: string[]): void {
    this.channelMembers.set(channel, [...ids]);
  }

  /** Marks a C… channel private, as Slack now gives new private channels C… ids too. */
  markPrivate(channel: string): void {
    this.privateChannels.add(channel);
  }

  /** Marks a G… channel a group DM (mpim), as conversations.open with several people does for the one it opens. */
  markGroupDm(channel: string): void {
    this.groupDms.add(channel);
  }

  /**
   * The bot leaves a channel (or was never invited): conversations.info says `is_member: false`
   * for a public channel and `channel_not_found` for a private one; posting, reading history
   * and (for a private channel) reading members are refused as Slack refuses them.
   */
  removeBotFrom(channel: string): void {
    this.botAbsent.add(channel);
  }

  /** The bot is in the channel again (as it is, by default, in every channel). */
  addBotTo(channel: string): void {
    this.botAbsent.delete(channel);
  }

  /** The channel is archived: conversations.info says `is_archived: true` and chat.postMessage answers `is_archived`. */
  archive(channel: string): void {
    this.archived.add(channel);
  }

  /** The bot scopes the fake grants, sorted. */
  grantedScopes(): string[] {
    return [...this.scopes].sort();
  }

  /** Messages posted so far, with their latest text/blocks, in posting order. */
  messages(): StoredMessage[] {
    return [...this.messageStore.values()].map((m) => ({ ...m }));
  }

  /** A response URL served by this fake; calls to it are recorded as method `response_url`. */
  responseUrl(id: string): string {
    return `${this.baseUrl}/response/${id}`;
  }

  /**
   * The next `times` calls of `method` fail: `{ rateLimitedFor: s }` answers HTTP 429 with
   * `Retry-After: s`; `{ error }` answers HTTP 200 `{ ok: false, error }`.
   */
  failNext(method: string, failure: FakeFailure, times = 1): void {
    if (times <= 0) return;
    const queue = this.failures.get(method) ?? [];
    queue.push({ failure, remaining: times });
    this.failures.set(method, queue);
  }

  /**
   * Runs `hook` each time a call of `method` has succeeded (its effect stored, e.g. the message
   * posted) and before the answer is sent: a test can kill the caller in that window. The
   * answer waits for the hook; `null` removes it.
   */
  onAccepted(method: string, hook: AcceptedHook | null): void {
    if (hook) this.acceptedHooks.set(method, hook);
    else this.acceptedHooks.delete(method);
  }

  /** Polls until `predicate(calls)` holds; throws with the recorded method names otherwise. */
  async waitFor(predicate: (calls: RecordedCall[]) => boolean, timeoutMs = 5000): Promise<RecordedCall[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (predicate(this.calls)) return this.calls;
      if (Date.now() >= deadline) {
        const dump = this.calls.map((c) => `${c.method}(${c.answered})`).join(', ');
        throw new Error(`FakeSlack.waitFor timed out after ${timeoutMs}ms; recorded calls: [${dump}]`);
      }
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  // ---------------------------------------------------------------------------
  // HTTP handling

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.baseUrl);
    const body = await readBody(req);
    const contentType = String(req.headers['content-type'] ?? '');
    const path = url.pathname;

    if (path.startsWith('/api/')) {
      const method = decodeURIComponent(path.slice('/api/'.length));
      const args: Record<string, unknown> = {};
      for (const [k, v] of url.searchParams) args[k] = v;
      Object.assign(args, await parseBody(body, contentType));
      decodeJsonFields(args);
      const token = bearerToken(req) ?? (typeof args.token === 'string' ? args.token : undefined);
      delete args.token;
      await this.answerApi(res, method, args, token);
      return;
    }

    if (req.method === 'POST' && path.startsWith('/response/')) {
      const parsed = await parseBody(body, contentType);
      const args: Record<string, unknown> = { ...parsed, path };
      await this.answerApi(res, 'response_url', args, bearerToken(req), () => ({ ok: true }));
      return;
    }

    if (req.method === 'GET' && path.startsWith('/files/')) {
      const fileId = decodeURIComponent(path.slice('/files/'.length).split('/')[0] ?? '');
      const file = this.files.get(fileId);
      const token = bearerToken(req);
      const allowed = token !== undefined && (file?.token ? token === file.token : token.startsWith('xoxb-'));
      const answered: CallOutcome = file?.content && allowed ? 'ok' : 'error';
      this.record('file_download', { file_id: fileId }, token, answered);
      if (!file?.content) {
        sendJson(res, 404, { ok: false, error: 'file_not_found' });
      } else if (!allowed) {
        sendJson(res, 403, { ok: false, error: 'not_authed' });
      } else {
        res.writeHead(200, {
          'Content-Type': file.mimetype ?? 'application/octet-stream',
          'Content-Length': file.content.length,
        });
        res.end(file.content);
      }
      return;
    }

    if (req.method === 'POST' && path.startsWith('/upload/')) {
      const fileId = decodeURIComponent(path.slice('/upload/'.length));
      const file = this.files.get(fileId);
      if (file) {
        file.uploaded = true;
        file.content = body;
      }
      this.record('file_upload', { file_id: fileId, bytes: body.length }, bearerToken(req), 'ok');
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      res.end('OK');
      return;
    }

    sendJson(res, 404, { ok: false, error: 'unknown_route', path });
  }

  private async answerApi(
    res: ServerResponse,
    method: string,
    args: Record<string, unknown>,
    token: string | undefined,
    answer: () => Answer = () => this.dispatch(method, args),
  ): Promise<void> {
    const failure = this.takeFailure(method);
    if (failure && 'rateLimitedFor' in failure) {
      this.record(method, args, token, 'rate_limited', 'queued');
      sendJson(
        res,
        429,
        { ok: false, error: 'ratelimited' },
        {
          'Retry-After': String(failure.rateLimitedFor),
        },
      );
      return;
    }
    const retryAfter = failure ? null : this.overLimit(method, token);
    if (retryAfter !== null) {
      this.record(method, args, token, 'rate_limited', 'rate_limit');
      sendJson(res, 429, { ok: false, error: 'ratelimited' }, { 'Retry-After': String(retryAfter) });
      return;
    }
    if (failure) {
      this.record(method, args, token, 'error', undefined, failure.error);
      sendJson(res, 200, { ok: false, error: failure.error });
      return;
    }
    // Like Slack, refuse a method the app has no scope for, then blocks and views that break
    // Block Kit's rules, before doing anything.
    const unscoped = this.missingScope(method, args);
    const refusal = unscoped ? null : (blockKitRefusal(method, args) ?? this.unknownImageRefusal(method, args));
    if (refusal) this.refused.push(refusal);
    const result = unscoped ?? (refusal ? refusal.answer : answer());
    const error = result.ok === true ? undefined : str(result.error);
    this.record(method, args, token, result.ok === true ? 'ok' : 'error', undefined, error);
    const hook = this.acceptedHooks.get(method);
    if (hook && result.ok === true) await hook(this.calls.at(-1)!, result);
    if (res.destroyed) return; // the caller is gone (killed in the hook)
    sendJson(res, 200, result);
  }

  /** Like Slack, refuse a message whose image block names a file that was never completed. */
  private unknownImageRefusal(method: string, args: Record<string, unknown>): BlockKitRefusal | null {
    if (!Array.isArray(args.blocks)) return null;
    const index = (args.blocks as Array<{ type?: string; slack_file?: { id?: string } }>).findIndex(
      (b) => b?.type === 'image' && !this.files.get(String(b.slack_file?.id ?? ''))?.completed,
    );
    if (index < 0) return null;
    const line = `invalid slack file [json-pointer:/blocks/${index}/slack_file]`;
    return { method, errors: [line], answer: { ok: false, error: 'invalid_blocks', errors: [line] } };
  }

  /** The bytes uploaded for a file (a chart Hexin rendered), once its upload arrived. */
  uploadedContent(fileId: string): Buffer | undefined {
    return this.files.get(fileId)?.content;
  }

  private record(
    method: string,
    args: Record<string, unknown>,
    token: string | undefined,
    answered: CallOutcome,
    refusedBy?: RecordedCall['refusedBy'],
    error?: string,
  ): void {
    const call: RecordedCall = { method, args, at: Date.now(), answered };
    if (token !== undefined) call.token = token;
    if (refusedBy) call.refusedBy = refusedBy;
    if (error !== undefined) call.error = error;
    this.calls.push(call);
  }

  /**
   * Takes one call from the workspace's bucket for this method: null when allowed, else the
   * whole seconds until one call would be (Slack's Retry-After, at least 1).
   */
  private overLimit(method: string, token: string | undefined): number | null {
    const pace = this.paceFor(method);
    if (!pace) return null;
    const key = `${token ?? ''} ${method}`;
    const now = Date.now();
    const bucket = this.buckets.get(key) ?? { tokens: pace.burst, at: now };
    bucket.tokens = Math.min(pace.burst, bucket.tokens + ((now - bucket.at) * pace.perSecond) / 1000);
    bucket.at = now;
    this.buckets.set(key, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return null;
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / pace.perSecond));
  }

  /** The pace a method is held to: its own, else the common one if it is limited, else none. */
  private paceFor(method: string): Pace | null {
    const limit = this.rateLimit;
    if (!limit) return null;
    const own = limit.perMethod.get(method);
    if (own) return own;
    return !limit.methods || limit.methods.has(method) ? limit.pace : null;
  }

  private takeFailure(method: string): FakeFailure | undefined {
    const queue = this.failures.get(method);
    const head = queue?.[0];
    if (!queue || !head) return undefined;
    head.remaining -= 1;
    if (head.remaining <= 0) queue.shift();
    if (queue.length === 0) this.failures.delete(method);
    return head.failure;
  }

  // ---------------------------------------------------------------------------
  // Scopes and the bot's channels

  /** Slack's refusal when the app lacks the scope `method` needs for these arguments, else null. */
  private missingScope(method: string, args: Record<string, unknown>): Answer | null {
    const needed = this.scopeNeeded(method, args);
    if (needed === null || this.scopes.has(needed)) return null;
    return { ok: false, error: 'missing_scope', needed, provided: [...this.scopes].join(',') };
  }

  /** The bot scope Slack requires for a call; null for a method that needs none or that the fake does not implement. */
  private scopeNeeded(method: string, args: Record<string, unknown>): string | null {
    const fixed = FIXED_SCOPES.get(method);
    if (fixed) return fixed;
    const byKind = SCOPES_BY_KIND.get(method);
    if (byKind) return byKind[this.kindOf(str(args.channel) ?? '')];
    if (method === 'conversations.open') {
      const channel = str(args.channel);
      if (channel) return this.kindOf(channel) === 'mpim' ? 'mpim:write' : 'im:write';
      return openUsers(args).length > 1 ? 'mpim:write' : 'im:write';
    }
    return null;
  }

  /** What sort of conversation an id names, as far as the fake knows it. */
  private kindOf(channel: string): ConversationKind {
    if (channel.startsWith('D') || isUserId(channel)) return 'im';
    if (this.groupDms.has(channel)) return 'mpim';
    if (channel.startsWith('G') || this.privateChannels.has(channel)) return 'private';
    return 'public';
  }

  /** Whether the bot is in a channel: always in its DMs and group DMs; in other channels unless removeBotFrom said otherwise. */
  private botIsIn(channel: string): boolean {
    const kind = this.kindOf(channel);
    return kind === 'im' || kind === 'mpim' || !this.botAbsent.has(channel);
  }

  /**
   * Slack's error when the bot may not use a channel this way, else null. A private channel the
   * bot is not in is not found at all; a public one can be described and its members listed, but
   * not posted to or read.
   */
  private channelRefusal(channel: string, use: 'describe' | 'list_members' | 'read' | 'post'): string | null {
    const absent = !this.botIsIn(channel);
    if (absent && this.kindOf(channel) === 'private') return 'channel_not_found';
    if (use === 'post' && this.archived.has(channel)) return 'is_archived';
    if (absent && (use === 'read' || use === 'post')) return 'not_in_channel';
    return null;
  }

  // ---------------------------------------------------------------------------
  // Method implementations

  private dispatch(method: string, args: Record<string, unknown>): Answer {
    switch (method) {
      case 'auth.test':
        return {
          ok: true,
          url: `${this.baseUrl}/`,
          team: FAKE_TEAM_NAME,
          user: 'bot',
          team_id: FAKE_TEAM_ID,
          user_id: FAKE_BOT_USER_ID,
          bot_id: FAKE_BOT_ID,
          is_enterprise_install: false,
        };
      case 'team.info':
        return { ok: true, team: { id: FAKE_TEAM_ID, name: FAKE_TEAM_NAME } };
      case 'users.info':
        return this.usersInfo(args);
      case 'users.list':
        return {
          ok: true,
          members: [...this.users.values()].map((u) => this.userShape(u, false)),
          response_metadata: { next_cursor: '' },
        };
      case 'chat.postMessage':
        return this.postMessage(args);
      case 'chat.update':
        return this.updateMessage(args);
      case 'chat.postEphemeral': {
        const channel = str(args.channel);
        if (!channel) return { ok: false, error: 'channel_not_found' };
        const refused = this.channelRefusal(channel, 'post');
        if (refused) return { ok: false, error: refused };
        if (!str(args.user)) return { ok: false, error: 'user_not_in_channel' };
        return { ok: true, message_ts: this.nextTs() };
      }
      case 'chat.delete': {
        const channel = str(args.channel);
        const ts = str(args.ts);
        // As Slack: a message that is not there (never posted, or deleted already) cannot be deleted.
        if (!channel || !ts || !this.messageStore.delete(`${channel}:${ts}`))
          return { ok: false, error: 'message_not_found' };
        return { ok: true, channel, ts };
      }
      case 'chat.getPermalink': {
        const channel = str(args.channel);
        const ts = str(args.message_ts);
        if (!channel || !ts) return { ok: false, error: 'message_not_found' };
        return { ok: true, channel, permalink: `https://test.slack.com/archives/${channel}/p${ts.replace('.', '')}` };
      }
      case 'views.open':
        if (!str(args.trigger_id)) return { ok: false, error: 'invalid_arguments' };
        return this.viewAnswer(args, undefined);
      case 'views.push':
        return this.viewAnswer(args, undefined);
      case 'views.update':
        return this.viewAnswer(args, str(args.view_id));
      case 'views.publish':
        return this.viewAnswer(args, undefined);
      case 'conversations.open':
        return this.conversationsOpen(args);
      case 'conversations.info':
        return this.conversationInfo(args);
      case 'conversations.history':
        return this.history(args);
      case 'conversations.replies':
        return this.replies(args);
      case 'conversations.members': {
        const channel = str(args.channel) ?? '';
        const refused = this.channelRefusal(channel, 'list_members');
        if (refused) return { ok: false, error: refused };
        return {
          ok: true,
          members: [...(this.channelMembers.get(channel) ?? [])],
          response_metadata: { next_cursor: '' },
        };
      }
      case 'files.getUploadURLExternal': {
        const id = `F${String(++this.fileCounter).padStart(8, '0')}`;
        const name = str(args.filename) ?? 'file';
        this.files.set(id, {
          id,
          name,
          title: name,
          size: Number(args.length ?? 0),
          uploaded: false,
        });
        return { ok: true, upload_url: `${this.baseUrl}/upload/${id}`, file_id: id };
      }
      case 'files.completeUploadExternal': {
        const list = Array.isArray(args.files) ? (args.files as unknown[]) : [];
        const files = list.map((entry) => {
          const e = (entry ?? {}) as Record<string, unknown>;
          const id = str(e.id) ?? '';
          const stored = this.files.get(id);
          if (stored && typeof e.title === 'string') stored.title = e.title;
          return { id, title: stored?.title ?? str(e.title) ?? '' };
        });
        // A file whose bytes never reached the upload URL cannot be completed.
        if (files.some((f) => !this.files.get(f.id)?.uploaded)) {
          return { ok: false, error: 'file_not_found' };
        }
        for (const f of files) this.files.get(f.id)!.completed = true;
        return { ok: true, files };
      }
      case 'files.info': {
        const id = str(args.file) ?? '';
        const stored = this.files.get(id);
        return {
          ok: true,
          file: {
            id,
            name: stored?.name ?? 'file',
            title: stored?.title ?? 'file',
            mimetype: stored?.mimetype ?? 'application/octet-stream',
            filetype: stored?.filetype ?? 'binary',
            size: stored?.size ?? 0,
            url_private: `${this.baseUrl}/files/${id}`,
            url_private_download: `${this.baseUrl}/files/${id}/download/${encodeURIComponent(stored?.name ?? 'file')}`,
          },
        };
      }
      default:
        return { ok: true };
    }
  }

  private conversationInfo(args: Record<string, unknown>): Answer {
    const id = str(args.channel);
    if (!id) return { ok: false, error: 'channel_not_found' };
    const refused = this.channelRefusal(id, 'describe');
    if (refused) return { ok: false, error: refused };
    const kind = this.kindOf(id);
    const isIm = kind === 'im';
    return {
      ok: true,
      channel: {
        id,
        name: `c-${id}`,
        is_channel: kind === 'public' || kind === 'private',
        is_im: isIm,
        is_mpim: kind === 'mpim',
        is_private: kind !== 'public',
        is_archived: this.archived.has(id),
        ...(isIm ? { user: `U${id.slice(1)}` } : { is_member: this.botIsIn(id) }),
      },
    };
  }

  private usersInfo(args: Record<string, unknown>): Answer {
    const user = this.users.get(str(args.user) ?? '');
    if (!user) return { ok: false, error: 'user_not_found' };
    const includeLocale = args.include_locale === true || args.include_locale === 'true';
    return { ok: true, user: this.userShape(user, includeLocale) };
  }

  private userShape(user: FakeUser, includeLocale: boolean): Record<string, unknown> {
    const name = user.name ?? user.id.toLowerCase();
    const realName = user.realName ?? name;
    const now = new Date();
    const shape: Record<string, unknown> = {
      id: user.id,
      team_id: FAKE_TEAM_ID,
      name,
      deleted: user.deleted ?? false,
      real_name: realName,
      tz: user.tz,
      tz_label: zoneLabel(user.tz, now),
      tz_offset: zoneOffsetSeconds(user.tz, now),
      is_admin: user.isAdmin ?? false,
      is_owner: user.isOwner ?? false,
      is_bot: user.isBot ?? false,
      profile: { display_name: name, real_name: realName },
    };
    if (includeLocale) shape.locale = user.locale ?? 'en-US';
    return shape;
  }

  private postMessage(args: Record<string, unknown>): Answer {
    const requested = str(args.channel);
    if (!requested) return { ok: false, error: 'channel_not_found' };
    const channel = isUserId(requested) ? dmChannelFor(requested) : requested;
    const refused = this.channelRefusal(channel, 'post');
    if (refused) return { ok: false, error: refused };
    if (args.text === undefined && args.blocks === undefined && args.attachments === undefined) {
      return { ok: false, error: 'no_text' };
    }
    const ts = this.nextTs();
    const message: StoredMessage = {
      channel,
      ts,
      user: FAKE_BOT_USER_ID,
      bot_id: FAKE_BOT_ID,
    };
    if (args.text !== undefined) message.text = String(args.text);
    if (args.blocks !== undefined) message.blocks = args.blocks;
    if (args.attachments !== undefined) message.attachments = args.attachments;
    if (args.metadata !== undefined) {
      if (!isMetadata(args.metadata)) return { ok: false, error: 'invalid_metadata_format' };
      message.metadata = args.metadata;
    }
    const threadTs = str(args.thread_ts);
    if (threadTs) message.thread_ts = threadTs;
    this.messageStore.set(`${channel}:${ts}`, message);

    const answerMessage: Record<string, unknown> = {
      type: 'message',
      text: message.text ?? '',
      ts,
      user: FAKE_BOT_USER_ID,
      bot_id: FAKE_BOT_ID,
    };
    if (message.blocks !== undefined) answerMessage.blocks = message.blocks;
    if (threadTs) answerMessage.thread_ts = threadTs;
    return { ok: true, channel, ts, message: answerMessage };
  }

  private updateMessage(args: Record<string, unknown>): Answer {
    const channel = str(args.channel);
    const ts = str(args.ts);
    if (!channel) return { ok: false, error: 'channel_not_found' };
    const stored = this.messageStore.get(`${channel}:${ts ?? ''}`);
    if (!stored || !ts) return { ok: false, error: 'message_not_found' };
    if (args.text !== undefined) stored.text = String(args.text);
    if (args.blocks !== undefined) stored.blocks = args.blocks;
    if (args.attachments !== undefined) stored.attachments = args.attachments;
    if (args.metadata !== undefined) stored.metadata = args.metadata;
    return {
      ok: true,
      channel,
      ts,
      text: stored.text ?? '',
      message: { text: stored.text ?? '', blocks: stored.blocks, user: stored.user, bot_id: stored.bot_id },
    };
  }

  /** A channel Slack would know: one with messages, members or a user behind it (a DM), or one a test described. */
  private knowsChannel(channel: string): boolean {
    const described = [this.channelMembers, this.privateChannels, this.groupDms, this.botAbsent, this.archived];
    if (described.some((known) => known.has(channel))) return true;
    if ([...this.messageStore.values()].some((m) => m.channel === channel)) return true;
    return channel.startsWith('D') && [...this.users.keys()].some((id) => dmChannelFor(id) === channel);
  }

  /** A message as history shows it: metadata only when asked for (include_all_metadata). */
  private historyShape(message: StoredMessage, withMetadata: boolean): Record<string, unknown> {
    const shape: Record<string, unknown> = {
      type: 'message',
      ts: message.ts,
      text: message.text ?? '',
      user: message.user,
      bot_id: message.bot_id,
    };
    if (message.blocks !== undefined) shape.blocks = message.blocks;
    if (message.thread_ts) shape.thread_ts = message.thread_ts;
    if (withMetadata && message.metadata !== undefined) shape.metadata = message.metadata;
    return shape;
  }

  /** One page of messages, newest first for history and oldest first for replies; the cursor is an offset. */
  private page(found: StoredMessage[], args: Record<string, unknown>): Answer {
    const limit = Math.min(Math.max(Number(args.limit ?? 100) || 100, 1), 999);
    const offset = Number(str(args.cursor) ?? '0') || 0;
    const slice = found.slice(offset, offset + limit);
    const hasMore = offset + limit < found.length;
    const withMetadata = args.include_all_metadata === true || args.include_all_metadata === 'true';
    return {
      ok: true,
      messages: slice.map((m) => this.historyShape(m, withMetadata)),
      has_more: hasMore,
      response_metadata: { next_cursor: hasMore ? String(offset + limit) : '' },
    };
  }

  /** Within oldest..latest (exclusive unless `inclusive`), as Slack bounds them. */
  private inRange(ts: string, args: Record<string, unknown>): boolean {
    const inclusive = args.inclusive === true || args.inclusive === 'true';
    const oldest = str(args.oldest);
    const latest = str(args.latest);
    if (oldest && (inclusive ? Number(ts) < Number(oldest) : Number(ts) <= Number(oldest))) return false;
    if (latest && (inclusive ? Number(ts) > Number(latest) : Number(ts) >= Number(latest))) return false;
    return true;
  }

  /** The channel's own messages (thread replies stay in their thread), newest first. */
  private history(args: Record<string, unknown>): Answer {
    const channel = str(args.channel);
    if (!channel) return { ok: false, error: 'channel_not_found' };
    const refused = this.channelRefusal(channel, 'read');
    if (refused) return { ok: false, error: refused };
    if (!this.knowsChannel(channel)) return { ok: false, error: 'channel_not_found' };
    const found = [...this.messageStore.values()]
      .filter((m) => m.channel === channel && (!m.thread_ts || m.thread_ts === m.ts) && this.inRange(m.ts, args))
      .sort((a, b) => Number(b.ts) - Number(a.ts));
    return this.page(found, args);
  }

  /** A thread: its parent first, then the replies, oldest first. */
  private replies(args: Record<string, unknown>): Answer {
    const channel = str(args.channel);
    const ts = str(args.ts);
    if (!channel) return { ok: false, error: 'channel_not_found' };
    const refused = this.channelRefusal(channel, 'read');
    if (refused) return { ok: false, error: refused };
    if (!this.knowsChannel(channel)) return { ok: false, error: 'channel_not_found' };
    const parent = ts ? this.messageStore.get(`${channel}:${ts}`) : undefined;
    if (!parent || !ts) return { ok: false, error: 'thread_not_found' };
    const thread = [...this.messageStore.values()]
      .filter((m) => m.channel === channel && m.thread_ts === ts && m.ts !== ts && this.inRange(m.ts, args))
      .sort((a, b) => Number(a.ts) - Number(b.ts));
    return this.page([parent, ...thread], args);
  }

  private viewAnswer(args: Record<string, unknown>, existingId: string | undefined): Answer {
    const given = isRecord(args.view) ? args.view : {};
    const id = existingId ?? `V${String(++this.viewCounter).padStart(8, '0')}`;
    return {
      ok: true,
      view: {
        id,
        team_id: FAKE_TEAM_ID,
        app_id: 'A0TEST',
        bot_id: FAKE_BOT_ID,
        hash: `${Date.now()}.${id}`,
        root_view_id: id,
        previous_view_id: null,
        ...given,
        state: { values: {} },
      },
    };
  }

  private conversationsOpen(args: Record<string, unknown>): Answer {
    const channel = str(args.channel);
    if (channel) return { ok: true, channel: { id: channel } };
    // One conversation per set of people, whatever order they are named in.
    const users = openUsers(args);
    const first = users[0];
    if (!first) return { ok: false, error: 'users_list_not_supplied' };
    if (users.length > OPEN_MAX_USERS) return { ok: false, error: 'too_many_users' };
    if (users.length === 1) return { ok: true, channel: { id: dmChannelFor(first) } };
    const id = groupDmChannelFor(users);
    this.groupDms.add(id);
    return { ok: true, channel: { id } };
  }

  /** Slack-style ts ("1732700000.000100"): current time in microseconds, strictly increasing. */
  private nextTs(): string {
    const micros = Math.max(Date.now() * 1000, this.lastTsMicros + 1);
    this.lastTsMicros = micros;
    const seconds = Math.floor(micros / 1_000_000);
    const fraction = String(micros % 1_000_000).padStart(6, '0');
    return `${seconds}.${fraction}`;
  }
}

// -----------------------------------------------------------------------------
// Helpers

type ConversationKind = 'public' | 'private' | 'im' | 'mpim';

/** Slack's bot scope for each method the fake implements whose scope does not depend on the conversation. */
const FIXED_SCOPES: ReadonlyMap<string, string> = new Map([
  ['chat.postMessage', 'chat:write'],
  ['chat.update', 'chat:write'],
  ['chat.delete', 'chat:write'],
  ['chat.postEphemeral', 'chat:write'],
  ['users.info', 'users:read'],
  ['users.list', 'users:read'],
  ['team.info', 'team:read'],
  ['files.getUploadURLExternal', 'files:write'],
  ['files.completeUploadExternal', 'files:write'],
  ['files.info', 'files:read'],
]);

const HISTORY_SCOPES: Readonly<Record<ConversationKind, string>> = {
  public: 'channels:history',
  private: 'groups:history',
  im: 'im:history',
  mpim: 'mpim:history',
};

const READ_SCOPES: Readonly<Record<ConversationKind, string>> = {
  public: 'channels:read',
  private: 'groups:read',
  im: 'im:read',
  mpim: 'mpim:read',
};

/** Methods whose scope follows the kind of conversation named by `channel`. */
const SCOPES_BY_KIND: ReadonlyMap<string, Readonly<Record<ConversationKind, string>>> = new Map([
  ['conversations.history', HISTORY_SCOPES],
  ['conversations.replies', HISTORY_SCOPES],
  ['conversations.info', READ_SCOPES],
  ['conversations.members', READ_SCOPES],
]);

const MANIFEST = new URL('../../manifest.yml', import.meta.url);
let manifestScopes: readonly string[] | undefined;

/** The bot scopes manifest.yml asks for (oauth_config.scopes.bot), in its order. */
export function manifestBotScopes(): string[] {
  if (!manifestScopes) {
    const parsed: unknown = parseYaml(readFileSync(MANIFEST, 'utf8'));
    const oauth = isRecord(parsed) ? parsed.oauth_config : undefined;
    const scopes = isRecord(oauth) ? oauth.scopes : undefined;
    const bot = isRecord(scopes) ? scopes.bot : undefined;
    if (!Array.isArray(bot) || !bot.every((scope) => typeof scope === 'string')) {
      throw new Error('FakeSlack: manifest.yml has no list of bot scopes at oauth_config.scopes.bot');
    }
    manifestScopes = [...bot];
  }
  return [...manifestScopes];
}

/** The people conversations.open names in `users`: each once, sorted. */
function openUsers(args: Record<string, unknown>): string[] {
  return [
    ...new Set(
      (str(args.users) ?? '')
        .split(',')
        .map((u) => u.trim())
        .filter(Boolean),
    ),
  ].sort();
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json',
    'Content-Length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) {
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  }
  return Buffer.concat(chunks);
}

async function parseBody(body: Buffer, contentType: string): Promise<Record<string, unknown>> {
  if (body.length === 0) return {};
  const type = contentType.toLowerCase();
  if (type.startsWith('application/json')) {
    const parsed: unknown = JSON.parse(body.toString('utf8'));
    return isRecord(parsed) ? { ...parsed } : { body: parsed };
  }
  if (type.startsWith('multipart/form-data')) {
    const form = await new Response(new Uint8Array(body), {
      headers: { 'content-type': contentType },
    }).formData();
    const out: Record<string, unknown> = {};
    for (const [key, value] of form.entries()) {
      out[key] = typeof value === 'string' ? value : { filename: value.name, size: value.size };
    }
    return out;
  }
  // Form-encoded (the WebClient default), also used as a fallback.
  return Object.fromEntries(new URLSearchParams(body.toString('utf8')));
}

function decodeJsonFields(args: Record<string, unknown>): void {
  for (const key of Object.keys(args)) {
    const value = args[key];
    if (!JSON_FIELDS.has(key) || typeof value !== 'string') continue;
    const trimmed = value.trim();
    if (!(trimmed.startsWith('[') || trimmed.startsWith('{'))) continue;
    try {
      args[key] = JSON.parse(trimmed);
    } catch {
      // Leave malformed JSON as the raw string so assertions can see it.
    }
  }
}

function bearerToken(req: IncomingMessage): string | undefined {
  const header = req.headers.authorization;
  if (!header) return undefined;
  const match = /^Bearer\s+(.+)$/i.exec(header);
  return match?.[1]?.trim();
}

function str(value: unknown): string | undefined {
  if (typeof value === 'string' && value.length > 0) return value;
  if (typeof value === 'number') return String(value);
  return undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Slack's shape for message metadata: an alphanumeric event_type and an object payload. */
function isMetadata(value: unknown): boolean {
  return (
    isRecord(value) &&
    typeof value.event_type === 'string' &&
    /^[A-Za-z0-9_.-]{1,255}$/.test(value.event_type) &&
    isRecord(value.event_payload)
  );
}

function isUserId(id: string): boolean {
  return id.startsWith('U') || id.startsWith('W');
}

/** The DM channel id the fake uses for a user: 'D' + the id without its first letter. */
export function dmChannelFor(userId: string): string {
  return `D${userId.slice(1)}`;
}

/** The group DM channel id the fake uses for a set of people: 'G' + their ids without the first letter, sorted. */
export function groupDmChannelFor(userIds: string[]): string {
  return `G${[...userIds]
    .sort()
    .map((u) => u.slice(1))
    .join('')}`;
}

/** UTC offset in seconds of an IANA zone at `at` (negative west of UTC). */
export function zoneOffsetSeconds(timeZone: string, at: Date): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    timeZoneName: 'longOffset',
  }).formatToParts(at);
  const label = parts.find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /^GMT([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(label);
  if (!match) return 0;
  const sign = match[1] === '-' ? -1 : 1;
  const hours = Number(match[2]);
  const minutes = Number(match[3] ?? '0');
  return sign * (hours * 3600 + minutes * 60);
}

function zoneLabel(timeZone: string, at: Date): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    timeZoneName: 'long',
  }).formatToParts(at);
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
}
