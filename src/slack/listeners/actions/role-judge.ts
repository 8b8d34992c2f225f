import type { AllMiddlewareArgs, App, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { z } from 'zod';
import { judgeDuties } from '../../../domain/roles/service.ts';
import { t } from '../../../i18n/index.ts';
import { AppError } from '../../../shared/errors.ts';
import { findingsMessage, RoleIds } from '../../blocks/roles.ts';
import type { AppDeps } from '../../deps.ts';
import { answerLocale, replacePressed, runAction } from '../../reply.ts';

type Args = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;

const dutyPair = z
  .string()
  .regex(/^[a-z0-9]{10,40}\|[a-z0-9]{10,40}$/)
  .transform((v) => v.split('|') as [string, string]);

/**
 * "Same duty" / "Not the same" on an overlap of `/role check`: a leader's ruling is kept,
 * the analysis runs again, and the findings message is replaced by the new one.
 */
export function register(app: App, deps: AppDeps): void {
  for (const actionId of [RoleIds.same, RoleIds.different]) {
    app.action(actionId, async (args: Args) => {
      await args.ack();
      await runAction(deps, args, async (actor) => {
        const pair = dutyPair.safeParse(args.action.value);
        if (!pair.success) throw new AppError('BAD_REF', 'common.error.unexpected');
        const same = actionId === RoleIds.same;
        const report = await judgeDuties(deps.roles, {
          ...actor,
          dutyAId: pair.data[0],
          dutyBId: pair.data[1],
          same,
          now: deps.now(),
        });
        const locale = await answerLocale(deps, args.body, args.client);
        await replacePressed(
          deps,
          args,
          locale,
          findingsMessage(locale, report, t(locale, same ? 'role.judge.same' : 'role.judge.different')),
        );
      });
    });
  }
}
