import type { EffectLog } from '../../shared/effects.ts';
import { AppError } from '../../shared/errors.ts';
import { dueRound, type Period, type PulseSchedule } from '../pulse/schedule.ts';
import type { Member, TeamStore } from '../teams/model.ts';
import { isLeader, requireLeader, requireTeam, type Actor } from '../teams/service.ts';
import type { DigestFacts, DigestWindow } from './model.ts';
import type { DigestBlockerRef, DigestSettings, DigestSnapshot, DigestStore, DigestTeam } from './ports.ts';
import { CHART_WEEKS, type ChartPoint, hasTrend, trendPoints } from './chart.ts';
import { computeSignals, type DigestSignals, SIGNALS_VERSION } from './signals.ts';
import { suggest } from './suggestions.ts';
import { digestWindow, shiftWeek, weekWindow } from './window.ts';

/** The chart a digest shows: an uploaded file, none (too little history), or one that could not be made. */
export type ChartOutcome = { fileId: string } | { failed: true } | null;

/** How a digest reaches a leader: by DM, in their language (src/slack). */
export interface DigestNotifier {
  /** Draws and uploads the trend of these points; null when it could not (the digest goes without it). */
  uploadChart(leader: Member, team: DigestTeam, points: readonly ChartPoint[]): Promise<string | null>;
  sendDigest(leader: Member, team: DigestTeam, snapshot: DigestSnapshot, chart: ChartOutcome): Promise<void>;
  /** The leader's "how is it going?" to the member whose blocker waits. */
  askAboutBlocker(to: Member, leader: Member, team: DigestTeam, blocker: DigestBlockerRef): Promise<void>;
}

export type DigestJob =
  | { name: 'digest-team'; data: { teamId: string; week: Period } }
  | { name: 'digest-blocker-ask'; data: { blockerId: string; leaderId: string } };

export interface DigestQueue {
  enqueue(job: DigestJob): Promise<void>;
}

/** The team's scorecard means this period and the one before (the scorecards capability's). */
export type ScoreMovement = (teamId: string, at: Date) => Promise<DigestFacts['scorecard']>;

export interface DigestDeps {
  teams: TeamStore;
  digest: DigestStore;
  scoreMovement: ScoreMovement;
  queue: DigestQueue;
  notifier: DigestNotifier;
  /** Each leader's DM is recorded once sent, so a retried job sends nobody a second copy. */
  effects: EffectLog;
  minGroup: number;
}

/** What listeners need: no Slack sends, which happen in jobs. */
export type DigestCore = Omit<DigestDeps, 'notifier' | 'effects'>;

/** How many past digests a leader can open from the App Home. */
export const HISTORY_WEEKS = 12;

const scheduleOf = (team: DigestTeam): PulseSchedule => ({
  enabled: team.digestEnabled,
  everyWeeks: 1,
  weekday: team.digestWeekday,
  minute: team.digestMinute,
  timeZone: team.timeZone,
  setUpAt: team.createdAt,
});

/**
 * The clock's question for this minute: whose weekly digest is due. Due on the team's digest
 * weekday once its minute has passed (team time), for the week before; the job id is the team
 * and that week, so two clocks or a restart send it once.
 */
export async function planDigests(deps: Pick<DigestDeps, 'digest'>, at: Date): Promise<DigestJob[]> {
  const jobs: DigestJob[] = [];
  for (const { team, lastWeek } of await deps.digest.scheduledTeams()) {
    // The schedule counts the week a digest goes out in; a snapshot is of the week before it.
    const due = dueRound(at, scheduleOf(team), lastWeek ? shiftWeek(lastWeek, 1) : null);
    if (due) jobs.push({ name: 'digest-team', data: { teamId: team.id, week: shiftWeek(due, -1) } });
  }
  return jobs;
}

