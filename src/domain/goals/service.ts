import type { EffectLog } from '../../shared/effects.ts';
import type { Locale } from '../../i18n/index.ts';
import { AppError } from '../../shared/errors.ts';
import { addDays, localMoment, type LocalDate } from '../checkins/calendar.ts';
import { isTimeZone } from '../../shared/time.ts';
import { localeOf, type Member, type Team, type TeamStore } from '../teams/model.ts';
import { requireLeader, requireMember, resolveTeam, type Actor } from '../teams/service.ts';
import type {
  Goal,
  GoalSnapshot,
  GoalStore,
  KeyResult,
  KeyResultDraft,
  KeyResultUpdate,
  ProgressEntry,
  UpdateSource,
} from './model.ts';
import type { GoalJob, GoalNotifier, GoalQueue } from './ports.ts';
import {
  goalPercent,
  nextPeriod,
  validateComment,
  validateGoalForm,
  validateKeyResultForm,
  validateProgress,
  type FieldProblem,
  type GoalFormRaw,
  type KeyResultFormRaw,
} from './rules.ts';

export interface GoalDeps {
  teams: TeamStore;
  goals: GoalStore;
  queue: GoalQueue;
  notifier: GoalNotifier;
  /** Slack calls already made, so a job that makes several resumes after the last one. */
  effects: EffectLog;
  defaultTimeZone: string;
}

/** What listeners need: everything but the notifier, since Slack sends happen in jobs. */
export type GoalCore = Omit<GoalDeps, 'notifier' | 'effects'>;

export type Outcome<T> = { ok: true; value: T } | { ok: false; problems: FieldProblem[] };

/** Raised while a goal's head message is not posted yet; the job retries shortly. */
export class GoalHeadNotReady extends Error {
  readonly code = 'GOAL_HEAD_NOT_READY';
}

const teamZone = (timeZone: string, fallback: string): string => (isTimeZone(timeZone) ? timeZone : fallback);
/** Goals run on the team's calendar: its time zone decides what "today" and "ended" mean. */
export const teamToday = (team: Pick<Team, 'timeZone'>, defaultTimeZone: string, now: Date): LocalDate =>
  localMoment(now, teamZone(team.timeZone, defaultTimeZone)).date;

async function requireTeam(deps: Pick<GoalCore, 'teams'>, teamId: string): Promise<Team> {
  const team = await deps.teams.findTeam(teamId);
  if (!team) throw new AppError('NOT_YOUR_TEAM', 'common.error.not_your_team');
  return team;
}

/**
 * The refusal for a goal or key result a value names that is not there: the words another
 * team's record gets, as whose it was can no longer be told, and other words would tell an
 * outsider which ids exist.
 */
const notYourTeam = () => new AppError('NOT_YOUR_TEAM', 'common.error.not_your_team');

async function loadGoal(deps: Pick<GoalCore, 'teams' | 'goals'>, goalId: string): Promise<{ goal: Goal; team: Team }> {
  const goal = await deps.goals.findGoal(goalId);
  const team = goal ? await deps.teams.findTeam(goal.teamId) : null;
  if (!goal || !team) throw notYourTeam();
  return { goal, team };
}

function requireOpen(goal: Goal): void {
  if (goal.status !== 'open') throw new AppError('GOAL_CLOSED', 'goal.error.closed');
}

// ------------------------------------------------------------------------------------------
// Opening a goal

/** Everything the "new goal" form needs: the team, today on its calendar, the person's language. */
export async function openNewGoal(
  deps: Pick<GoalCore, 'teams' | 'defaultTimeZone'>,
  input: Actor & { teamId: string; now: Date },
) {
  const team = await requireTeam(deps, input.teamId);
  const member = await requireMember(deps.teams, team, input);
  return { team, member, locale: localeOf(member, team), today: teamToday(team, deps.defaultTimeZone, input.now) };
}

/**
 * A member opens a goal: validate → save → post the goal thread's head in the team's home
 * channel (a job). Anyone in the team may open one; setting goals is done together.
 */
