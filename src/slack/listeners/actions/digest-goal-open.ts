import type { AllMiddlewareArgs, App, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { DigestIds } from '../../blocks/digest.ts';

type Args = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;

/**
 * "Open the goal thread" is a link: Slack opens it in the leader's client and still sends the
 * press, which only needs acknowledging (nothing else is done, so nothing is trusted from it).
 */
export function register(app: App): void {
  app.action(DigestIds.openGoal, async ({ ack }: Args) => {
    await ack();
  });
}
