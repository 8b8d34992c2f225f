import type { AllMiddlewareArgs, App, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { closeAsAuthor } from '../../../domain/feedback/service.ts';
import { t } from '../../../i18n/index.ts';
import { section } from '../../blocks/limits.ts';
import { FeedbackIds } from '../../blocks/feedback.ts';
import type { AppDeps } from '../../deps.ts';
import { explainAnonymously, feedbackCore, feedbackLocale, threadIdFrom } from '../../feedback-notifier.ts';

type Args = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;

/**
 * "Close conversation" in the author's DM: the route is deleted at once and the pressed message
 * says so (through its response_url, not a logged API call); the leaders' copies and the
 * author's other copies are updated with the batch at the end of the window.
 */
export function register(app: App, deps: AppDeps): void {
  app.action(FeedbackIds.actions.authorClose, async ({ ack, body, action, respond }: Args) => {
    await ack();
    const locale = await feedbackLocale(deps, body.team?.id ?? '', body.user.id);
    try {
      await closeAsAuthor(feedbackCore(deps), { threadId: threadIdFrom(action.value), slackUserId: body.user.id, now: deps.now() });
      const text = t(locale, 'feedback.closed.by_you');
      await respond({ replace_original: true, text, blocks: [section(text)] });
    } catch (error) {
      await respond({ response_type: 'ephemeral', replace_original: false, text: explainAnonymously(deps, locale, error, { action: FeedbackIds.actions.authorClose }, body.user.id) });
    }
  });
}
