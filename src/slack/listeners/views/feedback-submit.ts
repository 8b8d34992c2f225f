import type { AllMiddlewareArgs, App, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { z } from 'zod';
import { submitFeedback, type SubmitResult } from '../../../domain/feedback/service.ts';
import { t, type Locale } from '../../../i18n/index.ts';
import { AppError } from '../../../shared/errors.ts';
import { inert } from '../../../shared/text.ts';
import { aboutTime, doneView, FeedbackIds } from '../../blocks/feedback.ts';
import type { AppDeps } from '../../deps.ts';
import { type ModalInput, readModalInputs } from '../../modal-state.ts';
import { explainAnonymously } from '../../feedback-notifier.ts';
import { runSubmission } from '../../reply.ts';
import { jsonText } from '../../parse.ts';

type Args = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

const metadata = z.object({ t: z.array(z.string().min(1).max(64)).min(1).max(100) });

/** A feedback modal's state: each block's input, by block id. */
export const readFeedbackState = (values: unknown): Record<string, ModalInput | undefined> =>
  readModalInputs(values, FeedbackIds.input);

function parseMetadata(text: string): string[] {
  const parsed = jsonText.pipe(metadata).safeParse(text);
  if (!parsed.success) throw new AppError('BAD_REF', 'common.error.unexpected');
  return parsed.data.t;
}

export function problemText(locale: Locale, result: Extract<SubmitResult, { ok: false }>['problem']): string {
  switch (result.problem) {
    case 'required':
      return t(locale, 'feedback.error.required');
    case 'too_long':
      return t(locale, 'common.error.text_too_long', { max: result.max, length: result.length });
    case 'rate_limited':
      return t(locale, 'feedback.error.rate_limited', { limit: result.limit });
  }
}

/**
 * The feedback modal's submit: checked, counted and stored before ack() (quick local work),
 * so a problem shows next to its field and nothing typed is lost. The modal then says when
 * the batch goes out. Nothing is sent to Slack and nothing is enqueued now.
 */
export function register(app: App, deps: AppDeps): void {
  app.view(FeedbackIds.views.submit, async (args: Args) => {
    const { ack, view } = args;
    await runSubmission(
      deps,
      args,
      async (actor, locale) => {
        const teamIds = parseMetadata(view.private_metadata);
        const state = readFeedbackState(view.state.values);
        const teamId = teamIds.length === 1 ? teamIds[0]! : state[FeedbackIds.blocks.team]?.text || undefined;
        if (!teamId || !teamIds.includes(teamId)) {
          await ack({
            response_action: 'errors',
            errors: { [FeedbackIds.blocks.team]: t(locale, 'feedback.error.team') },
          });
          return;
        }
        const now = deps.now();
        const result = await submitFeedback(deps.feedback, {
          ...actor,
          teamId,
          category: state[FeedbackIds.blocks.category]?.text || null,
          text: state[FeedbackIds.blocks.text]?.text ?? null,
          signed: (state[FeedbackIds.blocks.sign]?.values ?? []).includes(FeedbackIds.signed),
          now,
        });
        if (!result.ok) {
          const message =
            result.field === 'category' ? t(locale, 'feedback.error.category') : problemText(locale, result.problem);
          await ack({
            response_action: 'errors',
            errors: { [result.field === 'category' ? FeedbackIds.blocks.category : FeedbackIds.blocks.text]: message },
          });
          return;
        }
        const time = aboutTime(result.deliverAfter, result.team.timeZone, now, locale);
        const text = [
          t(locale, 'feedback.sent.text', { team: inert(result.team.name, 80), time }),
          result.signed ? t(locale, 'feedback.sent.signed') : '',
        ]
          .filter(Boolean)
          .join('\n');
        await ack({ response_action: 'update', view: doneView(locale, 'feedback.sent.title', text) });
      },
      {
        preferredBlock: FeedbackIds.blocks.text,
        explainer: (locale, error) =>
          explainAnonymously(deps, locale, error, { view: FeedbackIds.views.submit }, args.body.user.id),
      },
    );
  });
}
