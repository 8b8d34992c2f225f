import type { AllMiddlewareArgs, App, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { z } from 'zod';
import type { RawPosition } from '../../../domain/roles/draft.ts';
import { savePosition } from '../../../domain/roles/service.ts';
import { AppError } from '../../../shared/errors.ts';
import { problemErrors, RoleIds, savedModal } from '../../blocks/roles.ts';
import type { AppDeps } from '../../deps.ts';
import { runSubmission } from '../../reply.ts';
import { jsonText } from '../../parse.ts';
import { readModalInputs } from '../../modal-state.ts';
import { SLACK_USER_ID } from '../../../shared/slack-ids.ts';

type Args = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

const refSchema = jsonText.pipe(
  z.object({
    t: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
    p: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,64}$/)
      .nullable(),
  }),
);

/** Modal state → what the leader typed, field by field; anything else in the state is ignored. */
export function readPosition(values: unknown): RawPosition {
  const state = readModalInputs(values, RoleIds.input);
  const text = (field: string) => state[field]?.text ?? '';
  return {
    title: text('title'),
    purpose: text('purpose'),
    duties: text('duties'),
    authority: text('authority'),
    guidelines: text('guidelines'),
    handoffs: text('handoffs'),
    holders: (state.holders?.values ?? []).filter((id) => SLACK_USER_ID.test(id)),
  };
}

/**
 * The role card editor's submit: checked and saved before ack() (quick local work), so
 * that a problem shows next to its field with nothing typed lost; the modal then shows
 * the saved card. The overlap/gap analysis runs again as a job.
 */
export function register(app: App, deps: AppDeps): void {
  app.view(RoleIds.view, async (args: Args) => {
    const { ack, view } = args;
    await runSubmission(
      deps,
      args,
      async (actor, locale) => {
        const ref = refSchema.safeParse(view.private_metadata);
        if (!ref.success) throw new AppError('BAD_REF', 'common.error.unexpected');
        const result = await savePosition(deps.roles, {
          ...actor,
          teamId: ref.data.t,
          positionId: ref.data.p,
          raw: readPosition(view.state.values),
          locale,
        });
        if (!result.ok) {
          await ack({ response_action: 'errors', errors: problemErrors(locale, result.problems) });
          return;
        }
        await ack({ response_action: 'update', view: savedModal(locale, result.position, result.created) });
      },
      { preferredBlock: 'title' },
    );
  });
}
