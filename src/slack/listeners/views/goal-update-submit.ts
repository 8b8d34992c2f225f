import type { AllMiddlewareArgs, App, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { z } from 'zod';
import { recordProgress } from '../../../domain/goals/service.ts';
import { GoalViews, progressErrors, progressFromState } from '../../blocks/goals.ts';
import type { AppDeps } from '../../deps.ts';
import { runSubmission } from '../../reply.ts';
import { readRef } from '../actions/goal-shared.ts';

type Args = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

const ref = z.object({ s: z.enum(['command', 'button', 'home']) });

/**
 * The progress form's submit: every filled-in key result becomes one more update in its
 * history (value, confidence 1–10, note); problems show next to their fields.
 */
export function register(app: App, deps: AppDeps): void {
  app.view(GoalViews.update, async (args: Args) => {
    const { ack, view } = args;
    await runSubmission(deps, args, async (actor, locale) => {
      const { s } = readRef(ref, view.private_metadata);
      const result = await recordProgress(deps.goals, {
        ...actor,
        entries: progressFromState(view.state.values),
        source: s,
        now: deps.now(),
      });
      if (!result.ok) {
        await ack({ response_action: 'errors', errors: progressErrors(locale, result.problems) });
        return;
      }
      await ack();
    });
  });
}