/** Everything a digest reads: the store's facts of the window, the scorecard's movement, and what earlier digests hid. */
async function factsOf(
  deps: Pick<DigestDeps, 'digest' | 'scoreMovement'>,
  team: DigestTeam,
  window: DigestWindow,
  now: Date,
): Promise<DigestFacts> {
  const [facts, scorecard, pulseHiddenBefore] = await Promise.all([
    deps.digest.facts(team, window, now),
    deps.scoreMovement(team.id, now),
    deps.digest.hiddenPulseRounds(team.id, window.week, HISTORY_WEEKS),
  ]);
  return { ...facts, scorecard, pulseHiddenBefore };
}

/**
 * The week's snapshot, built once: a retry, or a second clock's job for the same week, finds
 * the first and reads it. Its signals rest on the facts of that week alone, so a year of
 * history costs no more than a month of it.
 */
export async function weeklySnapshot(
  deps: Pick<DigestDeps, 'digest' | 'minGroup' | 'scoreMovement'>,
  team: DigestTeam,
  week: Period,
  now: Date,
): Promise<DigestSnapshot> {
  const stored = await deps.digest.snapshotOf(team.id, week);
  if (stored) return stored;
  const window = weekWindow(week, team.timeZone);
  const facts = await factsOf(deps, team, window, now);
  const signals = computeSignals(facts, window, now, deps.minGroup);
  return deps.digest.saveSnapshot({
    teamId: team.id,
    week,
    version: SIGNALS_VERSION,
    signals,
    suggestions: suggest(signals, window),
    builtAt: now,
  });
}

/**
 * The weekly digest's job: the snapshot, then for each active leader the chart of the weeks
 * stored so far (in their language) and the DM, each recorded once done, so a retry neither
 * uploads nor sends twice. A chart that cannot be made never holds the digest back.
 */
export async function deliverWeekly(deps: DigestDeps, teamId: string, week: Period, now: Date): Promise<number> {
  const team = await deps.digest.findTeam(teamId);
  if (!team?.digestEnabled) return 0;
  const snapshot = await weeklySnapshot(deps, team, week, now);
  const history = (await deps.digest.recentSnapshots(team.id, CHART_WEEKS)).filter((s) => s.week <= week);
  const points = trendPoints(history);
  const trend = hasTrend(points);
  const leaders = (await deps.teams.activeMembers(team.id)).filter(isLeader);
  for (const leader of leaders) {
    await deps.effects.once(`digest:${snapshot.id}:${leader.id}`, async () => {
      const fileId = trend
        ? await deps.effects.once(`digest-chart:${snapshot.id}:${leader.id}`, () =>
            deps.notifier.uploadChart(leader, team, points),
          )
        : undefined;
      const chart: ChartOutcome = fileId === undefined ? null : fileId ? { fileId } : { failed: true };
      await deps.notifier.sendDigest(leader, team, snapshot, chart);
    });
  }
  return leaders.length;
}

/** `/digest` for a leader: the week so far, computed now and not stored (the weekly one is the record). */
export async function digestSoFar(
  deps: DigestCore,
  team: DigestTeam,
  actor: Actor,
  now: Date,
): Promise<DigestSnapshot> {
  await requireLeader(deps.teams, team, actor, 'digest.member');
  const window = digestWindow(now, team.timeZone, 'so_far');
  const facts = await factsOf(deps, team, window, now);
  const signals = computeSignals(facts, window, now, deps.minGroup);
  return {
    id: `so-far-${team.id}-${window.week}`,
    teamId: team.id,
    week: window.week,
    version: SIGNALS_VERSION,
    signals,
    suggestions: suggest(signals, window),
    builtAt: now,
  };
}

/** The team `/digest` speaks of, and whether the person is one of its leaders. */
export async function teamForDigest(
  deps: DigestCore,
  actor: Actor,
  channelId: string,
): Promise<{ team: DigestTeam; member: Member; leader: boolean }> {
  const { team: found, member } = await requireTeam(deps.teams, actor, { channelId });
  const team = await deps.digest.findTeam(found.id);
  if (!team) throw new AppError('NOT_IN_TEAM', 'common.error.not_in_team');
  return { team, member, leader: isLeader(member) };
}

