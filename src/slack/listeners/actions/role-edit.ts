import type { AllMiddlewareArgs, App, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { z } from 'zod';
import { openEditorOf } from '../../../domain/roles/service.ts';
import { AppError } from '../../../shared/errors.ts';
import { positionModal, RoleIds } from '../../blocks/roles.ts';
import type { AppDeps } from '../../deps.ts';
import { answerLocale, runAction } from '../../reply.ts';

type Args = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;

const positionId = z.string().regex(/^[a-z0-9]{10,40}$/);

/** "Edit" on a role card shown to a leader: opens the editor prefilled. */
export function register(app: App, deps: AppDeps): void {
  app.action(RoleIds.edit, async (args: Args) => {
    await args.ack();
    await runAction(deps, args, async (actor) => {
      const id = positionId.safeParse(args.action.value);
      if (!id.success) throw new AppError('BAD_REF', 'common.error.unexpected');
      const opened = await openEditorOf(deps.roles, { ...actor, positionId: id.data });
      const locale = await answerLocale(deps, args.body, args.client);
      await args.client.views.open({ trigger_id: args.body.trigger_id, view: positionModal(locale, opened) });
    });
  });
}
