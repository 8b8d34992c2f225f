import { parse as parseQuery } from 'node:querystring';
import { z } from 'zod';

/**
 * The outer shape of every request Slack sends to /slack/events, checked before Bolt sees it:
 * Bolt reads fields such as `event.type`, `actions[0]` and `view.callback_id` without
 * checking them, so a signed `null` or `event: null` would crash it or answer 500.
 * Only what Bolt and the listeners rely on is checked; other fields pass through untouched.
 */

/** A Slack id (team, user, channel, enterprise): never empty, never blank, never huge. */
const slackId = z.string().regex(/^[A-Za-z0-9._-]{1,64}$/, 'must be a Slack id');
const text = z.string().max(200_000);
/** Where Bolt's respond() posts: it must be a URL, or respond() throws after the ack. */
const responseUrl = z.url({ protocol: /^https?$/ }).max(2000);
const team = z.looseObject({ id: slackId, enterprise_id: slackId.optional() });
/** Bolt reads `channel.id` whenever `channel` is not undefined: null is refused. */
const channel = z.looseObject({ id: slackId }).optional();
const enterprise = z.looseObject({ id: slackId }).nullish();
const user = z.looseObject({ id: slackId, team_id: slackId.optional() });

const slashCommand = z.looseObject({
  command: z.string().regex(/^\/[^\s]{1,64}$/, 'must be a slash command'),
  team_id: slackId,
  enterprise_id: slackId.optional(),
  user_id: slackId,
  channel_id: slackId,
  text: text.default(''),
  response_url: responseUrl.optional(),
  trigger_id: z.string().max(255).optional(),
});

const viewBody = z.looseObject({
  id: slackId,
  type: z.string().min(1),
  team_id: slackId.optional(),
  /** Bolt takes the workspace from here first when it is set (a modal opened through Slack Connect). */
  app_installed_team_id: slackId.optional(),
  callback_id: z.string().max(255),
  blocks: z
    .array(z.looseObject({ type: z.string().min(1) }))
    .max(100)
    .optional(),
  private_metadata: z.string().max(3000).default(''),
  state: z.looseObject({ values: z.record(z.string(), z.record(z.string(), z.looseObject({}))) }).optional(),
});

const interactiveCommon = { team: team.nullish(), enterprise, user, channel, response_url: responseUrl.optional() };

const blockActions = z.looseObject({
  type: z.literal('block_actions'),
  ...interactiveCommon,
  actions: z
    .array(
      z.looseObject({
        action_id: z.string().min(1).max(255),
        type: z.string().min(1),
        value: z.string().max(2000).optional(),
      }),
    )
    .min(1),
  view: viewBody.extend({ callback_id: z.string().max(255).default('') }).optional(),
});

const viewSubmission = z.looseObject({
  type: z.literal('view_submission'),
  ...interactiveCommon,
  view: viewBody.extend({ state: viewBody.shape.state.unwrap(), blocks: viewBody.shape.blocks.unwrap() }),
  response_urls: z.array(z.looseObject({ response_url: responseUrl })).optional(),
});
const viewClosed = z.looseObject({ type: z.literal('view_closed'), ...interactiveCommon, view: viewBody });
const shortcut = z.looseObject({
  type: z.enum(['shortcut', 'message_action']),
  ...interactiveCommon,
  callback_id: z.string().min(1).max(255),
});
const suggestion = z.looseObject({
  type: z.literal('block_suggestion'),
  ...interactiveCommon,
  action_id: z.string().min(1).max(255),
  value: z.string().max(2000),
});

const interactive = z.discriminatedUnion('type', [blockActions, viewSubmission, viewClosed, shortcut, suggestion]);

