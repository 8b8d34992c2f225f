import type { AllMiddlewareArgs, App, BlockStaticSelectAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { z } from 'zod';
import { linkKeyResult } from '../../../domain/roles/service.ts';
import { t } from '../../../i18n/index.ts';
import { AppError } from '../../../shared/errors.ts';
import { inert } from '../../../shared/text.ts';
import { findingsMessage, RoleIds } from '../../blocks/roles.ts';
import { explain, localeForUser, type AppDeps } from '../../deps.ts';
import { roleDeps } from '../commands/role.ts';

type Args = SlackActionMiddlewareArgs<BlockStaticSelectAction> & AllMiddlewareArgs;

const link = z.string().regex(/^[A-Za-z0-9_-]{1,64}\|[a-z0-9]{10,40}$/).transform((v) => v.split('|') as [string, string]);

/** The "It falls under…" select of a key result without a duty: a leader links it to a duty. */
export function register(app: App, deps: AppDeps): void {
  app.action(RoleIds.keyResultDuty, async ({ ack, body, action, client, respond }: Args) => {
    await ack();
    const locale = await localeForUser(deps, client, body.team?.id ?? '', body.user.id);
    try {
      const chosen = link.safeParse(action.selected_option?.value);
      if (!chosen.success) throw new AppError('BAD_REF', 'common.error.unexpected');
      const [keyResultId, dutyId] = chosen.data;
      const report = await linkKeyResult(roleDeps(deps), { slackUserId: body.user.id, keyResultId, dutyId, now: deps.now() });
      const duty = report.positions.flatMap((p) => p.duties).find((d) => d.id === dutyId);
      const message = findingsMessage(locale, report, t(locale, 'role.link.done', { duty: inert(duty?.text ?? '', 300) }));
      await respond({ replace_original: true, text: message.text, blocks: message.blocks });
    } catch (error) {
      await respond({ response_type: 'ephemeral', replace_original: false, text: explain(deps, locale, error, { action: RoleIds.keyResultDuty }) });
    }
  });
}
