import type { AllMiddlewareArgs, App, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { z } from 'zod';
import { proposeKeyResult } from '../../../domain/goals/service.ts';
import { GoalViews } from '../../blocks/goals.ts';
import type { AppDeps } from '../../deps.ts';
import { runSubmission } from '../../reply.ts';
import { entityId, errorsOf, readInputs, readRef } from '../actions/goal-shared.ts';

type Args = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

const ref = z.object({ g: entityId, k: entityId.optional() });

/** A proposed (or revised) key result: validated and saved before ack(); posted in the goal thread by a job. */
export function register(app: App, deps: AppDeps): void {
  app.view(GoalViews.propose, async (args: Args) => {
    const { ack, view } = args;
    await runSubmission(
      deps,
      args,
      async (actor, locale) => {
        const { g, k } = readRef(ref, view.private_metadata);
        const result = await proposeKeyResult(deps.goals, {
          ...actor,
          goalId: g,
          raw: readInputs(view.state.values),
          ...(k && { keyResultId: k }),
        });
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