const eventCallback = z.looseObject({
  type: z.literal('event_callback'),
  team_id: slackId,
  enterprise_id: slackId.nullish(),
  event_id: slackId,
  // Bolt reads these without checking when they are present: a user or channel of null, an item or subteam that is not an object.
  event: z
    .looseObject({
      type: z.string().min(1).max(100),
      user: z.union([slackId, z.looseObject({ id: slackId })]).optional(),
      channel: z.union([slackId, z.looseObject({ id: slackId.optional() })]).optional(),
      channel_id: slackId.optional(),
      item: z.looseObject({ type: z.string().min(1).optional() }).optional(),
      subteam: z.looseObject({}).optional(),
    })
    .refine((event) => !event.type.startsWith('reaction_') || event.item !== undefined, {
      message: 'a reaction names its item',
      path: ['item'],
    }),
  authorizations: z.array(z.looseObject({ team_id: slackId.nullish(), enterprise_id: slackId.nullish() })).optional(),
});
const urlVerification = z.looseObject({ type: z.literal('url_verification'), challenge: z.string().min(1).max(200) });
const rateLimited = z.looseObject({
  type: z.literal('app_rate_limited'),
  team_id: slackId,
  minute_rate_limited: z.number(),
});

const jsonBody = z.discriminatedUnion('type', [eventCallback, urlVerification, rateLimited]);

/** The workspace and enterprise ids a request names, wherever they sit in its kind of body. */
export interface Origin {
  teams: string[];
  enterprises: string[];
  /** An event's installations it was delivered for; when given, they decide instead of teams and enterprises. */
  authorizations?: Array<{ teamId: string | null; enterpriseId: string | null }>;
}

const namesNoWorkspace = (origin: Origin) => origin.teams.length === 0 && origin.enterprises.length === 0;

export type Envelope =
  | { kind: 'ssl_check' }
  | { kind: 'url_verification'; challenge: string }
  | { kind: 'app_rate_limited'; origin: Origin }
  | {
      kind: 'bolt';
      body: Record<string, unknown>;
      origin: Origin;
      label: string /** An interactive request's, where a private answer can be sent. */;
      responseUrl?: string;
    };

export type EnvelopeResult = { ok: true; envelope: Envelope } | { ok: false; problem: string };

const present = (...ids: Array<string | null | undefined>) => ids.filter((id): id is string => typeof id === 'string');

