import type { EffectLog } from '../../shared/effects.ts';
import { AppError } from '../../shared/errors.ts';
import { isTimeZone } from '../../shared/time.ts';
import type { Member, Team, TeamStore } from '../teams/model.ts';
import { requireMember, requireTeam, type Actor } from '../teams/service.ts';
import { localeOf, questionsOf } from '../teams/model.ts';
import {
  addDays,
  dueAction,
  isCheckinDay,
  isLate,
  localMoment,
  type LocalDate,
  type LocalMoment,
  type MemberCalendar,
} from './calendar.ts';
import type { Answer, CheckinStore, Prompt } from './model.ts';
import type { CheckinJob, CheckinNotifier, JobQueue } from './ports.ts';
import { blockerText, validateAnswers, type AnswerProblem, type QuestionId } from './questions.ts';

export interface CheckinDeps {
  teams: TeamStore;
  checkins: CheckinStore;
  queue: JobQueue;
  notifier: CheckinNotifier;
  /** Members holding the position whose duties cover a blocker's text (role cards), best first. */
  dutyHolders: (teamId: string, text: string) => Promise<Array<{ memberId: string }>>;
  /** Slack calls already made, so a job that makes several resumes after the last one. */
  effects: EffectLog;
  defaultTimeZone: string;
}

/** What listeners need: everything but the notifier, since Slack sends happen in jobs. */
export type CheckinCore = Omit<CheckinDeps, 'notifier' | 'dutyHolders' | 'effects'>;

export const SNOOZE_MS = 60 * 60 * 1000;
/** How far back a member may still answer or edit a check-in. */
const EDITABLE_DAYS = 7;

/** The member's own zone from Slack; the team's if Slack gave none we know; the default last. */
export const zoneOf = (member: Member, team: Team, fallback: string): string =>
  [member.timeZone, team.timeZone].find((zone): zone is string => !!zone && isTimeZone(zone)) ?? fallback;
export { localeOf };

function scheduleOf(team: Team) {
  return { days: team.checkinDays, promptMinute: team.checkinMinute, reminderMinute: team.reminderMinute };
}

/** Members looked at between two yields to the event loop. */
const PLAN_CHUNK = 500;
/** Prompts looked up per query: a query's size is how long the database client holds the event loop to build it. */
const LOOKUP_CHUNK = 100;

/** Lets the acks and jobs waiting on the event loop run between chunks of a long loop. */
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The clock's question: at this minute, which prompts and reminders are due? Returns the
 * jobs to enqueue; their ids are deterministic, so asking twice enqueues nothing new.
 * Thousands of members are worked through in chunks with the event loop let go between
 * them (the app may share the process), and each zone's local time is worked out once.
 */
export async function planDueCheckins(
  deps: Pick<CheckinDeps, 'checkins' | 'defaultTimeZone'>,
  at: Date,
): Promise<CheckinJob[]> {
  const due: Array<{ memberId: string; teamId: string; kind: 'prompt' | 'reminder'; localDate: LocalDate }> = [];
  const moments = new Map<string, LocalMoment>();
  const momentIn = (zone: string) => {
    const known = moments.get(zone);
    if (known) return known;
    const moment = localMoment(at, zone);
    moments.set(zone, moment);
    return moment;
  };
  let looked = 0;
  for (const { team, holidays, members } of await deps.checkins.schedules()) {
    const holidaySet = new Set(holidays);
    for (const { member, vacations } of members) {
      if (++looked % PLAN_CHUNK === 0) await yieldToEventLoop();
      if (!member.active || member.checkinOptOut) continue;
      const calendar = { timeZone: zoneOf(member, team, deps.defaultTimeZone), holidays: holidaySet, vacations };
      const action = dueAction(at, scheduleOf(team), calendar, momentIn(calendar.timeZone));
      if (action) due.push({ memberId: member.id, teamId: team.id, kind: action.kind, localDate: action.date });
    }
  }
  const byKey = new Map<string, Prompt>();
  for (let i = 0; i < due.length; i += LOOKUP_CHUNK) {
    const keys = due.slice(i, i + LOOKUP_CHUNK).map(({ memberId, localDate }) => ({ memberId, localDate }));
    for (const p of await deps.checkins.existingPrompts(keys)) byKey.set(`${p.memberId}|${p.localDate}`, p);
  }
  const jobs: CheckinJob[] = [];
  for (const item of due) {
    const prompt = byKey.get(`${item.memberId}|${item.localDate}`);
    const data = { memberId: item.memberId, localDate: item.localDate };
    if (item.kind === 'prompt' && !prompt) jobs.push({ name: 'checkin-prompt', data });
    if (item.kind === 'reminder' && prompt?.status === 'sent' && !prompt.reminderSentAt) {
      if (!prompt.snoozedUntil || prompt.snoozedUntil <= at) jobs.push({ name: 'checkin-reminder', data });
    }
  }
  return jobs;
}

