import { randomUUID } from 'node:crypto';
import type { Locale } from '../../i18n/index.ts';
import { AppError } from '../../shared/errors.ts';
import { localMoment } from '../checkins/calendar.ts';
import { localeOf, teamZone, type Member, type Team, type TeamStore } from '../teams/model.ts';
import { isLeader, requireLeader, requireTeam, type Actor } from '../teams/service.ts';
import {
  ANSWERS_PER_DAY,
  BATCH_MINUTES_MAX,
  BATCH_MINUTES_MIN,
  FEEDBACK_MAX_LENGTH,
  FEEDBACKS_PER_DAY,
  isCategory,
  ROUTE_LIFETIME_MS,
  type Category,
  type FeedbackStore,
  type FeedbackThread,
} from './model.ts';
import type {
  ClosedNote,
  FeedbackJob,
  FeedbackNotifier,
  FeedbackQueue,
  LeaderCopy,
  RateCounter,
  Sealer,
} from './ports.ts';
import { shuffle } from '../../shared/shuffle.ts';
import { batchEnd } from './window.ts';

/**
 * When a new message (or an author's close) of a team goes out: the end of the current window,
 * but never before anything of the team still waiting, so a window made narrower later can
 * neither deliver newer words before older ones nor single one writer out from a batch.
 */
async function nextBatch(
  core: Pick<FeedbackCore, 'feedback' | 'defaultTimeZone'>,
  team: Team,
  now: Date,
): Promise<Date> {
  const end = batchEnd(now, await core.feedback.batchMinutes(team.id), zoneOf(team, core.defaultTimeZone));
  const pending = await core.feedback.pendingUntil(team.id);
  return pending && pending > end ? pending : end;
}

/** What listeners need. */
export interface FeedbackCore {
  teams: TeamStore;
  feedback: FeedbackStore;
  sealer: Sealer;
  counter: RateCounter;
  queue: FeedbackQueue;
  /** ANON_MIN_GROUP: below this many people, the modal warns that anonymity is weaker. */
  minGroup: number;
  defaultTimeZone: string;
}

/** What jobs need: no rate counter, and the notifier, since Slack sends happen in jobs. */
export interface FeedbackDeps {
  teams: TeamStore;
  feedback: FeedbackStore;
  sealer: Sealer;
  queue: FeedbackQueue;
  notifier: FeedbackNotifier;
  defaultTimeZone: string;
}

/** The sealed route opens only on its own thread; an author's DM channel only on its own message. */
const routeContext = (threadId: string) => `route:${threadId}`;
const authorCopyContext = (messageId: string) => `author-copy:${messageId}`;
/** The copy's ts too: Slack's ts is the moment the reply reached the author's DM. */
const authorCopyTsContext = (messageId: string) => `author-copy-ts:${messageId}`;

const zoneOf = teamZone;

export type TextProblem = { problem: 'required' } | { problem: 'too_long'; length: number; max: number };

/** Words someone wrote: trimmed; required; at most FEEDBACK_MAX_LENGTH characters. */
export function checkText(raw: string | null | undefined): { ok: true; text: string } | ({ ok: false } & TextProblem) {
  const text = (raw ?? '').trim();
  if (!text) return { ok: false, problem: 'required' };
  const length = Array.from(text).length;
  if (length > FEEDBACK_MAX_LENGTH) return { ok: false, problem: 'too_long', length, max: FEEDBACK_MAX_LENGTH };
  return { ok: true, text };
}

// ------------------------------------------------------------------------------------------
// Writing feedback

export interface TeamChoice {
  team: Team;
  member: Member;
  /** Active people in the team, leaders included. */
  size: number;
  /** Fewer people than ANON_MIN_GROUP: easier to guess who wrote. */
  small: boolean;
  /** Who will read it: every active leader (an author who leads the team too receives their own words, like the others). */
  leaders: Member[];
  batchMinutes: number;
  nextDelivery: Date;
}

