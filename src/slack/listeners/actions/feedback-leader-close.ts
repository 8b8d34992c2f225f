import type { AllMiddlewareArgs, App, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { closeAsLeader } from '../../../domain/feedback/service.ts';
import { t } from '../../../i18n/index.ts';
import { FeedbackIds } from '../../blocks/feedback.ts';
import type { AppDeps } from '../../deps.ts';
import { explainAnonymously, feedbackCore, feedbackLocale, threadIdFrom } from '../../feedback-notifier.ts';

type Args = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;

/** "Close conversation" in a leader's DM: closed now; a job updates every copy and deletes the route. */
export function register(app: App, deps: AppDeps): void {
  app.action(FeedbackIds.actions.leaderClose, async ({ ack, body, action, respond }: Args) => {
    await ack();
    const locale = await feedbackLocale(deps, body.team?.id ?? '', body.user.id);
    try {
      const outcome = await closeAsLeader(feedbackCore(deps), { threadId: threadIdFrom(action.value), slackUserId: body.user.id, now: deps.now() });
      if (outcome === 'already') await respond({ response_type: 'ephemeral', replace_original: false, text: t(locale, 'feedback.error.already_closed') });
    } catch (error) {
      await respond({ response_type: 'ephemeral', replace_original: false, text: explainAnonymously(deps, locale, error, { action: FeedbackIds.actions.leaderClose }, body.user.id) });
    }
  });
}