/** A member's check-in calendar: their own time zone, the team's holidays, their vacations. */
async function calendarOf(
  deps: Pick<CheckinDeps, 'teams' | 'defaultTimeZone'>,
  member: Member,
  team: Team,
): Promise<MemberCalendar> {
  const [holidays, vacations] = await Promise.all([deps.teams.holidays(team.id), deps.teams.vacations(member.id)]);
  return {
    timeZone: zoneOf(member, team, deps.defaultTimeZone),
    holidays: new Set(holidays.map((h) => h.date)),
    vacations,
  };
}

/** Where a member's check-in stands today, in their own time: answered, skipped, open, or not due today. */
export async function todayState(
  deps: Pick<CheckinDeps, 'teams' | 'checkins' | 'defaultTimeZone'>,
  member: Member,
  team: Team,
  now: Date,
): Promise<{ localDate: LocalDate; state: 'done' | 'skipped' | 'open' | 'none' }> {
  const calendar = await calendarOf(deps, member, team);
  const moment = localMoment(now, calendar.timeZone);
  const [answer, prompt] = await Promise.all([
    deps.checkins.findAnswer(member.id, moment.date),
    deps.checkins.findPrompt(member.id, moment.date),
  ]);
  const state = answer
    ? 'done'
    : prompt?.status === 'skipped'
      ? 'skipped'
      : isCheckinDay(moment, scheduleOf(team), calendar)
        ? 'open'
        : 'none';
  return { localDate: moment.date, state };
}

function loadMember(
  deps: Pick<CheckinDeps, 'teams'>,
  memberId: string,
): Promise<{ member: Member; team: Team } | null> {
  return deps.teams.memberWithTeam(memberId);
}

/** Sends the day's prompt once: the prompt row is the claim, a second run finds it taken. */
export async function sendPrompt(
  deps: CheckinDeps,
  memberId: string,
  localDate: LocalDate,
  now: Date,
): Promise<'sent' | 'skipped'> {
  const found = await loadMember(deps, memberId);
  if (!found?.member.active || found.member.checkinOptOut) return 'skipped';
  const { member, team } = found;
  const calendar = await calendarOf(deps, member, team);
  // Plans can go stale between the tick and this job (a vacation taken at 08:59).
  const moment = localMoment(now, calendar.timeZone);
  if (moment.date !== localDate || !isCheckinDay(moment, scheduleOf(team), calendar)) return 'skipped';
  const { prompt } = await deps.checkins.claimPrompt(member.id, team.id, localDate);
  if (prompt.status !== 'pending') return 'skipped';
  const ref = await deps.notifier.sendPrompt({ member, team, locale: localeOf(member, team) }, prompt);
  await deps.checkins.markPromptSent(prompt.id, ref);
  return 'sent';
}

/** The single reminder of the day, only to someone who has neither answered nor skipped. */
export async function sendReminder(
  deps: CheckinDeps,
  memberId: string,
  localDate: LocalDate,
  now: Date,
): Promise<'sent' | 'skipped'> {
  const found = await loadMember(deps, memberId);
  if (!found?.member.active) return 'skipped';
  const prompt = await deps.checkins.findPrompt(memberId, localDate);
  if (prompt?.status !== 'sent' || prompt.reminderSentAt) return 'skipped';
  if (prompt.snoozedUntil && prompt.snoozedUntil > now) return 'skipped';
  if (!(await deps.checkins.claimReminder(prompt.id, now))) return 'skipped';
  await deps.notifier.sendReminder({ ...found, locale: localeOf(found.member, found.team) }, localDate);
  return 'sent';
}

