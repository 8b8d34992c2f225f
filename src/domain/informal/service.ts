import { createHash } from 'node:crypto';
import { chooseLocale, type Locale } from '../../i18n/index.ts';
import type { EffectLog } from '../../shared/effects.ts';
import { AppError } from '../../shared/errors.ts';
import { periodOf, type Period } from '../pulse/schedule.ts';
import { localeOf, type Member, type TeamStore } from '../teams/model.ts';
import { isLeader, requireLeader, requireMember, requireTeam } from '../teams/service.ts';
import { choiceOfKey, ICEBREAKER_BANK, keyOf, nextIcebreaker, type IcebreakerChoice } from './icebreakers.ts';
import { matchGroups, type MatchMember } from './matching.ts';
import {
  NO_CHOICE,
  type ChannelProblem,
  type CoffeeChoice,
  type CoffeeGroup,
  type CoffeeRound,
  type InformalStore,
  type InformalTeam,
  type Outcome,
} from './model.ts';
import type { FollowupStage, InformalJob, InformalNotifier, InformalQueue, IntroPerson } from './ports.ts';
import {
  awayMostOfRound,
  dueCoffeeRound,
  dueIcebreaker,
  nextCoffeeRoundAt,
  roundDays,
  roundTimes,
} from './schedule.ts';

export interface InformalDeps {
  teams: TeamStore;
  informal: InformalStore;
  queue: InformalQueue;
  notifier: InformalNotifier;
  /** A job that tells several people records each one told, so a retry tells nobody twice. */
  effects: EffectLog;
}

/** What listeners need: everything but the notifier and effects, since Slack sends happen in jobs. */
export type InformalCore = Omit<InformalDeps, 'notifier' | 'effects'>;

/** What keeps a channel from serving as the informal one, as the listener found it by asking Slack. */
export type ChannelCheck = (channelId: string) => Promise<ChannelProblem | null>;

export interface InformalActor {
  workspaceId: string;
  slackUserId: string;
}

const WEEK_MS = 7 * 24 * 3600 * 1000;
/** How long `/coffee pause` lasts when no length is given, and the pause a silent member is offered. */
export const DEFAULT_PAUSE_WEEKS = 4;
/** Silent rounds in a row after which a member is asked whether to pause (never dropped). */
export const SILENT_ROUNDS_BEFORE_ASKING = 2;

const isPaused = (choice: CoffeeChoice, at: Date) => !!choice.pausedUntil && choice.pausedUntil > at;
const takesPart = (choice: CoffeeChoice, at: Date) => !choice.optedOut && !isPaused(choice, at);

/** The languages a group (or a channel) speaks: the team's own first, then any other. */
function localesOf(members: readonly Member[], team: InformalTeam): Locale[] {
  const first = chooseLocale(null, team.defaultLocale);
  const spoken = new Set(members.map((m) => localeOf(m, team)));
  if (spoken.size === 0) return [first];
  return spoken.has(first) ? [first, ...[...spoken].filter((l) => l !== first)] : [...spoken];
}

/**
 * The clock's question for this minute: which teams' coffee rounds and icebreakers are due,
 * and which rounds' follow-ups and ends. Job ids are deterministic (team and week; round and
 * stage), so two clocks or a restart enqueue each once.
 */
export async function planInformal(deps: Pick<InformalDeps, 'informal'>, at: Date): Promise<InformalJob[]> {
  const jobs: InformalJob[] = [];
  for (const { team, lastRound, lastIcebreaker } of await deps.informal.scheduledTeams()) {
    const round = dueCoffeeRound(at, team, lastRound);
    if (round) jobs.push({ name: 'coffee-round', data: { teamId: team.id, period: round } });
    const icebreaker = dueIcebreaker(at, team, lastIcebreaker);
    if (icebreaker) jobs.push({ name: 'icebreaker-post', data: { teamId: team.id, period: icebreaker } });
  }
  const due = await deps.informal.roundsDue(at);
  for (const r of due.mid) jobs.push({ name: 'coffee-followups', data: { roundId: r.id, stage: 'mid' } });
  for (const r of due.last) jobs.push({ name: 'coffee-followups', data: { roundId: r.id, stage: 'last' } });
  for (const r of due.close) jobs.push({ name: 'coffee-close', data: { roundId: r.id } });
  return jobs;
}

