import type { AllMiddlewareArgs, App, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { openReview } from '../../../domain/goals/service.ts';
import { changeModal, GoalActions } from '../../blocks/goals.ts';
import type { AppDeps } from '../../deps.ts';
import { runAction } from '../../reply.ts';
import { idFrom } from './goal-shared.ts';

type Args = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;

/** "Ask for a change" on a proposal: a leader writes what should change (the proposer gets it by DM). */
export function register(app: App, deps: AppDeps): void {
  app.action(GoalActions.change, async (args: Args) => {
    await args.ack();
    await runAction(deps, args, async (actor) => {
      const opened = await openReview(deps.goals, { keyResultId: idFrom(args.action.value), ...actor });
      await args.client.views.open({
        trigger_id: args.body.trigger_id,
        view: changeModal(opened.locale, { goal: opened.goal, keyResult: opened.keyResult }),
      });
    });
  });
}
