import type { AllMiddlewareArgs, App, SlackCommandMiddlewareArgs } from '@slack/bolt';
import * as recognition from '../../../domain/recognition/service.ts';
import { labelOf, reactionValue } from '../../../domain/recognition/values.ts';
import { t, type Locale } from '../../../i18n/index.ts';
import { AppError } from '../../../shared/errors.ts';
import { inert, mentionsAsText } from '../../../shared/text.ts';
import { helpText, joinList, leaderboardText, valuesText } from '../../blocks/recognition.ts';
import type { AppDeps } from '../../deps.ts';
import { slackPeople } from '../../directory.ts';
import { USER_MENTION } from '../../../shared/slack-ids.ts';
import { runCommand } from '../../reply.ts';
import { CHANNEL_MENTION } from '../../../shared/slack-ids.ts';

type Args = SlackCommandMiddlewareArgs & AllMiddlewareArgs;

export const KUDOS_COMMAND = '/kudos';

export type KudosCommand =
  | { kind: 'help' }
  | { kind: 'give'; recipients: string[]; valueWord: string | null; laterTags: string[]; message: string }
  | { kind: 'values' }
  | { kind: 'values-add'; key: string; labelEn: string; labelZh: string }
  | { kind: 'values-remove'; key: string }
  | { kind: 'emoji'; name: string | null; valueWord: string | null }
  | { kind: 'channel'; channelId: string | null }
  | { kind: 'cap'; cap: number }
  | { kind: 'leaderboard'; enabled: boolean | null };

