import type { AllMiddlewareArgs, App, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { OUTCOMES } from '../../../domain/informal/model.ts';
import { answerFollowup } from '../../../domain/informal/service.ts';
import { answeredMessage, OUTCOME_ACTIONS } from '../../blocks/informal.ts';
import type { AppDeps } from '../../deps.ts';
import { replacePressed, runAction } from '../../reply.ts';
import { idFrom } from './goal-shared.ts';

type Args = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;

/**
 * "Did you meet?" answered by a member of the group (the value names the group; only its
 * members may answer): the group's message then says who answered what.
 */
export function register(app: App, deps: AppDeps): void {
  for (const outcome of OUTCOMES) {
    app.action(OUTCOME_ACTIONS[outcome], async (args: Args) => {
      await args.ack();
      await runAction(deps, args, async (actor) => {
        const groupId = idFrom(args.action.value);
        const answered = await answerFollowup(deps.informal, {
          ...actor,
          groupId,
          outcome,
          now: deps.now(),
        });
        const message = answeredMessage({
          locales: answered.locales,
          groupId,
          by: answered.member,
          outcome: answered.outcome,
        });
        await replacePressed(
          deps,
          { body: args.body, client: args.client, ...(args.respond && { respond: args.respond }) },
          answered.locales[0]!,
          message,
        );
      });
    });
  }
}
