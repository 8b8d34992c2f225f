import type { AllMiddlewareArgs, App, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { openAnswer } from '../../../domain/feedback/service.ts';
import { answerModal, FeedbackIds } from '../../blocks/feedback.ts';
import type { AppDeps } from '../../deps.ts';
import { explainAnonymously, feedbackCore, feedbackLocale, threadIdFrom } from '../../feedback-notifier.ts';

type Args = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;

/** "Answer" on a relayed reply in the author's DM: only the person the sealed route opens to gets the modal. */
export function register(app: App, deps: AppDeps): void {
  app.action(FeedbackIds.actions.answer, async ({ ack, body, action, client, respond }: Args) => {
    await ack();
    const locale = await feedbackLocale(deps, body.team?.id ?? '', body.user.id);
    try {
      const opened = await openAnswer(feedbackCore(deps), { threadId: threadIdFrom(action.value), slackUserId: body.user.id });
      await client.views.open({ trigger_id: body.trigger_id, view: answerModal(locale, opened) });
    } catch (error) {
      await respond({ response_type: 'ephemeral', replace_original: false, text: explainAnonymously(deps, locale, error, { action: FeedbackIds.actions.answer }, body.user.id) });
    }
  });
}
