import type { EffectLog } from '../../shared/effects.ts';
import { randomUUID } from 'node:crypto';
import { chooseLocale, type Locale } from '../../i18n/index.ts';
import { AppError, typed } from '../../shared/errors.ts';
import { localeOf, zoneOf } from '../checkins/service.ts';
import type { SlackRef } from '../checkins/ports.ts';
import type { Member, Team, TeamStore } from '../teams/model.ts';
import { requireLeader, resolveTeam, type Actor, type TeamHint, whichTeam } from '../teams/service.ts';
import { capStatus, localDay, type CapStatus } from './cap.ts';
import type { Kudos, KudosSettings, NewKudos, RecognitionStore, TeamValue } from './model.ts';
import type { KudosView, People, RecognitionNotifier, RecognitionQueue } from './ports.ts';
import { leaderboard as rankReceivers, unrecognised } from './signals.ts';
import {
  activeValues,
  DEFAULT_VALUES,
  findValue,
  MAX_ACTIVE_VALUES,
  reactionValue,
  VALUE_KEY,
  VALUE_LABEL_MAX,
} from './values.ts';

export interface RecognitionDeps {
  teams: TeamStore;
  recognition: RecognitionStore;
  queue: RecognitionQueue;
  defaultTimeZone: string;
}

/** What jobs need: the listeners' deps plus the way to Slack. */
export interface RecognitionWorkerDeps extends RecognitionDeps {
  notifier: RecognitionNotifier;
  /** Slack calls already made, so a job that makes several resumes after the last one. */
  effects: EffectLog;
}

