import type { AllMiddlewareArgs, App, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { replyAsLeader } from '../../../domain/feedback/service.ts';
import { t } from '../../../i18n/index.ts';
import { doneView, FeedbackIds } from '../../blocks/feedback.ts';
import type { AppDeps } from '../../deps.ts';
import { explainAnonymously, feedbackCore, feedbackLocale, threadIdFrom } from '../../feedback-notifier.ts';
import { problemText, readFeedbackState } from './feedback-submit.ts';

type Args = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

/** A leader's reply: signed, relayed to the author's DM by a job right away (no batch: a leader is not anonymous). */
export function register(app: App, deps: AppDeps): void {
  app.view(FeedbackIds.views.reply, async ({ ack, body, view }: Args) => {
    const locale = await feedbackLocale(deps, body.team?.id ?? view.team_id, body.user.id);
    try {
      const text = readFeedbackState(view.state.values)[FeedbackIds.blocks.text]?.value ?? null;
      const result = await replyAsLeader(feedbackCore(deps), { threadId: threadIdFrom(view.private_metadata), slackUserId: body.user.id, text, now: deps.now() });
      if (!result.ok) {
        await ack({ response_action: 'errors', errors: { [FeedbackIds.blocks.text]: problemText(locale, result) } });
        return;
      }
      await ack({ response_action: 'update', view: doneView(locale, 'feedback.reply.sent_title', t(locale, 'feedback.reply.sent')) });
    } catch (error) {
      await ack({ response_action: 'errors', errors: { [FeedbackIds.blocks.text]: explainAnonymously(deps, locale, error, { view: FeedbackIds.views.reply }, body.user.id) } });
    }
  });
}
