import type { AllMiddlewareArgs, App, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { z } from 'zod';
import { reviewKeyResult } from '../../../domain/goals/service.ts';
import { GoalViews } from '../../blocks/goals.ts';
import { explain, localeBeforeAck, type AppDeps } from '../../deps.ts';
import { entityId, errorsOf, goalCore, readInputs, readRef } from '../actions/goal-shared.ts';

type Args = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

const ref = z.object({ k: entityId });

/** A leader's "please change" comment: the proposal is sent back and the comment reaches the proposer by DM. */
export function register(app: App, deps: AppDeps): void {
  app.view(GoalViews.change, async ({ ack, body, view, client }: Args) => {
    const locale = await localeBeforeAck(deps, body.team?.id ?? view.team_id, body.user.id);
    try {
      const { k } = readRef(ref, view.private_metadata);
      const result = await reviewKeyResult(goalCore(deps), {
        keyResultId: k,
        slackUserId: body.user.id,
        decision: 'changes_requested',
        comment: readInputs(view.state.values).comment ?? '',
        now: deps.now(),
      });
      if (!result.ok) {
        await ack({ response_action: 'errors', errors: errorsOf(locale, result.problems) });
        return;
      }
      await ack();
    } catch (error) {
      await ack({ response_action: 'errors', errors: { comment: explain(deps, locale, error, { view: GoalViews.change }) } });
    }
  });
}
