import type { AllMiddlewareArgs, App, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { z } from 'zod';
import { formatMinute, localMoment } from '../../../domain/checkins/calendar.ts';
import { snooze, zoneOf } from '../../../domain/checkins/service.ts';
import { AppError } from '../../../shared/errors.ts';
import { settledPromptMessage } from '../../blocks/checkin.ts';
import type { AppDeps } from '../../deps.ts';
import { Actions } from '../../ids.ts';
import { answerLocale, replacePressed, runAction } from '../../reply.ts';

type Args = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;

const promptId = z.string().regex(/^[a-z0-9]{10,40}$/);

/** "Snooze 1 hour": the prompt steps aside and comes back in an hour, reminder held back. */
export function register(app: App, deps: AppDeps): void {
  app.action(Actions.checkinSnooze, async (args: Args) => {
    await args.ack();
    await runAction(deps, args, async (actor) => {
      const id = promptId.safeParse(args.action.value);
      if (!id.success) throw new AppError('BAD_REF', 'common.error.unexpected');
      const until = await snooze(deps.checkins, { ...actor, promptId: id.data, now: deps.now() });
      const prompt = until && (await deps.checkins.checkins.findPromptById(id.data));
      const member = prompt && (await deps.teams.findMemberById(prompt.memberId));
      const team = member && (await deps.teams.findTeam(member.teamId));
      if (!until || !prompt || !member || !team) return;
      const locale = await answerLocale(deps, args.body, args.client);
      const time = formatMinute(localMoment(until, zoneOf(member, team, deps.config.DEFAULT_TIME_ZONE)).minuteOfDay);
      await replacePressed(deps, args, locale, settledPromptMessage(locale, team, prompt.localDate, 'snoozed', time));
    });
  });
}
