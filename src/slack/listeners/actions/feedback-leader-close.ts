import type { AllMiddlewareArgs, App, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { closeAsLeader } from '../../../domain/feedback/service.ts';
import { t } from '../../../i18n/index.ts';
import { FeedbackIds } from '../../blocks/feedback.ts';
import { localeBeforeAck, type AppDeps } from '../../deps.ts';
import { explainAnonymously, threadIdFrom } from '../../feedback-notifier.ts';
import { runAction, tellPrivately } from '../../reply.ts';

type Args = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;

/** "Close conversation" in a leader's DM: closed now; a job updates every copy and deletes the route. */
export function register(app: App, deps: AppDeps): void {
  app.action(FeedbackIds.actions.leaderClose, async (args: Args) => {
    await args.ack();
    await runAction(
      deps,
      args,
      async (actor) => {
        const outcome = await closeAsLeader(deps.feedback, {
          ...actor,
          threadId: threadIdFrom(args.action.value),
          now: deps.now(),
        });
        if (outcome !== 'already') return;
        const locale = await localeBeforeAck(deps, actor.workspaceId, actor.slackUserId);
        await tellPrivately(deps, args, locale, t(locale, 'feedback.error.already_closed'));
      },
      {
        askSlack: false,
        explainer: (locale, error) =>
          explainAnonymously(deps, locale, error, { action: FeedbackIds.actions.leaderClose }, args.body.user.id),
      },
    );
  });
}
