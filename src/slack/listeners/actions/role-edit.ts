import type { AllMiddlewareArgs, App, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { z } from 'zod';
import { openEditor } from '../../../domain/roles/service.ts';
import { AppError } from '../../../shared/errors.ts';
import { positionModal, RoleIds } from '../../blocks/roles.ts';
import { explain, localeForUser, type AppDeps } from '../../deps.ts';
import { roleDeps } from '../commands/role.ts';

type Args = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;

const positionId = z.string().regex(/^[a-z0-9]{10,40}$/);

/** "Edit" on a role card shown to a leader: opens the editor prefilled. */
export function register(app: App, deps: AppDeps): void {
  app.action(RoleIds.edit, async ({ ack, body, action, client, respond }: Args) => {
    await ack();
    const locale = await localeForUser(deps, client, body.team?.id ?? '', body.user.id);
    try {
      const id = positionId.safeParse(action.value);
      if (!id.success) throw new AppError('BAD_REF', 'common.error.unexpected');
      const position = await deps.stores.roles.findPosition(id.data);
      if (!position) throw new AppError('ROLE_GONE', 'role.error.gone');
      const opened = await openEditor(roleDeps(deps), { teamId: position.teamId, slackUserId: body.user.id, positionId: position.id });
      await client.views.open({ trigger_id: body.trigger_id, view: positionModal(locale, opened) });
    } catch (error) {
      await respond({ response_type: 'ephemeral', replace_original: false, text: explain(deps, locale, error, { action: RoleIds.edit }) });
    }
  });
}
