import { DateTime } from 'luxon';
import type { LocalDate } from '../checkins/calendar.ts';
import { CATEGORIES, type Category } from '../feedback/model.ts';
import { effectiveMinGroup, summarize } from '../pulse/aggregate.ts';
import type { Period } from '../pulse/schedule.ts';
import type { Trait } from '../pulse/traits.ts';
import { crossPosition, distribution, reciprocity, unrecognised } from '../recognition/signals.ts';
import type { DigestFacts, DigestGoal, DigestWindow } from './model.ts';

/**
 * The digest's signals: pure functions of a team's facts for one window. What they return is
 * stored as the week's snapshot (with SIGNALS_VERSION), so trends read snapshots and nothing
 * is computed twice. A figure from anonymous answers carries no number unless enough people
 * are behind it: its type is `hidden` with the reason instead.
 */
export const SIGNALS_VERSION = 1;

const DAY_MS = 24 * 3600 * 1000;
/** No check-in, goal-thread voice or kudos for this many days: the leader may want to ask how they are. */
export const SILENT_DAYS = 5;
/** A blocker waiting longer than this is a risk. */
export const BLOCKER_OPEN_DAYS = 2;
/** A goal whose thread has been quiet this long is a risk. */
export const STALE_GOAL_DAYS = 14;
/** Not recognised in this many weeks. */
export const UNRECOGNISED_WEEKS = 4;
/** A key result this far behind the share of its period elapsed is off track. */
export const TRACK_TOLERANCE = 0.15;

const round2 = (value: number) => Math.round(value * 100) / 100;
const share = (part: number, whole: number) => (whole > 0 ? round2(part / whole) : null);

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? null) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

const onVacation = (date: LocalDate, vacations: DigestFacts['members'][number]['vacations']) =>
  vacations.some((v) => v.startDate <= date && date <= v.endDate);

// --- participation -------------------------------------------------------------------------

export interface CheckinSignal {
  /** Member-days a check-in was asked for or answered (skips apart). */
  expected: number;
  answered: number;
  skipped: number;
  vacationDays: number;
  rate: number | null;
  perMember: Array<{ memberId: string; expected: number; answered: number; skipped: number; vacationDays: number }>;
  perDay: Array<{ date: LocalDate; expected: number; answered: number }>;
}

/**
 * The check-in rate of the window, per member and per day: of the member-days a check-in was
 * asked for (or answered without being asked), how many were answered. Skips and vacation
 * days are counted apart, never as missed; today's unanswered prompt is not counted yet (the
 * day is not over). Leaders are not counted: the rate is the team's, the leader reads it.
 */
export function checkinSignal(facts: DigestFacts, window: DigestWindow, today: LocalDate): CheckinSignal {
  const checkinDays = window.dates.filter(
    (date) => facts.team.checkinDays.includes(DateTime.fromISO(date).weekday) && !facts.team.holidays.includes(date),
  );
  const perDay = new Map(window.dates.map((date) => [date, { date, expected: 0, answered: 0 }]));
  const rows = new Map<string, CheckinSignal['perMember'][number]>();
  for (const member of facts.members) {
    if (member.role === 'leader') continue;
    rows.set(member.id, {
      memberId: member.id,
      expected: 0,
      answered: 0,
      skipped: 0,
      vacationDays: member.checkinOptOut ? 0 : checkinDays.filter((d) => onVacation(d, member.vacations)).length,
    });
  }
  for (const day of facts.checkins) {
    const row = rows.get(day.memberId);
    const daily = perDay.get(day.localDate);
    if (!row || !daily) continue;
    if (day.status === 'skipped') row.skipped += 1;
    else if (day.status === 'answered' || day.localDate < today) {
      row.expected += 1;
      daily.expected += 1;
      if (day.status === 'answered') {
        row.answered += 1;
        daily.answered += 1;
      }
    }
  }
  const perMember = [...rows.values()];
  const sum = (pick: (r: (typeof perMember)[number]) => number) => perMember.reduce((total, r) => total + pick(r), 0);
  const expected = sum((r) => r.expected);
  const answered = sum((r) => r.answered);
  return {
    expected,
    answered,
    skipped: sum((r) => r.skipped),
    vacationDays: sum((r) => r.vacationDays),
    rate: share(answered, expected),
    perMember,
    perDay: [...perDay.values()].filter((d) => d.expected > 0),
  };
}