const HASH_WORD = /^[#＃](.+)$/u;
const TRAILING_PUNCTUATION = /[,.!?;:，。！？；：、]+$/u;
const TOKEN = /^\s*(<[^>]*>|[^\s<]+)/;
const MAX_TEXT = 4000;

/**
 * What the person typed, from Slack's escaped command text: mentions become @name and #name by
 * the rule every surface follows (mentionsAsText), and &lt; &gt; &amp; are decoded. Special
 * mentions (<!channel>) and links stay as written; rendering makes all of it inert.
 */
export function plainText(text: string): string {
  return mentionsAsText(text).replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** The value a token names: `#service`, `＃合心`, or a channel link Slack made of `#service`. */
function valueWordOf(token: string): string | null {
  const channel = CHANNEL_MENTION.exec(token);
  if (channel) return (channel[2] ?? '').replace(TRAILING_PUNCTUATION, '');
  const hash = HASH_WORD.exec(token);
  return hash?.[1] ? plainText(hash[1]).replace(TRAILING_PUNCTUATION, '') : null;
}

function parseGive(text: string): KudosCommand {
  const recipients: string[] = [];
  let valueWord: string | null = null;
  let rest = text;
  for (;;) {
    const match = TOKEN.exec(rest);
    if (!match?.[1]) break;
    const token = match[1];
    const user = USER_MENTION.exec(token);
    const word: string | null = user || valueWord !== null ? null : valueWordOf(token);
    if (user?.[1]) recipients.push(user[1]);
    else if (word !== null) valueWord = word;
    else if (token.startsWith('@'))
      throw new AppError('USAGE', 'recognition.error.not_a_person', { word: inert(token, 40) });
    else break;
    rest = rest.slice(match[0].length);
  }
  if (recipients.length === 0) {
    const first = TOKEN.exec(text)?.[1] ?? '';
    if (/^[a-z]+$/i.test(first) && !text.includes('<@'))
      throw new AppError('USAGE', 'recognition.error.unknown_subcommand', { word: inert(first, 40) });
    throw new AppError('USAGE', 'recognition.error.no_recipients');
  }
  const laterTags =
    valueWord === null
      ? rest
          .split(/\s+/)
          .map(valueWordOf)
          .filter((w): w is string => !!w)
      : [];
  return { kind: 'give', recipients, valueWord, laterTags, message: plainText(rest).trim() };
}

/** `/kudos …` text → a typed command, or an AppError that tells the person how to write it. */
export function parseKudosCommand(raw: string): KudosCommand {
  const text = raw.slice(0, MAX_TEXT).trim();
  const [head = '', ...words] = text.split(/\s+/);
  switch (head.toLowerCase()) {
    case '':
    case 'help':
    case '帮助':
      return { kind: 'help' };
    case 'values':
    case '价值观': {
      const [action, key, ...labelWords] = words;
      if (action === undefined) return { kind: 'values' };
      if (action.toLowerCase() === 'remove' && key && labelWords.length === 0)
        return { kind: 'values-remove', key: key.toLowerCase() };
      if (action.toLowerCase() === 'add' && key) {
        const labels = plainText(labelWords.join(' ')).split(/[|｜]/);
        const [labelEn = '', labelZh = ''] = labels.map((l) => l.trim());
        if (labels.length !== 2 || !labelEn || !labelZh) throw new AppError('USAGE', 'recognition.values.error.usage');
        return { kind: 'values-add', key: key.toLowerCase(), labelEn, labelZh };
      }
      throw new AppError('USAGE', 'recognition.values.usage');
    }
    case 'emoji': {
      const [name, value, extra] = words;
      if (extra !== undefined)
        throw new AppError('USAGE', 'recognition.emoji.error', { word: inert(words.join(' '), 40) });
      const valueWord = value === undefined ? null : valueWordOf(value);
      if (value !== undefined && valueWord === null)
        throw new AppError('USAGE', 'recognition.emoji.error', { word: inert(value, 40) });
      return { kind: 'emoji', name: name ?? null, valueWord };
    }
    case 'channel': {
      const [target, extra] = words;
      if (extra === undefined && target?.toLowerCase() === 'home') return { kind: 'channel', channelId: null };
      const channel = target && extra === undefined ? CHANNEL_MENTION.exec(target)?.[1] : undefined;
      if (!channel) throw new AppError('USAGE', 'recognition.channel.error');
      return { kind: 'channel', channelId: channel };
    }
    case 'cap': {
      const [n, extra] = words;
      if (!n || extra !== undefined || !/^\d{1,4}$/.test(n))
        throw new AppError('USAGE', 'recognition.cap.error', { max: recognition.CAP_MAX });
      return { kind: 'cap', cap: Number(n) };
    }
    case 'leaderboard':
    case '排行榜': {
      const [setting, extra] = words;
      if (setting === undefined) return { kind: 'leaderboard', enabled: null };
      const lower = setting.toLowerCase();
      if (extra === undefined && (lower === 'on' || lower === 'off'))
        return { kind: 'leaderboard', enabled: lower === 'on' };
      throw new AppError('USAGE', 'recognition.leaderboard.usage');
    }
    default:
      return parseGive(text);
  }
}

/** `/kudos @a @b #value message`, and the team's recognition settings for leaders. */
export function register(app: App, deps: AppDeps): void {
  app.command(KUDOS_COMMAND, async (args: Args) => {
    await args.ack();
    await runCommand(deps, args, 'kudos', async ({ actor, speak, reply }) => {
      const { command, client, context } = args;
      const parsed = parseKudosCommand(command.text);
      const text = await run(parsed, {
        deps,
        client,
        speak,
        botUserId: context.botUserId,
        actor,
        channelId: command.channel_id,
      });
      await reply(text);
    });
  });
}

interface RunContext {
  deps: AppDeps;
  client: Args['client'];
  /** Once the team is known, its member's language answers (errors included). */
  speak: (locale: Locale) => void;
  botUserId: string | undefined;
  actor: { workspaceId: string; slackUserId: string };
  channelId: string;
}

async function run(command: KudosCommand, ctx: RunContext): Promise<string> {
  const core = ctx.deps.recognition;
  const now = ctx.deps.now();
  if (command.kind === 'give') {
    const given = await recognition.giveKudos(core, slackPeople(ctx.deps, ctx.client), {
      ...command,
      actor: ctx.actor,
      channelId: ctx.channelId,
      now,
      botUserId: ctx.botUserId,
    });
    const locale = given.ctx.locale;
    return t(locale, 'recognition.given', {
      recipients: joinList(
        locale,
        given.recipients.map((id) => `<@${id}>`),
      ),
      value: inert(labelOf(given.value, locale), 60),
      channel: given.postChannelId,
      left: given.left,
    });
  }
  const team = await recognition.teamFor(core, ctx.actor, ctx.channelId, { anyTeamWillDo: command.kind === 'help' });
  const locale = team.locale;
  ctx.speak(locale);
  switch (command.kind) {
    case 'help':
      return helpText(
        locale,
        await recognition.teamValues(core, team.team.id),
        team.settings,
        await recognition.capFor(core, team, now),
      );
    case 'values':
      return valuesText(locale, team.team, await recognition.teamValues(core, team.team.id), team.settings);
    case 'values-add': {
      const { value, existed } = await recognition.addValue(core, team, ctx.actor, command);
      const params = { key: value.key, en: inert(value.labelEn, 60), zh: inert(value.labelZh, 60) };
      return t(locale, existed ? 'recognition.values.updated' : 'recognition.values.added', params);
    }
    case 'values-remove': {
      const removed = await recognition.removeValue(core, team, ctx.actor, command.key);
      return t(locale, 'recognition.values.removed', { key: removed.key });
    }
    case 'emoji': {
      if (command.name === null) {
        const value = reactionValue(await recognition.teamValues(core, team.team.id));
        return t(locale, 'recognition.emoji.current', {
          emoji: team.settings.kudosEmoji,
          value: value ? inert(labelOf(value, locale), 60) : '—',
        });
      }
      const { settings, value } = await recognition.setEmoji(core, team, ctx.actor, command.name, command.valueWord);
      return t(locale, 'recognition.emoji.done', {
        emoji: settings.kudosEmoji,
        value: inert(labelOf(value, locale), 60),
      });
    }
    case 'channel':
      return t(locale, 'recognition.channel.done', {
        channel: await recognition.setChannel(core, team, ctx.actor, command.channelId),
      });
    case 'cap':
      return t(locale, 'recognition.cap.done', { cap: await recognition.setCap(core, team, ctx.actor, command.cap) });
    case 'leaderboard': {
      if (command.enabled === null)
        return leaderboardText(locale, team.team, await recognition.leaderboard(core, team, now));
      const enabled = await recognition.setLeaderboard(core, team, ctx.actor, command.enabled);
      return t(locale, enabled ? 'recognition.leaderboard.on_done' : 'recognition.leaderboard.off_done');
    }
  }
}
