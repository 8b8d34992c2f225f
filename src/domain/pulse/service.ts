import { chooseLocale } from '../../i18n/index.ts';
import { AppError } from '../../shared/errors.ts';
import { localeOf, type Member, type TeamStore } from '../teams/model.ts';
import { isLeader, requireLeader, requireMember, requireTeam } from '../teams/service.ts';
import { effectiveMinGroup, summarize, type PulseResults } from './aggregate.ts';
import { validatePulse, type PulseProblem } from './answers.ts';
import { findQuestion, type PulseQuestion } from './bank.ts';
import { scheduleOf, type PulseBallotBox, type PulseStore, type PulseTeam, type Round } from './model.ts';
import type { PulseJob, PulseNotifier, PulseQueue } from './ports.ts';
import { questionsForRound } from './rotation.ts';
import { closingTime, dayAfter, dueRound, nextRoundAt, periodOf, slotOf, type Period } from './schedule.ts';

export interface PulseDeps {
  teams: TeamStore;
  pulse: PulseStore;
  /** Who answered (keyed hashes) and the answers themselves, held outside the database until close. */
  ballots: PulseBallotBox;
  queue: PulseQueue;
  notifier: PulseNotifier;
  /** ANON_MIN_GROUP: results need at least this many respondents (never fewer than three). */
  minGroup: number;
}

/** What listeners need: everything but the notifier, since Slack sends happen in jobs. */
export type PulseCore = Omit<PulseDeps, 'notifier'>;

/** How many closed rounds results look back over. */
export const RESULT_ROUNDS = 8;

/** Members are asked; leaders are who the results are for (and whom several questions are about). */
const isAsked = (member: Member) => member.active && member.role !== 'leader';
const isOpen = (round: Round, now: Date) => !round.closedAt && round.closesAt > now;

export const questionsOf = (round: Round): PulseQuestion[] =>
  round.questionIds.map(findQuestion).filter((q): q is PulseQuestion => q !== null);

/**
 * The clock's question: at this minute, which rounds open and which close? A round due for a
 * team with fewer members to ask than results need does not open: its leaders are warned
 * instead, the day before (at the check-in time) or, failing that, when it was due; it waits
 * for the next pulse day, or for `/pulse now`. Job ids are deterministic (team and week;
 * round), so any number of clocks enqueue each once, and a round's leaders are warned once.
 */
export async function planDuePulses(deps: Pick<PulseDeps, 'pulse' | 'minGroup'>, at: Date): Promise<PulseJob[]> {
  const jobs: PulseJob[] = [];
  const needed = effectiveMinGroup(deps.minGroup);
  for (const { team, lastPeriod, askable } of await deps.pulse.scheduledTeams()) {
    const schedule = scheduleOf(team);
    const period = dueRound(at, schedule, lastPeriod);
    if (period)
      jobs.push(
        askable >= needed
          ? { name: 'pulse-open', data: { teamId: team.id, period } }
          : { name: 'pulse-held', data: { teamId: team.id, period } },
      );
    const tomorrow = period ? null : dueRound(dayAfter(at, team.timeZone), schedule, lastPeriod);
    if (tomorrow && askable < needed) jobs.push({ name: 'pulse-held', data: { teamId: team.id, period: tomorrow } });
  }
  for (const round of await deps.pulse.roundsDueToClose(at))
    jobs.push({ name: 'pulse-close', data: { roundId: round.id } });
  // An invitation pass an hour for each open round: whoever joined the team since is asked too.
  const hour = at.toISOString().slice(0, 13).replace(/\D/g, '');
  for (const round of await deps.pulse.openRounds(at))
    jobs.push({ name: 'pulse-invite', data: { roundId: round.id, hour } });
  return jobs;
}

/** When the team's next round opens by itself (null when its pulse is off). */
export async function nextRoundOf(deps: Pick<PulseDeps, 'pulse'>, team: PulseTeam, now: Date): Promise<Date | null> {
  return nextRoundAt(now, scheduleOf(team), await deps.pulse.lastPeriod(team.id));
}

