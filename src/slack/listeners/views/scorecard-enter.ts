import type { AllMiddlewareArgs, App, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { saveValues } from '../../../domain/scorecards/service.ts';
import { t } from '../../../i18n/index.ts';
import { AppError } from '../../../shared/errors.ts';
import { inert } from '../../../shared/text.ts';
import { doneModal, parseEnterRef, problemText, ScorecardIds } from '../../blocks/scorecards.ts';
import type { AppDeps } from '../../deps.ts';
import { runSubmission } from '../../reply.ts';
import { readModalInputs } from '../../modal-state.ts';

type Args = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

/** The form's boxes → raw text per metric key (a box left empty clears that value). */
export function readValues(values: unknown): Record<string, string | null> {
  return Object.fromEntries(
    Object.entries(readModalInputs(values, ScorecardIds.valueAction)).flatMap(([blockId, input]) =>
      blockId.startsWith(ScorecardIds.valueBlockPrefix)
        ? [[blockId.slice(ScorecardIds.valueBlockPrefix.length), input.text]]
        : [],
    ),
  );
}

/** The value form's submit: numbers checked per box, all written together, then confirmed. */
export function register(app: App, deps: AppDeps): void {
  app.view(ScorecardIds.enterView, async (args: Args) => {
    const { ack, view } = args;
    await runSubmission(deps, args, async (actor, locale) => {
      const ref = parseEnterRef(view.private_metadata);
      if (!ref) throw new AppError('BAD_REF', 'common.error.unexpected');
      const result = await saveValues(deps.scorecards, {
        ...ref,
        ...actor,
        raw: readValues(view.state.values),
        now: deps.now(),
      });
      if (!result.ok) {
        const errors = Object.fromEntries(
          result.problems.map((p) => [`${ScorecardIds.valueBlockPrefix}${p.metricKey}`, problemText(locale, p, false)]),
        );
        await ack({ response_action: 'errors', errors });
        return;
      }
      const name = inert(result.member.displayName || result.member.slackUserId, 80);
      await ack({
        response_action: 'update',
        view: doneModal(
          locale,
          'scorecard.enter.modal.title',
          t(locale, 'scorecard.enter.saved', { count: result.written, name, period: result.period }),
        ),
      });
    });
  });
}
