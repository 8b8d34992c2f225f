import type { AllMiddlewareArgs, App, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { openProposal } from '../../../domain/goals/service.ts';
import { GoalActions, proposeModal } from '../../blocks/goals.ts';
import type { AppDeps } from '../../deps.ts';
import { runAction } from '../../reply.ts';
import { idFrom } from './goal-shared.ts';

type Args = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;

/** "Propose a key result" on a goal's head: any member of the team may propose. */
export function register(app: App, deps: AppDeps): void {
  app.action(GoalActions.propose, async (args: Args) => {
    await args.ack();
    await runAction(deps, args, async (actor) => {
      const opened = await openProposal(deps.goals, { goalId: idFrom(args.action.value), ...actor });
      await args.client.views.open({
        trigger_id: args.body.trigger_id,
        view: proposeModal(opened.locale, { goal: opened.goal }),
      });
    });
  });
}
