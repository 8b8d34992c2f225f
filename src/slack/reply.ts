import type {
  AllMiddlewareArgs,
  RespondFn,
  SlackCommandMiddlewareArgs,
  SlackAction,
  SlackActionMiddlewareArgs,
  SlackViewAction,
  SlackViewMiddlewareArgs,
  ViewOutput,
} from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { z } from 'zod';
import type { Actor } from '../domain/teams/service.ts';
import type { Locale } from '../i18n/index.ts';
import { AppError } from '../shared/errors.ts';
import type { KnownBlock } from '@slack/types';
import { noticeModal } from './blocks/notice.ts';
import { explain, localeBeforeAck, localeForUser, type AppDeps } from './deps.ts';
import type { AnsweredLate } from './receiver.ts';
import { SLACK_USER_ID, SLACK_WORKSPACE_ID } from '../shared/slack-ids.ts';

/**
 * One way for every listener to answer a person privately, through the surface the request
 * came from, and never to throw while doing so:
 * - a message button (it has a response_url): an ephemeral reply;
 * - an App Home button or a message shortcut (no response_url): a small modal through the
 *   trigger_id, else a DM;
 * - a view submission: `response_action: errors` next to a field, else an update to a notice.
 * A failure while explaining is logged once at warn, never rethrown.
 */

const slackWorkspaceId = z.string().regex(SLACK_WORKSPACE_ID);
const envelope = z.looseObject({
  team: z.looseObject({ id: z.string() }).nullish(),
  user: z.looseObject({ id: z.string().regex(SLACK_USER_ID), team_id: z.string().nullish() }),
  view: z.looseObject({ team_id: z.string().nullish() }).nullish(),
});

/**
 * Who is asking, and from which workspace: read from Slack's envelope of the request (the
 * workspace it was sent from), never from a value Hexin put in a button or a form.
 */
export function actorOf(body: unknown): Actor {
  const parsed = envelope.safeParse(body);
  if (!parsed.success) throw new AppError('BAD_REQUEST', 'common.error.unexpected');
  const { team, user, view } = parsed.data;
  const workspaceId = slackWorkspaceId.safeParse(team?.id ?? user.team_id ?? view?.team_id);
  if (!workspaceId.success) throw new AppError('NO_WORKSPACE', 'common.error.unexpected');
  return { workspaceId: workspaceId.data, slackUserId: user.id };
}

function actorOrNull(body: unknown): Actor | null {
  try {
    return actorOf(body);
  } catch {
    return null;
  }
}

/**
 * The language to answer in, never throwing: a request with no workspace, or a database that
 * cannot answer, gets the default. With `client`, the person's Slack locale may be asked
 * (after ack only); without, nothing is called but the database.
 */
export async function answerLocale(deps: AppDeps, body: unknown, client?: WebClient): Promise<Locale> {
  const actor = actorOrNull(body);
  if (!actor) return deps.config.DEFAULT_LOCALE;
  try {
    return client
      ? await localeForUser(deps, client, actor.workspaceId, actor.slackUserId)
      : await localeBeforeAck(deps, actor.workspaceId, actor.slackUserId);
  } catch {
    return deps.config.DEFAULT_LOCALE;
  }
}

interface ActionSurface {
  body: { user: { id: string }; response_url?: string; trigger_id?: string };
  client: WebClient;
  respond?: RespondFn;
}

/** Logged without the error's text or the person: a query's message could name who was asking. */
const warnOnce = (deps: AppDeps, error: unknown, surface: string) =>
  deps.log.warn(
    { surface, err: (error as { code?: string; name?: string }).code ?? (error as Error).name },
    'could not answer the person',
  );

/**
 * An ephemeral reply where the request carries a response_url; a modal where it does not, and
 * a DM when there is no trigger_id or the modal cannot be opened (a trigger_id lasts 3 s).
 */
export async function tellPrivately(
  deps: AppDeps,
  surface: ActionSurface,
  locale: Locale,
  text: string,
  blocks?: KnownBlock[],
): Promise<void> {
  const { body, client, respond } = surface;
  const dm = () => client.chat.postMessage({ channel: body.user.id, text, ...(blocks && { blocks }) });
  try {
    if (body.response_url && respond) {
      await respond({ response_type: 'ephemeral', replace_original: false, text, ...(blocks && { blocks }) });
    } else if (body.trigger_id) {
      await client.views.open({ trigger_id: body.trigger_id, view: noticeModal(locale, text) }).catch(dm);
    } else {
      await dm();
    }
  } catch (error) {
    warnOnce(deps, error, body.response_url ? 'response_url' : body.trigger_id ? 'modal, then dm' : 'dm');
  }
}

/**
 * Replaces the message whose button was pressed (through its response_url); a press from a
 * surface with no response_url is told the same words privately instead. Never throws.
 */
export async function replacePressed(
  deps: AppDeps,
  surface: ActionSurface,
  locale: Locale,
  message: { text: string; blocks?: KnownBlock[] },
): Promise<void> {
  if (!surface.body.response_url || !surface.respond) return tellPrivately(deps, surface, locale, message.text);
  try {
    await surface.respond({
      replace_original: true,
      text: message.text,
      ...(message.blocks && { blocks: message.blocks }),
    });
  } catch (error) {
    warnOnce(deps, error, 'response_url');
  }
}

/**
 * A slash command's error, answered ephemerally through its response_url (a DM where a
 * command came without one). Never throws: a failure while explaining is logged once.
 */
