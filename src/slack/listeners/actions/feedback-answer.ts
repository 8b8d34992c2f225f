import type { AllMiddlewareArgs, App, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { openAnswer } from '../../../domain/feedback/service.ts';
import { answerModal, FeedbackIds } from '../../blocks/feedback.ts';
import { localeBeforeAck, type AppDeps } from '../../deps.ts';
import { explainAnonymously, threadIdFrom } from '../../feedback-notifier.ts';
import { runAction } from '../../reply.ts';

type Args = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;

/** "Answer" on a relayed reply in the author's DM: only the person the sealed route opens to gets the modal. */
export function register(app: App, deps: AppDeps): void {
  app.action(FeedbackIds.actions.answer, async (args: Args) => {
    await args.ack();
    await runAction(
      deps,
      args,
      async (actor) => {
        const opened = await openAnswer(deps.feedback, { ...actor, threadId: threadIdFrom(args.action.value) });
        const locale = await localeBeforeAck(deps, actor.workspaceId, actor.slackUserId);
        await args.client.views.open({ trigger_id: args.body.trigger_id, view: answerModal(locale, opened) });
      },
      {
        askSlack: false,
        explainer: (locale, error) =>
          explainAnonymously(deps, locale, error, { action: FeedbackIds.actions.answer }, args.body.user.id),
      },
    );
  });
}