/** Which team (by the one policy, resolveTeam) and day a check-in opened from a command belongs to. */
export async function todayFor(
  deps: Pick<CheckinDeps, 'teams' | 'defaultTimeZone'>,
  workspaceId: string,
  slackUserId: string,
  channelId: string | null,
  now: Date,
) {
  const chosen = await requireTeam(deps.teams, { workspaceId, slackUserId }, { channelId });
  const localDate = localMoment(now, zoneOf(chosen.member, chosen.team, deps.defaultTimeZone)).date;
  return { ...chosen, localDate };
}

/** Checks that a member may answer for this team and day: not the future, not too old. */
export async function openCheckin(
  deps: Pick<CheckinDeps, 'teams' | 'checkins' | 'defaultTimeZone'>,
  input: Actor & { teamId: string; localDate: LocalDate; now: Date },
) {
  const team = await deps.teams.findTeam(input.teamId);
  if (!team) throw new AppError('NOT_YOUR_TEAM', 'common.error.not_your_team');
  const member = await requireMember(deps.teams, team, input);
  return openMembersCheckin(deps, { team, member, localDate: input.localDate, now: input.now });
}

/**
 * openCheckin for a membership already read from the person's own id (todayFor): /checkin,
 * the busiest command of the morning, does not read the team and the member a second time.
 */
export async function openMembersCheckin(
  deps: Pick<CheckinDeps, 'checkins' | 'defaultTimeZone'>,
  input: { team: Team; member: Member; localDate: LocalDate; now: Date },
) {
  const { team, member } = input;
  const today = localMoment(input.now, zoneOf(member, team, deps.defaultTimeZone)).date;
  if (input.localDate > today) throw new AppError('CHECKIN_FUTURE', 'checkin.error.date_future');
  if (input.localDate < addDays(today, -EDITABLE_DAYS))
    throw new AppError('CHECKIN_CLOSED', 'checkin.error.closed_prompt');
  const existing = await deps.checkins.findAnswer(member.id, input.localDate);
  return {
    team,
    member,
    existing,
    late: input.localDate < today,
    questions: questionsOf(team),
    locale: localeOf(member, team),
  };
}

export type RecordResult = { ok: true; answer: Answer } | { ok: false; problems: AnswerProblem[] };

/**
 * A member's answer for a day: validate → save (replacing an earlier one) → settle the
 * prompt and the blocker → publish to the thread in the background.
 */
export async function recordCheckin(
  deps: CheckinCore,
  input: Actor & {
    teamId: string;
    localDate: LocalDate;
    raw: Partial<Record<QuestionId, string | undefined>>;
    now: Date;
  },
): Promise<RecordResult> {
  const { team, member } = await openCheckin(deps, input);
  const validated = validateAnswers(questionsOf(team), input.raw);
  if (!validated.ok) return validated;
  const mood = typeof validated.answers.mood === 'number' ? validated.answers.mood : null;
  const late = isLate(input.localDate, input.now, zoneOf(member, team, deps.defaultTimeZone));
  // The answer and its publish job commit together: once the member is thanked, the post will come.
  const answer = await deps.queue.atomically(async () => {
    const saved = await deps.checkins.saveAnswer({
      memberId: member.id,
      teamId: team.id,
      localDate: input.localDate,
      answers: validated.answers,
      mood,
      late,
      at: input.now,
    });

    const prompt = await deps.checkins.findPrompt(member.id, input.localDate);
    if (prompt && prompt.status !== 'answered') await deps.checkins.setPromptStatus(prompt.id, 'answered');

    const blocker = blockerText(validated.answers);
    if (blocker) {
      const { blocker: recorded, created } = await deps.checkins.upsertBlocker(saved, blocker, input.now);
      if (created) await deps.queue.enqueue({ name: 'blocker-notify', data: { blockerId: recorded.id } });
    } else {
      await deps.checkins.removeBlocker(saved.id);
    }
    await deps.queue.enqueue({ name: 'checkin-publish', data: { answerId: saved.id, revision: saved.revision } });
    return saved;
  });
  return { ok: true, answer };
}

/**
 * Puts an answer in the day's thread: the first publisher of the day posts the head
 * message, each member gets one reply, and an edit updates that reply in place.
 */
