import type { AllMiddlewareArgs, App, SlackCommandMiddlewareArgs } from '@slack/bolt';
import * as roles from '../../../domain/roles/service.ts';
import { isLeader, requireTeam } from '../../../domain/teams/service.ts';
import { t, type Locale } from '../../../i18n/index.ts';
import { AppError } from '../../../shared/errors.ts';
import { inert } from '../../../shared/text.ts';
import { cardsMessage, findingsMessage, listMessage, positionModal, RoleIds } from '../../blocks/roles.ts';
import type { SlackMessage } from '../../blocks/checkin.ts';
import type { AppDeps } from '../../deps.ts';
import { USER_MENTION } from '../../../shared/slack-ids.ts';
import { runCommand } from '../../reply.ts';

type Args = SlackCommandMiddlewareArgs & AllMiddlewareArgs;

export type RoleCommand =
  | { kind: 'help' }
  | { kind: 'mine' }
  | { kind: 'theirs'; userId: string }
  | { kind: 'list' }
  | { kind: 'new' }
  | { kind: 'edit'; title: string }
  | { kind: 'delete'; title: string }
  | { kind: 'check' }
  | { kind: 'starter' };

/** Slack escapes &, < and > in command text; a title is compared as the person typed it. */
const unescapeEntities = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

type Word = 'mine' | 'help' | 'list' | 'new' | 'check' | 'starter' | 'edit' | 'delete';

const WORDS: Record<string, Word> = {
  mine: 'mine',
  我的: 'mine',
  help: 'help',
  帮助: 'help',
  list: 'list',
  列表: 'list',
  全部: 'list',
  new: 'new',
  新建: 'new',
  edit: 'edit',
  修改: 'edit',
  编辑: 'edit',
  delete: 'delete',
  删除: 'delete',
  check: 'check',
  检查: 'check',
  starter: 'starter',
  模板: 'starter',
};

/** `/role …` text → a typed command, or an AppError that tells the person how to write it. */
export function parseRoleCommand(text: string): RoleCommand {
  const trimmed = text.trim();
  if (trimmed.length > 500)
    throw new AppError('USAGE', 'common.error.text_too_long', { max: 500, length: trimmed.length });
  if (trimmed === '') return { kind: 'mine' };
  const [head = '', ...rest] = trimmed.split(/\s+/);
  const mention = USER_MENTION.exec(head);
  if (mention?.[1]) return { kind: 'theirs', userId: mention[1] };
  const word: Word | undefined = Object.hasOwn(WORDS, head.toLowerCase()) ? WORDS[head.toLowerCase()] : undefined;
  const title = unescapeEntities(trimmed.slice(head.length).trim());
  switch (word) {
    case 'mine':
      if (rest.length > 0) throw new AppError('USAGE', 'role.error.usage_mine');
      return { kind: 'mine' };
    case 'help':
    case 'list':
    case 'new':
    case 'check':
    case 'starter':
      return { kind: word };
    case 'edit':
    case 'delete':
      if (!title) throw new AppError('USAGE', 'role.error.usage_title', { word });
      return { kind: word, title };
    case undefined:
      break;
  }
  throw new AppError('USAGE', 'role.error.unknown_subcommand', { word: inert(head, 40) });
}

/** `/role …`: role cards — view mine, someone's, the team's; leaders edit, check and add the starter set. */
export function register(app: App, deps: AppDeps): void {
  app.command(RoleIds.command, async (args: Args) => {
    await args.ack();
    await runCommand(deps, args, 'role', async ({ locale, reply }) => {
      const { command, client } = args;
      const answer = await run(parseRoleCommand(command.text), { deps, client, locale: await locale(), command });
      if (answer) await reply(answer);
    });
  });
}

interface RunContext {
  deps: AppDeps;
  client: Args['client'];
  locale: Locale;
  command: Args['command'];
}

const plainReply = (text: string): SlackMessage => ({
  text,
  blocks: [{ type: 'section', text: { type: 'mrkdwn', text, verbatim: true } }],
});

async function run(parsed: RoleCommand, ctx: RunContext): Promise<SlackMessage | null> {
  const { deps, locale, command } = ctx;
  const core = deps.roles;
  if (parsed.kind === 'help') return plainReply(t(locale, 'role.help'));
  const { team, member } = await requireTeam(
    core.teams,
    { workspaceId: command.team_id, slackUserId: command.user_id },
    { channelId: command.channel_id },
  );
  const leads = isLeader(member);
  const teamName = inert(team.name, 80);
  switch (parsed.kind) {
    case 'mine': {
      const cards = await roles.cardsOf(core, member);
      if (cards.length === 0)
        return plainReply(t(locale, leads ? 'role.mine.none.leader' : 'role.mine.none', { team: teamName }));
      return cardsMessage(locale, cards, {
        editable: leads,
        ...(leads && { others: await core.roles.positions(team.id) }),
      });
    }
    case 'theirs': {
      const target = await deps.teams.findMember(team.id, parsed.userId);
      if (!target?.active) throw new AppError('NOT_MEMBER', 'role.error.user_not_member');
      const cards = await roles.cardsOf(core, target);
      if (cards.length === 0)
        return plainReply(
          t(locale, 'role.theirs.none', { name: inert(target.displayName || target.slackUserId, 80), team: teamName }),
        );
      return cardsMessage(locale, cards, {
        editable: leads,
        ...(leads && { others: await core.roles.positions(team.id) }),
      });
    }
    case 'list':
      return listMessage(locale, team, await core.roles.positions(team.id));
    case 'new':
    case 'edit': {
      const opened = await roles.openEditor(core, {
        teamId: team.id,
        workspaceId: command.team_id,
        slackUserId: command.user_id,
        ...(parsed.kind === 'edit' && { title: parsed.title }),
      });
      await ctx.client.views.open({ trigger_id: command.trigger_id, view: positionModal(locale, opened) });
      return null;
    }
    case 'delete': {
      const deleted = await roles.deletePosition(core, {
        teamId: team.id,
        workspaceId: command.team_id,
        slackUserId: command.user_id,
        title: parsed.title,
      });
      return plainReply(t(locale, 'role.delete.done', { title: inert(deleted.title, 100) }));
    }
    case 'check':
      return findingsMessage(
        locale,
        await roles.checkRoles(core, {
          teamId: team.id,
          workspaceId: command.team_id,
          slackUserId: command.user_id,
          now: deps.now(),
        }),
      );
    case 'starter': {
      const { created, kept } = await roles.installStarter(core, {
        teamId: team.id,
        workspaceId: command.team_id,
        slackUserId: command.user_id,
        locale,
      });
      const lines = [
        created.length > 0
          ? t(locale, 'role.starter.done', {
              count: created.length,
              titles: created.map((c) => inert(c, 200)).join(', '),
            })
          : t(locale, 'role.starter.none'),
        ...(created.length > 0 && kept.length > 0
          ? [t(locale, 'role.starter.kept', { titles: kept.map((k) => inert(k, 200)).join(', ') })]
          : []),
      ];
      return plainReply(lines.join('\n'));
    }
  }
}
