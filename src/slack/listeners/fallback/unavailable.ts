import type { AnyMiddlewareArgs, AllMiddlewareArgs, App, RespondFn } from '@slack/bolt';
import { t } from '../../../i18n/index.ts';
import { inert } from '../../../shared/text.ts';
import type { AppDeps } from '../../deps.ts';
import { answerLocale, tellCommander } from '../../reply.ts';
import type { ListenerKind, RegisteredIds } from '../../registered.ts';

type Args = AnyMiddlewareArgs & AllMiddlewareArgs;
/** What Bolt passes to a command, action or view (events carry no ack here). */
type Reply = { ack?: () => Promise<void>; respond?: RespondFn };

interface Target {
  kind: ListenerKind;
  id: string;
  type?: string;
}

/** What a request asks for, in the terms listeners register under; null for events (Bolt acks those itself). */
function targetOf(body: Record<string, unknown>): Target | null {
  if (typeof body.command === 'string') return { kind: 'command', id: body.command };
  const type = body.type;
  if (type === 'block_actions') {
    const [first] = body.actions as Array<{ action_id: string }>;
    return first ? { kind: 'action', id: first.action_id } : null;
  }
  if (type === 'view_submission' || type === 'view_closed')
    return { kind: 'view', id: String((body.view as { callback_id?: unknown }).callback_id ?? ''), type };
  if (type === 'shortcut' || type === 'message_action')
    return { kind: 'shortcut', id: String(body.callback_id ?? ''), type };
  if (type === 'block_suggestion') return { kind: 'options', id: String(body.action_id ?? '') };
  return null;
}

/**
 * A command, button, form or shortcut that no listener is registered for (a command in the
 * manifest whose capability is not built yet, an old button) is acknowledged at once, instead
 * of Slack waiting three seconds and showing "dispatch_failed". A command's sender is told in
 * their language that it is not available yet; anything else is logged once at warn.
 */
export function register(app: App, deps: AppDeps, registered: RegisteredIds): void {
  app.use(async (args: Args) => {
    const target = targetOf(args.body as Record<string, unknown>);
    if (!target || registered.has(target.kind, target.id, target.type)) {
      await args.next();
      return;
    }
    const { ack, respond } = args as unknown as Reply;
    await ack?.();
    if (target.kind !== 'command') {
      deps.log.warn(
        { kind: target.kind, id: target.id.slice(0, 255) },
        'no listener for this request; acknowledged and ignored',
      );
      return;
    }
    deps.log.info({ command: target.id }, 'command not available yet');
    const command = args.body as { team_id: string; user_id: string; response_url?: string };
    // A command's body names its workspace and user as team_id and user_id; answerLocale reads Slack's interactive shape.
    const locale = await answerLocale(
      deps,
      { team: { id: command.team_id }, user: { id: command.user_id } },
      args.client,
    );
    await tellCommander(
      deps,
      { command, client: args.client, ...(respond && { respond }) },
      t(locale, 'common.not_available_yet', { command: inert(target.id, 80) }),
    );
  });
}
