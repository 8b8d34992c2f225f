import type { AllMiddlewareArgs, App, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { openCheckin } from '../../../domain/checkins/service.ts';
import { checkinModal } from '../../blocks/checkin.ts';
import { checkinProgressBlocks } from '../../blocks/goals.ts';
import { explain, localeForUser, type AppDeps } from '../../deps.ts';
import { Actions } from '../../ids.ts';
import { parseCheckinRef } from '../../parse.ts';

type Args = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;

/** "Check in" / "Edit my answer" on a prompt, reminder or the App Home: opens the modal. */
export function register(app: App, deps: AppDeps): void {
  app.action(Actions.checkinOpen, async ({ ack, body, action, client, respond }: Args) => {
    await ack();
    const workspaceId = body.team?.id ?? '';
    try {
      const ref = parseCheckinRef(action.value ?? '');
      const opened = await openCheckin(deps.checkins, { ...ref, slackUserId: body.user.id, now: deps.now() });
      const view = checkinModal(opened.locale, { team: opened.team, localDate: ref.localDate, questions: opened.questions, existing: opened.existing?.answers, late: opened.late });
      view.blocks.push(...checkinProgressBlocks(opened.locale, await deps.stores.goals.ownedOpenKeyResults(opened.member.id)));
      await client.views.open({ trigger_id: body.trigger_id, view });
    } catch (error) {
      const locale = await localeForUser(deps, client, workspaceId, body.user.id);
      await respond({ response_type: 'ephemeral', replace_original: false, text: explain(deps, locale, error, { action: Actions.checkinOpen }) });
    }
  });
}
