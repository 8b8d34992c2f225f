import type { AllMiddlewareArgs, App, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { openNextGoal } from '../../../domain/goals/service.ts';
import { GoalActions, newGoalModal } from '../../blocks/goals.ts';
import type { AppDeps } from '../../deps.ts';
import { runAction } from '../../reply.ts';
import { idFrom } from './goal-shared.ts';

type Args = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;

/** "Set the next goal together" under a review: the new-goal form, filled from the closed goal for the next period. */
export function register(app: App, deps: AppDeps): void {
  app.action(GoalActions.next, async (args: Args) => {
    await args.ack();
    await runAction(deps, args, async (actor) => {
      const opened = await openNextGoal(deps.goals, {
        goalId: idFrom(args.action.value),
        ...actor,
        now: deps.now(),
      });
      const { previous, next } = opened;
      await args.client.views.open({
        trigger_id: args.body.trigger_id,
        view: newGoalModal(opened.locale, {
          team: opened.team,
          prefill: { title: previous.title, why: previous.why, measure: previous.measure, ...next },
        }),
      });
    });
  });
}
