import type { AllMiddlewareArgs, App, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { saveTemplate } from '../../../domain/scorecards/service.ts';
import { t } from '../../../i18n/index.ts';
import { AppError } from '../../../shared/errors.ts';
import { doneModal, modalErrorText, parseTemplateRef, ScorecardIds } from '../../blocks/scorecards.ts';
import type { AppDeps } from '../../deps.ts';
import { readModalInputs } from '../../modal-state.ts';
import { runSubmission } from '../../reply.ts';

type Args = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

const readInput = (values: unknown, blockId: string, actionId: string): string =>
  readModalInputs(values, actionId)[blockId]?.text ?? '';

/**
 * The template editor's submit: every line checked (weights add up to 100), the note
 * required; problems are shown in the modal next to the box they concern, nothing typed
 * is lost. Saved, the modal says which version it became and from when it applies.
 */
export function register(app: App, deps: AppDeps): void {
  app.view(ScorecardIds.templateView, async (args: Args) => {
    const { ack, view } = args;
    await runSubmission(
      deps,
      args,
      async (actor, locale) => {
        const ref = parseTemplateRef(view.private_metadata);
        if (!ref) throw new AppError('BAD_REF', 'common.error.unexpected');
        const result = await saveTemplate(deps.scorecards, {
          ...actor,
          teamId: ref.teamId,
          text: readInput(view.state.values, ScorecardIds.metricsBlock, ScorecardIds.input),
          note: readInput(view.state.values, ScorecardIds.noteBlock, ScorecardIds.input),
          now: deps.now(),
        });
        if (!result.ok) {
          const errors: Record<string, string> = {};
          for (const field of ['metrics', 'note'] as const) {
            const problems = result.problems.filter((p) => p.field === field);
            if (problems.length > 0)
              errors[field === 'metrics' ? ScorecardIds.metricsBlock : ScorecardIds.noteBlock] = modalErrorText(
                locale,
                problems,
              );
          }
          await ack({ response_action: 'errors', errors });
          return;
        }
        const key = result.created ? 'scorecard.template.saved_new' : 'scorecard.template.saved_pending';
        await ack({
          response_action: 'update',
          view: doneModal(
            locale,
            'scorecard.template.modal.title',
            t(locale, key, { version: result.template.version, period: result.effectiveFrom }),
          ),
        });
      },
      { preferredBlock: ScorecardIds.metricsBlock },
    );
  });
}