export async function publishAnswer(
  deps: CheckinDeps,
  answerId: string,
  revision: number,
): Promise<'posted' | 'updated' | 'stale'> {
  const answer = await deps.checkins.findAnswerById(answerId);
  if (!answer || answer.revision !== revision) return 'stale'; // a newer edit has its own job
  const found = await loadMember(deps, answer.memberId);
  if (!found) return 'stale';
  const { member, team } = found;

  // This revision's reply once; a retry (the prompt's update below was delayed) goes on from there.
  const replyTs = answer.replyTs;
  await deps.effects.once(`checkin-reply:${answer.id}:${revision}`, async () => {
    if (replyTs) {
      await deps.notifier.updateReply(team, replyTs, member, answer);
    } else {
      const threadTs = await ensureThread(deps, team, answer);
      const reply = await deps.notifier.postReply(team, threadTs, member, answer);
      await deps.checkins.setReplyTs(answer.id, reply.ts);
    }
  });
  const prompt = await deps.checkins.findPrompt(member.id, answer.localDate);
  if (prompt?.messageTs)
    await deps.notifier.updatePrompt(prompt, { locale: localeOf(member, team), team, state: 'answered' });
  return answer.replyTs ? 'updated' : 'posted';
}

export class ThreadNotReady extends Error {
  readonly code = 'THREAD_NOT_READY';
}

/** A head claim this old without a message is taken over: its owner has stopped trying. */
const THREAD_CLAIM_STALE_MS = 10 * 60 * 1000;

async function ensureThread(deps: CheckinDeps, team: Team, answer: Answer): Promise<string> {
  const { thread, owner } = await deps.checkins.claimThread({
    teamId: team.id,
    localDate: answer.localDate,
    channelId: team.homeChannelId,
    claimant: answer.id,
    now: new Date(),
    staleAfterMs: THREAD_CLAIM_STALE_MS,
  });
  if (thread.ts) return thread.ts;
  // Another answer's job owns the head and is posting it (or waiting out Slack): retry shortly.
  if (!owner) throw new ThreadNotReady(`Thread head for ${team.id} ${answer.localDate} is being posted`);
  const head = await deps.notifier.postThreadHead(team, answer.localDate);
  await deps.checkins.setThreadTs(thread.id, head.ts);
  return head.ts;
}

export async function skipToday(
  deps: CheckinCore,
  input: Actor & { teamId: string; localDate: LocalDate; now: Date },
): Promise<'skipped' | 'already_answered'> {
  const { team, member, existing } = await openCheckin(deps, input);
  if (existing) return 'already_answered';
  const { prompt } = await deps.checkins.claimPrompt(member.id, team.id, input.localDate);
  await deps.checkins.setPromptStatus(prompt.id, 'skipped');
  return 'skipped';
}

/** Hides the prompt for an hour, then sends it again (and holds the reminder back meanwhile). Only its member may. */
export async function snooze(deps: CheckinCore, input: Actor & { promptId: string; now: Date }): Promise<Date | null> {
  const prompt = await deps.checkins.findPromptById(input.promptId);
  const found = prompt ? await loadMember(deps, prompt.memberId) : null;
  if (!prompt || !found) throw new AppError('NOT_YOUR_TEAM', 'common.error.not_your_team');
  const member = await requireMember(deps.teams, found.team, input);
  if (member.id !== found.member.id) throw new AppError('NOT_YOURS', 'checkin.error.not_your_prompt');
  if (prompt.status !== 'sent') return null;
  const until = new Date(input.now.getTime() + SNOOZE_MS);
  await deps.queue.atomically(async () => {
    await deps.checkins.snoozePrompt(prompt.id, until);
    await deps.queue.enqueue({
      name: 'checkin-resend',
      data: { promptId: prompt.id, snoozedUntil: until.toISOString() },
      delayMs: SNOOZE_MS,
    });
  });
  return until;
}

/** After a snooze: the prompt comes back unless the member answered or skipped meanwhile. */
export async function resendPrompt(
  deps: CheckinDeps,
  promptId: string,
  snoozedUntil: string,
): Promise<'sent' | 'skipped'> {
  const prompt = await deps.checkins.findPromptById(promptId);
  if (prompt?.status !== 'sent' || prompt.snoozedUntil?.toISOString() !== snoozedUntil) return 'skipped';
  const found = await loadMember(deps, prompt.memberId);
  if (!found?.member.active) return 'skipped';
  const ref = await deps.notifier.sendPrompt({ ...found, locale: localeOf(found.member, found.team) }, prompt);
  await deps.checkins.markPromptSent(prompt.id, ref);
  return 'sent';
}