export async function createGoal(
  deps: GoalCore,
  input: Actor & { teamId: string; raw: GoalFormRaw; now: Date },
): Promise<Outcome<Goal>> {
  const { team, member, today } = await openNewGoal(deps, input);
  const form = validateGoalForm(input.raw, today);
  if (!form.ok) return form;
  const goal = await deps.queue.atomically(async () => {
    const created = await deps.goals.createGoal({
      ...form.value,
      teamId: team.id,
      createdById: member.id,
      channelId: team.homeChannelId,
    });
    await deps.queue.enqueue({ name: 'goal-post', data: { goalId: created.id } });
    return created;
  });
  return { ok: true, value: goal };
}

/** The head message, posted once: a second run finds the ts recorded; a lost race deletes its copy. */
export async function postGoalHead(deps: GoalDeps, goalId: string): Promise<'posted' | 'already'> {
  const snapshot = await deps.goals.snapshot(goalId);
  if (!snapshot || snapshot.goal.headTs) return 'already';
  const team = await requireTeam(deps, snapshot.goal.teamId);
  const ref = await deps.notifier.postHead(team, snapshot);
  if (await deps.goals.claimHead(goalId, ref.ts)) return 'posted';
  await deps.notifier.deleteMessage(team, ref);
  return 'already';
}

/** What the head shows; when it changes while being written, the head is written again. */
export function fingerprint(snapshot: GoalSnapshot): string {
  return JSON.stringify([
    snapshot.goal.status,
    snapshot.goal.title,
    snapshot.pending,
    snapshot.keyResults.map((k) => [k.keyResult.id, k.keyResult.ownerId, k.keyResult.title, k.latest?.id ?? null]),
  ]);
}

/**
 * Brings the head message up to date, in place (chat.update), never re-posted. Two
 * refreshes may run at once: each re-reads after writing and writes again if the goal
 * moved on meanwhile, so the last write always shows the latest state.
 */
export async function refreshHead(deps: GoalDeps, goalId: string): Promise<'updated' | 'skipped'> {
  let snapshot = await deps.goals.snapshot(goalId);
  if (!snapshot) return 'skipped';
  if (!snapshot.goal.headTs) throw new GoalHeadNotReady(`goal ${goalId} has no head yet`);
  const team = await requireTeam(deps, snapshot.goal.teamId);
  for (let attempt = 0; attempt < 3; attempt += 1) {
    await deps.notifier.updateHead(team, snapshot);
    const again = await deps.goals.snapshot(goalId);
    if (!again || fingerprint(again) === fingerprint(snapshot)) break;
    snapshot = again;
  }
  return 'updated';
}

// ------------------------------------------------------------------------------------------
// Key results, proposed together

/** The "propose a key result" form: for a new proposal, or the proposer's revision of one sent back. */
export async function openProposal(
  deps: Pick<GoalCore, 'teams' | 'goals'>,
  input: Actor & { goalId: string; keyResultId?: string },
) {
  const { goal, team } = await loadGoal(deps, input.goalId);
  const member = await requireMember(deps.teams, team, input);
  requireOpen(goal);
  let existing: KeyResult | null = null;
  if (input.keyResultId) {
    existing = await revisable(deps, input.keyResultId, member);
    if (existing.goalId !== goal.id) throw new AppError('KR_NOT_FOUND', 'goal.error.kr_not_found');
  }
  const owner =
    existing?.ownerId && existing.ownerId !== member.id ? await deps.teams.findMemberById(existing.ownerId) : null;
  return { goal, team, member, existing, ownerSlackUserId: owner?.slackUserId ?? null, locale: localeOf(member, team) };
}

/** "Revise my proposal" (from the DM or the thread): the proposal form, filled with the proposal sent back. */
export async function openRevision(deps: Pick<GoalCore, 'teams' | 'goals'>, input: Actor & { keyResultId: string }) {
  const keyResult = await deps.goals.findKeyResult(input.keyResultId);
  if (!keyResult) throw notYourTeam();
  return openProposal(deps, {
    workspaceId: input.workspaceId,
    slackUserId: input.slackUserId,
    goalId: keyResult.goalId,
    keyResultId: keyResult.id,
  });
}

