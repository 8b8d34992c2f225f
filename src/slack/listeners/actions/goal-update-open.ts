import type { AllMiddlewareArgs, App, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { myKeyResults } from '../../../domain/goals/service.ts';
import { t } from '../../../i18n/index.ts';
import { GoalActions, updateModal } from '../../blocks/goals.ts';
import type { AppDeps } from '../../deps.ts';
import { runAction, tellPrivately } from '../../reply.ts';

type Args = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;

/** "Update my progress" on a goal's head or the App Home: my key results' progress form. */
export function register(app: App, deps: AppDeps): void {
  app.action(GoalActions.updateOpen, async (args: Args) => {
    await args.ack();
    await runAction(deps, args, async (actor) => {
      const { items, locale } = await myKeyResults(deps.goals, actor);
      if (items.length === 0) {
        await tellPrivately(deps, args, locale, t(locale, 'goal.update.none'));
        return;
      }
      const source = args.body.container?.type === 'view' ? 'home' : 'button';
      await args.client.views.open({ trigger_id: args.body.trigger_id, view: updateModal(locale, items, source) });
    });
  });
}
