import type { AllMiddlewareArgs, App, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { reviewKeyResult } from '../../../domain/goals/service.ts';
import { GoalActions } from '../../blocks/goals.ts';
import type { AppDeps } from '../../deps.ts';
import { runAction } from '../../reply.ts';
import { idFrom } from './goal-shared.ts';

type Args = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;

/** "Accept" on a proposal: a leader makes it a key result of the goal, owned by the one proposed (the proposer by default). */
export function register(app: App, deps: AppDeps): void {
  app.action(GoalActions.accept, async (args: Args) => {
    await args.ack();
    await runAction(deps, args, async (actor) => {
      await reviewKeyResult(deps.goals, {
        keyResultId: idFrom(args.action.value),
        ...actor,
        decision: 'accepted',
        now: deps.now(),
      });
    });
  });
}