async function revisable(deps: Pick<GoalCore, 'goals'>, keyResultId: string, member: Member): Promise<KeyResult> {
  const keyResult = await deps.goals.findKeyResult(keyResultId);
  if (!keyResult) throw new AppError('KR_NOT_FOUND', 'goal.error.kr_not_found');
  if (keyResult.proposerId !== member.id) throw new AppError('NOT_PROPOSER', 'goal.error.not_proposer');
  if (keyResult.status !== 'changes_requested') throw new AppError('NOT_REVISABLE', 'goal.error.not_revisable');
  return keyResult;
}

/**
 * A member proposes a key result (or revises one a leader sent back): validate → save as
 * "proposed" → post it in the goal's thread for the team to discuss (a job).
 */
export async function proposeKeyResult(
  deps: GoalCore,
  input: Actor & { goalId: string; raw: KeyResultFormRaw; keyResultId?: string },
): Promise<Outcome<KeyResult>> {
  const opened = await openProposal(deps, input);
  const form = validateKeyResultForm(input.raw, opened.goal);
  if (!form.ok) return form;
  const owner = await ownerOf(deps, opened.team, opened.member, form.value);
  if (!owner) return { ok: false, problems: [{ field: 'owner', problem: 'not_member' }] };
  const { ownerSlackUserId: _, ...draft } = form.value;
  if (opened.existing) {
    const supersedes = opened.existing.proposalTs;
    const revisedId = opened.existing.id;
    await deps.queue.atomically(async () => {
      if (!(await deps.goals.reviseKeyResult(revisedId, { ownerId: owner.id, draft })))
        throw new AppError('NOT_REVISABLE', 'goal.error.not_revisable');
      await deps.queue.enqueue({ name: 'goal-kr-post', data: { keyResultId: revisedId, supersedes } });
    });
    return { ok: true, value: (await deps.goals.findKeyResult(opened.existing.id))! };
  }
  const keyResult = await deps.queue.atomically(async () => {
    const proposed = await deps.goals.proposeKeyResult({
      goalId: opened.goal.id,
      proposerId: opened.member.id,
      ownerId: owner.id,
      draft,
    });
    await deps.queue.enqueue({ name: 'goal-kr-post', data: { keyResultId: proposed.id, supersedes: null } });
    return proposed;
  });
  return { ok: true, value: keyResult };
}

/** The proposer owns what they propose, unless they name a teammate (who must be in the team). */
async function ownerOf(
  deps: Pick<GoalCore, 'teams'>,
  team: Team,
  proposer: Member,
  draft: KeyResultDraft,
): Promise<Member | null> {
  if (!draft.ownerSlackUserId || draft.ownerSlackUserId === proposer.slackUserId) return proposer;
  const owner = await deps.teams.findMember(team.id, draft.ownerSlackUserId);
  return owner?.active ? owner : null;
}

async function loadKeyResult(deps: Pick<GoalCore, 'teams' | 'goals'>, keyResultId: string) {
  const keyResult = await deps.goals.findKeyResult(keyResultId);
  if (!keyResult) throw notYourTeam();
  const { goal, team } = await loadGoal(deps, keyResult.goalId);
  const proposer = await deps.teams.findMemberById(keyResult.proposerId);
  if (!proposer) throw notYourTeam();
  const owner = keyResult.ownerId ? await deps.teams.findMemberById(keyResult.ownerId) : null;
  return { keyResult, goal, team, proposer, owner };
}

