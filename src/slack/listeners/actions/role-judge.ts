import type { AllMiddlewareArgs, App, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { z } from 'zod';
import { judgeDuties } from '../../../domain/roles/service.ts';
import { t } from '../../../i18n/index.ts';
import { AppError } from '../../../shared/errors.ts';
import { findingsMessage, RoleIds } from '../../blocks/roles.ts';
import { explain, localeForUser, type AppDeps } from '../../deps.ts';
import { roleDeps } from '../commands/role.ts';

type Args = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;

const dutyPair = z.string().regex(/^[a-z0-9]{10,40}\|[a-z0-9]{10,40}$/).transform((v) => v.split('|') as [string, string]);

/**
 * "Same duty" / "Not the same" on an overlap of `/role check`: a leader's ruling is kept,
 * the analysis runs again, and the findings message is replaced by the new one.
 */
export function register(app: App, deps: AppDeps): void {
  for (const actionId of [RoleIds.same, RoleIds.different]) {
    app.action(actionId, async ({ ack, body, action, client, respond }: Args) => {
      await ack();
      const locale = await localeForUser(deps, client, body.team?.id ?? '', body.user.id);
      try {
        const pair = dutyPair.safeParse(action.value);
        if (!pair.success) throw new AppError('BAD_REF', 'common.error.unexpected');
        const same = actionId === RoleIds.same;
        const report = await judgeDuties(roleDeps(deps), { slackUserId: body.user.id, dutyAId: pair.data[0], dutyBId: pair.data[1], same, now: deps.now() });
        const message = findingsMessage(locale, report, t(locale, same ? 'role.judge.same' : 'role.judge.different'));
        await respond({ replace_original: true, text: message.text, blocks: message.blocks });
      } catch (error) {
        await respond({ response_type: 'ephemeral', replace_original: false, text: explain(deps, locale, error, { action: actionId }) });
      }
    });
  }
}
