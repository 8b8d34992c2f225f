import type { AllMiddlewareArgs, App, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { openPulseForm } from '../../../domain/pulse/service.ts';
import { t } from '../../../i18n/index.ts';
import { AppError, isAppError } from '../../../shared/errors.ts';
import { PulseIds, pulseModal } from '../../blocks/pulse.ts';
import { localeForUser, type AppDeps } from '../../deps.ts';
import { pulseCore } from '../commands/pulse.ts';

type Args = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;

const ROUND_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** "Answer the pulse" on an invitation: opens the questions, unless already answered or closed. */
export function register(app: App, deps: AppDeps): void {
  const core = pulseCore(deps);
  app.action(PulseIds.open, async ({ ack, body, action, client, respond }: Args) => {
    await ack();
    const workspaceId = body.team?.id ?? '';
    try {
      const roundId = action.value ?? '';
      if (!ROUND_ID.test(roundId)) throw new AppError('PULSE_GONE', 'pulse.error.closed');
      const opened = await openPulseForm(core, { roundId, workspaceId, slackUserId: body.user.id, now: deps.now() });
      await client.views.open({ trigger_id: body.trigger_id, view: pulseModal(opened.locale, opened) });
    } catch (error) {
      const locale = await localeForUser(deps, client, workspaceId, body.user.id);
      // An unexpected error is logged by its code only: its message could quote a query naming the member.
      if (!isAppError(error)) deps.log.error({ action: PulseIds.open, err: (error as { code?: string; name?: string }).code ?? (error as Error).name }, 'pulse form failed');
      const text = isAppError(error) ? t(locale, error.messageKey, error.params) : t(locale, 'common.error.unexpected');
      await respond({ response_type: 'ephemeral', replace_original: false, text });
    }
  });
}
