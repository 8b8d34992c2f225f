import type { AllMiddlewareArgs, App, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { COMMENT_FIELD, type PulseProblem } from '../../../domain/pulse/answers.ts';
import { submitPulse } from '../../../domain/pulse/service.ts';
import { t, type Locale } from '../../../i18n/index.ts';
import { isAppError } from '../../../shared/errors.ts';
import { PulseIds, thanksView } from '../../blocks/pulse.ts';
import { section, plain, LIMITS } from '../../blocks/limits.ts';
import { type AppDeps, errorText } from '../../deps.ts';
import { readModalInputs } from '../../modal-state.ts';
import { actorOf, answerLocale, refuseSubmission } from '../../reply.ts';

type Args = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

/** Modal state → a raw score per question block, and the comment. */
export function readPulseState(values: unknown): { raw: Record<string, string>; comment: string | undefined } {
  const scores = readModalInputs(values, PulseIds.score);
  const raw = Object.fromEntries(
    Object.entries(scores).flatMap(([blockId, input]) => (blockId === COMMENT_FIELD ? [] : [[blockId, input.text]])),
  );
  const comment = readModalInputs(values, PulseIds.comment)[COMMENT_FIELD]?.text;
  return { raw, comment: comment || undefined };
}

function problemText(locale: Locale, problem: PulseProblem): string {
  if (problem.problem === 'too_long')
    return t(locale, 'common.error.text_too_long', { max: 1000, length: problem.length });
  return t(locale, 'pulse.error.required');
}

/**
 * The pulse modal's submit: validated and saved before ack() so a problem shows next to its
 * field. Anonymity: nothing here is enqueued, and nothing about the person is logged — not
 * even an unexpected error's message, which could quote the query that named them.
 */
export function register(app: App, deps: AppDeps): void {
  const core = deps.pulse;
  app.view(PulseIds.submit, async ({ ack, body, view }: Args) => {
    const locale = await answerLocale(deps, body);
    try {
      const { raw, comment } = readPulseState(view.state.values);
      const result = await submitPulse(core, {
        ...actorOf(body),
        roundId: view.private_metadata,
        raw,
        comment,
        now: deps.now(),
      });
      if (!result.ok) {
        await ack({
          response_action: 'errors',
          errors: Object.fromEntries(result.problems.map((p) => [p.field, problemText(locale, p)])),
        });
        return;
      }
      await ack({ response_action: 'update', view: thanksView(locale) });
    } catch (error) {
      if (isAppError(error) && error.code === 'REDIS_UNAVAILABLE') {
        // Not kept: the form stays open with what they chose, so pressing Submit again is enough.
        await ack({ response_action: 'errors', errors: { [COMMENT_FIELD]: t(locale, error.messageKey) } });
        return;
      }
      if (isAppError(error)) {
        // Already answered, or closed: nothing to fix in the form, so the modal says why.
        await ack({
          response_action: 'update',
          view: {
            type: 'modal',
            title: plain(t(locale, 'pulse.modal.title'), LIMITS.modalTitle),
            close: plain(t(locale, 'common.done'), LIMITS.modalTitle),
            blocks: [section(errorText(locale, error))],
          },
        }).catch(() => deps.log.warn({ view: PulseIds.submit }, 'could not answer the person'));
        return;
      }
      deps.log.error(
        { view: PulseIds.submit, err: (error as { code?: string; name?: string }).code ?? (error as Error).name },
        'pulse submission failed',
      );
      await refuseSubmission(deps, { ack, view }, locale, t(locale, 'common.error.unexpected'), COMMENT_FIELD);
    }
  });
}
