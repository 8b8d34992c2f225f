import type { AllMiddlewareArgs, App, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { localeOf, openMembersCheckin, skipToday, todayFor } from '../../../domain/checkins/service.ts';
import { setCheckinPaused } from '../../../domain/teams/service.ts';
import { t } from '../../../i18n/index.ts';
import { checkinModal } from '../../blocks/checkin.ts';
import { checkinProgressBlocks } from '../../blocks/goals.ts';
import { explain, localeForUser, type AppDeps } from '../../deps.ts';
import { Commands } from '../../ids.ts';
import { parseCheckinCommand } from '../../parse.ts';
import { tellCommander } from '../../reply.ts';

type Args = SlackCommandMiddlewareArgs & AllMiddlewareArgs;

/** `/checkin` opens today's check-in (prefilled when editing); `skip` skips today; `off`/`on` pause and resume daily prompts. */
export function register(app: App, deps: AppDeps): void {
  app.command(Commands.checkin, async ({ ack, command, respond, client }: Args) => {
    await ack();
    const now = deps.now();
    // The person's language is looked up only for an answer in words: the modal carries the
    // member's own, and /checkin is the busiest command of the morning.
    const inTheirLanguage = async () => localeForUser(deps, client, command.team_id, command.user_id);
    try {
      const parsed = parseCheckinCommand(command.text);
      if (parsed.kind === 'pause' || parsed.kind === 'resume') {
        await setCheckinPaused(
          deps.teams,
          { workspaceId: command.team_id, slackUserId: command.user_id },
          parsed.kind === 'pause',
        );
        await respond({
          response_type: 'ephemeral',
          text: t(await inTheirLanguage(), parsed.kind === 'pause' ? 'checkin.paused' : 'checkin.resumed'),
        });
        return;
      }
      const { team, member, localDate } = await todayFor(
        deps.checkins,
        command.team_id,
        command.user_id,
        command.channel_id,
        now,
      );
      const ref = { workspaceId: command.team_id, slackUserId: command.user_id, teamId: team.id, localDate, now };
      if (parsed.kind === 'skip') {
        const outcome = await skipToday(deps.checkins, ref);
        await respond({
          response_type: 'ephemeral',
          text: t(
            localeOf(member, team),
            outcome === 'skipped' ? 'checkin.skip.done' : 'checkin.skip.already_answered',
          ),
        });
        return;
      }
      const [opened, keyResults] = await Promise.all([
        openMembersCheckin(deps.checkins, { team, member, localDate, now }),
        deps.stores.goals.ownedOpenKeyResults(member.id),
      ]);
      const view = checkinModal(opened.locale, {
        team,
        localDate,
        questions: opened.questions,
        existing: opened.existing?.answers,
        late: opened.late,
      });
      view.blocks.push(...checkinProgressBlocks(opened.locale, keyResults));
      await client.views.open({ trigger_id: command.trigger_id, view });
    } catch (error) {
      await tellCommander(
        deps,
        { command, client, respond },
        explain(deps, await inTheirLanguage(), error, { command: 'checkin' }),
      );
    }
  });
}