// --- rounds -------------------------------------------------------------------------------

/**
 * Starts the team's round of a week once: the round row is the claim; the included members
 * are the informal channel's members who are active in the team, minus those who opted out,
 * paused, or are away most of the round; whoever was left out of the last round chooses
 * first; the matching places every one it can. The groups, one intro job per group and the
 * private word to each member no group could take are saved together. An earlier round still
 * under way ends first, so nobody is in two groups at once. A retry finds the round paired
 * and does nothing more. When the channel cannot be read (Hexin is not in it, cannot see it,
 * or it is archived) the round stays unpaired, and its leaders are told once how to mend it:
 * `/coffee now` then tries the round again.
 */
export async function startRound(
  deps: Omit<InformalDeps, 'effects'>,
  teamId: string,
  period: Period,
  now: Date,
): Promise<{ round: CoffeeRound; groups: number; included: number; problem?: ChannelProblem } | null> {
  const team = await deps.informal.findTeam(teamId);
  if (!team?.informalChannelId) return null;
  const earlier = await deps.informal.currentRound(team.id, now);
  if (earlier && earlier.period !== period) await closeRound(deps, earlier.id, now);
  const round =
    (await deps.informal.findRoundOfWeek(team.id, period)) ??
    (await deps.informal.claimRound({
      teamId: team.id,
      period,
      channelId: team.informalChannelId,
      ...roundTimes(now, team.coffeeEveryWeeks, team.timeZone),
    }));
  if (round.pairedAt || round.closedAt) return { round, groups: 0, included: round.included };

  const read = await deps.notifier.channelMembers(
    team.workspaceId,
    round.channelId,
    `coffee-round:${round.id}:${round.retries}`,
  );
  if ('problem' in read) {
    await deps.queue.atomically(async () => {
      if (await deps.informal.setRoundProblem(round.id, read.problem))
        await deps.queue.enqueue({ name: 'coffee-channel-problem', data: { roundId: round.id, retry: round.retries } });
    });
    return { round, groups: 0, included: 0, problem: read.problem };
  }
  const inChannel = new Set(read.members);
  const candidates = (await deps.teams.activeMembers(team.id)).filter((m) => inChannel.has(m.slackUserId));
  const facts = await deps.informal.pairingFacts(
    team.id,
    candidates.map((m) => m.id),
  );
  const days = roundDays(round, team.timeZone);
  const included = candidates.filter(
    (m) =>
      takesPart(facts.choices.get(m.id) ?? NO_CHOICE, round.startsAt) &&
      !awayMostOfRound(days, facts.vacations.get(m.id) ?? []),
  );
  const leftOutLast = new Set(await deps.informal.leftOutOfLastRound(team.id, round.startsAt));
  const members: MatchMember[] = included.map((m) => ({
    userId: m.id,
    position: facts.positions.get(m.id) ?? null,
    timeZone: m.timeZone ?? team.timeZone,
    priority: leftOutLast.has(m.id),
  }));
  const history = await deps.informal.pastGroups(
    team.id,
    new Date(round.startsAt.getTime() - team.coffeeRepeatWeeks * WEEK_MS),
  );
  const matched = matchGroups({
    members,
    avoid: facts.avoid,
    history,
    groupSize: team.coffeeGroupSize === 3 ? 3 : 2,
    repeatWindowWeeks: team.coffeeRepeatWeeks,
    roundStart: round.startsAt,
    seed: round.id,
  });
  // Who could not be placed hears it privately; the reason (an avoid list, or being alone) never leaves the matching.
  const leftOut = matched.unmatched.map((u) => u.userId);
  const week = periodOf(now, team.timeZone);
  const saved = await deps.queue.atomically(async () => {
    const groups = await deps.informal.saveGroups(
      round.id,
      included.length,
      matched.groups.map((memberIds, i) => ({ memberIds, relaxed: matched.groupRelaxed[i] ?? [] })),
      now,
    );
    if (!groups) return null;
    await deps.informal.recordLeftOut(round.id, team.id, leftOut);
    await deps.queue.enqueueMany([
      ...groups.map((g): InformalJob => ({ name: 'coffee-intro', data: { groupId: g.id } })),
      ...leftOut.map((memberId): InformalJob => ({ name: 'coffee-left-out', data: { roundId: round.id, memberId } })),
    ]);
    await deps.informal.addToWeek(team.id, week, { roundsRun: 1, groups: groups.length });
    return groups;
  });
  return { round, groups: saved?.length ?? 0, included: included.length };
}