/** The teams someone may write to: theirs, with a leader other than themselves to read it. */
export async function feedbackChoices(
  core: Pick<FeedbackCore, 'teams' | 'feedback' | 'minGroup' | 'defaultTimeZone'>,
  input: { workspaceId: string; slackUserId: string; now: Date },
): Promise<TeamChoice[]> {
  const memberships = (await core.teams.membershipsOf(input.workspaceId, input.slackUserId)).filter(
    (m) => m.member.active,
  );
  if (memberships.length === 0) throw new AppError('NOT_IN_TEAM', 'common.error.not_in_team');
  const choices: TeamChoice[] = [];
  for (const { team, member } of memberships) {
    const active = await core.teams.activeMembers(team.id);
    const leaders = active.filter(isLeader);
    // Someone other than the author must read it.
    if (!leaders.some((m) => m.slackUserId !== input.slackUserId)) continue;
    const batchMinutes = await core.feedback.batchMinutes(team.id);
    choices.push({
      team,
      member,
      size: active.length,
      small: active.length < core.minGroup,
      leaders,
      batchMinutes,
      nextDelivery: await nextBatch(core, team, input.now),
    });
  }
  if (choices.length === 0) throw new AppError('NO_LEADER', 'feedback.error.no_leader');
  return choices;
}

export type SubmitResult =
  | { ok: true; team: Team; deliverAfter: Date; signed: boolean }
  | { ok: false; field: 'text'; problem: TextProblem | { problem: 'rate_limited'; limit: number } }
  | { ok: false; field: 'category'; problem: { problem: 'required' } };

/**
 * New feedback: validate → check the team → count (under a rotating keyed hash) → store the
 * words with the way back sealed and the delivery set for the end of the current window.
 * No job is enqueued: the clock finds the batch when its window ends, so nothing in Redis
 * carries the moment of writing either.
 */
export async function submitFeedback(
  core: FeedbackCore,
  input: {
    workspaceId: string;
    teamId: string;
    slackUserId: string;
    category: string | null;
    text: string | null;
    signed: boolean;
    now: Date;
  },
): Promise<SubmitResult> {
  const checked = checkText(input.text);
  if (!checked.ok) return { ok: false, field: 'text', problem: checked };
  if (!input.category || !isCategory(input.category))
    return { ok: false, field: 'category', problem: { problem: 'required' } };
  const category: Category = input.category;
  const choice = (await feedbackChoices(core, input)).find((c) => c.team.id === input.teamId);
  if (!choice) throw new AppError('NOT_IN_TEAM', 'common.error.not_in_team');
  const rate = await core.counter.take('feedback', input.workspaceId, input.slackUserId, FEEDBACKS_PER_DAY, input.now);
  if (!rate.allowed)
    return { ok: false, field: 'text', problem: { problem: 'rate_limited', limit: FEEDBACKS_PER_DAY } };

  const id = randomUUID();
  const deliverAfter = await nextBatch(core, choice.team, input.now);
  await core.feedback.createThread({
    id,
    teamId: choice.team.id,
    category,
    signedBy: input.signed ? choice.member.id : null,
    route: core.sealer.seal(input.slackUserId, routeContext(id)),
    // Counted from the window's end, not the moment of writing.
    routeExpiresAt: new Date(deliverAfter.getTime() + ROUTE_LIFETIME_MS),
    createdDay: localMoment(input.now, zoneOf(choice.team, core.defaultTimeZone)).date,
    text: checked.text,
    deliverAfter,
  });
  return { ok: true, team: choice.team, deliverAfter, signed: input.signed };
}

// ------------------------------------------------------------------------------------------
// The conversation

async function loadThread(
  core: Pick<FeedbackCore, 'feedback' | 'teams'>,
  threadId: string,
): Promise<{ thread: FeedbackThread; team: Team }> {
  const thread = await core.feedback.findThread(threadId);
  const team = thread && (await core.teams.findTeam(thread.teamId));
  if (!thread || !team) throw new AppError('FEEDBACK_GONE', 'feedback.error.gone');
  return { thread, team };
}

function authorOf(sealer: Sealer, thread: FeedbackThread): string | null {
  if (!thread.route) return null;
  try {
    return sealer.open(thread.route, routeContext(thread.id));
  } catch {
    return null;
  }
}

/**
 * The route opens to this person, asking from the team's workspace: they wrote it. Nothing
 * else can tell — the author is never stored, so the sealed route is the only proof.
 */
