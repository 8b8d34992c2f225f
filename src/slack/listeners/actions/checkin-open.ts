import type { AllMiddlewareArgs, App, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { openCheckin } from '../../../domain/checkins/service.ts';
import { checkinModal } from '../../blocks/checkin.ts';
import { checkinProgressBlocks } from '../../blocks/goals.ts';
import type { AppDeps } from '../../deps.ts';
import { Actions } from '../../ids.ts';
import { parseCheckinRef } from '../../parse.ts';
import { runAction } from '../../reply.ts';

type Args = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;

/** "Check in" / "Edit my answer" on a prompt, reminder or the App Home: opens the modal. */
export function register(app: App, deps: AppDeps): void {
  app.action(Actions.checkinOpen, async (args: Args) => {
    await args.ack();
    await runAction(deps, args, async (actor) => {
      const ref = parseCheckinRef(args.action.value ?? '');
      const opened = await openCheckin(deps.checkins, { ...ref, ...actor, now: deps.now() });
      const view = checkinModal(opened.locale, {
        team: opened.team,
        localDate: ref.localDate,
        questions: opened.questions,
        existing: opened.existing?.answers,
        late: opened.late,
      });
      view.blocks.push(
        ...checkinProgressBlocks(opened.locale, await deps.goals.goals.ownedOpenKeyResults(opened.member.id)),
      );
      await args.client.views.open({ trigger_id: args.body.trigger_id, view });
    });
  });
}