/**
 * Tells every leader of the team, once each, that a round could not read its channel and how
 * to mend it (invite Hexin, or choose another channel, then `/coffee now`).
 */
export async function tellChannelProblem(deps: InformalDeps, roundId: string, retry: number) {
  const round = await deps.informal.findRound(roundId);
  const team = round ? await deps.informal.findTeam(round.teamId) : null;
  if (!round?.problem || round.pairedAt || round.closedAt || !team) return 0;
  const problem = round.problem;
  const leaders = (await deps.teams.activeMembers(team.id)).filter(isLeader);
  for (const leader of leaders)
    await deps.effects.once(`coffee-channel-problem:${round.id}:${retry}:${leader.id}`, async () => {
      await deps.notifier.sendChannelProblem(
        { member: leader, team, locale: localeOf(leader, team) },
        { roundId: round.id, retry, channelId: round.channelId, problem },
      );
    });
  return leaders.length;
}

/**
 * The private word to a member no group could take this round: no reason is given (it may be
 * someone's avoid list), only that they come first next round, and when that is.
 */
export async function tellLeftOut(deps: InformalDeps, roundId: string, memberId: string, now: Date) {
  const round = await deps.informal.findRound(roundId);
  const member = await deps.teams.findMemberById(memberId);
  const team = member ? await deps.informal.findTeam(member.teamId) : null;
  if (!round || round.closedAt || !member?.active || !team || team.id !== round.teamId) return false;
  const next = await nextCoffeeRound(deps, team, now);
  await deps.notifier.sendLeftOut({ member, team, locale: localeOf(member, team) }, round.id, next);
  return true;
}

/** A question for a group's intro: the same for the same group, whatever the retry. */
function introQuestion(groupId: string): Extract<IcebreakerChoice, { kind: 'bank' }> {
  const index = createHash('sha256').update(groupId).digest().readUInt32BE(0) % ICEBREAKER_BANK.length;
  return { kind: 'bank', id: ICEBREAKER_BANK[index]!.id };
}

/**
 * One group's intro, each step once: the group DM is opened and its id kept, then the intro
 * is posted and its ts kept, so a retry after Slack said "wait" neither opens nor posts twice.
 */