function assertAuthor(core: Pick<FeedbackCore, 'sealer'>, thread: FeedbackThread, team: Team, actor: Actor): void {
  if (thread.status !== 'open' || !thread.route) throw new AppError('FEEDBACK_CLOSED', 'feedback.error.closed');
  if (team.workspaceId !== actor.workspaceId || authorOf(core.sealer, thread) !== actor.slackUserId)
    throw new AppError('NOT_AUTHOR', 'feedback.error.not_yours');
}

/**
 * For a leader, a conversation the author is closing (status 'closing') still looks open until
 * the batch announces it: refusing now would tell when the author closed.
 */
const assertOpenToLeaders = (thread: FeedbackThread) => {
  if (thread.status === 'closing') return;
  if (thread.status !== 'open' || !thread.route) throw new AppError('FEEDBACK_CLOSED', 'feedback.error.closed');
};

/** A leader who wrote the feedback receives it like the others but cannot reply to themselves. */
function assertNotOwn(core: Pick<FeedbackCore, 'sealer'>, thread: FeedbackThread, slackUserId: string): void {
  if (authorOf(core.sealer, thread) === slackUserId) throw new AppError('OWN_FEEDBACK', 'feedback.error.cannot_reply');
}

/** A leader about to reply: what they are answering. */
export async function openReply(
  core: Pick<FeedbackCore, 'feedback' | 'teams' | 'sealer'>,
  input: Actor & { threadId: string },
) {
  const { thread, team } = await loadThread(core, input.threadId);
  const leader = await requireLeader(core.teams, team, input);
  assertOpenToLeaders(thread);
  assertNotOwn(core, thread, input.slackUserId);
  return {
    thread,
    team,
    leader,
    last: await core.feedback.leaderMessage(thread.id, 'last'),
    locale: localeOf(leader, team),
  };
}

/** A leader's reply is signed and not anonymous: it goes to the author at once (a job relays it). */
export async function replyAsLeader(
  core: Pick<FeedbackCore, 'feedback' | 'teams' | 'queue' | 'sealer'>,
  input: Actor & { threadId: string; text: string | null; now: Date },
): Promise<{ ok: true } | ({ ok: false } & TextProblem)> {
  const { thread, team } = await loadThread(core, input.threadId);
  const leader = await requireLeader(core.teams, team, input);
  assertOpenToLeaders(thread);
  assertNotOwn(core, thread, input.slackUserId);
  const checked = checkText(input.text);
  if (!checked.ok) return checked;
  await core.queue.atomically(async () => {
    const message = await core.feedback.addMessage({
      threadId: thread.id,
      direction: 'to_author',
      text: checked.text,
      fromLeaderId: leader.id,
      deliverAfter: input.now,
    });
    await core.queue.enqueue({ name: 'feedback-relay', data: { messageId: message.id } });
  });
  return { ok: true };
}

/** The author about to answer: only the person the route opens to. */
export async function openAnswer(
  core: Pick<FeedbackCore, 'feedback' | 'teams' | 'sealer'>,
  input: Actor & { threadId: string },
) {
  const { thread, team } = await loadThread(core, input.threadId);
  assertAuthor(core, thread, team, input);
  return { thread, team };
}

/** The author answers: still anonymous, so back through the batch like new feedback. */
export async function answerAsAuthor(
  core: FeedbackCore,
  input: Actor & { threadId: string; text: string | null; now: Date },
): Promise<
  | { ok: true; deliverAfter: Date; team: Team }
  | { ok: false; problem: TextProblem | { problem: 'rate_limited'; limit: number } }
> {
  const { thread, team } = await loadThread(core, input.threadId);
  assertAuthor(core, thread, team, input);
  const checked = checkText(input.text);
  if (!checked.ok) return { ok: false, problem: checked };
  const rate = await core.counter.take('answer', input.workspaceId, input.slackUserId, ANSWERS_PER_DAY, input.now);
  if (!rate.allowed) return { ok: false, problem: { problem: 'rate_limited', limit: ANSWERS_PER_DAY } };
  const deliverAfter = await nextBatch(core, team, input.now);
  await core.feedback.addMessage({
    threadId: thread.id,
    direction: 'to_leaders',
    text: checked.text,
    fromLeaderId: null,
    deliverAfter,
  });
  return { ok: true, deliverAfter, team };
}