/**
 * A round that will wait for more members: one warning job per leader (each a single DM, so a
 * retry never repeats another's). Nothing is sent if the team has enough members by now.
 */
export async function warnHeldRound(
  deps: Pick<PulseDeps, 'teams' | 'pulse' | 'queue' | 'minGroup'>,
  teamId: string,
  period: Period,
): Promise<number> {
  const team = await deps.pulse.findTeam(teamId);
  if (!team) return 0;
  const members = await deps.teams.activeMembers(team.id);
  if (members.filter(isAsked).length >= effectiveMinGroup(deps.minGroup)) return 0;
  const leaders = members.filter((m) => m.role === 'leader');
  for (const leader of leaders)
    await deps.queue.enqueue({ name: 'pulse-held-notice', data: { teamId: team.id, period, memberId: leader.id } });
  return leaders.length;
}

/** One leader's DM: this week's round waits, why, and what they can do. */
export async function sendHeldNotice(
  deps: PulseDeps,
  input: { teamId: string; period: Period; memberId: string },
): Promise<boolean> {
  const team = await deps.pulse.findTeam(input.teamId);
  const leader = await deps.teams.findMemberById(input.memberId);
  if (!team || !leader || leader.teamId !== team.id || !isLeader(leader)) return false;
  const asked = (await deps.teams.activeMembers(team.id)).filter(isAsked).length;
  const needed = effectiveMinGroup(deps.minGroup);
  if (asked >= needed) return false;
  const schedule = scheduleOf(team);
  const due = slotOf(input.period, schedule);
  const next = nextRoundAt(dayAfter(due, team.timeZone), schedule, await deps.pulse.lastPeriod(team.id));
  await deps.notifier.sendHeldNotice(
    { member: leader, team, locale: localeOf(leader, team) },
    { due, next, asked, needed },
  );
  return true;
}

/**
 * Opens the team's round for a week once: the round row is the claim, its questions come
 * from the rotation by round number, and each member of the team gets one invitation job.
 */
export async function openRound(
  deps: Omit<PulseDeps, 'notifier'>,
  teamId: string,
  period: Period,
  now: Date,
): Promise<{ round: Round; invited: number } | null> {
  const team = await deps.pulse.findTeam(teamId);
  if (!team) return null;
  const existing = await deps.pulse.findRoundOfWeek(team.id, period);
  if (existing && !isOpen(existing, now)) return { round: existing, invited: 0 };
  const roundNumber = await deps.pulse.countRoundsBefore(team.id, period);
  const { round } = await deps.pulse.claimRound({
    teamId: team.id,
    period,
    questionIds: questionsForRound(roundNumber).map((q) => q.id),
    openedAt: now,
    closesAt: closingTime(now),
  });
  const asked = (await deps.teams.activeMembers(team.id)).filter(isAsked);
  const invites = await deps.pulse.invite(
    round.id,
    asked.map((m) => m.id),
  );
  const pending = invites.filter((i) => !i.ts);
  // One job for the whole round: no job payload ever names a person who may answer.
  if (pending.length > 0) await deps.queue.enqueue({ name: 'pulse-invite', data: { roundId: round.id } });
  return { round, invited: pending.length };
}

/**
 * The round's invitation DMs, each once: members who joined since the round opened get an
 * invitation first, and an invite already sent is passed over,
 * so a retry after Slack said "wait" continues where it stopped.
 */
export async function sendInvites(deps: PulseDeps, roundId: string, now: Date): Promise<number> {
  const round = await deps.pulse.findRound(roundId);
  const team = round ? await deps.pulse.findTeam(round.teamId) : null;
  if (!round || !team || !isOpen(round, now)) return 0;
  const asked = (await deps.teams.activeMembers(team.id)).filter(isAsked);
  let sent = 0;
  for (const invite of await deps.pulse.invite(
    round.id,
    asked.map((m) => m.id),
  )) {
    if (invite.ts) continue;
    const member = await deps.teams.findMemberById(invite.memberId);
    if (!member || !isAsked(member)) continue;
    const ref = await deps.notifier.sendInvite({ member, team, locale: localeOf(member, team) }, round);
    await deps.pulse.markInviteSent(round.id, member.id, ref);
    sent += 1;
  }
  return sent;
}