export async function sendIntro(
  deps: Omit<InformalDeps, 'effects'>,
  groupId: string,
  now: Date,
): Promise<'sent' | 'done' | 'gone' | 'left_out'> {
  const group = await deps.informal.findGroup(groupId);
  const round = group ? await deps.informal.findRound(group.roundId) : null;
  const team = round ? await deps.informal.findTeam(round.teamId) : null;
  if (!group || !round || !team || round.closedAt) return 'gone';
  if (group.introTs) return 'done';
  const members = await membersOf(deps, group);
  const alone = members[0];
  if (members.length === 1 && alone) {
    // The partners left the team before the intro: the one still here is told, and comes first next round.
    await deps.queue.atomically(async () => {
      await deps.informal.recordLeftOut(round.id, team.id, [alone.id]);
      await deps.queue.enqueue({ name: 'coffee-left-out', data: { roundId: round.id, memberId: alone.id } });
    });
    return 'left_out';
  }
  if (members.length < 2) return 'gone';
  let channelId = group.channelId;
  if (!channelId) {
    channelId = await deps.notifier.openGroup(
      team.workspaceId,
      members.map((m) => m.slackUserId),
    );
    await deps.informal.setGroupRef(group.id, 'channelId', channelId);
  }
  const facts = await deps.informal.pairingFacts(
    team.id,
    members.map((m) => m.id),
  );
  const titles = await deps.informal.positionTitles(team.id);
  const people: IntroPerson[] = members.map((member) => ({
    member,
    position: titles.get(facts.positions.get(member.id) ?? '') ?? null,
    timeZone: member.timeZone ?? team.timeZone,
    locale: localeOf(member, team),
  }));
  const ref = await deps.notifier.sendIntro(channelId, {
    team,
    group,
    people,
    locales: localesOf(members, team),
    question: introQuestion(group.id),
    askAt: round.midAt,
    now,
  });
  await deps.informal.setGroupRef(group.id, 'introTs', ref.ts);
  return 'sent';
}

async function membersOf(deps: Pick<InformalDeps, 'teams'>, group: CoffeeGroup): Promise<Member[]> {
  const found = await Promise.all(group.memberIds.map((id) => deps.teams.findMemberById(id)));
  return found.filter((m): m is Member => !!m && m.active);
}

/**
 * A round's follow-up pass: halfway, every group that got its intro and has not answered is
 * asked "did you meet?"; near the end, every group that said "not yet" is asked once more.
 * One job per group, queued together with the round's mark, so the pass is queued once.
 */
export async function queueFollowups(deps: InformalCore, roundId: string, stage: FollowupStage, now: Date) {
  const round = await deps.informal.findRound(roundId);
  if (!round || round.closedAt) return 0;
  const groups = (await deps.informal.groups(round.id)).filter((g) =>
    stage === 'mid' ? !!g.introTs && !g.outcome && !g.midTs : g.outcome === 'not_yet' && !g.lastTs,
  );
  return deps.queue.atomically(async () => {
    if (!(await deps.informal.markRound(round.id, stage === 'mid' ? 'midQueuedAt' : 'lastQueuedAt', now))) return 0;
    await deps.queue.enqueueMany(groups.map((g) => ({ name: 'coffee-followup', data: { groupId: g.id, stage } })));
    return groups.length;
  });
}

export async function sendFollowup(deps: InformalDeps, groupId: string, stage: FollowupStage): Promise<boolean> {
  const group = await deps.informal.findGroup(groupId);
  const round = group ? await deps.informal.findRound(group.roundId) : null;
  const team = round ? await deps.informal.findTeam(round.teamId) : null;
  if (!group?.channelId || !round || !team || round.closedAt) return false;
  if (stage === 'mid' ? group.midTs || group.outcome : group.lastTs || group.outcome !== 'not_yet') return false;
  const members = await membersOf(deps, group);
  const ref = await deps.notifier.sendFollowup(group.channelId, {
    team,
    group,
    locales: localesOf(members, team),
    stage,
  });
  await deps.informal.setGroupRef(group.id, stage === 'mid' ? 'midTs' : 'lastTs', ref.ts);
  return true;
}

/**
 * A group member's answer to "did you meet?". Only a member of the group may answer (the
 * button's value names the group; who pressed it is Slack's). A meeting, once said, stays
 * counted: it is the week's figure for the digest, and the members taking part.
 */
