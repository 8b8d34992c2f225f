import type { AllMiddlewareArgs, App, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { z } from 'zod';
import { claimBlocker } from '../../../domain/checkins/service.ts';
import { t } from '../../../i18n/index.ts';
import { AppError } from '../../../shared/errors.ts';
import { explain, localeForUser, type AppDeps } from '../../deps.ts';
import { Actions } from '../../ids.ts';

type Args = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;

const blockerId = z.string().regex(/^[a-z0-9]{10,40}$/);

/** "I'll help" on a blocker: the first helper is recorded with the time; others are told who. */
export function register(app: App, deps: AppDeps): void {
  app.action(Actions.blockerHelp, async ({ ack, body, action, client, respond }: Args) => {
    await ack();
    const locale = await localeForUser(deps, client, body.team?.id ?? '', body.user.id);
    try {
      const id = blockerId.safeParse(action.value);
      if (!id.success) throw new AppError('BAD_REF', 'common.error.unexpected');
      const result = await claimBlocker(deps.checkins, { blockerId: id.data, helperUserId: body.user.id, now: deps.now() });
      if (!result.claimed && result.helperUserId) {
        await respond({ response_type: 'ephemeral', replace_original: false, text: t(locale, 'checkin.blocker.already', { helper: `<@${result.helperUserId}>` }) });
      }
    } catch (error) {
      await respond({ response_type: 'ephemeral', replace_original: false, text: explain(deps, locale, error, { action: Actions.blockerHelp }) });
    }
  });
}