export const MAX_RECIPIENTS = 10;
export const MESSAGE_MAX = 1000;
export const CAP_MAX = 100;
export const LEADERBOARD_DAYS = 30;
export const LEADERBOARD_SIZE = 10;
const DAY_MS = 24 * 3600 * 1000;
/** Slack emoji names: lowercase letters, digits and - _ + ' (skin tones are a suffix, not part of it). */
const EMOJI_NAME = /^[a-z0-9_+'-]{1,64}$/;

/** The team a command is about, the person in it, and the team's recognition settings. */
export interface TeamContext {
  team: Team;
  member: Member;
  settings: KudosSettings;
  locale: Locale;
}

/**
 * Which of the person's teams a command is for, by the one policy (resolveTeam): the team
 * whose home or kudos channel this is; else their only team; else (for kudos) the one team
 * that has all the recipients. Otherwise they are asked to run it in the team's channel —
 * except where any team will do (the help text), which takes the first.
 */
export async function teamFor(
  deps: Pick<RecognitionDeps, 'teams' | 'recognition'>,
  actor: Actor,
  channelId: string,
  options: { withMembers?: string[]; anyTeamWillDo?: boolean } = {},
): Promise<TeamContext> {
  const settings = new Map<string, Promise<KudosSettings>>();
  const settingsOf = (teamId: string) => {
    if (!settings.has(teamId)) settings.set(teamId, deps.recognition.settings(teamId));
    return settings.get(teamId)!;
  };
  const recipients = options.withMembers ?? [];
  const hint: TeamHint = {
    channelId,
    channelsOf: async (m) => [(await settingsOf(m.team.id)).kudosChannelId],
    ...(recipients.length > 0 && {
      fits: async (m) =>
        (await Promise.all(recipients.map((id) => deps.teams.findMember(m.team.id, id)))).every((r) => r?.active),
    }),
  };
  const resolved = await resolveTeam(deps.teams, actor, hint);
  if (!resolved.membership && !options.anyTeamWillDo) throw whichTeam(resolved.candidates);
  const { team, member } = resolved.membership ?? resolved.candidates[0]!;
  return { team, member, settings: await settingsOf(team.id), locale: localeOf(member, team) };
}

/** The team's values, the five defaults written the first time anyone reads them. */
export async function teamValues(deps: Pick<RecognitionDeps, 'recognition'>, teamId: string): Promise<TeamValue[]> {
  const values = await deps.recognition.values(teamId);
  if (values.length > 0) return values;
  await deps.recognition.insertValues(teamId, [...DEFAULT_VALUES]);
  return deps.recognition.values(teamId);
}

/** The valid values, for an error that lists them: #key (English / 中文), plain, as leaders wrote the labels. */
export function describeValues(values: readonly TeamValue[]) {
  const list = activeValues(values).map((v) => `#${v.key} (${v.labelEn} / ${v.labelZh})`);
  return typed(list.join(', '), list.length * (2 * VALUE_LABEL_MAX + 50));
}

/** How many people this member may still recognise today (their own local day). */
export async function capFor(
  deps: Pick<RecognitionDeps, 'recognition' | 'defaultTimeZone'>,
  ctx: Pick<TeamContext, 'team' | 'member' | 'settings'>,
  now: Date,
): Promise<CapStatus> {
  const zone = zoneOf(ctx.member, ctx.team, deps.defaultTimeZone);
  const window = localDay(now, zone);
  const used = await deps.recognition.countGiven(ctx.member.id, window.from, window.to);
  return capStatus(ctx.settings.kudosDailyCap, used, window, zone, now);
}

/** The parts of a cap message every language needs. */
export const capParams = (status: CapStatus) => ({
  cap: status.cap,
  used: status.used,
  left: status.left,
  zone: status.timeZone,
  hours: Math.floor(status.minutesToReset / 60),
  minutes: status.minutesToReset % 60,
});

export interface GiveInput {
  actor: Actor;
  channelId: string;
  /** Slack user ids, as mentioned. */
  recipients: string[];
  /** The word after # before the message; null when none was given there. */
  valueWord: string | null;
  /** Words after # inside the message, tried in order when valueWord is null. */
  laterTags: string[];
  message: string;
  now: Date;
  botUserId?: string | undefined;
}

export interface GiveResult {
  ctx: TeamContext;
  groupId: string;
  recipients: string[];
  value: TeamValue;
  postChannelId: string;
  left: number;
}

function chooseValue(values: TeamValue[], valueWord: string | null, laterTags: string[]): TeamValue {
  const list = describeValues(values);
  if (valueWord !== null) {
    const value = findValue(values, valueWord);
    if (!value)
      throw new AppError('UNKNOWN_VALUE', 'recognition.error.unknown_value', {
        word: typed(valueWord, 40),
        values: list,
      });
    return value;
  }
  for (const tag of laterTags) {
    const value = findValue(values, tag);
    if (value) return value;
  }
  if (laterTags[0])
    throw new AppError('UNKNOWN_VALUE', 'recognition.error.unknown_value', {
      word: typed(laterTags[0], 40),
      values: list,
    });
  throw new AppError('NO_VALUE', 'recognition.error.no_value', { values: list });
}

async function positionsFor(
  deps: Pick<RecognitionDeps, 'recognition'>,
  memberIds: string[],
): Promise<Map<string, string>> {
  return deps.recognition.positionsOf([...new Set(memberIds)]);
}

/**
 * `/kudos @a @b #value message`: check the people, the value, the message and the day's
 * cap → save one row per recipient as a group → post it (and DM each one) in the background.
 */
export async function giveKudos(deps: RecognitionDeps, people: People, input: GiveInput): Promise<GiveResult> {
  const recipients = [...new Set(input.recipients)];
  if (recipients.length === 0) throw new AppError('USAGE', 'recognition.error.no_recipients');
  if (recipients.length > MAX_RECIPIENTS)
    throw new AppError('USAGE', 'recognition.error.too_many_recipients', { max: MAX_RECIPIENTS });
  if (recipients.includes(input.actor.slackUserId)) throw new AppError('SELF_KUDOS', 'recognition.error.self');
  const ctx = await teamFor(deps, input.actor, input.channelId, { withMembers: recipients });
  const { team, member: giver, settings } = ctx;

  const values = await teamValues(deps, team.id);
  const value = chooseValue(values, input.valueWord, input.laterTags);
  const message = input.message.trim();
  if (!message) throw new AppError('USAGE', 'recognition.error.message_required', { value: value.key });
  const length = Array.from(message).length;
  if (length > MESSAGE_MAX) throw new AppError('TOO_LONG', 'common.error.text_too_long', { max: MESSAGE_MAX, length });

  for (const id of recipients) {
    if (id === input.botUserId || (await people.isBot(id)))
      throw new AppError('BOT_KUDOS', 'recognition.error.bot', { user: id });
  }
  const receivers: Member[] = [];
  for (const id of recipients) {
    const receiver = await deps.teams.findMember(team.id, id);
    if (!receiver?.active)
      throw new AppError('NOT_MEMBER', 'recognition.error.not_member', { user: id, team: typed(team.name, 80) });
    receivers.push(receiver);
  }

  const status = await capFor(deps, ctx, input.now);
  if (recipients.length > status.left) {
    throw new AppError('KUDOS_CAP', 'recognition.error.cap', { ...capParams(status), needed: recipients.length });
  }

  const positions = await positionsFor(deps, [giver.id, ...receivers.map((r) => r.id)]);
  const groupId = randomUUID();
  const rows: NewKudos[] = receivers.map((receiver) => ({
    teamId: team.id,
    groupId,
    giverId: giver.id,
    receiverId: receiver.id,
    valueKey: value.key,
    message,
    source: 'command',
    sourceChannelId: null,
    sourceTs: null,
    giverPositionId: positions.get(giver.id) ?? null,
    receiverPositionId: positions.get(receiver.id) ?? null,
    createdAt: input.now,
  }));
  // The count above may be stale by now: the save checks it again under the giver's lock.
  // The kudos and its post job commit together.
  const saved = await deps.queue.atomically(async () => {
    const result = await deps.recognition.saveKudosWithinCap(rows, {
      giverId: giver.id,
      from: status.window.from,
      to: status.window.to,
      cap: status.cap,
    });
    if (result.saved !== null) await deps.queue.enqueue({ name: 'kudos-post', data: { groupId } });
    return result;
  });
  if (saved.saved === null) {
    const now = capStatus(status.cap, saved.used, status.window, status.timeZone, input.now);
    throw new AppError('KUDOS_CAP', 'recognition.error.cap', { ...capParams(now), needed: recipients.length });
  }
  return {
    ctx,
    groupId,
    recipients,
    value,
    postChannelId: settings.kudosChannelId ?? team.homeChannelId,
    left: Math.max(0, status.cap - saved.used - recipients.length),
  };
}

export interface ReactionInput {
  workspaceId: string;
  giverSlackId: string;
  /** The author of the reacted-to message (Slack's item_user); absent for some messages. */
  receiverSlackId: string | undefined;
  channelId: string;
  ts: string;
  reaction: string;
  now: Date;
  botUserId?: string | undefined;
}

export type ReactionOutcome = 'created' | 'duplicate' | 'ignored' | 'capped';

/** "thumbsup::skin-tone-2" is still "thumbsup". */
export const baseEmoji = (reaction: string) => reaction.split('::')[0] ?? reaction;

/**
 * A reaction with the team's kudos emoji on a teammate's message, in any channel: recognition
 * for the team's reaction value, once per giver, receiver and message however often it is
 * delivered or re-added. Over the day's cap, the giver is told once by DM instead.
 */
export async function recordReaction(
  deps: RecognitionDeps,
  people: People,
  input: ReactionInput,
): Promise<ReactionOutcome> {
  const receiverId = input.receiverSlackId;
  if (!receiverId || receiverId === input.giverSlackId || receiverId === input.botUserId) return 'ignored';
  const emoji = baseEmoji(input.reaction);
  const memberships = (await deps.teams.membershipsOf(input.workspaceId, input.giverSlackId)).filter(
    (m) => m.member.active,
  );
  const candidates: TeamContext[] = [];
  for (const { team, member } of memberships) {
    const settings = await deps.recognition.settings(team.id);
    if (settings.kudosEmoji !== emoji) continue;
    const receiver = await deps.teams.findMember(team.id, receiverId);
    if (receiver?.active) candidates.push({ team, member, settings, locale: localeOf(member, team) });
  }
  const ctx =
    candidates.find((c) => c.team.homeChannelId === input.channelId || c.settings.kudosChannelId === input.channelId) ??
    candidates[0];
  if (!ctx) return 'ignored';
  const receiver = (await deps.teams.findMember(ctx.team.id, receiverId))!;

  const source = { giverId: ctx.member.id, receiverId: receiver.id, channelId: input.channelId, ts: input.ts };
  if (await deps.recognition.findBySource(source)) return 'duplicate';
  if (await people.isBot(receiverId)) return 'ignored';
  const status = await capFor(deps, ctx, input.now);
  if (status.left < 1) {
    await deps.queue.enqueue({
      name: 'kudos-cap-notice',
      data: { memberId: ctx.member.id, localDate: status.window.localDate },
    });
    return 'capped';
  }
  const value = reactionValue(await teamValues(deps, ctx.team.id));
  if (!value) return 'ignored';
  const positions = await positionsFor(deps, [ctx.member.id, receiver.id]);
  const groupId = randomUUID();
  const saved = await deps.queue.atomically(async () => {
    const result = await deps.recognition.saveKudosWithinCap(
      [
        {
          teamId: ctx.team.id,
          groupId,
          giverId: ctx.member.id,
          receiverId: receiver.id,
          valueKey: value.key,
          message: '',
          source: 'reaction',
          sourceChannelId: input.channelId,
          sourceTs: input.ts,
          giverPositionId: positions.get(ctx.member.id) ?? null,
          receiverPositionId: positions.get(receiver.id) ?? null,
          createdAt: input.now,
        },
      ],
      { giverId: ctx.member.id, from: status.window.from, to: status.window.to, cap: status.cap },
    );
    if (result.saved) await deps.queue.enqueue({ name: 'kudos-post', data: { groupId } });
    return result;
  });
  if (saved.saved === null) {
    // Another reaction took the last place of the day at the same moment.
    await deps.queue.enqueue({
      name: 'kudos-cap-notice',
      data: { memberId: ctx.member.id, localDate: status.window.localDate },
    });
    return 'capped';
  }
  return saved.saved === 0 ? 'duplicate' : 'created';
}

/** A link to a message that works without asking Slack (the fallback for chat.getPermalink). */
export const archiveLink = (channelId: string, ts: string) =>
  `https://slack.com/archives/${channelId}/p${ts.replace('.', '')}`;

async function valueByKey(
  deps: Pick<RecognitionDeps, 'recognition'>,
  teamId: string,
  key: string,
): Promise<Pick<TeamValue, 'key' | 'labelEn' | 'labelZh'>> {
  // A value removed after the kudos was given still shows with its labels.
  return (await teamValues(deps, teamId)).find((v) => v.key === key) ?? { key, labelEn: key, labelZh: key };
}

async function viewOf(
  deps: RecognitionWorkerDeps,
  team: Team,
  settings: KudosSettings,
  rows: Kudos[],
  audience: 'team' | 'recipient',
): Promise<KudosView | null> {
  const first = rows[0]!;
  const giver = await deps.teams.findMemberById(first.giverId);
  const receivers = await Promise.all(rows.map((row) => deps.teams.findMemberById(row.receiverId)));
  if (!giver || receivers.some((r) => !r)) return null;
  let link: string | null = null;
  const { sourceChannelId, sourceTs } = first;
  if (first.source === 'reaction' && sourceChannelId && sourceTs) {
    // The recipient wrote the message, so their DM may point at it wherever it is.
    // Where the whole team reads, only a message in a public channel is linked: one said in a DM
    // or a private channel stays where it was said, and the kudos is posted without the link.
    // Each question asked once: a retry (the next call was delayed) does not spend the gate on it again.
    const linked =
      audience === 'recipient' ||
      (await deps.effects.once(`kudos-public:${first.id}`, () => deps.notifier.isPublicChannel(team, sourceChannelId)));
    if (linked) {
      link = await deps.effects.once(
        `kudos-link:${first.id}:${audience}`,
        async () =>
          (await deps.notifier.permalink(team, sourceChannelId, sourceTs)) ?? archiveLink(sourceChannelId, sourceTs),
      );
    }
  }
  return {
    giverSlackId: giver.slackUserId,
    recipientSlackIds: receivers.map((r) => r!.slackUserId),
    value: await valueByKey(deps, team.id, first.valueKey),
    message: first.message,
    source: first.source === 'reaction' ? 'reaction' : 'command',
    emoji: settings.kudosEmoji,
    link,
  };
}

/** The kudos-post job: the group is posted to the team's kudos channel once, then each recipient is told. */
export async function postKudos(deps: RecognitionWorkerDeps, groupId: string): Promise<'posted' | 'already' | 'gone'> {
  const rows = await deps.recognition.group(groupId);
  const first = rows[0];
  const team = first ? await deps.teams.findTeam(first.teamId) : null;
  if (!first || !team) return 'gone';
  let outcome: 'posted' | 'already' = 'already';
  if (!first.postedTs) {
    const settings = await deps.recognition.settings(team.id);
    const view = await viewOf(deps, team, settings, rows, 'team');
    if (!view) return 'gone';
    const channelId = settings.kudosChannelId ?? team.homeChannelId;
    const ref = await deps.notifier.postKudos(team, channelId, chooseLocale(null, team.defaultLocale), view);
    await deps.recognition.markPosted(groupId, ref);
    outcome = 'posted';
  }
  for (const row of rows) await deps.queue.enqueue({ name: 'kudos-dm', data: { kudosId: row.id } });
  return outcome;
}

/** The kudos-dm job: the recipient hears of it in their own language. */
export async function sendKudosDm(deps: RecognitionWorkerDeps, kudosId: string): Promise<'sent' | 'skipped'> {
  const row = await deps.recognition.findKudos(kudosId);
  const team = row ? await deps.teams.findTeam(row.teamId) : null;
  const receiver = row ? await deps.teams.findMemberById(row.receiverId) : null;
  if (!row || !team || !receiver?.active) return 'skipped';
  const settings = await deps.recognition.settings(team.id);
  const view = await viewOf(deps, team, settings, await deps.recognition.group(row.groupId), 'recipient');
  if (!view) return 'skipped';
  const posted: SlackRef | null =
    row.postedChannelId && row.postedTs ? { channelId: row.postedChannelId, ts: row.postedTs } : null;
  await deps.notifier.dmRecipient({ member: receiver, team, locale: localeOf(receiver, team) }, view, posted);
  return 'sent';
}

/** The kudos-cap-notice job: someone reacted over their daily cap; they are told once that day. */
export async function tellCapReached(
  deps: RecognitionWorkerDeps,
  memberId: string,
  localDate: string,
  now: Date,
): Promise<'sent' | 'skipped'> {
  const member = await deps.teams.findMemberById(memberId);
  const team = member ? await deps.teams.findTeam(member.teamId) : null;
  if (!member?.active || !team) return 'skipped';
  const settings = await deps.recognition.settings(team.id);
  const status = await capFor(deps, { team, member, settings }, now);
  if (status.window.localDate !== localDate || status.left > 0) return 'skipped';
  await deps.notifier.tellCapReached({ member, team, locale: localeOf(member, team) }, status, settings.kudosEmoji);
  return 'sent';
}

// --- leaders' settings --------------------------------------------------------------

export interface NewValue {
  key: string;
  labelEn: string;
  labelZh: string;
}

/** Adds a value, or gives an existing key new labels (and brings it back if it was removed). */
export async function addValue(
  deps: RecognitionDeps,
  ctx: TeamContext,
  actor: Actor,
  input: NewValue,
): Promise<{ value: TeamValue; existed: boolean }> {
  await requireLeader(deps.teams, ctx.team, actor);
  const key = input.key.toLowerCase();
  const labelEn = input.labelEn.trim();
  const labelZh = input.labelZh.trim();
  if (!VALUE_KEY.test(key)) throw new AppError('USAGE', 'recognition.values.error.key', { word: typed(input.key, 40) });
  if (!labelEn || !labelZh) throw new AppError('USAGE', 'recognition.values.error.usage');
  for (const label of [labelEn, labelZh]) {
    const length = Array.from(label).length;
    if (length > VALUE_LABEL_MAX)
      throw new AppError('TOO_LONG', 'common.error.text_too_long', { max: VALUE_LABEL_MAX, length });
  }
  const values = await teamValues(deps, ctx.team.id);
  const existing = values.find((v) => v.key === key);
  const clash = activeValues(values).find(
    (v) => v.key !== key && [findValue([v], labelEn), findValue([v], labelZh), findValue([v], key)].some(Boolean),
  );
  if (clash) throw new AppError('VALUE_CLASH', 'recognition.values.error.clash', { key: clash.key });
  if (!existing?.active && activeValues(values).length >= MAX_ACTIVE_VALUES)
    throw new AppError('TOO_MANY', 'recognition.values.error.too_many', { max: MAX_ACTIVE_VALUES });
  const position = existing?.position ?? Math.max(-1, ...values.map((v) => v.position)) + 1;
  const value = await deps.recognition.upsertValue(ctx.team.id, { key, labelEn, labelZh, position });
  return { value, existed: Boolean(existing?.active) };
}

/** Retires a value: kudos already given keep it; nobody can give it any more. One value always stays. */
export async function removeValue(
  deps: RecognitionDeps,
  ctx: TeamContext,
  actor: Actor,
  key: string,
): Promise<TeamValue> {
  await requireLeader(deps.teams, ctx.team, actor);
  const values = await teamValues(deps, ctx.team.id);
  const target = activeValues(values).find((v) => v.key === key.toLowerCase());
  if (!target)
    throw new AppError('UNKNOWN_VALUE', 'recognition.error.unknown_value', {
      word: typed(key, 40),
      values: describeValues(values),
    });
  if (activeValues(values).length === 1) throw new AppError('LAST_VALUE', 'recognition.values.error.last');
  await deps.recognition.setValueActive(ctx.team.id, target.key, false);
  return target;
}

/**
 * The reaction that gives kudos; with a value, that value becomes the first in the list,
 * which is the one reaction kudos are given for.
 */
export async function setEmoji(
  deps: RecognitionDeps,
  ctx: TeamContext,
  actor: Actor,
  name: string,
  valueWord: string | null,
): Promise<{ settings: KudosSettings; value: TeamValue }> {
  await requireLeader(deps.teams, ctx.team, actor);
  const emoji = baseEmoji(name.replace(/^:|:$/g, '').toLowerCase());
  if (!EMOJI_NAME.test(emoji)) throw new AppError('USAGE', 'recognition.emoji.error', { word: typed(name, 40) });
  const values = await teamValues(deps, ctx.team.id);
  let value = reactionValue(values)!;
  if (valueWord !== null) {
    const chosen = findValue(values, valueWord);
    if (!chosen)
      throw new AppError('UNKNOWN_VALUE', 'recognition.error.unknown_value', {
        word: typed(valueWord, 40),
        values: describeValues(values),
      });
    if (chosen.key !== value.key)
      await deps.recognition.setValuePosition(ctx.team.id, chosen.key, Math.min(...values.map((v) => v.position)) - 1);
    value = chosen;
  }
  const settings = await deps.recognition.updateSettings(ctx.team.id, { kudosEmoji: emoji });
  return { settings, value };
}

export async function setChannel(
  deps: RecognitionDeps,
  ctx: TeamContext,
  actor: Actor,
  channelId: string | null,
): Promise<string> {
  await requireLeader(deps.teams, ctx.team, actor);
  const settings = await deps.recognition.updateSettings(ctx.team.id, {
    kudosChannelId: channelId === ctx.team.homeChannelId ? null : channelId,
  });
  return settings.kudosChannelId ?? ctx.team.homeChannelId;
}

export async function setCap(deps: RecognitionDeps, ctx: TeamContext, actor: Actor, cap: number): Promise<number> {
  await requireLeader(deps.teams, ctx.team, actor);
  if (!Number.isInteger(cap) || cap < 1 || cap > CAP_MAX)
    throw new AppError('USAGE', 'recognition.cap.error', { max: CAP_MAX });
  return (await deps.recognition.updateSettings(ctx.team.id, { kudosDailyCap: cap })).kudosDailyCap;
}

export async function setLeaderboard(
  deps: RecognitionDeps,
  ctx: TeamContext,
  actor: Actor,
  enabled: boolean,
): Promise<boolean> {
  await requireLeader(deps.teams, ctx.team, actor);
  return (await deps.recognition.updateSettings(ctx.team.id, { leaderboardEnabled: enabled })).leaderboardEnabled;
}

/** The opt-in leaderboard: most recognised in the last 30 days; refused while the team has it off. */
export async function leaderboard(
  deps: RecognitionDeps,
  ctx: TeamContext,
  now: Date,
): Promise<Array<{ slackUserId: string; count: number }>> {
  if (!ctx.settings.leaderboardEnabled) throw new AppError('LEADERBOARD_OFF', 'recognition.leaderboard.off');
  const edges = await deps.recognition.inWindow(ctx.team.id, new Date(now.getTime() - LEADERBOARD_DAYS * DAY_MS), now);
  const ranked = rankReceivers(edges, LEADERBOARD_SIZE);
  const people = await Promise.all(
    ranked.map(async (r) => ({ member: await deps.teams.findMemberById(r.memberId), count: r.count })),
  );
  return people.filter((p) => p.member?.active).map((p) => ({ slackUserId: p.member!.slackUserId, count: p.count }));
}

/** How far back the App Home counts the kudos a member received. */
export const HOME_KUDOS_DAYS = 30;

/** The kudos a member received in the last HOME_KUDOS_DAYS days, by value, most first (App Home). */
export async function kudosReceivedByValue(
  deps: Pick<RecognitionDeps, 'recognition'>,
  member: { id: string; teamId: string },
  now: Date,
): Promise<Array<{ value: TeamValue | null; valueKey: string; count: number }>> {
  const from = new Date(now.getTime() - HOME_KUDOS_DAYS * 24 * 3600 * 1000);
  const [edges, values] = await Promise.all([
    deps.recognition.inWindow(member.teamId, from, now),
    deps.recognition.values(member.teamId),
  ]);
  const counts = new Map<string, number>();
  for (const edge of edges)
    if (edge.receiverId === member.id && edge.giverId !== member.id)
      counts.set(edge.valueKey, (counts.get(edge.valueKey) ?? 0) + 1);
  return [...counts.entries()]
    .map(([valueKey, count]) => ({ valueKey, count, value: values.find((v) => v.key === valueKey) ?? null }))
    .sort((a, b) => b.count - a.count || a.valueKey.localeCompare(b.valueKey));
}

/** The weeks without recognition after which a digest suggests thanking someone. */
export const THANKS_AFTER_WEEKS = 4;

/**
 * A leader's "Send thanks" from the digest: the form comes filled with the members nobody has
 * recognised in THANKS_AFTER_WEEKS weeks (kudos are posted in the team's channel, so the leader
 * sees this already). Only a leader of the team named by the button may open it.
 */
export async function thanksDraft(
  deps: Pick<RecognitionDeps, 'teams' | 'recognition'>,
  actor: Actor,
  teamId: string,
  now: Date,
): Promise<{ team: Team; leader: Member; values: TeamValue[]; recipients: Member[] }> {
  const team = await deps.teams.findTeam(teamId);
  if (!team) throw new AppError('NOT_YOUR_TEAM', 'common.error.not_your_team');
  const leader = await requireLeader(deps.teams, team, actor);
  const from = new Date(now.getTime() - THANKS_AFTER_WEEKS * 7 * 24 * 3600 * 1000);
  const [members, edges, values] = await Promise.all([
    deps.teams.activeMembers(team.id),
    deps.recognition.inWindow(team.id, from, now),
    teamValues(deps, team.id),
  ]);
  const others = members.filter((m) => m.id !== leader.id && m.role !== 'leader');
  const missing = new Set(unrecognised(others, edges, now, THANKS_AFTER_WEEKS).map((u) => u.memberId));
  return {
    team,
    leader,
    values: activeValues(values),
    recipients: others.filter((m) => missing.has(m.id)).slice(0, MAX_RECIPIENTS),
  };
}
