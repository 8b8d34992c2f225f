import type { AllMiddlewareArgs, App, BlockStaticSelectAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { z } from 'zod';
import { linkKeyResult } from '../../../domain/roles/service.ts';
import { t } from '../../../i18n/index.ts';
import { AppError } from '../../../shared/errors.ts';
import { inert } from '../../../shared/text.ts';
import { findingsMessage, RoleIds } from '../../blocks/roles.ts';
import type { AppDeps } from '../../deps.ts';
import { answerLocale, replacePressed, runAction } from '../../reply.ts';

type Args = SlackActionMiddlewareArgs<BlockStaticSelectAction> & AllMiddlewareArgs;

const link = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}\|[a-z0-9]{10,40}$/)
  .transform((v) => v.split('|') as [string, string]);

/** The "It falls under…" select of a key result without a duty: a leader links it to a duty. */
export function register(app: App, deps: AppDeps): void {
  app.action(RoleIds.keyResultDuty, async (args: Args) => {
    await args.ack();
    await runAction(deps, args, async (actor) => {
      const chosen = link.safeParse(args.action.selected_option?.value);
      if (!chosen.success) throw new AppError('BAD_REF', 'common.error.unexpected');
      const [keyResultId, dutyId] = chosen.data;
      const report = await linkKeyResult(deps.roles, { ...actor, keyResultId, dutyId, now: deps.now() });
      const duty = report.positions.flatMap((p) => p.duties).find((d) => d.id === dutyId);
      const locale = await answerLocale(deps, args.body, args.client);
      await replacePressed(
        deps,
        args,
        locale,
        findingsMessage(locale, report, t(locale, 'role.link.done', { duty: inert(duty?.text ?? '', 300) })),
      );
    });
  });
}
