import type { AllMiddlewareArgs, App, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { openReply } from '../../../domain/feedback/service.ts';
import { FeedbackIds, replyModal } from '../../blocks/feedback.ts';
import type { AppDeps } from '../../deps.ts';
import { explainAnonymously, threadIdFrom } from '../../feedback-notifier.ts';
import { runAction } from '../../reply.ts';

type Args = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;

/** "Reply" on feedback in a leader's DM: a leader of the team gets the reply modal. */
export function register(app: App, deps: AppDeps): void {
  app.action(FeedbackIds.actions.reply, async (args: Args) => {
    await args.ack();
    await runAction(
      deps,
      args,
      async (actor) => {
        const opened = await openReply(deps.feedback, { ...actor, threadId: threadIdFrom(args.action.value) });
        await args.client.views.open({ trigger_id: args.body.trigger_id, view: replyModal(opened.locale, opened) });
      },
      {
        askSlack: false,
        explainer: (locale, error) =>
          explainAnonymously(deps, locale, error, { action: FeedbackIds.actions.reply }, args.body.user.id),
      },
    );
  });
}