export async function answerFollowup(
  deps: InformalCore,
  input: InformalActor & { groupId: string; outcome: Outcome; now: Date },
): Promise<{ outcome: Outcome; member: Member; team: InformalTeam; locales: Locale[] }> {
  const group = await deps.informal.findGroup(input.groupId);
  const round = group ? await deps.informal.findRound(group.roundId) : null;
  const team = round ? await deps.informal.findTeam(round.teamId) : null;
  if (!group || !round || !team) throw new AppError('NOT_YOUR_GROUP', 'informal.error.not_your_group');
  const member = await requireMember(deps.teams, team, input).catch(() => {
    throw new AppError('NOT_YOUR_GROUP', 'informal.error.not_your_group');
  });
  if (!group.memberIds.includes(member.id)) throw new AppError('NOT_YOUR_GROUP', 'informal.error.not_your_group');
  const members = await membersOf(deps, group);
  const locales = localesOf(members, team);
  if (group.outcome === 'met') return { outcome: 'met', member, team, locales };
  if (round.closedAt) throw new AppError('ROUND_OVER', 'informal.error.round_over');
  const week = periodOf(input.now, team.timeZone);
  const previous = await deps.queue.atomically(async () => {
    const previous = await deps.informal.answerGroup(group.id, input.outcome, input.now);
    if (input.outcome !== 'met' || previous === 'met') return previous;
    await deps.informal.addToWeek(team.id, week, { meetingsHeld: 1 });
    for (const m of group.memberIds) await deps.informal.tookPart(team.id, week, m);
    return previous;
  });
  // Pressed beside another member's "met": the meeting stands, and so does the message.
  return { outcome: previous === 'met' ? 'met' : input.outcome, member, team, locales };
}

/**
 * A round's end: every member of a group that never answered has one more silent round, and
 * every member of a group that did starts again from none; who reaches two in a row is asked,
 * privately, whether to pause — nobody is dropped without being asked. Marked closed together
 * with the counts and the questions, so a retry counts nothing twice.
 */
export async function closeRound(deps: Pick<InformalDeps, 'informal' | 'queue'>, roundId: string, now: Date) {
  const round = await deps.informal.findRound(roundId);
  if (!round || round.closedAt) return 0;
  const groups = await deps.informal.groups(round.id);
  // Silent: asked "did you meet?" and never answered (a group whose intro never went out was not asked).
  const silent = groups.filter((g) => g.midTs && !g.outcome).flatMap((g) => g.memberIds);
  const answered = groups.filter((g) => g.outcome).flatMap((g) => g.memberIds);
  return deps.queue.atomically(async () => {
    if (!(await deps.informal.markRound(round.id, 'closedAt', now))) return 0;
    const counts = await deps.informal.countSilence(silent, answered);
    let asked = 0;
    for (const [memberId, count] of counts) {
      if (count < SILENT_ROUNDS_BEFORE_ASKING || count % SILENT_ROUNDS_BEFORE_ASKING !== 0) continue;
      await deps.queue.enqueue({ name: 'coffee-pause-ask', data: { roundId: round.id, memberId } });
      asked += 1;
    }
    return asked;
  });
}

export async function sendPauseAsk(deps: InformalDeps, roundId: string, memberId: string, now: Date) {
  const member = await deps.teams.findMemberById(memberId);
  const team = member ? await deps.informal.findTeam(member.teamId) : null;
  if (!member?.active || !team) return false;
  if (!takesPart(await deps.informal.choiceOf(member.id), now)) return false;
  await deps.notifier.sendPauseAsk({ member, team, locale: localeOf(member, team) }, roundId);
  return true;
}

