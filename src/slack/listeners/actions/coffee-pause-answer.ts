import type { AllMiddlewareArgs, App, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { answerPauseAsk } from '../../../domain/informal/service.ts';
import { localeOf } from '../../../domain/teams/model.ts';
import { InformalIds, pauseAnsweredText } from '../../blocks/informal.ts';
import type { AppDeps } from '../../deps.ts';
import { replacePressed, runAction } from '../../reply.ts';
import { idFrom } from './goal-shared.ts';

type Args = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;

/** The private "pause for a while?" answered by the member it was asked of (the value names them). */
export function register(app: App, deps: AppDeps): void {
  for (const actionId of [InformalIds.pause, InformalIds.stay]) {
    app.action(actionId, async (args: Args) => {
      await args.ack();
      await runAction(deps, args, async (actor) => {
        const { member, team, choice } = await answerPauseAsk(deps.informal, {
          ...actor,
          memberId: idFrom(args.action.value),
          pause: actionId === InformalIds.pause,
          now: deps.now(),
        });
        const locale = localeOf(member, team);
        await replacePressed(
          deps,
          { body: args.body, client: args.client, ...(args.respond && { respond: args.respond }) },
          locale,
          { text: pauseAnsweredText(locale, team, choice) },
        );
      });
    });
  }
}
