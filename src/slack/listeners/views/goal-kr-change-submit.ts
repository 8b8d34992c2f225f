import type { AllMiddlewareArgs, App, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { z } from 'zod';
import { reviewKeyResult } from '../../../domain/goals/service.ts';
import { GoalViews } from '../../blocks/goals.ts';
import type { AppDeps } from '../../deps.ts';
import { runSubmission } from '../../reply.ts';
import { entityId, errorsOf, readInputs, readRef } from '../actions/goal-shared.ts';

type Args = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

const ref = z.object({ k: entityId });

/** A leader's "please change" comment: the proposal is sent back and the comment reaches the proposer by DM. */
export function register(app: App, deps: AppDeps): void {
  app.view(GoalViews.change, async (args: Args) => {
    const { ack, view } = args;
    await runSubmission(
      deps,
      args,
      async (actor, locale) => {
        const { k } = readRef(ref, view.private_metadata);
        const result = await reviewKeyResult(deps.goals, {
          ...actor,
          keyResultId: k,
          decision: 'changes_requested',
          comment: readInputs(view.state.values).comment ?? '',
          now: deps.now(),
        });
        if (!result.ok) {
          await ack({ response_action: 'errors', errors: errorsOf(locale, result.problems) });
          return;
        }
        await ack();
      },
      { preferredBlock: 'comment' },
    );
  });
}