/** Posts a proposal in the goal's thread once; a revision marks the earlier message as superseded. */
export async function postProposal(
  deps: GoalDeps,
  keyResultId: string,
  supersedes: string | null,
): Promise<'posted' | 'already'> {
  const { keyResult, goal, team, proposer, owner } = await loadKeyResult(deps, keyResultId);
  let proposalTs = keyResult.proposalTs;
  const outcome = proposalTs ? 'already' : 'posted';
  if (!proposalTs) {
    if (!goal.headTs) throw new GoalHeadNotReady(`goal ${goal.id} has no head yet`);
    const ref = await deps.notifier.postProposal(team, goal, keyResult, proposer, owner);
    if (!(await deps.goals.claimProposalTs(keyResult.id, ref.ts))) {
      await deps.notifier.deleteMessage(team, ref);
      return 'already';
    }
    proposalTs = ref.ts;
  }
  // Posted before a retry too (the earlier message's update was delayed): the rest still happens, once.
  if (supersedes) {
    await deps.effects.once(`kr-superseded:${supersedes}`, () =>
      deps.notifier.updateProposal(team, goal, keyResult, proposer, owner, supersedes, { kind: 'superseded' }),
    );
  }
  await deps.queue.enqueue({
    name: 'goal-head-refresh',
    data: { goalId: goal.id, cause: `kr-${keyResult.id}-${proposalTs.replace('.', '-')}` },
  });
  return outcome;
}

export type Decision = 'accepted' | 'changes_requested' | 'declined';

/** Before the "ask for a change" form opens: only a leader, only a proposal still waiting. */
export async function openReview(deps: Pick<GoalCore, 'teams' | 'goals'>, input: Actor & { keyResultId: string }) {
  const { keyResult, goal, team } = await loadKeyResult(deps, input.keyResultId);
  const leader = await requireLeader(deps.teams, team, input, 'goal.error.not_leader');
  requireOpen(goal);
  if (keyResult.status !== 'proposed') throw new AppError('ALREADY_REVIEWED', 'goal.error.already_reviewed');
  return { keyResult, goal, team, leader, locale: localeOf(leader, team) };
}

/**
 * A leader's answer to a proposal: accept (the owner is the one proposed, the proposer by
 * default), ask for a change (with a comment the proposer receives by DM), or decline.
 * Only a waiting proposal can be answered, and only once (compare-and-swap on its status).
 */
export async function reviewKeyResult(
  deps: GoalCore,
  input: Actor & { keyResultId: string; decision: Decision; comment?: string; now: Date },
): Promise<Outcome<KeyResult>> {
  const { keyResult, goal, leader } = await openReview(deps, input);
  let comment: string | null = null;
  if (input.decision === 'changes_requested') {
    const checked = validateComment(input.comment);
    if (!checked.ok) return checked;
    comment = checked.value;
  }
  const proposalTs = keyResult.proposalTs ?? 'none';
  await deps.queue.atomically(async () => {
    const moved = await deps.goals.reviewKeyResult(keyResult.id, 'proposed', {
      status: input.decision,
      reviewedById: leader.id,
      reviewComment: comment,
      at: input.now,
    });
    if (!moved) throw new AppError('ALREADY_REVIEWED', 'goal.error.already_reviewed');
    await deps.queue.enqueue({
      name: 'goal-kr-reviewed',
      data: { keyResultId: keyResult.id, proposalTs, decision: input.decision },
    });
    await deps.queue.enqueue({
      name: 'goal-head-refresh',
      data: { goalId: goal.id, cause: `kr-${keyResult.id}-${input.decision}-${proposalTs.replace('.', '-')}` },
    });
  });
  return { ok: true, value: (await deps.goals.findKeyResult(keyResult.id))! };
}

/** After a review: the proposal in the thread shows the answer, and the proposer hears it by DM. */
export async function announceReview(
  deps: GoalDeps,
  keyResultId: string,
  proposalTs: string,
  decision: Decision,
): Promise<void> {
  const { keyResult, goal, team, proposer, owner } = await loadKeyResult(deps, keyResultId);
  const by = keyResult.reviewedById ? await deps.teams.findMemberById(keyResult.reviewedById) : null;
  if (!by) return;
  const state =
    decision === 'accepted'
      ? { kind: 'accepted' as const, by, owner: owner ?? proposer }
      : decision === 'changes_requested'
        ? { kind: 'changes_requested' as const, by, comment: keyResult.reviewComment ?? '' }
        : { kind: 'declined' as const, by };
  // The proposal's update and the proposer's DM once each: a retry carries on after the one done.
  const effect = `kr-reviewed:${keyResult.id}:${proposalTs}:${decision}`;
  if (proposalTs !== 'none')
    await deps.effects.once(`${effect}:proposal`, () =>
      deps.notifier.updateProposal(team, goal, keyResult, proposer, owner, proposalTs, state),
    );
  if (proposer.id !== by.id && proposer.active) {
    const outcome = state.kind === 'accepted' ? { kind: 'accepted' as const, by } : state;
    await deps.effects.once(`${effect}:proposer`, () =>
      deps.notifier.tellProposer(
        { member: proposer, team, locale: localeOf(proposer, team) },
        goal,
        keyResult,
        outcome,
      ),
    );
  }
}

