import type { AllMiddlewareArgs, App, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { giveKudos } from '../../../domain/recognition/service.ts';
import { requireMember } from '../../../domain/teams/service.ts';
import { AppError } from '../../../shared/errors.ts';
import { DigestIds } from '../../blocks/digest.ts';
import { noticeModal } from '../../blocks/notice.ts';
import { t } from '../../../i18n/index.ts';
import type { AppDeps } from '../../deps.ts';
import { slackPeople } from '../../directory.ts';
import { readModalInputs } from '../../modal-state.ts';
import { runSubmission } from '../../reply.ts';
import { idFrom } from '../actions/goal-shared.ts';

type Args = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

/**
 * The digest's thanks form, sent: kudos given by the leader exactly as `/kudos` gives them
 * (the same checks: members of the team, no bots, no self, the day's cap), in the team named
 * by the form, which the person must belong to.
 */
export function register(app: App, deps: AppDeps): void {
  app.view(DigestIds.thanksSubmit, async (args: Args) => {
    await runSubmission(
      deps,
      args,
      async (actor) => {
        const team = await deps.teams.findTeam(idFrom(args.view.private_metadata));
        if (!team) throw new AppError('NOT_YOUR_TEAM', 'common.error.not_your_team');
        // The form names its team: the person must be in it, whatever channel they are in.
        await requireMember(deps.teams, team, actor);
        const inputs = readModalInputs(args.view.state.values, 'value');
        const given = await giveKudos(deps.recognition, slackPeople(deps, args.client), {
          actor,
          channelId: team.homeChannelId,
          recipients: inputs[DigestIds.thanksPeople]?.values ?? [],
          valueWord: inputs[DigestIds.thanksValue]?.text || null,
          laterTags: [],
          message: inputs[DigestIds.thanksMessage]?.text ?? '',
          now: deps.now(),
          botUserId: args.context.botUserId,
        });
        await args.ack({
          response_action: 'update',
          view: noticeModal(
            given.ctx.locale,
            t(given.ctx.locale, 'digest.thanks.sent', { channel: given.postChannelId }),
          ),
        });
      },
      { preferredBlock: DigestIds.thanksPeople },
    );
  });
}
