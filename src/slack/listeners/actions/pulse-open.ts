import type { AllMiddlewareArgs, App, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { openPulseForm } from '../../../domain/pulse/service.ts';
import { t, type Locale } from '../../../i18n/index.ts';
import { isDatabaseUnavailable } from '../../../infra/db/unavailable.ts';
import { AppError, isAppError } from '../../../shared/errors.ts';
import { PulseIds, pulseModal } from '../../blocks/pulse.ts';
import { errorText, explainOutage, type AppDeps } from '../../deps.ts';
import { runAction } from '../../reply.ts';

type Args = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;

const ROUND_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** "Answer the pulse" on an invitation: opens the questions, unless already answered or closed. */
export function register(app: App, deps: AppDeps): void {
  const core = deps.pulse;
  app.action(PulseIds.open, async (args: Args) => {
    await args.ack();
    await runAction(
      deps,
      args,
      async (actor) => {
        const roundId = args.action.value ?? '';
        if (!ROUND_ID.test(roundId)) throw new AppError('NOT_YOUR_TEAM', 'common.error.not_your_team');
        const opened = await openPulseForm(core, { ...actor, roundId, now: deps.now() });
        await args.client.views.open({ trigger_id: args.body.trigger_id, view: pulseModal(opened.locale, opened) });
      },
      {
        explainer: (locale, error) => explainPulseFailure(deps, locale, error),
      },
    );
  });
}

/**
 * explain() for the pulse form: a rule is answered in the person's language, an outage as an
 * outage; anything is logged by its code only, as an unexpected error's message could quote a
 * query naming the member.
 */
export function explainPulseFailure(deps: Pick<AppDeps, 'log'>, locale: Locale, error: unknown): string {
  if (isAppError(error)) return errorText(locale, error);
  const code = (error as { code?: string; name?: string } | null)?.code ?? (error as Error | null)?.name ?? 'unknown';
  if (isDatabaseUnavailable(error)) return explainOutage(deps, locale, { action: PulseIds.open }, code);
  deps.log.error({ action: PulseIds.open, err: code }, 'pulse form failed');
  return t(locale, 'common.error.unexpected');
}
