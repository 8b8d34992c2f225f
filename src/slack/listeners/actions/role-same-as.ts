import type { AllMiddlewareArgs, App, BlockStaticSelectAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { z } from 'zod';
import { judgeDuties } from '../../../domain/roles/service.ts';
import { t } from '../../../i18n/index.ts';
import { AppError } from '../../../shared/errors.ts';
import { findingsMessage, RoleIds } from '../../blocks/roles.ts';
import type { AppDeps } from '../../deps.ts';
import { answerLocale, runAction, tellPrivately } from '../../reply.ts';

type Args = SlackActionMiddlewareArgs<BlockStaticSelectAction> & AllMiddlewareArgs;

const dutyPair = z
  .string()
  .regex(/^[a-z0-9]{10,40}\|[a-z0-9]{10,40}$/)
  .transform((v) => v.split('|') as [string, string]);

/**
 * "Same as…" on a leader's role card: a duty of this card is ruled the same as a duty of
 * another position, however differently the two are worded. The card stays; the findings
 * after the ruling arrive as a new message.
 */
export function register(app: App, deps: AppDeps): void {
  app.action(RoleIds.sameAs, async (args: Args) => {
    await args.ack();
    await runAction(deps, args, async (actor) => {
      const pair = dutyPair.safeParse(args.action.selected_option?.value);
      if (!pair.success) throw new AppError('BAD_REF', 'common.error.unexpected');
      const report = await judgeDuties(deps.roles, {
        ...actor,
        dutyAId: pair.data[0],
        dutyBId: pair.data[1],
        same: true,
        now: deps.now(),
      });
      const locale = await answerLocale(deps, args.body, args.client);
      const message = findingsMessage(locale, report, t(locale, 'role.judge.same'));
      await tellPrivately(deps, args, locale, message.text, message.blocks);
    });
  });
}
