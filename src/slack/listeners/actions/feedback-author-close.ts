import type { AllMiddlewareArgs, App, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { closeAsAuthor } from '../../../domain/feedback/service.ts';
import { t } from '../../../i18n/index.ts';
import { section } from '../../blocks/limits.ts';
import { FeedbackIds } from '../../blocks/feedback.ts';
import { localeBeforeAck, type AppDeps } from '../../deps.ts';
import { explainAnonymously, threadIdFrom } from '../../feedback-notifier.ts';
import { replacePressed, runAction } from '../../reply.ts';

type Args = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;

/**
 * "Close conversation" in the author's DM: the route is deleted at once and the pressed message
 * says so (through its response_url, not a logged API call); the leaders' copies and the
 * author's other copies are updated with the batch at the end of the window.
 */
export function register(app: App, deps: AppDeps): void {
  app.action(FeedbackIds.actions.authorClose, async (args: Args) => {
    await args.ack();
    await runAction(
      deps,
      args,
      async (actor) => {
        await closeAsAuthor(deps.feedback, {
          ...actor,
          threadId: threadIdFrom(args.action.value),
          now: deps.now(),
        });
        const locale = await localeBeforeAck(deps, actor.workspaceId, actor.slackUserId);
        const text = t(locale, 'feedback.closed.by_you');
        await replacePressed(deps, args, locale, { text, blocks: [section(text)] });
      },
      {
        askSlack: false,
        explainer: (locale, error) =>
          explainAnonymously(deps, locale, error, { action: FeedbackIds.actions.authorClose }, args.body.user.id),
      },
    );
  });
}
