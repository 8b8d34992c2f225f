import type { AllMiddlewareArgs, App, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { z } from 'zod';
import { claimBlocker } from '../../../domain/checkins/service.ts';
import { t } from '../../../i18n/index.ts';
import { AppError } from '../../../shared/errors.ts';
import { answerLocale, runAction, tellPrivately } from '../../reply.ts';
import type { AppDeps } from '../../deps.ts';
import { Actions } from '../../ids.ts';

type Args = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;

const blockerId = z.string().regex(/^[a-z0-9]{10,40}$/);

/** "I'll help" on a blocker: the first helper (a leader, or someone told of it) is recorded with the time; others are told who. */
export function register(app: App, deps: AppDeps): void {
  app.action(Actions.blockerHelp, async (args: Args) => {
    await args.ack();
    await runAction(deps, args, async (actor) => {
      const id = blockerId.safeParse(args.action.value);
      if (!id.success) throw new AppError('BAD_REF', 'common.error.unexpected');
      const result = await claimBlocker(deps.checkins, { ...actor, blockerId: id.data, now: deps.now() });
      if (!result.claimed && result.helperUserId) {
        const locale = await answerLocale(deps, args.body, args.client);
        await tellPrivately(
          deps,
          args,
          locale,
          t(locale, 'checkin.blocker.already', { helper: `<@${result.helperUserId}>` }),
        );
      }
    });
  });
}