/** The answer to "pause for a while?": only the member asked may give it (the value names them). */
export async function answerPauseAsk(
  deps: InformalCore,
  input: InformalActor & { memberId: string; pause: boolean; now: Date },
): Promise<{ member: Member; team: InformalTeam; choice: CoffeeChoice }> {
  const member = await deps.teams.findMemberById(input.memberId);
  const team = member ? await deps.informal.findTeam(member.teamId) : null;
  if (!member || !team || team.workspaceId !== input.workspaceId || member.slackUserId !== input.slackUserId)
    throw new AppError('NOT_YOURS', 'informal.error.not_yours');
  const choice = await deps.informal.setChoice(member.id, {
    silentRounds: 0,
    ...(input.pause && { pausedUntil: new Date(input.now.getTime() + DEFAULT_PAUSE_WEEKS * WEEK_MS) }),
  });
  return { member, team, choice };
}

// --- icebreakers --------------------------------------------------------------------------

/**
 * The week's icebreaker in the informal channel, once: the post row (team and week) is the
 * claim and keeps its question, so a retry posts the same question, and only if it has no ts.
 * In the channel's languages: both when the team speaks both.
 */
export async function postIcebreaker(deps: InformalDeps, teamId: string, period: Period): Promise<boolean> {
  const team = await deps.informal.findTeam(teamId);
  if (!team?.informalChannelId) return false;
  const custom = await deps.informal.customQuestions(team.id);
  let post = await deps.informal.findIcebreaker(team.id, period);
  if (post?.ts) return false;
  if (!post) {
    const choice = nextIcebreaker({ asked: await deps.informal.askedIcebreakers(team.id), custom, seed: team.id });
    post = await deps.informal.claimIcebreaker({
      teamId: team.id,
      period,
      questionKey: keyOf(choice),
      channelId: team.informalChannelId,
    });
  }
  const question = choiceOfKey(post.questionKey);
  if (!question) return false;
  const text = question.kind === 'custom' ? (custom.find((c) => c.id === question.id)?.text ?? null) : null;
  if (question.kind === 'custom' && text === null) return false;
  const ref = await deps.notifier.postIcebreaker(post.channelId, {
    team,
    postId: post.id,
    locales: localesOf(await deps.teams.activeMembers(team.id), team),
    question,
    custom: text,
  });
  await deps.informal.setIcebreakerTs(post.id, ref.ts);
  return true;
}

/**
 * A message in an icebreaker's thread: counted once (by its ts) for the member who wrote it,
 * for the week's participation. Only who and when are kept, never the text.
 */
export async function recordIcebreakerReply(
  deps: InformalCore,
  input: InformalActor & { channelId: string; threadTs: string; ts: string; now: Date },
): Promise<boolean> {
  const post = await deps.informal.icebreakerByMessage(input.channelId, input.threadTs);
  const team = post ? await deps.informal.findTeam(post.teamId) : null;
  if (!post || !team || team.workspaceId !== input.workspaceId) return false;
  const member = await deps.teams.findMember(team.id, input.slackUserId);
  if (!member?.active) return false;
  const week = periodOf(input.now, team.timeZone);
  return deps.queue.atomically(async () => {
    if (!(await deps.informal.countReply(post.id, input.ts, member.id))) return false;
    await deps.informal.addToWeek(team.id, week, { icebreakerReplies: 1 });
    await deps.informal.tookPart(team.id, week, member.id);
    return true;
  });
}

// --- the /coffee command --------------------------------------------------------------------

/** The team a `/coffee` is about, by the one policy (resolveTeam); its informal channel names it too. */
export async function teamForCommand(deps: InformalCore, actor: InformalActor, channelId: string) {
  const { team: found, member } = await requireTeam(deps.teams, actor, {
    channelId,
    channelsOf: async (m) => [m.team.informalChannelId],
  });
  const team = await deps.informal.findTeam(found.id);
  if (!team) throw new AppError('NOT_IN_TEAM', 'common.error.not_in_team');
  return { team, member };
}

export interface CoffeeStatus {
  choice: CoffeeChoice;
  /** The round under way, and my group in it (the other members). */
  round: CoffeeRound | null;
  partners: Member[] | null;
  next: Date | null;
  /** For leaders only: how many take part in the round under way (never who does not). */
  included: number | null;
}

