import type { AllMiddlewareArgs, App, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { openNewGoal } from '../../../domain/goals/service.ts';
import { GoalActions, newGoalModal } from '../../blocks/goals.ts';
import type { AppDeps } from '../../deps.ts';
import { runAction } from '../../reply.ts';
import { idFrom } from './goal-shared.ts';

type Args = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;

/** "New goal" on the App Home: the new-goal form for that team. */
export function register(app: App, deps: AppDeps): void {
  app.action(GoalActions.newOpen, async (args: Args) => {
    await args.ack();
    await runAction(deps, args, async (actor) => {
      const opened = await openNewGoal(deps.goals, {
        teamId: idFrom(args.action.value),
        ...actor,
        now: deps.now(),
      });
      await args.client.views.open({
        trigger_id: args.body.trigger_id,
        view: newGoalModal(opened.locale, { team: opened.team, prefill: { startDate: opened.today } }),
      });
    });
  });
}