export interface VoiceSignal {
  proposals: number;
  comments: number;
  updates: number;
  /** Distinct members who spoke in a goal thread. */
  people: number;
}

export function voiceSignal(facts: DigestFacts): VoiceSignal {
  const count = (kind: 'proposal' | 'comment' | 'update') => facts.voices.filter((v) => v.kind === kind).length;
  return {
    proposals: count('proposal'),
    comments: count('comment'),
    updates: count('update'),
    people: new Set(facts.voices.map((v) => v.memberId)).size,
  };
}

export interface KudosSignal {
  /** This window's kudos. */
  given: number;
  givers: number;
  receivers: number;
  /** How evenly recognition was received over the four weeks (Gini: 0 even, near 1 all to one). */
  receivedGini: number | null;
  fourWeeks: number;
  /** Of giver → receiver pairs in four weeks, the share returned. */
  reciprocity: number | null;
  /** Of kudos between people with known positions, the share across positions. */
  crossPosition: number | null;
  crossKnown: number;
}

export function kudosSignal(facts: DigestFacts, window: DigestWindow): KudosSignal {
  const ids = facts.members.filter((m) => m.role !== 'leader').map((m) => m.id);
  const thisWeek = facts.kudos.filter((k) => k.createdAt >= window.from && k.createdAt < window.to);
  const spread = distribution(ids, facts.kudos);
  const cross = crossPosition(facts.kudos);
  const returned = reciprocity(facts.kudos).rate;
  return {
    given: thisWeek.length,
    givers: new Set(thisWeek.map((k) => k.giverId)).size,
    receivers: new Set(thisWeek.map((k) => k.receiverId)).size,
    receivedGini: spread.receivedGini === null ? null : round2(spread.receivedGini),
    fourWeeks: facts.kudos.length,
    reciprocity: returned === null ? null : round2(returned),
    crossPosition: cross.rate === null ? null : round2(cross.rate),
    crossKnown: cross.known,
  };
}

// --- trust ---------------------------------------------------------------------------------

export type PulseSignal =
  | { state: 'hidden'; reason: 'no_closed_round' | 'below_min_group'; minGroup: number; period: Period | null }
  | {
      state: 'shown';
      period: Period;
      respondents: number;
      invited: number;
      responseRate: number | null;
      overall: number;
      overallChange: number | null;
      traits: Array<{ trait: Trait; average: number; change: number | null }>;
      minGroup: number;
    };

/**
 * The latest closed round's scores, with the change since the round shown before it. Only
 * closed rounds are read (an open round's figures would move as each answer arrives), only
 * rounds at least the minimum group answered, and never a round an earlier digest hid.
 */
export function pulseSignal(facts: DigestFacts, configuredMinGroup: number): PulseSignal {
  const minGroup = effectiveMinGroup(configuredMinGroup);
  const closed = facts.pulse.filter((r) => r.closed);
  const latest = closed[0];
  if (!latest) return { state: 'hidden', reason: 'no_closed_round', minGroup, period: null };
  const results = summarize(
    closed.filter((r) => !facts.pulseHiddenBefore.includes(r.period)),
    minGroup,
    () => 0,
  );
  const first = results.rounds[0];
  if (first?.state !== 'shown' || first.period !== latest.period) {
    return { state: 'hidden', reason: 'below_min_group', minGroup, period: latest.period };
  }
  return {
    state: 'shown',
    period: first.period,
    respondents: first.respondents,
    invited: first.invited,
    responseRate: share(first.respondents, first.invited),
    overall: first.overall,
    overallChange: results.overallChange,
    traits: first.traits.map((t) => ({
      trait: t.trait,
      average: t.average,
      change:
        results.traits.find((trend) => trend.trait === t.trait && trend.latest.period === first.period)?.change ?? null,
    })),
    minGroup,
  };
}

