import type { AllMiddlewareArgs, App, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { z } from 'zod';
import { proposeKeyResult } from '../../../domain/goals/service.ts';
import { GoalViews } from '../../blocks/goals.ts';
import { explain, localeBeforeAck, type AppDeps } from '../../deps.ts';
import { entityId, errorsOf, goalCore, readInputs, readRef } from '../actions/goal-shared.ts';

type Args = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

const ref = z.object({ g: entityId, k: entityId.optional() });

/** A proposed (or revised) key result: validated and saved before ack(); posted in the goal thread by a job. */
export function register(app: App, deps: AppDeps): void {
  app.view(GoalViews.propose, async ({ ack, body, view, client }: Args) => {
    const locale = await localeBeforeAck(deps, body.team?.id ?? view.team_id, body.user.id);
    try {
      const { g, k } = readRef(ref, view.private_metadata);
      const result = await proposeKeyResult(goalCore(deps), { goalId: g, slackUserId: body.user.id, raw: readInputs(view.state.values), ...(k && { keyResultId: k }) });
      if (!result.ok) {
        await ack({ response_action: 'errors', errors: errorsOf(locale, result.problems) });
        return;
      }
      await ack();
    } catch (error) {
      await ack({ response_action: 'errors', errors: { title: explain(deps, locale, error, { view: GoalViews.propose }) } });
    }
  });
}
