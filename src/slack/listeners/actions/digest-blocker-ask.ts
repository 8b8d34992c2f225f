import type { AllMiddlewareArgs, App, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { askAboutBlocker } from '../../../domain/digest/service.ts';
import { localeOf } from '../../../domain/teams/model.ts';
import { t } from '../../../i18n/index.ts';
import { inert } from '../../../shared/text.ts';
import { DigestIds } from '../../blocks/digest.ts';
import type { AppDeps } from '../../deps.ts';
import { runAction } from '../../reply.ts';
import { idFrom } from './goal-shared.ts';

type Args = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;

/** "Ask how it is going" on a digest's blocker suggestion: a leader of its team asks the member, by a job. */
export function register(app: App, deps: AppDeps): void {
  app.action(DigestIds.askBlocker, async (args: Args) => {
    await args.ack();
    await runAction(deps, args, async (actor) => {
      const { state, member } = await askAboutBlocker(deps.digest, actor, idFrom(args.action.value));
      const leader = await deps.teams.findMember(member.teamId, actor.slackUserId);
      const team = await deps.teams.findTeam(member.teamId);
      const locale = localeOf(leader, team ?? { defaultLocale: deps.config.DEFAULT_LOCALE });
      const key = state === 'asked' ? 'digest.blocker.asked' : 'digest.blocker.already_helped';
      await args.respond({
        response_type: 'ephemeral',
        replace_original: false,
        text: t(locale, key, { member: inert(member.displayName, 80) }),
      });
    });
  });
}
