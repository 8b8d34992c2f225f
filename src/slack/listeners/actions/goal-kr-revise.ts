import type { AllMiddlewareArgs, App, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { openRevision } from '../../../domain/goals/service.ts';
import { GoalActions, proposeModal } from '../../blocks/goals.ts';
import type { AppDeps } from '../../deps.ts';
import { runAction } from '../../reply.ts';
import { idFrom } from './goal-shared.ts';

type Args = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;

/** "Revise my proposal" (DM or thread): the proposer's form, filled with what was sent back. */
export function register(app: App, deps: AppDeps): void {
  app.action(GoalActions.revise, async (args: Args) => {
    await args.ack();
    await runAction(deps, args, async (actor) => {
      const opened = await openRevision(deps.goals, { keyResultId: idFrom(args.action.value), ...actor });
      await args.client.views.open({
        trigger_id: args.body.trigger_id,
        view: proposeModal(opened.locale, {
          goal: opened.goal,
          existing: opened.existing,
          ownerSlackUserId: opened.ownerSlackUserId,
        }),
      });
    });
  });
}