export type FeedbackSignal =
  | { state: 'hidden'; reason: 'team_below_min_group'; minGroup: number; people: number }
  | {
      state: 'shown';
      weeks: { first: Period; last: Period };
      total: number;
      /** Of the window's threads, those still open with the author's word last, and the oldest (for its Reply button). */
      waiting: number;
      oldestWaiting: string | null;
      byCategory: Array<{ category: Category; count: number }>;
      people: number;
    };

/**
 * Anonymous feedback counted by category over four whole weeks — the same window in a
 * mid-week `/digest` and in the weekly one, so neither can be subtracted from the other — and
 * only for a team with at least the minimum group of members who could have written it.
 */
export function feedbackSignal(facts: DigestFacts, window: DigestWindow, configuredMinGroup: number): FeedbackSignal {
  const minGroup = effectiveMinGroup(configuredMinGroup);
  const people = facts.members.filter((m) => m.role !== 'leader').length;
  if (people < minGroup) return { state: 'hidden', reason: 'team_below_min_group', minGroup, people };
  const byCategory = CATEGORIES.map((category) => ({ category, count: facts.feedback[category] ?? 0 })).filter(
    (c) => c.count > 0,
  );
  return {
    state: 'shown',
    weeks: window.feedbackWeeks,
    total: byCategory.reduce((sum, c) => sum + c.count, 0),
    waiting: facts.feedbackWaiting,
    oldestWaiting: facts.oldestWaitingThreadId,
    byCategory,
    people,
  };
}

export interface BlockerSignal {
  raised: number;
  helped: number;
  /** Median hours from raising to someone stepping in, of the blockers helped in the window. */
  medianHoursToHelp: number | null;
  open: number;
}

export function blockerSignal(facts: DigestFacts, window: DigestWindow): BlockerSignal {
  const inWindow = (at: Date) => at >= window.from && at < window.to;
  const helped = facts.blockers.filter((b) => b.helpedAt && inWindow(b.helpedAt));
  const hours = helped.map((b) => ((b.helpedAt?.getTime() ?? 0) - b.raisedAt.getTime()) / 3_600_000);
  const mid = median(hours);
  return {
    raised: facts.blockers.filter((b) => inWindow(b.raisedAt)).length,
    helped: helped.length,
    medianHoursToHelp: mid === null ? null : Math.round(mid * 10) / 10,
    open: facts.blockers.filter((b) => !b.helpedAt || b.helpedAt >= window.to).length,
  };
}

// --- goals ---------------------------------------------------------------------------------

export interface KeyResultTrack {
  id: string;
  goalId: string;
  title: string;
  goalTitle: string;
  ownerId: string | null;
  /** Share of the target reached (0 when never updated), and of the goal's period elapsed. */
  progress: number;
  elapsed: number;
  onTrack: boolean;
  confidence: number | null;
  confidenceChange: number | null;
}

const dayStart = (date: LocalDate, zone: string) => DateTime.fromISO(date, { zone }).startOf('day').toMillis();

/** Each accepted key result on or off track: progress against the share of its goal's period gone by. */
export function keyResultTracks(goals: readonly DigestGoal[], zone: string, at: Date): KeyResultTrack[] {
  return goals.flatMap((goal) => {
    const start = dayStart(goal.startDate, zone);
    const end = dayStart(goal.endDate, zone) + DAY_MS;
    const elapsed = round2(Math.min(1, Math.max(0, (at.getTime() - start) / Math.max(DAY_MS, end - start))));
    return goal.keyResults.map((kr) => {
      const [latest, previous] = kr.updates;
      const progress = round2(kr.target > 0 && latest ? Math.max(0, latest.value / kr.target) : 0);
      return {
        id: kr.id,
        goalId: goal.id,
        title: kr.title,
        goalTitle: goal.title,
        ownerId: kr.ownerId,
        progress,
        elapsed,
        onTrack: progress >= 1 || progress >= elapsed - TRACK_TOLERANCE,
        confidence: latest?.confidence ?? null,
        confidenceChange: latest && previous ? latest.confidence - previous.confidence : null,
      };
    });
  });
}

// --- risks ---------------------------------------------------------------------------------

export interface Risks {
  /** Members with no check-in, goal-thread voice or kudos given for SILENT_DAYS days (not away today). */
  silent: Array<{ memberId: string; days: number | null }>;
  unrecognised: string[];
  blockersOpen: Array<{ blockerId: string; memberId: string; text: string; days: number }>;
  staleGoals: Array<{ goalId: string; title: string; days: number; channelId: string; headTs: string | null }>;
}

