import type { Trait } from '../pulse/traits.ts';
import type { DigestWindow, Evidence } from './model.ts';
import { shiftWeek } from './window.ts';
import type { DigestSignals } from './signals.ts';

/**
 * Coaching suggestions: each rule reads the signals and, when its condition holds, proposes
 * one concrete next step drawn from the study's remedies, with its evidence — the signal, its
 * number, the window and how many people it rests on. A member is named only for a fact the
 * leader already sees (a silent check-in, a blocker, a key result they own); nothing anonymous
 * ever names anyone, and nothing ranks members.
 */
export const MAX_SUGGESTIONS = 5;

/** A step Slack can take from the digest. */
export type SuggestionAction =
  | { kind: 'ask_blocker'; blockerId: string }
  | { kind: 'open_goal'; channelId: string; ts: string }
  | { kind: 'reply_feedback'; threadId: string }
  /** A kudos form for the team, filled with whoever nobody has recognised lately. */
  | { kind: 'send_thanks' };

export interface Suggestion {
  /** The rule's id: its catalog text is `digest.suggestion.<rule>`. */
  rule: SuggestionRule;
  /** Larger first; only the first MAX_SUGGESTIONS are shown. */
  weight: number;
  /** Values the text is filled with (names of people the leader already sees, titles). */
  params: Record<string, string | number>;
  evidence: Evidence[];
  action?: SuggestionAction;
}

export type SuggestionRule =
  | 'blocker_open'
  | 'silent_member'
  | 'low_checkin_rate'
  | 'goal_setting_participation'
  | 'key_result_off_track'
  | 'stale_goal'
  | 'unrecognised'
  | 'uneven_recognition'
  | 'cross_position'
  | 'pulse_trait_low'
  | 'feedback_waiting'
  | 'role_gaps'
  | 'informal_quiet';

/** Below this, the check-in rate asks for simpler procedures. */
export const LOW_CHECKIN_RATE = 0.6;
/** Recognition this uneven (Gini over four weeks) asks for service by everyone. */
export const UNEVEN_GINI = 0.5;
/** A pulse trait at or below this, or falling by at least TRAIT_DROP, asks for its remedy. */
export const LOW_TRAIT = 3;
export const TRAIT_DROP = 0.5;

/** The study's remedy for each pulse trait, by catalog key. */
const TRAIT_REMEDY: Record<Trait, string> = {
  goals: 'goals',
  roles: 'roles',
  skills: 'skills',
  procedures: 'procedures',
  communication: 'communication',
  culture: 'culture',
  coaching: 'coaching',
  support: 'support',
  respect: 'trust',
  trust: 'trust',
};

type Rule = (signals: DigestSignals, window: DigestWindow) => Suggestion[];

const span = (window: DigestWindow, weeks = 1): Evidence['window'] => ({
  from: shiftWeek(window.week, 1 - weeks),
  to: window.week,
});

const name = (signals: DigestSignals, id: string | null) => (id ? (signals.names[id] ?? '') : '');

