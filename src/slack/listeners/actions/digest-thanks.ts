import type { AllMiddlewareArgs, App, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { thanksDraft } from '../../../domain/recognition/service.ts';
import { localeOf } from '../../../domain/teams/model.ts';
import { DigestIds, thanksModal } from '../../blocks/digest.ts';
import type { AppDeps } from '../../deps.ts';
import { runAction } from '../../reply.ts';
import { idFrom } from './goal-shared.ts';

type Args = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;

/** "Send thanks" on a digest's suggestion: a leader of the team gets a kudos form, filled in, to change or send. */
export function register(app: App, deps: AppDeps): void {
  app.action(DigestIds.thanks, async (args: Args) => {
    await args.ack();
    await runAction(deps, args, async (actor) => {
      const draft = await thanksDraft(deps.recognition, actor, idFrom(args.action.value), deps.now());
      await args.client.views.open({
        trigger_id: args.body.trigger_id,
        view: thanksModal(localeOf(draft.leader, draft.team), { teamId: draft.team.id, ...draft }),
      });
    });
  });
}