// ------------------------------------------------------------------------------------------
// Progress

export interface OwnedKeyResult {
  keyResult: KeyResult;
  goal: Goal;
  team: Team;
  latest: KeyResultUpdate | null;
}

/** The accepted key results this person owns in open goals, in every team of the workspace (or one team). */
export async function myKeyResults(
  deps: Pick<GoalCore, 'teams' | 'goals'>,
  input: { workspaceId: string; slackUserId: string; teamId?: string },
): Promise<{ items: OwnedKeyResult[]; locale: Locale }> {
  const memberships = (await deps.teams.membershipsOf(input.workspaceId, input.slackUserId)).filter(
    (m) => m.member.active && (!input.teamId || m.team.id === input.teamId),
  );
  if (memberships.length === 0) throw new AppError('NOT_IN_TEAM', 'common.error.not_in_team');
  const items: OwnedKeyResult[] = [];
  for (const { member, team } of memberships) {
    for (const owned of await deps.goals.ownedOpenKeyResults(member.id)) items.push({ ...owned, team });
  }
  const first = memberships[0]!;
  return { items, locale: localeOf(first.member, first.team) };
}

/** Progress problems keyed by the key result they concern. */
export type ProgressProblem = FieldProblem & { keyResultId: string };

/**
 * A member's progress on their key results: validate every entry → check each is theirs,
 * accepted, in an open goal → keep one KeyResultUpdate per entry (history, never
 * overwritten) → refresh each goal's head. Entries left empty are skipped.
 */
export async function recordProgress(
  deps: GoalCore,
  input: {
    workspaceId: string;
    slackUserId: string;
    entries: Record<string, { value?: string; confidence?: string; note?: string }>;
    source: UpdateSource;
    now: Date;
  },
): Promise<{ ok: true; recorded: KeyResultUpdate[] } | { ok: false; problems: ProgressProblem[] }> {
  const valid: ProgressEntry[] = [];
  const problems: ProgressProblem[] = [];
  for (const [keyResultId, raw] of Object.entries(input.entries)) {
    const checked = validateProgress(keyResultId, raw);
    if (!checked.ok) problems.push(...checked.problems.map((p) => ({ ...p, keyResultId })));
    else if (checked.value) valid.push(checked.value);
  }
  if (problems.length) return { ok: false, problems };
  if (valid.length === 0) return { ok: true, recorded: [] };

  const mine = new Map((await myKeyResults(deps, input)).items.map((item) => [item.keyResult.id, item]));
  for (const entry of valid) {
    if (!mine.has(entry.keyResultId)) throw new AppError('NOT_OWNER', 'goal.error.not_owner');
  }
  const recorded: KeyResultUpdate[] = [];
  await deps.queue.atomically(async () => {
    for (const entry of valid) {
      const owned = mine.get(entry.keyResultId)!;
      const update = await deps.goals.addUpdate({
        ...entry,
        memberId: owned.keyResult.ownerId!,
        source: input.source,
        at: input.now,
      });
      recorded.push(update);
      await deps.queue.enqueue({
        name: 'goal-head-refresh',
        data: { goalId: owned.goal.id, cause: `upd-${update.id}` },
      });
    }
  });
  return { ok: true, recorded };
}

/** What a member entered for one key result in a progress form: raw text per field. */
export type ProgressEntries = Record<string, Partial<Record<ProgressField, string>>>;
export type ProgressField = 'value' | 'confidence' | 'note';

/**
 * The daily check-in's optional key-result question: the entries a member filled in become
 * progress updates with source "checkin"; any problem is reported against its key result.
 */