export async function changeDigestSettings(
  deps: DigestCore,
  team: DigestTeam,
  actor: Actor,
  changes: Partial<DigestSettings>,
): Promise<DigestTeam> {
  await requireLeader(deps.teams, team, actor, 'digest.member');
  return deps.digest.updateSettings(team.id, changes);
}

/** The leader's past digests, newest first (App Home). */
export async function pastDigests(deps: DigestCore, team: DigestTeam, actor: Actor): Promise<DigestSnapshot[]> {
  await requireLeader(deps.teams, team, actor, 'digest.member');
  return deps.digest.recentSnapshots(team.id, HISTORY_WEEKS + 1);
}

/**
 * A leader's "Ask how it is going" on a blocker in the digest: only a leader of the blocker's
 * team may press it (the button's value is a blocker id, never trusted); the ask itself goes
 * from a job, once per leader and blocker. A blocker someone already helped with is not asked about.
 */
export async function askAboutBlocker(
  deps: DigestCore,
  actor: Actor,
  blockerId: string,
): Promise<{ state: 'asked' | 'helped'; member: Member }> {
  const blocker = await deps.digest.findBlocker(blockerId);
  const team = blocker ? await deps.digest.findTeam(blocker.teamId) : null;
  if (!blocker || !team) throw new AppError('BLOCKER_GONE', 'digest.error.blocker_gone');
  const leader = await requireLeader(deps.teams, team, actor);
  const member = await deps.teams.findMemberById(blocker.memberId);
  if (!member?.active) throw new AppError('BLOCKER_GONE', 'digest.error.blocker_gone');
  if (blocker.helpedAt) return { state: 'helped', member };
  await deps.queue.enqueue({ name: 'digest-blocker-ask', data: { blockerId, leaderId: leader.id } });
  return { state: 'asked', member };
}

/** The job's half: the DM to the member, in their language (the job id makes it once per leader). */
export async function sendBlockerAsk(deps: DigestDeps, blockerId: string, leaderId: string): Promise<boolean> {
  const blocker = await deps.digest.findBlocker(blockerId);
  const team = blocker ? await deps.digest.findTeam(blocker.teamId) : null;
  const [member, leader] = await Promise.all([
    blocker ? deps.teams.findMemberById(blocker.memberId) : null,
    deps.teams.findMemberById(leaderId),
  ]);
  if (!blocker || !team || !member?.active || !isLeader(leader) || blocker.helpedAt) return false;
  await deps.notifier.askAboutBlocker(member, leader, team, blocker);
  return true;
}

/** A leader's team at a glance on the App Home: this week so far, and the digests kept. */
export interface LeaderHome {
  team: DigestTeam;
  signals: DigestSignals;
  /** The latest weekly digest, and how many before it are a click away. */
  last: DigestSnapshot | null;
  earlier: number;
}

/** Null for anyone but a leader of the team: a member's App Home shows no team figures. */
export async function leaderHome(
  deps: DigestCore,
  teamId: string,
  member: Member,
  now: Date,
): Promise<LeaderHome | null> {
  if (!isLeader(member) || member.teamId !== teamId) return null;
  const team = await deps.digest.findTeam(teamId);
  if (!team) return null;
  const window = digestWindow(now, team.timeZone, 'so_far');
  const [facts, recent] = await Promise.all([
    factsOf(deps, team, window, now),
    deps.digest.recentSnapshots(team.id, HISTORY_WEEKS + 1),
  ]);
  return {
    team,
    signals: computeSignals(facts, window, now, deps.minGroup),
    last: recent[0] ?? null,
    earlier: Math.max(0, recent.length - 1),
  };
}
