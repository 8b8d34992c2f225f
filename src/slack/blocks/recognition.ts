import type { KnownBlock } from '@slack/types';
import type { CapStatus } from '../../domain/recognition/cap.ts';
import type { KudosSettings, TeamValue } from '../../domain/recognition/model.ts';
import type { KudosView } from '../../domain/recognition/ports.ts';
import { capParams, LEADERBOARD_DAYS } from '../../domain/recognition/service.ts';
import { activeValues, labelOf, reactionValue, VALUE_LABEL_MAX } from '../../domain/recognition/values.ts';
import type { Team } from '../../domain/teams/model.ts';
import { t, type Locale } from '../../i18n/index.ts';
import { inert, truncate } from '../../shared/text.ts';
import type { SlackMessage } from './checkin.ts';
import { LIMITS, section } from './limits.ts';

/** The kudos message itself (untrusted): escaped, quoted line by line. */
const QUOTE_MAX = 2000;
const quoted = (message: string) =>
  inert(message, QUOTE_MAX)
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');

const mention = (slackUserId: string) => `<@${slackUserId}>`;
const valueLabel = (value: Pick<TeamValue, 'labelEn' | 'labelZh'>, locale: Locale) =>
  inert(labelOf(value, locale), VALUE_LABEL_MAX + 10);
const teamName = (team: Team) => inert(team.name, 80);

/** "a, b and c" / "a、b 和 c". */
export function joinList(locale: Locale, items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(t(locale, 'recognition.list.comma'))}${t(locale, 'recognition.list.and')}${items.at(-1)}`;
}

/** The post in the team's channel: giver, recipients by mention, the value, and the message (inert). */
export function kudosPost(locale: Locale, view: KudosView): SlackMessage {
  const params = {
    emoji: view.emoji,
    giver: view.giverSlackId,
    recipients: joinList(locale, view.recipientSlackIds.map(mention)),
    value: valueLabel(view.value, locale),
  };
  const head =
    view.source === 'reaction' && view.link
      ? t(locale, 'recognition.post.reaction', { ...params, link: view.link })
      : t(locale, 'recognition.post.command', params);
  const blocks: KnownBlock[] = [section(head)];
  if (view.message) blocks.push(section(quoted(view.message)));
  blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: `#${view.value.key}`, verbatim: true }] });
  const text = view.message ? `${head}\n${inert(truncate(view.message, 300))}` : head;
  return { text: truncate(text, LIMITS.messageText), blocks };
}

/** The recipient's DM, in their own language. */
export function kudosDm(
  locale: Locale,
  team: Team,
  view: KudosView,
  recipientSlackId: string,
  postedChannelId: string | null,
): SlackMessage {
  const value = valueLabel(view.value, locale);
  const head =
    view.source === 'reaction' && view.link
      ? t(locale, 'recognition.dm.reaction', {
          giver: view.giverSlackId,
          emoji: view.emoji,
          link: view.link,
          value,
          team: teamName(team),
        })
      : t(locale, 'recognition.dm.command', { giver: view.giverSlackId, value, team: teamName(team) });
  const blocks: KnownBlock[] = [section(head)];
  if (view.message) blocks.push(section(quoted(view.message)));
  const others = view.recipientSlackIds.filter((id) => id !== recipientSlackId);
  const notes: string[] = [];
  if (others.length) notes.push(t(locale, 'recognition.dm.with', { others: joinList(locale, others.map(mention)) }));
  if (postedChannelId) notes.push(t(locale, 'recognition.dm.posted', { channel: postedChannelId }));
  if (notes.length) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: notes.join(' ') }] });
  const text = view.message ? `${head}\n${inert(truncate(view.message, 300))}` : head;
  return { text, blocks };
}

export function capNotice(locale: Locale, status: CapStatus, emoji: string): SlackMessage {
  const text = t(locale, 'recognition.cap_notice', { ...capParams(status), emoji });
  return { text, blocks: [section(text)] };
}

/** The values as lines: `#key` — English / 中文. */
export function valueLines(values: readonly TeamValue[]): string {
  return activeValues(values)
    .map(
      (v) => `• \`#${v.key}\` — ${inert(v.labelEn, VALUE_LABEL_MAX + 10)} / ${inert(v.labelZh, VALUE_LABEL_MAX + 10)}`,
    )
    .join('\n');
}

export function valuesText(locale: Locale, team: Team, values: readonly TeamValue[], settings: KudosSettings): string {
  return `${t(locale, 'recognition.values.title', { team: teamName(team), emoji: settings.kudosEmoji })}\n${valueLines(values)}`;
}

export function helpText(
  locale: Locale,
  values: readonly TeamValue[],
  settings: KudosSettings,
  status: CapStatus,
): string {
  const first = reactionValue(values);
  return t(locale, 'recognition.help', {
    emoji: settings.kudosEmoji,
    reaction_value: first ? valueLabel(first, locale) : '—',
    values: activeValues(values)
      .map((v) => `\`#${v.key}\``)
      .join(' '),
    left: status.left,
    cap: status.cap,
  });
}

export function leaderboardText(
  locale: Locale,
  team: Team,
  rows: Array<{ slackUserId: string; count: number }>,
): string {
  if (rows.length === 0) return t(locale, 'recognition.leaderboard.empty', { days: LEADERBOARD_DAYS });
  const lines = rows.map((row, i) =>
    t(locale, 'recognition.leaderboard.line', { rank: i + 1, user: row.slackUserId, count: row.count }),
  );
  return [t(locale, 'recognition.leaderboard.title', { team: teamName(team), days: LEADERBOARD_DAYS }), ...lines].join(
    '\n',
  );
}

/** The kudos I received in the last 30 days, by value (App Home). */
export function homeKudosBlocks(
  locale: Locale,
  received: ReadonlyArray<{ value: TeamValue | null; valueKey: string; count: number }>,
): KnownBlock[] {
  const list = received
    .map((r) => `${r.value ? valueLabel(r.value, locale) : inert(r.valueKey, 40)} ${r.count}`)
    .join(' · ');
  return [section(t(locale, received.length > 0 ? 'recognition.home.received' : 'recognition.home.none', { list }))];
}
