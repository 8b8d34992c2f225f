import type { AllMiddlewareArgs, App, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { localeOf, openMembersCheckin, skipToday, todayFor } from '../../../domain/checkins/service.ts';
import { setCheckinPaused } from '../../../domain/teams/service.ts';
import { t } from '../../../i18n/index.ts';
import { checkinModal } from '../../blocks/checkin.ts';
import { checkinProgressBlocks } from '../../blocks/goals.ts';
import type { AppDeps } from '../../deps.ts';
import { Commands } from '../../ids.ts';
import { parseCheckinCommand } from '../../parse.ts';
import { runCommand } from '../../reply.ts';

type Args = SlackCommandMiddlewareArgs & AllMiddlewareArgs;

/**
 * `/checkin` opens today's check-in (prefilled when editing); `skip` skips today; `off`/`on`
 * pause and resume daily prompts. The person's language is looked up only for an answer in
 * words: the modal carries the member's own, and /checkin is the busiest command of the morning.
 */
export function register(app: App, deps: AppDeps): void {
  app.command(Commands.checkin, async (args: Args) => {
    await args.ack();
    await runCommand(deps, args, 'checkin', async ({ actor, locale, reply }) => {
      const { command, client } = args;
      const now = deps.now();
      const parsed = parseCheckinCommand(command.text);
      if (parsed.kind === 'pause' || parsed.kind === 'resume') {
        await setCheckinPaused(deps.teams, actor, parsed.kind === 'pause');
        await reply(t(await locale(), parsed.kind === 'pause' ? 'checkin.paused' : 'checkin.resumed'));
        return;
      }
      const { team, member, localDate } = await todayFor(
        deps.checkins,
        actor.workspaceId,
        actor.slackUserId,
        command.channel_id,
        now,
      );
      const ref = { ...actor, teamId: team.id, localDate, now };
      if (parsed.kind === 'skip') {
        const outcome = await skipToday(deps.checkins, ref);
        await reply(
          t(localeOf(member, team), outcome === 'skipped' ? 'checkin.skip.done' : 'checkin.skip.already_answered'),
        );
        return;
      }
      const [opened, keyResults] = await Promise.all([
        openMembersCheckin(deps.checkins, { team, member, localDate, now }),
        deps.goals.goals.ownedOpenKeyResults(member.id),
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
    });
  });
}
