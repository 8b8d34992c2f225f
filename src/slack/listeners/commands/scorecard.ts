import type { AllMiddlewareArgs, App, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { z } from 'zod';
import type { PeriodKind } from '../../../domain/scorecards/period.ts';
import * as scorecards from '../../../domain/scorecards/service.ts';
import { t } from '../../../i18n/index.ts';
import { AppError } from '../../../shared/errors.ts';
import {
  enterModal,
  historyMessage,
  memberCardMessage,
  ScorecardIds,
  teamMessage,
  teamName,
  templateModal,
} from '../../blocks/scorecards.ts';
import type { AppDeps } from '../../deps.ts';
import { USER_MENTION } from '../../../shared/slack-ids.ts';
import { inert } from '../../../shared/text.ts';
import { runCommand } from '../../reply.ts';

type Args = SlackCommandMiddlewareArgs & AllMiddlewareArgs;

export type ScorecardCommand =
  | { kind: 'help' }
  | { kind: 'mine'; period?: string }
  | { kind: 'member'; userId: string; period?: string }
  | { kind: 'team'; period?: string }
  | { kind: 'template' }
  | { kind: 'history' }
  | { kind: 'enter'; userId: string; period?: string }
  | { kind: 'period'; periodKind: PeriodKind };

const PERIOD_WORD = /^\d{4}-(\d{2}|[Qq][1-4])$/;

const WORDS: Record<string, ScorecardCommand['kind'] | 'me'> = {
  help: 'help',
  帮助: 'help',
  me: 'me',
  my: 'me',
  mine: 'me',
  我: 'me',
  team: 'team',
  团队: 'team',
  template: 'template',
  模板: 'template',
  history: 'history',
  历史: 'history',
  enter: 'enter',
  录入: 'enter',
  period: 'period',
  周期: 'period',
};

const commandText = z
  .string()
  .max(2000)
  .transform((text) => text.trim().split(/\s+/).filter(Boolean));

function mentioned(word: string | undefined): string {
  const match = word ? USER_MENTION.exec(word) : null;
  if (!match?.[1]) throw new AppError('USAGE', 'scorecard.error.user_missing');
  return match[1];
}

/** A trailing period, if any; anything else left over is a mistake worth naming. */
function optionalPeriod(words: string[]): string | undefined {
  const [word, extra] = words;
  if (extra !== undefined || (word !== undefined && !PERIOD_WORD.test(word))) {
    throw new AppError('USAGE', 'scorecard.command.unknown', { word: inert(extra ?? word ?? '', 40) });
  }
  return word;
}

/** `/scorecard …` text → a typed command, or an AppError that says how to write it. */
export function parseScorecardCommand(text: string): ScorecardCommand {
  const parsed = commandText.safeParse(text);
  if (!parsed.success) throw new AppError('USAGE', 'scorecard.command.unknown', { word: '…' });
  const [head, ...rest] = parsed.data;
  if (head === undefined) return { kind: 'mine' };
  if (USER_MENTION.test(head)) return { kind: 'member', userId: mentioned(head), period: optionalPeriod(rest) };
  if (PERIOD_WORD.test(head)) return { kind: 'mine', period: optionalPeriod([head, ...rest]) };
  switch (WORDS[head.toLowerCase()]) {
    case 'help':
      return { kind: 'help' };
    case 'me':
      return { kind: 'mine', period: optionalPeriod(rest) };
    case 'team':
      return { kind: 'team', period: optionalPeriod(rest) };
    case 'template':
      if (rest.length > 0) throw new AppError('USAGE', 'scorecard.command.unknown', { word: inert(rest[0]!, 40) });
      return { kind: 'template' };
    case 'history':
      return { kind: 'history' };
    case 'enter':
      return { kind: 'enter', userId: mentioned(rest[0]), period: optionalPeriod(rest.slice(1)) };
    case 'period': {
      const word = rest[0]?.toLowerCase();
      if (word === 'month' || word === '月') return { kind: 'period', periodKind: 'month' };
      if (word === 'quarter' || word === '季度') return { kind: 'period', periodKind: 'quarter' };
      throw new AppError('USAGE', 'scorecard.command.unknown', { word: inert(rest[0] ?? '', 40) });
    }
    default:
      throw new AppError('USAGE', 'scorecard.command.unknown', { word: inert(head, 40) });
  }
}

/**
 * `/scorecard`: a member's own card; for leaders the team's, someone's, the template editor
 * and the value form. Every answer is ephemeral: only the asker sees it.
 */
export function register(app: App, deps: AppDeps): void {
  app.command(ScorecardIds.command, async (args: Args) => {
    await args.ack();
    await runCommand(deps, args, 'scorecard', async (run) => {
      const { command, client } = args;
      const locale = await run.locale();
      const reply = run.reply;
      const parsed = parseScorecardCommand(command.text);
      const actor = { workspaceId: command.team_id, slackUserId: command.user_id, channelId: command.channel_id };
      const core = deps.scorecards;
      const now = deps.now();
      switch (parsed.kind) {
        case 'help':
          await reply(t(locale, 'scorecard.help'));
          return;
        case 'mine': {
          const view = await scorecards.myScorecard(core, actor, parsed.period, now);
          await reply(memberCardMessage(locale, view, view.cards[0]!));
          return;
        }
        case 'member': {
          const view = await scorecards.memberScorecard(core, actor, parsed.userId, parsed.period, now);
          await reply(memberCardMessage(locale, view, view.cards[0]!));
          return;
        }
        case 'team':
          await reply(teamMessage(locale, await scorecards.teamScorecard(core, actor, parsed.period, now)));
          return;
        case 'history':
          await reply(historyMessage(locale, await scorecards.templateHistory(core, actor, now)));
          return;
        case 'template': {
          const editor = await scorecards.openTemplateEditor(core, actor, now);
          await client.views.open({ trigger_id: command.trigger_id, view: templateModal(locale, editor) });
          return;
        }
        case 'enter': {
          const editor = await scorecards.openValueEditor(core, actor, parsed.userId, parsed.period, now);
          await client.views.open({ trigger_id: command.trigger_id, view: enterModal(locale, editor) });
          return;
        }
        case 'period': {
          const { team, current, kind, outcome } = await scorecards.changePeriodKind(
            core,
            actor,
            parsed.periodKind,
            now,
          );
          const key =
            outcome === 'changed'
              ? 'scorecard.period.done'
              : outcome === 'refused'
                ? 'scorecard.period.refused'
                : 'scorecard.period.unchanged';
          await reply(
            t(locale, key, { team: teamName(team), kind: t(locale, `scorecard.period.${kind}`), period: current }),
          );
          return;
        }
      }
    });
  });
}