/** A leader ends the conversation: closed now; a job updates every copy and deletes the route. */
export async function closeAsLeader(
  core: Pick<FeedbackCore, 'feedback' | 'teams' | 'queue'>,
  input: Actor & { threadId: string; now: Date },
): Promise<'closed' | 'already'> {
  const { thread, team } = await loadThread(core, input.threadId);
  const leader = await requireLeader(core.teams, team, input);
  if (thread.status === 'closing') {
    // The author closed it already; the leaders hear of that with the batch, not from this
    // button. Answered as a close: the leaders' copies say so now (the job), the thread stays
    // 'closing' and the batch at the window's end says the author closed it.
    await core.queue.enqueue({ name: 'feedback-closed', data: { threadId: thread.id, leaderId: leader.id } });
    return 'closed';
  }
  const closed = await core.queue.atomically(async () => {
    if (!(await core.feedback.closeByLeader(thread.id, input.now))) return false;
    await core.queue.enqueue({ name: 'feedback-closed', data: { threadId: thread.id, leaderId: leader.id } });
    return true;
  });
  return closed ? 'closed' : 'already';
}

/**
 * The author ends the conversation: the way back to them is deleted at once; the leaders
 * learn of it with the batch at the end of the window, so the moment is not told either.
 */
export async function closeAsAuthor(
  core: Pick<FeedbackCore, 'feedback' | 'teams' | 'sealer' | 'defaultTimeZone'>,
  input: Actor & { threadId: string; now: Date },
): Promise<{ thread: FeedbackThread; team: Team; announceAt: Date }> {
  const { thread, team } = await loadThread(core, input.threadId);
  assertAuthor(core, thread, team, input);
  const announceAt = await nextBatch(core, team, input.now);
  if (!(await core.feedback.closeByAuthor(thread.id, announceAt)))
    throw new AppError('FEEDBACK_CLOSED', 'feedback.error.closed');
  return { thread, team, announceAt };
}

/** `/feedback window <minutes>`: a leader sets how long words are held before a batch goes out. */
export async function setBatchWindow(
  core: Pick<FeedbackCore, 'teams' | 'feedback'>,
  input: { workspaceId: string; channelId: string; slackUserId: string; minutes: number },
): Promise<Team> {
  if (!Number.isInteger(input.minutes) || input.minutes < BATCH_MINUTES_MIN || input.minutes > BATCH_MINUTES_MAX) {
    throw new AppError('USAGE', 'feedback.window.error', { min: BATCH_MINUTES_MIN, max: BATCH_MINUTES_MAX });
  }
  const { team } = await requireTeam(core.teams, input, {
    channelId: input.channelId,
    among: (m) => isLeader(m.member),
  });
  await core.feedback.setBatchMinutes(team.id, input.minutes);
  return team;
}

// ------------------------------------------------------------------------------------------
// Jobs

/** The clock's question each minute: which batches are due, and (hourly) which routes have expired. */
export async function planFeedback(store: FeedbackStore, minute: Date): Promise<FeedbackJob[]> {
  const day = minute.toISOString().slice(0, 10);
  const jobs: FeedbackJob[] = (await store.dueBatches(minute)).map(({ teamId, window }) => ({
    name: 'feedback-deliver',
    data: { teamId, window: window.toISOString(), day },
  }));
  if (minute.getUTCMinutes() === 0) {
    for (const threadId of await store.expiredRoutes(minute, 500))
      jobs.push({ name: 'feedback-expire', data: { threadId } });
  }
  return jobs;
}

async function signerOf(deps: Pick<FeedbackDeps, 'teams'>, thread: FeedbackThread): Promise<Member | null> {
  return thread.signedBy ? deps.teams.findMemberById(thread.signedBy) : null;
}

/**
 * A window has ended: its words go to every leader in random order (each leader once, so a
 * retried job does not send twice), and the closes the authors asked for are announced.
 * Returns counts only: a job's result is kept in Redis.
 */
