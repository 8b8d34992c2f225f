import type { AllMiddlewareArgs, App, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { replyAsLeader } from '../../../domain/feedback/service.ts';
import { t } from '../../../i18n/index.ts';
import { doneView, FeedbackIds } from '../../blocks/feedback.ts';
import type { AppDeps } from '../../deps.ts';
import { explainAnonymously, threadIdFrom } from '../../feedback-notifier.ts';
import { runSubmission } from '../../reply.ts';
import { problemText, readFeedbackState } from './feedback-submit.ts';

type Args = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

/** A leader's reply: signed, relayed to the author's DM by a job right away (no batch: a leader is not anonymous). */
export function register(app: App, deps: AppDeps): void {
  app.view(FeedbackIds.views.reply, async (args: Args) => {
    const { ack, view } = args;
    await runSubmission(
      deps,
      args,
      async (actor, locale) => {
        const text = readFeedbackState(view.state.values)[FeedbackIds.blocks.text]?.text ?? null;
        const result = await replyAsLeader(deps.feedback, {
          ...actor,
          threadId: threadIdFrom(view.private_metadata),
          text,
          now: deps.now(),
        });
        if (!result.ok) {
          await ack({ response_action: 'errors', errors: { [FeedbackIds.blocks.text]: problemText(locale, result) } });
          return;
        }
        await ack({
          response_action: 'update',
          view: doneView(locale, 'feedback.reply.sent_title', t(locale, 'feedback.reply.sent')),
        });
      },
      {
        preferredBlock: FeedbackIds.blocks.text,
        explainer: (locale, error) =>
          explainAnonymously(deps, locale, error, { view: FeedbackIds.views.reply }, args.body.user.id),
      },
    );
  });
}