export function progressProblems(entries: ProgressEntries): ProgressProblem[] {
  return Object.entries(entries).flatMap(([keyResultId, raw]) => {
    const checked = validateProgress(keyResultId, raw);
    return checked.ok ? [] : checked.problems.map((problem) => ({ ...problem, keyResultId }));
  });
}

export async function recordProgressFromCheckin(
  deps: GoalCore,
  input: { workspaceId: string; slackUserId: string; entries: ProgressEntries; now: Date },
) {
  // The check-in is already saved: a key result closed or handed over since the form opened
  // is passed over quietly rather than failing the whole submission.
  const mine = new Set((await myKeyResults(deps, input)).items.map((item) => item.keyResult.id));
  const entries = Object.fromEntries(Object.entries(input.entries).filter(([keyResultId]) => mine.has(keyResultId)));
  return recordProgress(deps, {
    workspaceId: input.workspaceId,
    slackUserId: input.slackUserId,
    entries,
    source: 'checkin',
    now: input.now,
  });
}

// ------------------------------------------------------------------------------------------
// Thread comments

/** A message someone wrote in a goal's thread: counted once (by its ts) for the participation record. */
export async function recordThreadMessage(
  deps: Pick<GoalCore, 'teams' | 'goals'>,
  input: { workspaceId: string; channelId: string; threadTs: string; ts: string; slackUserId: string },
): Promise<boolean> {
  if (input.ts === input.threadTs) return false;
  const goal = await deps.goals.findGoalByThread(input.channelId, input.threadTs);
  const team = goal ? await deps.teams.findTeam(goal.teamId) : null;
  if (!goal || !team || team.workspaceId !== input.workspaceId) return false;
  return deps.goals.addComment({ goalId: goal.id, slackUserId: input.slackUserId, ts: input.ts });
}

/** A thread message deleted by its author no longer counts, whichever of its two events comes first. */
export async function forgetThreadMessage(
  deps: Pick<GoalCore, 'goals'>,
  input: { channelId: string; threadTs: string; ts: string; slackUserId: string },
): Promise<void> {
  const goal = await deps.goals.findGoalByThread(input.channelId, input.threadTs);
  if (goal) await deps.goals.removeComment(goal.id, input.ts, input.slackUserId);
}

// ------------------------------------------------------------------------------------------
// Period close

/** The clock's question: which open goals have ended, each on its own team's calendar? */
export async function planGoalClosures(
  deps: Pick<GoalCore, 'goals' | 'defaultTimeZone'>,
  at: Date,
): Promise<GoalJob[]> {
  // No zone is more than a day ahead of UTC: a goal ending on UTC's tomorrow or later is not over anywhere.
  const utcTomorrow = addDays(at.toISOString().slice(0, 10), 1);
  const candidates = await deps.goals.openGoalsEndingBefore(utcTomorrow);
  return candidates
    .filter(({ goal, timeZone }) => teamToday({ timeZone }, deps.defaultTimeZone, at) > goal.endDate)
    .map(({ goal }) => ({ name: 'goal-close' as const, data: { goalId: goal.id } }));
}

/**
 * Closes a goal once (compare-and-swap on its status): the review goes to the thread and
 * the head shows it closed. A retry after the close still enqueues both; their ids are fixed.
 */
export async function closeGoal(deps: GoalCore, goalId: string, now: Date): Promise<'closed' | 'already'> {
  const goal = await deps.goals.findGoal(goalId);
  if (!goal) return 'already';
  const closed = await deps.queue.atomically(async () => {
    const changed = goal.status === 'open' && (await deps.goals.closeGoal(goal.id, now));
    await deps.queue.enqueue({ name: 'goal-review-post', data: { goalId } });
    await deps.queue.enqueue({ name: 'goal-head-refresh', data: { goalId, cause: 'closed' } });
    return changed;
  });
  return closed ? 'closed' : 'already';
}