export async function coffeeStatus(
  deps: InformalCore,
  team: InformalTeam,
  member: Member,
  now: Date,
): Promise<CoffeeStatus> {
  const choice = await deps.informal.choiceOf(member.id);
  const round = await deps.informal.currentRound(team.id, now);
  const group = round ? await deps.informal.groupOf(round.id, member.id) : null;
  const partners = group ? (await membersOf(deps, group)).filter((m) => m.id !== member.id) : null;
  const next = await nextCoffeeRound(deps, team, now);
  return { choice, round, partners, next, included: isLeader(member) && round ? round.included : null };
}

/** The App Home's coffee lines: nothing when the team has no informal channel. */
export async function homeCoffee(deps: InformalCore, teamId: string, member: Member, now: Date) {
  const team = await deps.informal.findTeam(teamId);
  if (!team?.informalChannelId) return {};
  return { coffee: { team, status: await coffeeStatus(deps, team, member, now), now } };
}

/** `/coffee off|on`: my own part, quietly; nobody is told. */
export async function setOptedOut(deps: InformalCore, member: Member, optedOut: boolean): Promise<CoffeeChoice> {
  return deps.informal.setChoice(member.id, { optedOut, ...(optedOut ? {} : { pausedUntil: null, silentRounds: 0 }) });
}

/** `/coffee pause 4w`: out of rounds that start before the pause ends. */
export async function pauseCoffee(deps: InformalCore, member: Member, weeks: number, now: Date): Promise<CoffeeChoice> {
  if (!Number.isInteger(weeks) || weeks < 1 || weeks > 26) throw new AppError('USAGE', 'informal.error.pause');
  return deps.informal.setChoice(member.id, {
    pausedUntil: new Date(now.getTime() + weeks * WEEK_MS),
    silentRounds: 0,
  });
}

/**
 * `/coffee avoid @someone`: never in the same group, privately — the other person is never
 * told and no leader sees it. Only a member of the same team can be named.
 */
export async function setAvoid(
  deps: InformalCore,
  team: InformalTeam,
  member: Member,
  slackUserId: string,
  avoid: boolean,
): Promise<Member> {
  if (slackUserId === member.slackUserId) throw new AppError('AVOID_SELF', 'informal.error.avoid_self');
  const other = await deps.teams.findMember(team.id, slackUserId);
  if (!other?.active) throw new AppError('AVOID_UNKNOWN', 'informal.error.avoid_unknown');
  await deps.informal.setAvoid(member.id, other.id, avoid);
  return other;
}

export async function avoidList(deps: InformalCore, member: Member): Promise<Member[]> {
  const ids = await deps.informal.avoids(member.id);
  return (await Promise.all(ids.map((id) => deps.teams.findMemberById(id)))).filter((m): m is Member => !!m);
}

export type CoffeeSetting =
  | { kind: 'team'; enabled: boolean }
  | { kind: 'every'; weeks: 1 | 2 | 4 }
  | { kind: 'day'; weekday: number }
  | { kind: 'time'; minute: number }
  | { kind: 'size'; size: 2 | 3 }
  | { kind: 'repeat'; weeks: number }
  | { kind: 'channel'; channelId: string }
  | { kind: 'questions'; enabled: boolean }
  | { kind: 'questions_day'; weekday: number }
  | { kind: 'questions_time'; minute: number };