/** May this person answer this round now? The form's questions and language, or why not. */
export async function openPulseForm(
  deps: Pick<PulseCore, 'teams' | 'pulse' | 'ballots'>,
  input: { roundId: string; workspaceId: string; slackUserId: string; now: Date },
) {
  const round = await deps.pulse.findRound(input.roundId);
  const team = round ? await deps.pulse.findTeam(round.teamId) : null;
  // Who is asking comes first: a round that is not there is refused as another team's.
  if (!round || !team) throw new AppError('NOT_YOUR_TEAM', 'common.error.not_your_team');
  const member = await requireMember(deps.teams, team, input);
  const locale = localeOf(member, team);
  if (!isOpen(round, input.now)) throw new AppError('PULSE_CLOSED', 'pulse.error.closed');
  const invite = await deps.pulse.findInvite(round.id, member.id);
  if (!invite) throw new AppError('PULSE_NOT_INVITED', 'pulse.error.not_invited');
  if (await deps.ballots.hasAnswered(round, member.id))
    throw new AppError('PULSE_ANSWERED', 'pulse.error.already_answered');
  return { round, team, member, locale, questions: questionsOf(round) };
}

export type SubmitResult = { ok: true } | { ok: false; problems: PulseProblem[] };

/**
 * A member's answers: validated, then put in the round's ballot box (Redis) — a keyed hash
 * of the member to refuse a second answer, and the scores with no person. Nothing is written
 * to the database on answer: the answers are stored, shuffled, when the round closes.
 */
export async function submitPulse(
  deps: Pick<PulseCore, 'teams' | 'pulse' | 'ballots'>,
  input: {
    roundId: string;
    workspaceId: string;
    slackUserId: string;
    raw: Partial<Record<string, string>>;
    comment: string | undefined;
    now: Date;
  },
): Promise<SubmitResult> {
  const { round, member } = await openPulseForm(deps, input);
  const validated = validatePulse(round.questionIds, input.raw, input.comment);
  if (!validated.ok) return validated;
  const outcome = await deps.ballots.cast(
    round,
    member.id,
    { answers: validated.answers, comment: validated.comment },
    input.now,
  );
  if (outcome === 'already_answered') throw new AppError('PULSE_ANSWERED', 'pulse.error.already_answered');
  if (outcome === 'closed') throw new AppError('PULSE_CLOSED', 'pulse.error.closed');
  return { ok: true };
}

/**
 * Closes a round whose time has come: no more answers, the answers held in Redis are stored
 * (shuffled, in one transaction, with the respondent count), every invitation DM says so (the
 * same words for everyone), and the invitations — the only record of who was asked — are
 * deleted, as are the keyed hashes of who answered. Safe to run again: it picks up where a
 * failed run stopped.
 */
export async function closeRound(
  deps: PulseDeps,
  roundId: string,
  now: Date,
): Promise<{ respondents: number } | 'not_due' | 'gone'> {
  const round = await deps.pulse.findRound(roundId);
  if (!round) return 'gone';
  if (!round.closedAt) {
    if (round.closesAt > now) return 'not_due';
    await deps.pulse.closeRound(round.id, now);
  }
  // No more answers; then those held in Redis go into the database, all at once and shuffled,
  // and the respondents are counted. A retry finds either the same held answers (and the store
  // refuses to count them twice) or none (they were stored and discarded).
  const submissions = await deps.ballots.collect(round, now);
  if (submissions.length > 0) await deps.pulse.storeAnswers(round.id, submissions);
  await deps.ballots.discard(round);
  const team = await deps.pulse.findTeam(round.teamId);
  for (const invite of await deps.pulse.invites(round.id)) {
    if (team && invite.channelId && invite.ts) {
      const member = await deps.teams.findMemberById(invite.memberId);
      const locale = member ? localeOf(member, team) : chooseLocale(null, team.defaultLocale);
      await deps.notifier.closeInvite({ channelId: invite.channelId, ts: invite.ts }, { team, locale, round });
    }
    await deps.pulse.deleteInvite(round.id, invite.memberId);
  }
  await deps.pulse.deleteInvites(round.id);
  return { respondents: (await deps.pulse.findRound(round.id))?.respondents ?? 0 };
}

