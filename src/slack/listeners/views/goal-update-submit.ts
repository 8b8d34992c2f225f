import type { AllMiddlewareArgs, App, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { z } from 'zod';
import { progressFromState, recordProgress } from '../../../domain/goals/service.ts';
import { GoalViews, progressErrors } from '../../blocks/goals.ts';
import { explain, localeBeforeAck, type AppDeps } from '../../deps.ts';
import { goalCore, readRef } from '../actions/goal-shared.ts';

type Args = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

const ref = z.object({ s: z.enum(['command', 'button', 'home']) });

/**
 * The progress form's submit: every filled-in key result becomes one more update in its
 * history (value, confidence 1–10, note); problems show next to their fields.
 */
export function register(app: App, deps: AppDeps): void {
  app.view(GoalViews.update, async ({ ack, body, view, client }: Args) => {
    const locale = await localeBeforeAck(deps, body.team?.id ?? view.team_id, body.user.id);
    try {
      const { s } = readRef(ref, view.private_metadata);
      const result = await recordProgress(goalCore(deps), {
        workspaceId: body.team?.id ?? view.team_id,
        slackUserId: body.user.id,
        entries: progressFromState(view.state.values),
        source: s,
        now: deps.now(),
      });
      if (!result.ok) {
        await ack({ response_action: 'errors', errors: progressErrors(locale, result.problems) });
        return;
      }
      await ack();
    } catch (error) {
      const firstInput = view.blocks.find((b) => b.type === 'input')?.block_id ?? 'form';
      await ack({ response_action: 'errors', errors: { [firstInput]: explain(deps, locale, error, { view: GoalViews.update }) } });
    }
  });
}