export async function tellCommander(
  deps: AppDeps,
  args: { command: { user_id: string; response_url?: string }; client: WebClient; respond?: RespondFn },
  text: string,
): Promise<void> {
  try {
    if (args.command.response_url && args.respond) await args.respond({ response_type: 'ephemeral', text });
    else await args.client.chat.postMessage({ channel: args.command.user_id, text });
  } catch (error) {
    warnOnce(deps, error, args.command.response_url ? 'response_url' : 'dm');
  }
}

type ActionArgs = SlackActionMiddlewareArgs<SlackAction> & AllMiddlewareArgs;
type Explainer = (locale: Locale, error: unknown) => string;

/**
 * A button's (or select's) work after ack(): given who is asking; an error is explained to
 * the person privately, on the surface the press came from, in their language.
 */
export async function runAction(
  deps: AppDeps,
  args: ActionArgs,
  work: (actor: Actor) => Promise<void>,
  options: {
    explainer?: Explainer /** false where even a users.info call must not name the person (anonymous paths). */;
    askSlack?: boolean;
  } = {},
): Promise<void> {
  const { explainer, askSlack = true } = options;
  try {
    await work(actorOf(args.body));
  } catch (error) {
    const locale = await answerLocale(deps, args.body, askSlack ? args.client : undefined);
    const text = explainer
      ? explainer(locale, error)
      : explain(deps, locale, error, { action: 'action_id' in args.action ? args.action.action_id : args.body.type });
    await tellPrivately(
      deps,
      { body: args.body as ActionSurface['body'], client: args.client, ...(args.respond && { respond: args.respond }) },
      locale,
      text,
    );
  }
}

type ViewArgs = SlackViewMiddlewareArgs<SlackViewAction> & AllMiddlewareArgs;

/**
 * A form submission's answer when its work failed: the message next to `preferredBlock` (a
 * field of the form Hexin built) or the form's first input, with everything typed kept; a
 * form with neither is replaced by a notice that says why. Never throws: an ack that fails
 * is logged once.
 */
export async function refuseSubmission(
  deps: AppDeps,
  args: Pick<ViewArgs, 'ack'> & { view: ViewOutput },
  locale: Locale,
  text: string,
  preferredBlock?: string,
): Promise<void> {
  const block = preferredBlock ?? args.view.blocks.find((b) => b.type === 'input')?.block_id;
  try {
    if (block) await args.ack({ response_action: 'errors', errors: { [block]: text } });
    else await args.ack({ response_action: 'update', view: noticeModal(locale, text) });
  } catch (error) {
    warnOnce(deps, error, 'view_submission');
  }
}

/**
 * A form submission's work, done before ack() (it acks itself when it succeeds); an error
 * is answered in the form (see refuseSubmission). Work still running when Slack's three
 * seconds end is answered empty by the receiver (the form closes); if it then fails, the
 * person is told by DM, since the form can no longer show it.
 */
export async function runSubmission(
  deps: AppDeps,
  args: ViewArgs,
  work: (actor: Actor, locale: Locale) => Promise<void>,
  options: { preferredBlock?: string; explainer?: Explainer } = {},
): Promise<void> {
  const { preferredBlock, explainer } = options;
  const locale = await answerLocale(deps, args.body);
  try {
    await work(actorOf(args.body), locale);
  } catch (error) {
    const text = explainer ? explainer(locale, error) : explain(deps, locale, error, { view: args.view.callback_id });
    const answeredLate = (args.context as { answeredLate?: AnsweredLate }).answeredLate;
    if (answeredLate?.())
      await tellPrivately(deps, { body: { user: args.body.user }, client: args.client }, locale, text);
    else await refuseSubmission(deps, { ack: args.ack, view: args.view }, locale, text, preferredBlock);
  }
}

type CommandArgs = SlackCommandMiddlewareArgs & AllMiddlewareArgs;

/** What a slash command's work is given: who asks, their language on demand, and a way to answer. */
export interface CommandRun {
  actor: Actor;
  /** The person's language, looked up once, when first needed (an answer in words, an error). */
  locale(): Promise<Locale>;
  /** From here on the answers and errors speak this language (that of the team the command is about). */
  speak(locale: Locale): void;
  /** An ephemeral answer, seen by the person alone. */
  reply(message: string | { text: string; blocks?: KnownBlock[] }): Promise<void>;
}

/**
 * A slash command's work after ack(): given who is asking (from Slack's envelope); an error
 * is explained to the person privately, in their language (see explain and tellCommander).
 * `membershipLocaleOnly` never asks Slack who the person is (the anonymous paths).
 */
export async function runCommand(
  deps: AppDeps,
  args: CommandArgs,
  name: string,
  work: (run: CommandRun) => Promise<void>,
  options: { explainer?: Explainer; membershipLocaleOnly?: boolean } = {},
): Promise<void> {
  const { command, client, respond } = args;
  const actor: Actor = { workspaceId: command.team_id, slackUserId: command.user_id };
  let spoken: Promise<Locale> | null = null;
  const locale = () => {
    spoken ??= options.membershipLocaleOnly
      ? localeBeforeAck(deps, actor.workspaceId, actor.slackUserId)
      : localeForUser(deps, client, actor.workspaceId, actor.slackUserId);
    return spoken;
  };
  const run: CommandRun = {
    actor,
    locale,
    speak: (chosen) => {
      spoken = Promise.resolve(chosen);
    },
    reply: async (message) => {
      const { text, blocks } = typeof message === 'string' ? { text: message, blocks: undefined } : message;
      await respond({ response_type: 'ephemeral', text, ...(blocks && { blocks }) });
    },
  };
  try {
    await work(run);
  } catch (error) {
    const language = await locale().catch(() => deps.config.DEFAULT_LOCALE);
    const text = options.explainer
      ? options.explainer(language, error)
      : explain(deps, language, error, { command: name });
    await tellCommander(deps, { command, client, respond }, text);
  }
}
