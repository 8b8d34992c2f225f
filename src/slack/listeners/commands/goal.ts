import type { AllMiddlewareArgs, App, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { listGoals, myKeyResults, openNewGoal } from '../../../domain/goals/service.ts';
import { resolveTeam } from '../../../domain/teams/service.ts';
import { GOAL_LIMITS } from '../../../domain/goals/rules.ts';
import { t } from '../../../i18n/index.ts';
import { AppError } from '../../../shared/errors.ts';
import { inert, truncate } from '../../../shared/text.ts';
import { LIMITS, section } from '../../blocks/limits.ts';
import { GOAL_COMMAND, goalListText, newGoalModal, updateModal } from '../../blocks/goals.ts';
import type { AppDeps } from '../../deps.ts';
import { runCommand } from '../../reply.ts';

type Args = SlackCommandMiddlewareArgs & AllMiddlewareArgs;

export type GoalCommand = { kind: 'help' } | { kind: 'new'; title: string } | { kind: 'update' } | { kind: 'list' };

const WORDS: Record<string, GoalCommand['kind']> = {
  help: 'help',
  帮助: 'help',
  new: 'new',
  新建: 'new',
  update: 'update',
  更新: 'update',
  list: 'list',
  列表: 'list',
};

/** `/goal …` text → a command; a title given after `new` is checked against the title's limit. */
export function parseGoalCommand(text: string): GoalCommand {
  const trimmed = text.trim();
  const [head = '', ...rest] = trimmed.split(/\s+/);
  const word = head.toLowerCase();
  // Own keys only: `constructor` or `__proto__` are words a person may type, not commands.
  const kind = head === '' ? 'help' : Object.hasOwn(WORDS, word) ? WORDS[word] : undefined;
  if (!kind) throw new AppError('USAGE', 'goal.command.unknown', { word: inert(head, 40) });
  if (kind !== 'new') return { kind } as GoalCommand;
  const title = rest.join(' ');
  const length = Array.from(title).length;
  if (length > GOAL_LIMITS.title)
    throw new AppError('TOO_LONG', 'common.error.text_too_long', { max: GOAL_LIMITS.title, length });
  return { kind, title };
}

/** The list as verbatim mrkdwn sections, split on line ends to stay within a section's length. */
function listSections(text: string) {
  const chunks: string[] = [];
  let current = '';
  for (const line of text.split('\n')) {
    if (current && current.length + line.length + 1 > LIMITS.sectionText - 100) {
      chunks.push(current);
      current = '';
    }
    current = current ? `${current}\n${line}` : line;
  }
  if (current) chunks.push(current);
  return chunks.slice(0, LIMITS.messageBlocks).map(section);
}

/** `/goal new [title]` opens the new-goal form; `/goal update` my progress form; `/goal list` the team's open goals. */
export function register(app: App, deps: AppDeps): void {
  app.command(GOAL_COMMAND, async (args: Args) => {
    await args.ack();
    await runCommand(deps, args, 'goal', async (run) => {
      const { command, client } = args;
      const locale = await run.locale();
      const parsed = parseGoalCommand(command.text);
      const core = deps.goals;
      switch (parsed.kind) {
        case 'help':
          await run.reply(t(locale, 'goal.command.help'));
          return;
        case 'new': {
          const actor = { workspaceId: command.team_id, slackUserId: command.user_id };
          // Several teams the person may mean: the form asks, the first one chosen.
          const resolved = await resolveTeam(core.teams, actor, { channelId: command.channel_id });
          const opened = await openNewGoal(core, {
            ...actor,
            teamId: (resolved.membership ?? resolved.candidates[0]!).team.id,
            now: deps.now(),
          });
          const teamChoices = resolved.candidates?.map((m) => m.team);
          await client.views.open({
            trigger_id: command.trigger_id,
            view: newGoalModal(opened.locale, {
              team: opened.team,
              prefill: { title: parsed.title, startDate: opened.today },
              ...(teamChoices && { teamChoices }),
            }),
          });
          return;
        }
        case 'update': {
          const mine = await myKeyResults(core, { workspaceId: command.team_id, slackUserId: command.user_id });
          if (mine.items.length === 0) {
            await run.reply(t(mine.locale, 'goal.update.none'));
            return;
          }
          await client.views.open({
            trigger_id: command.trigger_id,
            view: updateModal(mine.locale, mine.items, 'command'),
          });
          return;
        }
        case 'list': {
          const listing = await listGoals(core, {
            workspaceId: command.team_id,
            slackUserId: command.user_id,
            channelId: command.channel_id,
          });
          const text = goalListText(listing.locale, listing.teams);
          await run.reply({ text: truncate(text, LIMITS.messageText), blocks: listSections(text) });
          return;
        }
      }
    });
  });
}
