import type { AllMiddlewareArgs, App, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { openReply } from '../../../domain/feedback/service.ts';
import { FeedbackIds, replyModal } from '../../blocks/feedback.ts';
import type { AppDeps } from '../../deps.ts';
import { explainAnonymously, feedbackCore, feedbackLocale, threadIdFrom } from '../../feedback-notifier.ts';

type Args = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;

/** "Reply" on feedback in a leader's DM: a leader of the team gets the reply modal. */
export function register(app: App, deps: AppDeps): void {
  app.action(FeedbackIds.actions.reply, async ({ ack, body, action, client, respond }: Args) => {
    await ack();
    const locale = await feedbackLocale(deps, body.team?.id ?? '', body.user.id);
    try {
      const opened = await openReply(feedbackCore(deps), { threadId: threadIdFrom(action.value), slackUserId: body.user.id });
      await client.views.open({ trigger_id: body.trigger_id, view: replyModal(opened.locale, opened) });
    } catch (error) {
      await respond({ response_type: 'ephemeral', replace_original: false, text: explainAnonymously(deps, locale, error, { action: FeedbackIds.actions.reply }, body.user.id) });
    }
  });
}
