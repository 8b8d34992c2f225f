import type { AllMiddlewareArgs, App, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { z } from 'zod';
import { createGoal } from '../../../domain/goals/service.ts';
import { GoalViews } from '../../blocks/goals.ts';
import type { AppDeps } from '../../deps.ts';
import { runSubmission } from '../../reply.ts';
import { entityId, errorsOf, readInputs, readRef } from '../actions/goal-shared.ts';

type Args = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

const ref = z.object({ t: entityId });

/**
 * The new-goal form's submit: validated (lengths, period, dates) and saved before ack(), so
 * a problem shows next to its field with nothing typed lost; the goal thread is posted by a job.
 */
export function register(app: App, deps: AppDeps): void {
  app.view(GoalViews.create, async (args: Args) => {
    const { ack, view } = args;
    await runSubmission(
      deps,
      args,
      async (actor, locale) => {
        const inputs = readInputs(view.state.values);
        const teamId = inputs.team || readRef(ref, view.private_metadata).t;
        const result = await createGoal(deps.goals, { ...actor, teamId, raw: inputs, now: deps.now() });
        if (!result.ok) {
          await ack({ response_action: 'errors', errors: errorsOf(locale, result.problems) });
          return;
        }
        await ack();
      },
      { preferredBlock: 'title' },
    );
  });
}