const wholeDays = (from: Date, to: Date) => Math.floor((to.getTime() - from.getTime()) / DAY_MS);

export function risks(facts: DigestFacts, at: Date, today: LocalDate): Risks {
  const cutoff = at.getTime() - SILENT_DAYS * DAY_MS;
  const people = facts.members.filter((m) => m.role !== 'leader');
  return {
    silent: people
      .filter((m) => m.joinedAt.getTime() <= cutoff && !onVacation(today, m.vacations))
      .filter((m) => !m.lastVoiceAt || m.lastVoiceAt.getTime() <= cutoff)
      .map((m) => ({ memberId: m.id, days: m.lastVoiceAt ? wholeDays(m.lastVoiceAt, at) : null })),
    unrecognised: unrecognised(
      people.map((m) => ({ id: m.id, since: m.joinedAt })),
      facts.kudos,
      at,
      UNRECOGNISED_WEEKS,
    ).map((u) => u.memberId),
    blockersOpen: facts.blockers
      .filter((b) => (!b.helpedAt || b.helpedAt > at) && wholeDays(b.raisedAt, at) >= BLOCKER_OPEN_DAYS)
      .map((b) => ({ blockerId: b.id, memberId: b.memberId, text: b.text, days: wholeDays(b.raisedAt, at) })),
    staleGoals: facts.goals
      .filter((g) => wholeDays(g.lastActivityAt, at) >= STALE_GOAL_DAYS)
      .map((g) => ({
        goalId: g.id,
        title: g.title,
        days: wholeDays(g.lastActivityAt, at),
        channelId: g.channelId,
        headTs: g.headTs,
      })),
  };
}

// --- the whole ------------------------------------------------------------------------------

export interface DigestSignals {
  version: number;
  week: Period;
  complete: boolean;
  /** Active members who are not leaders: the people most figures rest on. */
  people: number;
  participation: {
    checkin: CheckinSignal;
    voices: VoiceSignal;
    kudos: KudosSignal;
    coffee: DigestFacts['coffee'];
  };
  trust: { pulse: PulseSignal; feedback: FeedbackSignal; blockers: BlockerSignal };
  goals: {
    keyResults: KeyResultTrack[];
    roles: DigestFacts['roleFindings'];
    scorecard: DigestFacts['scorecard'];
  };
  risks: Risks;
  /**
   * The display names of the members the digest names (for a blocker, a silence, a key result
   * they own), as of the digest, so a stored snapshot renders without a lookup. Nobody else.
   */
  names: Record<string, string>;
}

export function computeSignals(
  facts: DigestFacts,
  window: DigestWindow,
  at: Date,
  configuredMinGroup: number,
): DigestSignals {
  const today = DateTime.fromJSDate(at, { zone: facts.team.timeZone }).toISODate() ?? '';
  const found = risks(facts, at, today);
  const keyResults = keyResultTracks(facts.goals, facts.team.timeZone, at);
  const named = new Set([
    ...found.silent.map((m) => m.memberId),
    ...found.blockersOpen.map((b) => b.memberId),
    ...keyResults.flatMap((kr) => (kr.ownerId ? [kr.ownerId] : [])),
  ]);
  return {
    version: SIGNALS_VERSION,
    week: window.week,
    complete: window.complete,
    people: facts.members.filter((m) => m.role !== 'leader').length,
    participation: {
      checkin: checkinSignal(facts, window, today),
      voices: voiceSignal(facts),
      kudos: kudosSignal(facts, window),
      coffee: facts.coffee,
    },
    trust: {
      pulse: pulseSignal(facts, configuredMinGroup),
      feedback: feedbackSignal(facts, window, configuredMinGroup),
      blockers: blockerSignal(facts, window),
    },
    goals: {
      keyResults,
      roles: facts.roleFindings,
      scorecard: facts.scorecard,
    },
    risks: found,
    names: Object.fromEntries(facts.members.filter((m) => named.has(m.id)).map((m) => [m.id, m.displayName])),
  };
}