function describe(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.join('.') || '(body)'}: ${issue.message}` : 'invalid';
}

function parseJson(raw: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(raw) };
  } catch {
    return { ok: false };
  }
}

/** `application/x-www-form-urlencoded; charset=utf-8` → `application/x-www-form-urlencoded`. */
export const mediaType = (contentType: string | undefined) => (contentType ?? '').split(';')[0]!.trim().toLowerCase();

/** Slack's ssl_check is unsigned; it is recognised before the signature is checked. */
export function isSslCheck(contentType: string | undefined, raw: string): boolean {
  return mediaType(contentType) === 'application/x-www-form-urlencoded' && parseQuery(raw).ssl_check === '1';
}

function readInteractive(value: unknown): EnvelopeResult {
  const parsed = interactive.safeParse(value);
  if (!parsed.success) return { ok: false, problem: `interactive payload ${describe(parsed.error)}` };
  const body = parsed.data;
  const view =
    'view' in body ? (body.view as { team_id?: string; app_installed_team_id?: string } | undefined) : undefined;
  // Not `user.team_id`: on Enterprise Grid and in Slack Connect it is the person's home
  // workspace, which may rightly differ from the one the request was sent in.
  const origin = {
    teams: present(body.team?.id, view?.team_id, view?.app_installed_team_id),
    enterprises: present(body.enterprise?.id, body.team?.enterprise_id),
  };
  if (namesNoWorkspace(origin)) return { ok: false, problem: 'interactive payload names no workspace' };
  const label = body.type === 'block_actions' ? `block_actions ${body.actions[0]!.action_id}` : body.type;
  return {
    ok: true,
    envelope: {
      kind: 'bolt',
      body: body as Record<string, unknown>,
      origin,
      label,
      ...(body.response_url && { responseUrl: body.response_url }),
    },
  };
}

function readCommand(fields: unknown): EnvelopeResult {
  const parsed = slashCommand.safeParse(fields);
  if (!parsed.success) return { ok: false, problem: `slash command ${describe(parsed.error)}` };
  const body = parsed.data;
  return {
    ok: true,
    envelope: {
      kind: 'bolt',
      body: body as Record<string, unknown>,
      origin: { teams: [body.team_id], enterprises: present(body.enterprise_id) },
      label: `command ${body.command}`,
    },
  };
}

function readJsonBody(value: unknown): EnvelopeResult {
  const parsed = jsonBody.safeParse(value);
  if (!parsed.success) return { ok: false, problem: `JSON body ${describe(parsed.error)}` };
  const body = parsed.data;
  if (body.type === 'url_verification')
    return { ok: true, envelope: { kind: 'url_verification', challenge: body.challenge } };
  if (body.type === 'app_rate_limited')
    return { ok: true, envelope: { kind: 'app_rate_limited', origin: { teams: [body.team_id], enterprises: [] } } };
  const origin: Origin = {
    teams: [body.team_id],
    enterprises: present(body.enterprise_id),
    // In a Slack Connect channel team_id may be another organisation's; Slack points to these instead.
    ...(body.authorizations?.length && {
      authorizations: body.authorizations.map((a) => ({
        teamId: a.team_id ?? null,
        enterpriseId: a.enterprise_id ?? null,
      })),
    }),
  };
  return {
    ok: true,
    envelope: { kind: 'bolt', body: body as Record<string, unknown>, origin, label: `event ${body.event.type}` },
  };
}

/** Parses a signed body and checks its envelope; a problem says, in a log line, what was wrong. */
export function readEnvelope(contentType: string | undefined, raw: string): EnvelopeResult {
  const type = mediaType(contentType);
  if (type === 'application/x-www-form-urlencoded') {
    const fields = parseQuery(raw);
    if (fields.ssl_check === '1') return { ok: true, envelope: { kind: 'ssl_check' } };
    if (!('payload' in fields)) return readCommand(fields);
    if (typeof fields.payload !== 'string') return { ok: false, problem: 'payload: given more than once' };
    const json = parseJson(fields.payload);
    return json.ok ? readInteractive(json.value) : { ok: false, problem: 'payload: not JSON' };
  }
  if (type !== 'application/json')
    return { ok: false, problem: `content type ${JSON.stringify(type.slice(0, 80))} is not one Slack sends` };
  const json = parseJson(raw);
  return json.ok ? readJsonBody(json.value) : { ok: false, problem: 'body: not JSON' };
}

const interactiveTypes = new Set<string>([
  'block_actions',
  'view_submission',
  'view_closed',
  'shortcut',
  'message_action',
  'block_suggestion',
]);

/**
 * Checks a body Slack delivered already parsed (Socket Mode): a command's fields, an
 * interactive payload or an event, told apart as Bolt tells them apart.
 */
export function readDeliveredBody(body: unknown): EnvelopeResult {
  if (typeof body !== 'object' || body === null) return { ok: false, problem: 'body: not an object' };
  if ('command' in body) return readCommand(body);
  const type = (body as { type?: unknown }).type;
  return typeof type === 'string' && interactiveTypes.has(type) ? readInteractive(body) : readJsonBody(body);
}

/** The workspace this run serves (single-workspace mode: the bot token's, from auth.test). */
export interface InstalledWorkspace {
  teamId: string;
  enterpriseId: string | null;
}

/**
 * True when an event's authorizations include the installed workspace; otherwise, when every
 * workspace and enterprise id the request names is the installed one's.
 */
export function isFromInstalledWorkspace(origin: Origin, installed: InstalledWorkspace): boolean {
  if (origin.authorizations)
    return origin.authorizations.some((a) =>
      a.teamId === null
        ? installed.enterpriseId !== null && a.enterpriseId === installed.enterpriseId
        : a.teamId === installed.teamId,
    );
  return (
    origin.teams.every((id) => id === installed.teamId) &&
    origin.enterprises.every((id) => id === installed.enterpriseId)
  );
}
