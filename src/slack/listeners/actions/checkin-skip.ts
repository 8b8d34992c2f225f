import type { AllMiddlewareArgs, App, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { openCheckin, skipToday } from '../../../domain/checkins/service.ts';
import { t } from '../../../i18n/index.ts';
import { settledPromptMessage } from '../../blocks/checkin.ts';
import type { AppDeps } from '../../deps.ts';
import { Actions } from '../../ids.ts';
import { parseCheckinRef } from '../../parse.ts';
import { answerLocale, replacePressed, runAction, tellPrivately } from '../../reply.ts';

type Args = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;

/** "Skip today" on a prompt: no reminder today, and the prompt says so. */
export function register(app: App, deps: AppDeps): void {
  app.action(Actions.checkinSkip, async (args: Args) => {
    await args.ack();
    await runAction(deps, args, async (actor) => {
      const ref = { ...parseCheckinRef(args.action.value ?? ''), ...actor, now: deps.now() };
      const outcome = await skipToday(deps.checkins, ref);
      const locale = await answerLocale(deps, args.body, args.client);
      if (outcome === 'already_answered') {
        await tellPrivately(deps, args, locale, t(locale, 'checkin.skip.already_answered'));
        return;
      }
      const { team } = await openCheckin(deps.checkins, ref);
      await replacePressed(deps, args, locale, settledPromptMessage(locale, team, ref.localDate, 'skipped'));
    });
  });
}
