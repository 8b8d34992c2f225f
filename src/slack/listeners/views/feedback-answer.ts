import type { AllMiddlewareArgs, App, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { answerAsAuthor } from '../../../domain/feedback/service.ts';
import { t } from '../../../i18n/index.ts';
import { inert } from '../../../shared/text.ts';
import { aboutTime, doneView, FeedbackIds } from '../../blocks/feedback.ts';
import type { AppDeps } from '../../deps.ts';
import { explainAnonymously, threadIdFrom } from '../../feedback-notifier.ts';
import { runSubmission } from '../../reply.ts';
import { problemText, readFeedbackState } from './feedback-submit.ts';

type Args = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

/** The author's answer: stored for the end of the window like new feedback; nothing sent or enqueued now. */
export function register(app: App, deps: AppDeps): void {
  app.view(FeedbackIds.views.answer, async (args: Args) => {
    const { ack, view } = args;
    await runSubmission(
      deps,
      args,
      async (actor, locale) => {
        const text = readFeedbackState(view.state.values)[FeedbackIds.blocks.text]?.text ?? null;
        const now = deps.now();
        const result = await answerAsAuthor(deps.feedback, {
          ...actor,
          threadId: threadIdFrom(view.private_metadata),
          text,
          now,
        });
        if (!result.ok) {
          const message =
            result.problem.problem === 'rate_limited'
              ? t(locale, 'feedback.error.answer_rate_limited', { limit: result.problem.limit })
              : problemText(locale, result.problem);
          await ack({ response_action: 'errors', errors: { [FeedbackIds.blocks.text]: message } });
          return;
        }
        const time = aboutTime(result.deliverAfter, result.team.timeZone, now, locale);
        await ack({
          response_action: 'update',
          view: doneView(
            locale,
            'feedback.answer.sent_title',
            t(locale, 'feedback.answer.sent', { team: inert(result.team.name, 80), time }),
          ),
        });
      },
      {
        preferredBlock: FeedbackIds.blocks.text,
        explainer: (locale, error) =>
          explainAnonymously(deps, locale, error, { view: FeedbackIds.views.answer }, args.body.user.id),
      },
    );
  });
}