/** The period's review in the thread: by key result, achieved or missed, and who took part. */
export async function postGoalReview(deps: GoalDeps, goalId: string): Promise<'posted' | 'skipped'> {
  const snapshot = await deps.goals.snapshot(goalId);
  if (snapshot?.goal.status !== 'closed') return 'skipped';
  if (!snapshot.goal.headTs) throw new GoalHeadNotReady(`goal ${goalId} has no head yet`);
  const team = await requireTeam(deps, snapshot.goal.teamId);
  // Proposals still waiting lose their buttons first, each once: a retry carries on after the last one done.
  for (const keyResult of await deps.goals.keyResultsOf(goalId)) {
    const proposalTs = keyResult.proposalTs;
    if ((keyResult.status !== 'proposed' && keyResult.status !== 'changes_requested') || !proposalTs) continue;
    const proposer = await deps.teams.findMemberById(keyResult.proposerId);
    const owner = keyResult.ownerId ? await deps.teams.findMemberById(keyResult.ownerId) : null;
    if (proposer)
      await deps.effects.once(`goal-closed-proposal:${keyResult.id}:${proposalTs}`, () =>
        deps.notifier.updateProposal(team, snapshot.goal, keyResult, proposer, owner, proposalTs, {
          kind: 'goal_closed',
        }),
      );
  }
  await deps.effects.once(`goal-review:${goalId}`, async () => {
    await deps.notifier.postReview(team, { snapshot, participation: await deps.goals.participation(goalId) });
  });
  return 'posted';
}

/** "Set the next period's goal together": the new-goal form, filled from the closed goal. */
export async function openNextGoal(
  deps: Pick<GoalCore, 'teams' | 'goals' | 'defaultTimeZone'>,
  input: Actor & { goalId: string; now: Date },
) {
  const { goal, team } = await loadGoal(deps, input.goalId);
  const opened = await openNewGoal(deps, {
    workspaceId: input.workspaceId,
    slackUserId: input.slackUserId,
    teamId: team.id,
    now: input.now,
  });
  return { ...opened, previous: goal, next: nextPeriod(goal, opened.today) };
}

// ------------------------------------------------------------------------------------------
// Lists

export interface GoalListing {
  team: Team;
  goals: Array<{ snapshot: GoalSnapshot; mine: KeyResult[] }>;
}

/** `/goal list`: each team's open goals, and in each the key results that are the person's own. */
export async function listGoals(
  deps: Pick<GoalCore, 'teams' | 'goals'>,
  input: { workspaceId: string; slackUserId: string; channelId: string | null },
): Promise<{ locale: Locale; teams: GoalListing[] }> {
  // One team when the policy tells which; otherwise every team the person may mean.
  const resolved = await resolveTeam(deps.teams, input, { channelId: input.channelId });
  const chosen = resolved.membership ? [resolved.membership] : resolved.candidates;
  const locale = localeOf(chosen[0]!.member, chosen[0]!.team);
  const teams: GoalListing[] = [];
  for (const { team, member } of chosen) {
    const goals: GoalListing['goals'] = [];
    for (const goal of await deps.goals.openGoals(team.id)) {
      const snapshot = await deps.goals.snapshot(goal.id);
      if (!snapshot) continue;
      const all = await deps.goals.keyResultsOf(goal.id);
      goals.push({
        snapshot,
        mine: all.filter((k) => (k.ownerId === member.id || k.proposerId === member.id) && k.status !== 'declined'),
      });
    }
    teams.push({ team, goals });
  }
  return { locale, teams };
}

/**
 * The goals part of a member's App Home card: the team's open goals with their progress,
 * and the member's own accepted key results in them.
 */
export async function homeGoalData(goals: GoalStore, input: { teamId: string; memberId: string }) {
  const open = await goals.openGoals(input.teamId);
  const withPercent = [];
  for (const goal of open.slice(0, 10)) {
    const snapshot = await goals.snapshot(goal.id);
    const percent = snapshot
      ? goalPercent(snapshot.keyResults.map((k) => ({ value: k.latest?.value ?? null, target: k.keyResult.target })))
      : null;
    withPercent.push({ goal, percent });
  }
  return { goals: withPercent, mine: await goals.ownedOpenKeyResults(input.memberId) };
}