/**
 * Tells the people who can help about a new blocker, each with an "I'll help" button: the
 * team's leaders, and the holders of the position whose duties cover it (role cards).
 */
export async function notifyBlocker(deps: CheckinDeps, blockerId: string): Promise<number> {
  const blocker = await deps.checkins.findBlocker(blockerId);
  const answer = blocker ? await deps.checkins.findAnswerById(blocker.answerId) : null;
  const found = answer ? await loadMember(deps, answer.memberId) : null;
  if (!blocker || !answer || !found) return 0;
  const already = new Set((await deps.checkins.notices(blocker.id)).filter((n) => n.ts).map((n) => n.leaderId));
  const active = await deps.teams.activeMembers(found.team.id);
  const holderIds = new Set((await deps.dutyHolders(found.team.id, blocker.text)).map((h) => h.memberId));
  const helpers = active.filter(
    (m) => (m.role === 'leader' || holderIds.has(m.id)) && m.id !== found.member.id && !already.has(m.id),
  );
  for (const helper of helpers) {
    const ref = await deps.notifier.tellLeaderOfBlocker(
      { leader: helper, locale: localeOf(helper, found.team) },
      found.team,
      found.member,
      blocker,
      answer.localDate,
    );
    await deps.checkins.recordNotice(blocker.id, helper.id, ref);
  }
  return helpers.length;
}

/**
 * Someone pressed "I'll help": the first one is recorded with the time; the rest are told.
 * Only those the blocker was meant for may claim it — the team's leaders and the members
 * who were told of it (the holders of the position whose duties cover it) — so nobody
 * else can lock them out; the blocked member does not help themselves.
 */
export async function claimBlocker(
  deps: CheckinCore,
  input: Actor & { blockerId: string; now: Date },
): Promise<{ claimed: boolean; helperUserId: string | null }> {
  const blocker = await deps.checkins.findBlocker(input.blockerId);
  const answer = blocker ? await deps.checkins.findAnswerById(blocker.answerId) : null;
  const found = answer ? await loadMember(deps, answer.memberId) : null;
  if (!blocker || !found) throw new AppError('BLOCKER_GONE', 'checkin.blocker.gone');
  const helper = await requireMember(deps.teams, found.team, input);
  const told = (await deps.checkins.notices(blocker.id)).some((n) => n.leaderId === helper.id);
  if (helper.id === found.member.id || (helper.role !== 'leader' && !told))
    throw new AppError('NOT_HELPER', 'checkin.blocker.not_helper');
  const claimed = await deps.queue.atomically(async () => {
    const first = await deps.checkins.claimBlocker(blocker.id, input.slackUserId, input.now);
    if (first) await deps.queue.enqueue({ name: 'blocker-claimed', data: { blockerId: blocker.id } });
    return first;
  });
  return { claimed, helperUserId: claimed ? input.slackUserId : blocker.helperUserId };
}

/** After a claim: every leader's copy shows who helps, and the blocked member hears of it. */
export async function announceBlockerClaim(deps: CheckinDeps, blockerId: string): Promise<void> {
  const blocker = await deps.checkins.findBlocker(blockerId);
  const answer = blocker ? await deps.checkins.findAnswerById(blocker.answerId) : null;
  const found = answer ? await loadMember(deps, answer.memberId) : null;
  if (!blocker?.helperUserId || !answer || !found) return;
  // Each notice and the member's DM once: a retry carries on with those not done yet.
  for (const notice of await deps.checkins.notices(blocker.id)) {
    const { channelId, ts } = notice;
    if (!channelId || !ts) continue;
    const leader = await deps.teams.findMemberById(notice.leaderId);
    const locale = leader ? localeOf(leader, found.team) : localeOf(found.member, found.team);
    await deps.effects.once(`blocker-helped:${blocker.id}:${notice.leaderId}`, () =>
      deps.notifier.markBlockerHelped({ channelId, ts }, locale, found.team, found.member, blocker, answer.localDate),
    );
  }
  const helperUserId = blocker.helperUserId;
  if (helperUserId !== found.member.slackUserId) {
    await deps.effects.once(`blocker-told:${blocker.id}`, () =>
      deps.notifier.tellMemberHelpIsComing({ ...found, locale: localeOf(found.member, found.team) }, helperUserId),
    );
  }
}
