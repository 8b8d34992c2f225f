import type { AllMiddlewareArgs, App, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { BATCH_MINUTES_MAX, BATCH_MINUTES_MIN } from '../../../domain/feedback/model.ts';
import { feedbackChoices, setBatchWindow } from '../../../domain/feedback/service.ts';
import { t, type Locale } from '../../../i18n/index.ts';
import { AppError } from '../../../shared/errors.ts';
import { inert } from '../../../shared/text.ts';
import { feedbackModal, FeedbackIds } from '../../blocks/feedback.ts';
import type { AppDeps } from '../../deps.ts';
import { explainAnonymously } from '../../feedback-notifier.ts';
import { runCommand } from '../../reply.ts';

type Args = SlackCommandMiddlewareArgs & AllMiddlewareArgs;

export type FeedbackCommand = { kind: 'write' } | { kind: 'help' } | { kind: 'window'; minutes: number };

/** `/feedback` text → what to do. */
export function parseFeedbackCommand(text: string): FeedbackCommand {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const head = words[0]?.toLowerCase();
  if (head === undefined) return { kind: 'write' };
  if (head === 'help' || head === '帮助') return { kind: 'help' };
  if (head === 'window' || head === '时段') {
    const minutes = /^\d{1,5}$/.test(words[1] ?? '') && words.length === 2 ? Number(words[1]) : Number.NaN;
    if (!Number.isInteger(minutes))
      throw new AppError('USAGE', 'feedback.window.error', { min: BATCH_MINUTES_MIN, max: BATCH_MINUTES_MAX });
    return { kind: 'window', minutes };
  }
  throw new AppError('USAGE', 'feedback.command.unknown');
}

/**
 * `/feedback` opens the modal (the team's size, who reads it, how delivery works);
 * `/feedback window <minutes>` lets a leader set the batch window. Nothing here logs who ran it.
 */
export function register(app: App, deps: AppDeps): void {
  app.command(FeedbackIds.command, async (args: Args) => {
    await args.ack();
    const { command, client } = args;
    const now = deps.now();
    const explainer = (language: Locale, error: unknown) =>
      explainAnonymously(deps, language, error, { command: 'feedback' }, command.user_id);
    await runCommand(
      deps,
      args,
      'feedback',
      async (run) => {
        const locale = await run.locale();
        const parsed = parseFeedbackCommand(command.text);
        const core = deps.feedback;
        if (parsed.kind === 'help') {
          await run.reply(t(locale, 'feedback.command.help', { min: BATCH_MINUTES_MIN, max: BATCH_MINUTES_MAX }));
          return;
        }
        if (parsed.kind === 'window') {
          const team = await setBatchWindow(core, {
            workspaceId: command.team_id,
            channelId: command.channel_id,
            slackUserId: command.user_id,
            minutes: parsed.minutes,
          });
          await run.reply(t(locale, 'feedback.window.done', { team: inert(team.name, 80), minutes: parsed.minutes }));
          return;
        }
        const choices = await feedbackChoices(core, {
          workspaceId: command.team_id,
          slackUserId: command.user_id,
          now,
        });
        await client.views.open({
          trigger_id: command.trigger_id,
          view: feedbackModal(locale, { choices, minGroup: core.minGroup, now }),
        });
      },
      { explainer, membershipLocaleOnly: true },
    );
  });
}