export async function deliverBatch(
  deps: FeedbackDeps,
  input: { teamId: string; window: Date; now: Date },
): Promise<{ delivered: number; waiting: number; closed: number }> {
  const team = await deps.teams.findTeam(input.teamId);
  if (!team) return { delivered: 0, waiting: 0, closed: 0 };
  const { messages, closing } = await deps.feedback.batch(team.id, input.window);
  const leaders = (await deps.teams.activeMembers(team.id)).filter(isLeader);
  let delivered = 0;
  let waiting = 0;
  for (const { message, thread } of shuffle(messages)) {
    // Every leader, the author too if they lead the team: leaving one out would name them.
    const readers = leaders;
    if (readers.length === 0) {
      waiting += 1;
      continue;
    }
    const done = new Set((await deps.feedback.deliveries(message.id)).map((d) => d.leaderId));
    const first = (await deps.feedback.leaderMessage(thread.id, 'first'))?.id === message.id;
    const copy: LeaderCopy = { team, thread, message, first, signer: await signerOf(deps, thread) };
    for (const leader of readers) {
      if (done.has(leader.id)) continue;
      const ref = await deps.notifier.sendToLeader(leader, localeOf(leader, team), copy);
      if (!ref) continue; // this leader cannot be reached; the notifier said so (thread id only)
      await deps.feedback.recordDelivery({
        messageId: message.id,
        leaderId: leader.id,
        channelId: ref.channelId,
        ts: ref.ts,
      });
    }
    await deps.feedback.markDelivered(message.id, input.now);
    delivered += 1;
  }
  for (const thread of closing) await settleClose(deps, team, thread, { by: 'author' }, input.now);
  return { delivered, waiting, closed: closing.length };
}

/** A leader's reply reaches the author's DM, through the sealed route; the author's copy is kept sealed too. */
export async function relayReply(
  deps: FeedbackDeps,
  messageId: string,
  now: Date,
): Promise<'relayed' | 'skipped' | 'closed'> {
  const message = await deps.feedback.findMessage(messageId);
  if (message?.direction !== 'to_author' || message.deliveredAt) return 'skipped';
  const { thread, team } = await loadThread(deps, message.threadId);
  const author = thread.status === 'open' ? authorOf(deps.sealer, thread) : null;
  if (!author) {
    await deps.feedback.markDelivered(message.id, now);
    return 'closed';
  }
  const membership = await deps.teams.findMember(team.id, author);
  const locale = localeOf(membership, team);
  const leader = message.fromLeaderId ? await deps.teams.findMemberById(message.fromLeaderId) : null;
  const ref = await deps.notifier.sendToAuthor(author, locale, { team, thread, message, leader });
  await deps.feedback.recordDelivery({
    messageId: message.id,
    leaderId: null,
    channelId: deps.sealer.seal(`${ref.channelId}|${locale}`, authorCopyContext(message.id)),
    ts: deps.sealer.seal(ref.ts, authorCopyTsContext(message.id)),
  });
  await deps.feedback.markDelivered(message.id, now);
  return 'relayed';
}

/** After a leader closed: the author hears of it (if nothing of theirs can be updated), every copy is updated, the route deleted. */
export async function announceLeaderClose(
  deps: FeedbackDeps,
  input: { threadId: string; leaderId: string; now: Date },
): Promise<'closed' | 'skipped'> {
  const thread = await deps.feedback.findThread(input.threadId);
  const team = thread && (await deps.teams.findTeam(thread.teamId));
  if (!thread || !team || thread.status === 'open') return 'skipped';
  const leader = await deps.teams.findMemberById(input.leaderId);
  const closed: ClosedNote = { by: 'leader', leader };
  if (thread.status === 'closing') {
    // The author closed it first: the leaders' copies show this leader's close as usual; the
    // author's side and the route were settled by their close, and the batch finishes it.
    await markLeaderCopies(deps, team, thread, closed);
    return 'closed';
  }
  const copies = await deps.feedback.threadDeliveries(thread.id);
  const author = authorOf(deps.sealer, thread);
  if (author && !thread.closeNoticeSent && !copies.some(({ delivery }) => delivery.leaderId === null)) {
    const membership = await deps.teams.findMember(team.id, author);
    await deps.notifier.tellAuthorClosed(author, localeOf(membership, team), team, thread, closed);
    await deps.feedback.markCloseNoticeSent(thread.id);
  }
  await settleClose(deps, team, thread, closed, input.now);
  return 'closed';
}