// --- the /pulse command -------------------------------------------------------------------

export interface PulseActor {
  workspaceId: string;
  slackUserId: string;
}

/** The team a `/pulse` is about, by the one policy (resolveTeam), with the pulse settings. */
export async function teamForCommand(deps: Pick<PulseCore, 'teams' | 'pulse'>, actor: PulseActor, channelId: string) {
  const { team: found, member } = await requireTeam(deps.teams, actor, { channelId });
  const team = await deps.pulse.findTeam(found.id);
  if (!team) throw new AppError('NOT_IN_TEAM', 'common.error.not_in_team');
  return { team, member };
}

/** Results for a leader; nobody else sees them. */
export async function pulseResults(
  deps: Pick<PulseCore, 'teams' | 'pulse' | 'minGroup'>,
  team: PulseTeam,
  actor: PulseActor,
  random?: (bound: number) => number,
): Promise<PulseResults> {
  await requireLeader(deps.teams, team, actor);
  return summarize(await deps.pulse.recentRounds(team.id, RESULT_ROUNDS), deps.minGroup, random);
}

export async function setPulseEnabled(
  deps: Pick<PulseCore, 'teams' | 'pulse'>,
  team: PulseTeam,
  actor: PulseActor,
  enabled: boolean,
): Promise<PulseTeam> {
  await requireLeader(deps.teams, team, actor);
  return deps.pulse.updateSettings(team.id, { pulseEnabled: enabled });
}

export async function setPulseEvery(
  deps: Pick<PulseCore, 'teams' | 'pulse'>,
  team: PulseTeam,
  actor: PulseActor,
  weeks: 1 | 2,
): Promise<PulseTeam> {
  await requireLeader(deps.teams, team, actor);
  return deps.pulse.updateSettings(team.id, { pulseEveryWeeks: weeks });
}

export async function setPulseWeekday(
  deps: Pick<PulseCore, 'teams' | 'pulse'>,
  team: PulseTeam,
  actor: PulseActor,
  weekday: number,
): Promise<PulseTeam> {
  await requireLeader(deps.teams, team, actor);
  if (!Number.isInteger(weekday) || weekday < 1 || weekday > 7) throw new AppError('USAGE', 'pulse.error.day');
  return deps.pulse.updateSettings(team.id, { pulseWeekday: weekday });
}

/**
 * `/pulse now`: opens this week's round at once (one round per team per week, and none while
 * an earlier round is still open). The round
 * itself is opened by the same job the clock uses.
 */
export async function openPulseNow(
  deps: PulseCore,
  team: PulseTeam,
  actor: PulseActor,
  now: Date,
): Promise<{ period: Period; asked: number }> {
  await requireLeader(deps.teams, team, actor);
  const period = periodOf(now, team.timeZone);
  const existing = await deps.pulse.findRoundOfWeek(team.id, period);
  if (existing)
    throw new AppError('PULSE_THIS_WEEK', existing.closedAt ? 'pulse.now.already_closed' : 'pulse.now.already_open');
  // One round at a time: an earlier week's round still open is answered first.
  const [stillOpen] = await deps.pulse.openRounds(now, team.id);
  if (stillOpen) throw new AppError('PULSE_STILL_OPEN', 'pulse.now.another_open', { period: stillOpen.period });
  const asked = (await deps.teams.activeMembers(team.id)).filter(isAsked).length;
  if (asked === 0) throw new AppError('PULSE_NOBODY', 'pulse.now.nobody');
  await deps.queue.enqueue({ name: 'pulse-open', data: { teamId: team.id, period } });
  return { period, asked };
}