const rules: Record<SuggestionRule, Rule> = {
  // Internal support: someone is waiting; a word from the leader unblocks more than a report.
  blocker_open: (s, w) =>
    s.risks.blockersOpen.map((b) => ({
      rule: 'blocker_open',
      weight: 90 + Math.min(9, b.days),
      params: { member: name(s, b.memberId), days: b.days, blocker: b.text },
      evidence: [{ signal: 'blocker_open_days', value: b.days, unit: 'days', window: span(w), people: 1 }],
      action: { kind: 'ask_blocker', blockerId: b.blockerId },
    })),
  // Coach, not controller: a quiet member is asked how they are, not told off.
  silent_member: (s, w) =>
    s.risks.silent.map((m) => ({
      rule: 'silent_member',
      weight: 70 + Math.min(9, m.days ?? 9),
      params: { member: name(s, m.memberId), days: m.days ?? 0 },
      evidence: [{ signal: 'days_without_voice', value: m.days ?? 0, unit: 'days', window: span(w), people: 1 }],
    })),
  // Simple procedures: a check-in few answer is too long or at the wrong time.
  low_checkin_rate: (s, w) => {
    const c = s.participation.checkin;
    if (c.rate === null || c.rate >= LOW_CHECKIN_RATE || c.expected < 5) return [];
    const people = c.perMember.filter((m) => m.expected > 0).length;
    return [
      {
        rule: 'low_checkin_rate',
        weight: 60 + Math.round((LOW_CHECKIN_RATE - c.rate) * 50),
        params: { rate: Math.round(c.rate * 100) },
        evidence: [{ signal: 'checkin_rate', value: c.rate, unit: 'share', window: span(w), people }],
      },
    ];
  },
  // Participation in goal setting builds commitment: invite proposals where few spoke.
  goal_setting_participation: (s, w) => {
    const v = s.participation.voices;
    const krs = s.goals.keyResults;
    if (krs.length === 0 && v.proposals === 0 && s.risks.staleGoals.length === 0) return [];
    if (s.people < 2 || v.people * 2 > s.people) return [];
    const goal = s.risks.staleGoals[0];
    return [
      {
        rule: 'goal_setting_participation',
        weight: 55 + Math.round((1 - v.people / s.people) * 10),
        params: { voices: v.people, people: s.people },
        evidence: [{ signal: 'goal_thread_voices', value: v.people, unit: 'count', window: span(w), people: s.people }],
        ...(goal?.headTs && { action: { kind: 'open_goal', channelId: goal.channelId, ts: goal.headTs } as const }),
      },
    ];
  },
  // Assessment weighs process and results: break a lagging result into its next step with its owner.
  key_result_off_track: (s, w) =>
    s.goals.keyResults
      .filter((kr) => !kr.onTrack)
      .map((kr) => ({
        rule: 'key_result_off_track',
        weight:
          50 +
          Math.round((kr.elapsed - kr.progress) * 20) +
          (kr.confidenceChange !== null && kr.confidenceChange < 0 ? 5 : 0),
        params: {
          keyResult: kr.title,
          owner: name(s, kr.ownerId),
          progress: Math.round(kr.progress * 100),
          elapsed: Math.round(kr.elapsed * 100),
        },
        evidence: [
          {
            signal: 'key_result_progress',
            value: kr.progress,
            unit: 'share',
            window: span(w),
            people: kr.ownerId ? 1 : 0,
          },
          { signal: 'period_elapsed', value: kr.elapsed, unit: 'share', window: span(w), people: kr.ownerId ? 1 : 0 },
        ],
      })),
  stale_goal: (s, w) =>
    s.risks.staleGoals.map((g) => ({
      rule: 'stale_goal',
      weight: 45 + Math.min(9, Math.floor(g.days / 7)),
      params: { goal: g.title, days: g.days },
      evidence: [{ signal: 'days_since_goal_update', value: g.days, unit: 'days', window: span(w), people: s.people }],
      ...(g.headTs && { action: { kind: 'open_goal', channelId: g.channelId, ts: g.headTs } as const }),
    })),
  // 合心: recognition for everyone who serves, not a few.
  unrecognised: (s, w) => {
    const count = s.risks.unrecognised.length;
    if (count === 0) return [];
    return [
      {
        rule: 'unrecognised',
        weight: 40 + Math.min(9, count),
        params: { count },
        evidence: [
          { signal: 'members_not_recognised', value: count, unit: 'count', window: span(w, 4), people: s.people },
        ],
        action: { kind: 'send_thanks' },
      },
    ];
  },
  uneven_recognition: (s, w) => {
    const k = s.participation.kudos;
    if (k.receivedGini === null || k.receivedGini < UNEVEN_GINI || k.fourWeeks < 5) return [];
    return [
      {
        rule: 'uneven_recognition',
        weight: 35 + Math.round(k.receivedGini * 10),
        params: { gini: k.receivedGini },
        evidence: [
          { signal: 'kudos_received_gini', value: k.receivedGini, unit: 'share', window: span(w, 4), people: s.people },
        ],
      },
    ];
  },
  // Hand-offs between positions: recognition and coffee across them.
  cross_position: (s, w) => {
    const k = s.participation.kudos;
    if (k.crossPosition === null || k.crossKnown < 5 || k.crossPosition >= 0.3) return [];
    return [
      {
        rule: 'cross_position',
        weight: 30,
        params: { rate: Math.round(k.crossPosition * 100) },
        evidence: [
          {
            signal: 'cross_position_kudos',
            value: k.crossPosition,
            unit: 'share',
            window: span(w, 4),
            people: s.people,
          },
        ],
      },
    ];
  },
  // Respect and trust, and each trait's own remedy: only from a pulse enough people answered.
  pulse_trait_low: (s) => {
    const p = s.trust.pulse;
    if (p.state !== 'shown') return [];
    const low = p.traits
      .filter((t) => t.average <= LOW_TRAIT || (t.change !== null && t.change <= -TRAIT_DROP))
      .sort((a, b) => a.average - b.average);
    return low.slice(0, 2).map((t) => ({
      rule: 'pulse_trait_low',
      weight: 65 + Math.round((5 - t.average) * 5),
      params: { trait: t.trait, remedy: TRAIT_REMEDY[t.trait], average: t.average },
      evidence: [
        {
          signal: `pulse_${t.trait}`,
          value: t.average,
          unit: 'score',
          window: { from: p.period, to: p.period },
          people: p.respondents,
        },
      ],
    }));
  },
  feedback_waiting: (s) => {
    const f = s.trust.feedback;
    if (f.state !== 'shown' || f.waiting === 0) return [];
    return [
      {
        rule: 'feedback_waiting',
        weight: 25 + Math.min(9, f.waiting),
        params: { count: f.waiting },
        evidence: [
          {
            signal: 'feedback_waiting',
            value: f.waiting,
            unit: 'count',
            window: { from: f.weeks.first, to: f.weeks.last },
            people: f.people,
          },
        ],
        ...(f.oldestWaiting && { action: { kind: 'reply_feedback', threadId: f.oldestWaiting } as const }),
      },
    ];
  },
  // Written role cards: no duty claimed twice, no position without a holder.
  role_gaps: (s, w) => {
    const r = s.goals.roles;
    const count = r.overlaps + r.gaps + r.withoutHolder;
    if (count === 0) return [];
    return [
      {
        rule: 'role_gaps',
        weight: 20 + Math.min(9, count),
        params: { overlaps: r.overlaps, gaps: r.gaps + r.withoutHolder },
        evidence: [{ signal: 'role_findings', value: count, unit: 'count', window: span(w), people: s.people }],
      },
    ];
  },
  // Informal channels make up for what formal ones lack.
  informal_quiet: (s, w) => {
    const c = s.participation.coffee;
    if (c.groups === 0 || c.meetingsHeld * 2 >= c.groups) return [];
    return [
      {
        rule: 'informal_quiet',
        weight: 15,
        params: { met: c.meetingsHeld, groups: c.groups },
        evidence: [
          {
            signal: 'coffee_meetings',
            value: c.meetingsHeld,
            unit: 'count',
            window: span(w),
            people: c.membersTakingPart,
          },
        ],
      },
    ];
  },
};

/** At most MAX_SUGGESTIONS, heaviest first (ties in rule order, so the same signals give the same list). */
export function suggest(signals: DigestSignals, window: DigestWindow): Suggestion[] {
  return (Object.keys(rules) as SuggestionRule[])
    .flatMap((rule, order) => rules[rule](signals, window).map((s) => ({ s, order })))
    .sort((a, b) => b.s.weight - a.s.weight || a.order - b.order)
    .slice(0, MAX_SUGGESTIONS)
    .map(({ s }) => s);
}