/** Thirty days on: the route is deleted and the conversation closed, whatever its state. */
export async function expireRoute(
  deps: FeedbackDeps,
  input: { threadId: string; now: Date },
): Promise<'expired' | 'skipped'> {
  const thread = await deps.feedback.findThread(input.threadId);
  const team = thread && (await deps.teams.findTeam(thread.teamId));
  if (!thread || !team || !thread.route) return 'skipped';
  const due = (thread.routeExpiresAt && thread.routeExpiresAt <= input.now) || thread.status !== 'open';
  if (!due) return 'skipped';
  if (thread.status === 'open') {
    if (!(await deps.feedback.expireRoute(thread.id, input.now))) return 'skipped';
    await settleClose(deps, team, thread, { by: 'expired' }, input.now);
  } else {
    // Closed, but the job that should have deleted the route never finished (or this expiry
    // was interrupted): the copies that show no close yet say it expired, then the route goes.
    await markCopies(deps, team, thread, { by: 'expired' }, true, (closedAs) => closedAs !== null);
    await deps.feedback.finishClose(thread.id, input.now);
  }
  return 'expired';
}

/**
 * Every copy of a closed conversation says so (buttons gone); then the route and the author's
 * copies are deleted. Each copy is marked as it is updated, so a close the workspace's gate
 * delays (or a crash interrupts) carries on with the copies still to do, and the route is
 * deleted only once every copy shows the close.
 */
async function settleClose(
  deps: FeedbackDeps,
  team: Team,
  thread: FeedbackThread,
  closed: ClosedNote,
  now: Date,
): Promise<void> {
  await markCopies(deps, team, thread, closed, true);
  await deps.feedback.finishClose(thread.id, now);
}

/** The leaders' copies only: a leader closed a conversation the author is already closing. */
function markLeaderCopies(deps: FeedbackDeps, team: Team, thread: FeedbackThread, closed: ClosedNote): Promise<void> {
  return markCopies(deps, team, thread, closed, false);
}

/** `done` says which copies already show enough: by default those showing this very close. */
async function markCopies(
  deps: FeedbackDeps,
  team: Team,
  thread: FeedbackThread,
  closed: ClosedNote,
  authorCopies: boolean,
  done: (closedAs: string | null) => boolean = (closedAs) => closedAs === closed.by,
): Promise<void> {
  const copies = await deps.feedback.threadDeliveries(thread.id);
  const firstId = (await deps.feedback.leaderMessage(thread.id, 'first'))?.id;
  const signer = await signerOf(deps, thread);
  const leaders = new Map<string, Member | null>();
  for (const { delivery, message } of copies) {
    if (done(delivery.closedAs)) continue;
    const ref = { channelId: delivery.channelId, ts: delivery.ts };
    if (delivery.leaderId) {
      if (!leaders.has(delivery.leaderId))
        leaders.set(delivery.leaderId, await deps.teams.findMemberById(delivery.leaderId));
      const reader = leaders.get(delivery.leaderId) ?? null;
      await deps.notifier.markLeaderCopyClosed(
        ref,
        localeOf(reader, team),
        { team, thread, message, first: message.id === firstId, signer },
        closed,
      );
      await deps.feedback.markCopyClosed(delivery.id, closed.by);
    } else if (authorCopies) {
      const opened = openAuthorCopy(deps.sealer, delivery, message.id);
      if (!opened) continue;
      const replier = message.fromLeaderId ? await deps.teams.findMemberById(message.fromLeaderId) : null;
      await deps.notifier.markAuthorCopyClosed(
        { channelId: opened.channelId, ts: opened.ts },
        opened.locale,
        { team, thread, message, leader: replier },
        closed,
      );
      await deps.feedback.markCopyClosed(delivery.id, closed.by);
    }
  }
}

function openAuthorCopy(
  sealer: Sealer,
  sealed: { channelId: string; ts: string },
  messageId: string,
): { channelId: string; ts: string; locale: Locale } | null {
  try {
    const [channelId, locale] = sealer.open(sealed.channelId, authorCopyContext(messageId)).split('|');
    // Copies recorded before the ts was sealed keep it in clear.
    const ts = sealed.ts.startsWith('v1.') ? sealer.open(sealed.ts, authorCopyTsContext(messageId)) : sealed.ts;
    if (!channelId || !ts) return null;
    return { channelId, ts, locale: locale === 'zh-CN' ? 'zh-CN' : 'en' };
  } catch {
    return null;
  }
}
