import type { AllMiddlewareArgs, App, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { openCheckin, skipToday } from '../../../domain/checkins/service.ts';
import { t } from '../../../i18n/index.ts';
import { settledPromptMessage } from '../../blocks/checkin.ts';
import { explain, localeForUser, type AppDeps } from '../../deps.ts';
import { Actions } from '../../ids.ts';
import { parseCheckinRef } from '../../parse.ts';

type Args = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;

/** "Skip today" on a prompt: no reminder today, and the prompt says so. */
export function register(app: App, deps: AppDeps): void {
  app.action(Actions.checkinSkip, async ({ ack, body, action, client, respond }: Args) => {
    await ack();
    const locale = await localeForUser(deps, client, body.team?.id ?? '', body.user.id);
    try {
      const ref = { ...parseCheckinRef(action.value ?? ''), slackUserId: body.user.id, now: deps.now() };
      const outcome = await skipToday(deps.checkins, ref);
      if (outcome === 'already_answered') {
        await respond({ response_type: 'ephemeral', replace_original: false, text: t(locale, 'checkin.skip.already_answered') });
        return;
      }
      const { team } = await openCheckin(deps.checkins, ref);
      await respond({ replace_original: true, ...settledPromptMessage(locale, team, ref.localDate, 'skipped') });
    } catch (error) {
      await respond({ response_type: 'ephemeral', replace_original: false, text: explain(deps, locale, error, { action: Actions.checkinSkip }) });
    }
  });
}
