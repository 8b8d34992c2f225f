import type { AllMiddlewareArgs, App, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { pastDigests } from '../../../domain/digest/service.ts';
import { AppError } from '../../../shared/errors.ts';
import { localeOf } from '../../../domain/teams/model.ts';
import { DigestIds, historyModal } from '../../blocks/digest.ts';
import type { AppDeps } from '../../deps.ts';
import { runAction } from '../../reply.ts';
import { idFrom } from './goal-shared.ts';

type Args = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;

/** "Earlier digests" on a leader's App Home: the twelve before the latest, for leaders of that team only. */
export function register(app: App, deps: AppDeps): void {
  app.action(DigestIds.history, async (args: Args) => {
    await args.ack();
    await runAction(deps, args, async (actor) => {
      const team = await deps.digest.digest.findTeam(idFrom(args.action.value));
      if (!team) throw new AppError('NOT_YOUR_TEAM', 'common.error.not_your_team');
      const [, ...earlier] = await pastDigests(deps.digest, team, actor);
      const leader = await deps.teams.findMember(team.id, actor.slackUserId);
      await args.client.views.open({
        trigger_id: args.body.trigger_id,
        view: historyModal(localeOf(leader, team), team, earlier),
      });
    });
  });
}
