import type { AllMiddlewareArgs, App, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { recordCheckin } from '../../../domain/checkins/service.ts';
import { progressProblems, recordProgressFromCheckin } from '../../../domain/goals/service.ts';
import { isQuestionId, type AnswerProblem, type QuestionId } from '../../../domain/checkins/questions.ts';
import { t, type Locale } from '../../../i18n/index.ts';
import { progressErrors, progressFromState } from '../../blocks/goals.ts';
import type { AppDeps } from '../../deps.ts';
import { readModalInputs } from '../../modal-state.ts';
import { runSubmission } from '../../reply.ts';
import { ANSWER_ACTION, Views } from '../../ids.ts';
import { parseCheckinRef } from '../../parse.ts';

type Args = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

/** Modal state → raw answers per question; unknown blocks are ignored. */
export function readAnswers(values: unknown): Partial<Record<QuestionId, string>> {
  return Object.fromEntries(
    Object.entries(readModalInputs(values, ANSWER_ACTION)).flatMap(([blockId, input]) =>
      isQuestionId(blockId) ? [[blockId, input.text]] : [],
    ),
  );
}

function problemText(locale: Locale, problem: AnswerProblem): string {
  switch (problem.problem) {
    case 'required':
      return t(locale, 'checkin.error.required');
    case 'mood':
      return t(locale, 'checkin.error.mood');
    case 'number':
      return t(locale, 'checkin.error.number');
    case 'too_long':
      return t(locale, 'common.error.text_too_long', { max: 1500, length: problem.length ?? 0 });
  }
}

/**
 * The check-in modal's submit. Validation and the save are quick local work, done before
 * ack() so that a problem is shown next to its field and nothing typed is lost; posting
 * to the thread is a job.
 */
export function register(app: App, deps: AppDeps): void {
  app.view(Views.checkinSubmit, async (args: Args) => {
    const { ack, view } = args;
    await runSubmission(deps, args, async (actor, locale) => {
      const ref = parseCheckinRef(view.private_metadata);
      // Key-result progress asked in the check-in is checked first, so nothing is saved half.
      const progress = progressFromState(view.state.values);
      const problems = progressProblems(progress);
      if (problems.length > 0) {
        await ack({ response_action: 'errors', errors: progressErrors(locale, problems) });
        return;
      }
      const result = await recordCheckin(deps.checkins, {
        ...ref,
        ...actor,
        raw: readAnswers(view.state.values),
        now: deps.now(),
      });
      if (!result.ok) {
        await ack({
          response_action: 'errors',
          errors: Object.fromEntries(result.problems.map((p) => [p.question, problemText(locale, p)])),
        });
        return;
      }
      const recorded = await recordProgressFromCheckin(deps.goals, {
        ...actor,
        entries: progress,
        now: deps.now(),
      });
      if (!recorded.ok) {
        await ack({ response_action: 'errors', errors: progressErrors(locale, recorded.problems) });
        return;
      }
      await ack();
    });
  });
}