/** A leader's change to the team's coffee and icebreaker settings; a new informal channel is checked first. */
export async function changeSetting(
  deps: InformalCore,
  team: InformalTeam,
  actor: InformalActor,
  setting: CoffeeSetting,
  checkChannel: ChannelCheck,
): Promise<InformalTeam> {
  await requireLeader(deps.teams, team, actor);
  switch (setting.kind) {
    case 'team':
      return deps.informal.updateSettings(team.id, { coffeeEnabled: setting.enabled });
    case 'every':
      return deps.informal.updateSettings(team.id, { coffeeEveryWeeks: setting.weeks });
    case 'day':
      return deps.informal.updateSettings(team.id, { coffeeWeekday: setting.weekday });
    case 'time':
      return deps.informal.updateSettings(team.id, { coffeeMinute: setting.minute });
    case 'size':
      return deps.informal.updateSettings(team.id, { coffeeGroupSize: setting.size });
    case 'repeat':
      return deps.informal.updateSettings(team.id, { coffeeRepeatWeeks: setting.weeks });
    case 'channel': {
      if (setting.channelId === (await deps.teams.findTeam(team.id))?.homeChannelId)
        throw new AppError('INFORMAL_IS_HOME', 'informal.error.channel_is_home');
      // Hexin must be in the channel to read who takes part, post icebreakers and count replies.
      const problem = await checkChannel(setting.channelId);
      if (problem)
        throw new AppError('INFORMAL_CHANNEL_UNUSABLE', `informal.error.channel_${problem}`, {
          channel: setting.channelId,
        });
      return deps.informal.updateSettings(team.id, { informalChannelId: setting.channelId });
    }
    case 'questions':
      return deps.informal.updateSettings(team.id, { icebreakerEnabled: setting.enabled });
    case 'questions_day':
      return deps.informal.updateSettings(team.id, { icebreakerWeekday: setting.weekday });
    case 'questions_time':
      return deps.informal.updateSettings(team.id, { icebreakerMinute: setting.minute });
  }
}

/** `/coffee question add …`: a leader's own icebreaker, asked before the bank's next ones. */
export async function addQuestion(deps: InformalCore, team: InformalTeam, actor: InformalActor, text: string) {
  const leader = await requireLeader(deps.teams, team, actor);
  const clean = text.trim();
  if (clean.length < 5 || clean.length > 300) throw new AppError('USAGE', 'informal.error.question_length');
  return deps.informal.addQuestion(team.id, clean, leader.id);
}

/**
 * `/coffee now`: this week's round at once, by the same job the clock uses. One round per team
 * per week, and never over a round still under way (its groups have until its end to meet);
 * a round that could not pair (its channel could not be read) is tried again, in the team's
 * informal channel as it is now.
 */
export async function startRoundNow(
  deps: InformalCore,
  team: InformalTeam,
  actor: InformalActor,
  now: Date,
): Promise<{ kind: 'started' | 'retried'; period: Period } | { kind: 'under_way'; until: Date }> {
  await requireLeader(deps.teams, team, actor);
  const channelId = team.informalChannelId;
  if (!channelId) throw new AppError('NO_INFORMAL_CHANNEL', 'informal.error.no_channel');
  const period = periodOf(now, team.timeZone);
  const thisWeek = await deps.informal.findRoundOfWeek(team.id, period);
  const current = await deps.informal.currentRound(team.id, now);
  const unpaired = [thisWeek, current].find((r) => r && !r.pairedAt && !r.closedAt);
  if (unpaired)
    return deps.queue.atomically(async () => {
      const retry = await deps.informal.retryRound(unpaired.id, channelId);
      await deps.queue.enqueue({ name: 'coffee-round', data: { teamId: team.id, period: unpaired.period, retry } });
      return { kind: 'retried' as const, period: unpaired.period };
    });
  if (thisWeek) throw new AppError('COFFEE_THIS_WEEK', 'informal.now.already');
  if (current) return { kind: 'under_way', until: current.endsAt };
  await deps.queue.enqueue({ name: 'coffee-round', data: { teamId: team.id, period } });
  return { kind: 'started', period };
}

/** When the team's next coffee round starts by itself (null when coffee is off or has no channel). */
export async function nextCoffeeRound(deps: Pick<InformalCore, 'informal'>, team: InformalTeam, now: Date) {
  return nextCoffeeRoundAt(now, team, await deps.informal.lastRoundOf(team.id));
}
