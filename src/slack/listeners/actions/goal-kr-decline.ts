import type { AllMiddlewareArgs, App, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { reviewKeyResult } from '../../../domain/goals/service.ts';
import { GoalActions } from '../../blocks/goals.ts';
import type { AppDeps } from '../../deps.ts';
import { runAction } from '../../reply.ts';
import { idFrom } from './goal-shared.ts';

type Args = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;

/** "Decline" on a proposal (after Slack's confirm): a leader turns it down; the proposer is told. */
export function register(app: App, deps: AppDeps): void {
  app.action(GoalActions.decline, async (args: Args) => {
    await args.ack();
    await runAction(deps, args, async (actor) => {
      await reviewKeyResult(deps.goals, {
        keyResultId: idFrom(args.action.value),
        ...actor,
        decision: 'declined',
        now: deps.now(),
      });
    });
  });
}
