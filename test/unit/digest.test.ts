import { describe, expect, it } from 'vitest';
import type { DigestFacts } from '../../src/domain/digest/model.ts';
import { parseDigestCommand } from '../../src/domain/digest/command.ts';
import {
  checkinSignal,
  computeSignals,
  feedbackSignal,
  keyResultTracks,
  kudosSignal,
  pulseSignal,
  risks,
  voiceSignal,
  blockerSignal,
} from '../../src/domain/digest/signals.ts';
import { MAX_SUGGESTIONS, suggest } from '../../src/domain/digest/suggestions.ts';
import { digestWindow, shiftWeek, weekWindow } from '../../src/domain/digest/window.ts';
import type { RoundData } from '../../src/domain/pulse/aggregate.ts';
import { LOCALES } from '../../src/i18n/index.ts';
import { digestMessage } from '../../src/slack/blocks/digest.ts';
import { chartLabels, goalLinks } from '../../src/slack/digest-notifier.ts';
import { CHART_FONT, SubsetChartFont } from '../../src/infra/chart/font.ts';
import { renderChart } from '../../src/infra/chart/render.ts';
import { chartSpec, hasTrend, trendPoints } from '../../src/domain/digest/chart.ts';
import { emptyFacts } from '../fixtures/digest-facts.ts';

const ZONE = 'Asia/Shanghai';
const WEEK = '2026-W49'; // Monday 30 November to Sunday 6 December 2026
const window = weekWindow(WEEK, ZONE);
const AT = new Date('2026-12-07T00:30:00Z'); // Monday 08:30 in Shanghai, the week after
const MONDAY = new Date('2026-11-29T16:00:00Z'); // 00:00 on 30 November in Shanghai
const day = (n: number) => new Date(MONDAY.getTime() + n * 24 * 3600 * 1000 + 3 * 3600 * 1000);

const round = (period: string, respondents: number, scores: Array<[string, number]>): RoundData => ({
  period,
  closed: true,
  closesAt: new Date(0),
  respondents,
  invited: 6,
  answers: scores.map(([trait, score]) => ({ trait, score, comment: null })),
});

const team = {
  id: 't1',
  workspaceId: 'T1',
  name: 'Route <!channel> East',
  defaultLocale: 'en',
  timeZone: ZONE,
  createdAt: new Date(0),
  digestEnabled: true,
  digestWeekday: 1,
  digestMinute: 510,
};

describe('digest windows', () => {
  it('when the weekly digest is asked on Monday, then it speaks of the whole week before, and feedback of the four whole weeks before this one', () => {
    const w = digestWindow(AT, ZONE, 'weekly');
    expect(w.week).toBe(WEEK);
    expect(w.complete).toBe(true);
    expect(w.dates).toEqual([
      '2026-11-30',
      '2026-12-01',
      '2026-12-02',
      '2026-12-03',
      '2026-12-04',
      '2026-12-05',
      '2026-12-06',
    ]);
    expect(w.feedbackWeeks).toEqual({ first: '2026-W46', last: '2026-W49' });
  });

  it('when /digest is asked mid-week, then it is the week so far, and feedback counts the same four whole weeks as the weekly digest', () => {
    const wednesday = new Date('2026-12-09T06:00:00Z');
    const w = digestWindow(wednesday, ZONE, 'so_far');
    expect(w.week).toBe('2026-W50');
    expect(w.complete).toBe(false);
    expect(w.dates).toEqual(['2026-12-07', '2026-12-08', '2026-12-09']);
    expect(w.feedbackWeeks).toEqual(digestWindow(AT, ZONE, 'weekly').feedbackWeeks);
    expect(shiftWeek('2027-W01', -1)).toBe('2026-W53');
  });
});

describe('digest signals', () => {
  it('when members answer, skip and are away, then the check-in rate counts answers of the days asked, skips and vacations apart', () => {
    const facts = emptyFacts(4, {
      checkins: [
        { memberId: 'm1', localDate: '2026-11-30', status: 'answered' },
        { memberId: 'm1', localDate: '2026-12-01', status: 'asked' },
        { memberId: 'm2', localDate: '2026-11-30', status: 'skipped' },
        { memberId: 'm3', localDate: '2026-11-30', status: 'answered' },
        // A leader's own check-in is not the team's rate.
        { memberId: 'm0', localDate: '2026-11-30', status: 'asked' },
      ],
    });
    const members = facts.members.map((m) =>
      m.id === 'm2' ? { ...m, vacations: [{ startDate: '2026-12-02', endDate: '2026-12-03' }] } : m,
    );
    const signal = checkinSignal({ ...facts, members }, window, '2026-12-07');
    expect(signal).toMatchObject({ expected: 3, answered: 2, skipped: 1, vacationDays: 2, rate: 0.67 });
    expect(signal.perDay).toEqual([
      { date: '2026-11-30', expected: 2, answered: 2 },
      { date: '2026-12-01', expected: 1, answered: 0 },
    ]);
  });

  it('when today’s check-in is still open, then it is not counted as missed', () => {
    const facts = emptyFacts(2, { checkins: [{ memberId: 'm1', localDate: '2026-12-01', status: 'asked' }] });
    expect(checkinSignal(facts, digestWindow(day(1), ZONE, 'so_far'), '2026-12-01')).toMatchObject({
      expected: 0,
      rate: null,
    });
  });

  it('when people speak in goal threads and give kudos, then voices, spread, reciprocity and crossing positions are counted', () => {
    const edge = (giverId: string, receiverId: string, at: Date, cross = false) => ({
      giverId,
      receiverId,
      valueKey: 'service',
      createdAt: at,
      giverPositionId: 'p1',
      receiverPositionId: cross ? 'p2' : 'p1',
    });
    const facts = emptyFacts(5, {
      voices: [
        { memberId: 'm1', kind: 'proposal' },
        { memberId: 'm1', kind: 'comment' },
        { memberId: 'm2', kind: 'update' },
      ],
      kudos: [
        edge('m1', 'm2', day(1), true),
        edge('m2', 'm1', day(2)),
        edge('m3', 'm2', day(-10)),
        edge('m4', 'm2', day(3), true),
      ],
    });
    expect(voiceSignal(facts)).toEqual({ proposals: 1, comments: 1, updates: 1, people: 2 });
    const kudos = kudosSignal(facts, window);
    expect(kudos).toMatchObject({ given: 3, givers: 3, receivers: 2, fourWeeks: 4, crossPosition: 0.5 });
    expect(kudos.reciprocity).toBe(0.5);
    expect(kudos.receivedGini).toBeGreaterThan(0.5);
  });

  it('when the latest closed pulse round had fewer answers than the minimum group, then it is hidden, saying why, with no figure', () => {
    const facts = emptyFacts(8, {
      pulse: [
        round('2026-W49', 4, [
          ['goals', 1],
          ['goals', 2],
          ['goals', 1],
          ['goals', 1],
        ]),
      ],
    });
    const signal = pulseSignal(facts, 5);
    expect(signal).toEqual({ state: 'hidden', reason: 'below_min_group', minGroup: 5, period: '2026-W49' });
    expect(JSON.stringify(signal)).not.toMatch(/average|overall/);
    // A threshold set below three is read as three.
    expect(
      pulseSignal(
        emptyFacts(8, {
          pulse: [
            round('2026-W49', 2, [
              ['goals', 1],
              ['goals', 2],
            ]),
          ],
        }),
        1,
      ),
    ).toMatchObject({
      state: 'hidden',
      minGroup: 3,
    });
    expect(pulseSignal(emptyFacts(8), 5)).toMatchObject({ state: 'hidden', reason: 'no_closed_round' });
    // Hidden once by an earlier digest, a round stays hidden when the minimum is lowered later.
    const four = round(
      '2026-W49',
      4,
      Array.from({ length: 4 }, () => ['goals', 2] as [string, number]),
    );
    expect(pulseSignal(emptyFacts(8, { pulse: [four] }), 3)).toMatchObject({ state: 'shown' });
    expect(pulseSignal(emptyFacts(8, { pulse: [four], pulseHiddenBefore: ['2026-W49'] }), 3)).toEqual({
      state: 'hidden',
      reason: 'below_min_group',
      minGroup: 3,
      period: '2026-W49',
    });
  });

  it('when enough people answered two closed rounds, then the latest shows by trait with its change', () => {
    const five = (trait: string, score: number) => Array.from({ length: 5 }, () => [trait, score] as [string, number]);
    const facts = emptyFacts(8, {
      pulse: [
        round('2026-W49', 5, [...five('roles', 2), ...five('trust', 4)]),
        round('2026-W47', 5, [...five('roles', 3), ...five('trust', 4)]),
      ],
    });
    const signal = pulseSignal(facts, 5);
    expect(signal).toMatchObject({
      state: 'shown',
      period: '2026-W49',
      overall: 3,
      respondents: 5,
      responseRate: 0.83,
    });
    if (signal.state !== 'shown') throw new Error('shown');
    expect(signal.traits).toEqual([
      { trait: 'roles', average: 2, change: -1 },
      { trait: 'trust', average: 4, change: 0 },
    ]);
  });

  it('when the team has fewer possible authors than the minimum group, then feedback counts are hidden, saying why', () => {
    const small = feedbackSignal(emptyFacts(4, { feedback: { goals: 2 } }), window, 5);
    expect(small).toEqual({ state: 'hidden', reason: 'team_below_min_group', minGroup: 5, people: 3 });
    const large = feedbackSignal(
      emptyFacts(7, { feedback: { goals: 2, customers: 1 }, feedbackWaiting: 1 }),
      window,
      5,
    );
    expect(large).toEqual({
      state: 'shown',
      weeks: { first: '2026-W46', last: '2026-W49' },
      total: 3,
      waiting: 1,
      oldestWaiting: null,
      byCategory: [
        { category: 'goals', count: 2 },
        { category: 'customers', count: 1 },
      ],
      people: 6,
    });
  });

  it('when blockers are raised and helped, then the median time to help and those still open are counted', () => {
    const facts = emptyFacts(3, {
      blockers: [
        { id: 'b1', memberId: 'm1', text: 'a', raisedAt: day(0), helpedAt: new Date(day(0).getTime() + 2 * 3600_000) },
        { id: 'b2', memberId: 'm2', text: 'b', raisedAt: day(1), helpedAt: new Date(day(1).getTime() + 6 * 3600_000) },
        { id: 'b3', memberId: 'm2', text: 'c', raisedAt: day(2), helpedAt: null },
      ],
    });
    expect(blockerSignal(facts, window)).toEqual({ raised: 3, helped: 2, medianHoursToHelp: 4, open: 1 });
    expect(risks(facts, AT, '2026-12-07').blockersOpen).toEqual([
      { blockerId: 'b3', memberId: 'm2', text: 'c', days: 5 },
    ]);
  });

  it('when a key result lags the time gone by, then it is off track, with its confidence trend', () => {
    const goal = {
      id: 'g1',
      title: 'December visits',
      startDate: '2026-12-01',
      endDate: '2026-12-31',
      channelId: 'C1',
      headTs: '1.1',
      createdAt: day(0),
      lastActivityAt: day(0),
      keyResults: [
        {
          id: 'k1',
          title: 'Visit 100 shops',
          target: 100,
          ownerId: 'm1',
          updates: [
            { value: 10, confidence: 4, at: day(5) },
            { value: 5, confidence: 6, at: day(3) },
          ],
        },
        {
          id: 'k2',
          title: 'Ten new shops',
          target: 10,
          ownerId: 'm2',
          updates: [{ value: 6, confidence: 8, at: day(5) }],
        },
        { id: 'k3', title: 'Never updated', target: 5, ownerId: null, updates: [] },
      ],
    };
    const at = new Date('2026-12-16T04:00:00Z'); // about half the month gone
    const tracks = keyResultTracks([goal], ZONE, at);
    expect(tracks.map((k) => [k.id, k.onTrack, k.progress])).toEqual([
      ['k1', false, 0.1],
      ['k2', true, 0.6],
      ['k3', false, 0],
    ]);
    expect(tracks[0]).toMatchObject({ confidence: 4, confidenceChange: -2 });
  });

  it('when members have been quiet, not recognised, or a goal has had no update, then each is a risk; someone away today is not asked after', () => {
    const facts = emptyFacts(4, {
      goals: [
        {
          id: 'g1',
          title: 'Old goal',
          startDate: '2026-10-01',
          endDate: '2026-12-31',
          channelId: 'C1',
          headTs: '1.1',
          createdAt: new Date('2026-10-01'),
          lastActivityAt: new Date('2026-11-15T00:00:00Z'),
          keyResults: [],
        },
      ],
    });
    const members = facts.members.map((m) =>
      m.id === 'm1'
        ? { ...m, lastVoiceAt: new Date('2026-11-28T00:00:00Z') }
        : m.id === 'm2'
          ? { ...m, lastVoiceAt: null, vacations: [{ startDate: '2026-12-07', endDate: '2026-12-09' }] }
          : m,
    );
    const found = risks({ ...facts, members }, AT, '2026-12-07');
    expect(found.silent).toEqual([{ memberId: 'm1', days: 9 }]);
    expect(found.unrecognised).toEqual(['m1', 'm2', 'm3']);
    expect(found.staleGoals).toMatchObject([{ goalId: 'g1', days: 22 }]);
  });
});

describe('coaching suggestions', () => {
  const busyFacts = (): DigestFacts => {
    const facts = emptyFacts(9, {
      checkins: Array.from({ length: 8 }, (_, i) => ({
        memberId: `m${i + 1}`,
        localDate: '2026-11-30',
        status: i < 2 ? ('answered' as const) : ('asked' as const),
      })),
      blockers: [{ id: 'b1', memberId: 'm2', text: 'No stock <@U123>', raisedAt: day(1), helpedAt: null }],
      pulse: [
        round(
          '2026-W49',
          5,
          Array.from({ length: 5 }, () => ['roles', 2] as [string, number]),
        ),
      ],
      feedback: { procedures: 2 },
      feedbackWaiting: 2,
      roleFindings: { overlaps: 1, gaps: 1, withoutHolder: 0 },
      coffee: { roundsRun: 1, groups: 4, meetingsHeld: 1, icebreakerReplies: 0, membersTakingPart: 2 },
    });
    const members = facts.members.map((m) =>
      m.id === 'm3' ? { ...m, lastVoiceAt: new Date('2026-11-25T00:00:00Z') } : m,
    );
    return { ...facts, members };
  };

  it('when many rules hold, then at most five are given, heaviest first, each citing its signal, number, window and people', () => {
    const signals = computeSignals(busyFacts(), window, AT, 5);
    const list = suggest(signals, window);
    expect(list).toHaveLength(MAX_SUGGESTIONS);
    expect(list.map((s) => s.rule)).toEqual([
      'blocker_open',
      'pulse_trait_low',
      'silent_member',
      'low_checkin_rate',
      'unrecognised',
    ]);
    expect(list[0]).toMatchObject({
      params: { member: 'Member 2', days: 6 },
      evidence: [{ signal: 'blocker_open_days', value: 6, unit: 'days', window: { from: WEEK, to: WEEK }, people: 1 }],
      action: { kind: 'ask_blocker', blockerId: 'b1' },
    });
    expect(list[1]).toMatchObject({
      params: { trait: 'roles', remedy: 'roles' },
      evidence: [{ signal: 'pulse_roles', people: 5 }],
    });
    expect(list[3]!.evidence).toEqual([
      { signal: 'checkin_rate', value: 0.25, unit: 'share', window: { from: WEEK, to: WEEK }, people: 8 },
    ]);
    expect(list[4]!.evidence[0]).toMatchObject({ window: { from: '2026-W46', to: WEEK } });
  });

  it('when the pulse is below the minimum group, then no suggestion rests on it, and nothing anonymous names anyone', () => {
    const facts = {
      ...busyFacts(),
      pulse: [
        round(
          '2026-W49',
          4,
          Array.from({ length: 4 }, () => ['roles', 1] as [string, number]),
        ),
      ],
    };
    const list = suggest(computeSignals(facts, window, AT, 5), window);
    expect(list.map((s) => s.rule)).not.toContain('pulse_trait_low');
    const all = suggest(computeSignals(facts, window, AT, 5), window);
    for (const s of all.filter((x) => x.rule === 'feedback_waiting' || x.rule === 'pulse_trait_low'))
      expect(Object.values(s.params).join(' ')).not.toMatch(/Member/);
  });

  it('when nothing asks for a step, then there are no suggestions', () => {
    const thanks = (receiverId: string) => ({
      giverId: 'm0',
      receiverId,
      valueKey: 'service',
      createdAt: day(1),
      giverPositionId: null,
      receiverPositionId: null,
    });
    const facts = emptyFacts(3, { kudos: [thanks('m1'), thanks('m2')] });
    expect(suggest(computeSignals(facts, window, AT, 5), window)).toEqual([]);
  });

  it('when a digest is rendered in either language, then every suggestion shows its evidence, and typed text cannot ping or format', () => {
    const signals = computeSignals(busyFacts(), window, AT, 5);
    const snapshot = {
      id: 's1',
      teamId: 't1',
      week: WEEK,
      version: 1,
      signals,
      suggestions: suggest(signals, window),
      builtAt: AT,
    };
    for (const locale of LOCALES) {
      const message = digestMessage(locale, team, snapshot);
      // The header is plain text, which Slack never reads for mentions; every other block is checked.
      const text = JSON.stringify(message.blocks.slice(1));
      expect(text.match(locale === 'en' ? /Why: /g : /依据：/g)).toHaveLength(MAX_SUGGESTIONS);
      expect(text).not.toContain('<@U123>');
      expect(text).not.toContain('<!channel>');
      expect(text).not.toMatch(/\{\w+\}/);
    }
  });
});

describe('/digest command text', () => {
  it('when a leader writes settings in either language, then day and time are read; anything else says how to write it', () => {
    expect(parseDigestCommand('')).toEqual({ kind: 'show' });
    expect(parseDigestCommand('settings day=tue time=09:15')).toEqual({ kind: 'settings', weekday: 2, minute: 555 });
    expect(parseDigestCommand('设置 日期=周五 时间=07:00')).toEqual({ kind: 'settings', weekday: 5, minute: 420 });
    expect(parseDigestCommand('关闭')).toEqual({ kind: 'off' });
    expect(() => parseDigestCommand('settings day=someday')).toThrow(/digest.error.day/);
    expect(() => parseDigestCommand('settings time=9')).toThrow(/digest.error.time/);
    expect(() => parseDigestCommand('settings when=9')).toThrow(/digest.error.settings/);
    expect(() => parseDigestCommand('on now')).toThrow(/digest.error.usage/);
    expect(() => parseDigestCommand('x'.repeat(500))).toThrow(/digest.error.usage/);
  });
});

describe('the digest chart', () => {
  const snapshotOf = (week: string, rate: number, pulse: 'shown' | 'hidden') => {
    const signals = computeSignals(emptyFacts(4), weekWindow(week, ZONE), AT, 5);
    return {
      id: week,
      teamId: 't1',
      week,
      version: 1,
      builtAt: AT,
      suggestions: [],
      signals: {
        ...signals,
        participation: { ...signals.participation, checkin: { ...signals.participation.checkin, rate } },
        trust: {
          ...signals.trust,
          pulse:
            pulse === 'shown'
              ? {
                  ...pulseSignal(
                    emptyFacts(8, {
                      pulse: [
                        round(
                          week,
                          5,
                          Array.from({ length: 5 }, () => ['trust', 4] as [string, number]),
                        ),
                      ],
                    }),
                    5,
                  ),
                }
              : signals.trust.pulse,
        },
      },
    };
  };

  it('when snapshots are read for the chart, then each week gives its shares, oldest first, and a hidden pulse leaves a gap', () => {
    const points = trendPoints([snapshotOf('2026-W49', 0.5, 'hidden'), snapshotOf('2026-W48', 0.75, 'shown')]);
    expect(points).toEqual([
      { week: '2026-W48', series: 'checkin', value: 0.75 },
      { week: '2026-W48', series: 'voices', value: 0 },
      { week: '2026-W48', series: 'pulse', value: 0.8 },
      { week: '2026-W49', series: 'checkin', value: 0.5 },
      { week: '2026-W49', series: 'voices', value: 0 },
    ]);
    expect(hasTrend(points)).toBe(true);
    expect(hasTrend(points.filter((p) => p.week === '2026-W49'))).toBe(false);
  });

  it('when the chart is drawn in Chinese, then the spec carries the leader’s words and renders to a PNG in well under a second', async () => {
    const points = trendPoints([snapshotOf('2026-W48', 0.75, 'shown'), snapshotOf('2026-W49', 0.5, 'hidden')]);
    const spec = chartSpec(points, chartLabels('zh-CN', CHART_FONT.family));
    expect(spec).toMatchObject({
      title: '每周参与与信任',
      data: { values: expect.arrayContaining([{ week: '2026-W48', series: '团队脉搏（满分 5）', value: 0.8 }]) },
      config: { font: CHART_FONT.family },
    });
    const font = new SubsetChartFont();
    await renderChart(spec, font); // warm
    const started = performance.now();
    const png = await renderChart(spec, font);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  });
});

describe('scorecard movement in the digest', () => {
  it('when the team’s scorecard mean moved since the last period, then the digest shows both with the change, in either language', () => {
    const signals = computeSignals(
      { ...emptyFacts(4), scorecard: { period: '2026-12', total: 82.5, previousPeriod: '2026-11', previousTotal: 78 } },
      window,
      AT,
      5,
    );
    const snapshot = { id: 's', teamId: 't1', week: WEEK, version: 1, signals, suggestions: [], builtAt: AT };
    expect(JSON.stringify(digestMessage('en', team, snapshot).blocks)).toContain(
      'Scorecards, 2026-12: team mean 82.5 points (↑ 4.5) since 2026-11',
    );
    expect(JSON.stringify(digestMessage('zh-CN', team, snapshot).blocks)).toContain(
      '团队平均 82.5 分 (↑ 4.5)，与 2026-11 相比',
    );
    const none = computeSignals(emptyFacts(4), window, AT, 5);
    expect(JSON.stringify(digestMessage('en', team, { ...snapshot, signals: none }).blocks)).not.toContain(
      'Scorecards,',
    );
  });
});

describe('each suggestion rule', () => {
  const kr = (id: string, value: number) => ({
    id,
    title: `Result ${id}`,
    target: 100,
    ownerId: 'm1',
    updates: [
      { value, confidence: 3, at: day(4) },
      { value: value / 2, confidence: 6, at: day(2) },
    ],
  });
  const goalOf = (lastActivityAt: Date, keyResults = [kr('k1', 90)]) => ({
    id: 'g1',
    title: 'Q4 visits',
    startDate: '2026-10-01',
    endDate: '2026-12-31',
    channelId: 'CGOAL',
    headTs: '1700000000.000100',
    createdAt: new Date('2026-10-01T00:00:00Z'),
    lastActivityAt,
    keyResults,
  });
  const thanks = (giverId: string, receiverId: string, from = 'p1', to = 'p1') => ({
    giverId,
    receiverId,
    valueKey: 'service',
    createdAt: day(1),
    giverPositionId: from,
    receiverPositionId: to,
  });
  // Everyone recognised, nobody silent: each case adds the one fact its rule reads.
  const quiet = (members = 6, overrides: Partial<DigestFacts> = {}): DigestFacts =>
    emptyFacts(members, {
      kudos: Array.from({ length: members - 1 }, (_, i) => thanks('m0', `m${i + 1}`)),
      ...overrides,
    });

  const CASES: Array<{ rule: string; facts: DigestFacts; signal: string; people: number }> = [
    {
      rule: 'blocker_open',
      facts: quiet(6, { blockers: [{ id: 'b1', memberId: 'm1', text: 'x', raisedAt: day(0), helpedAt: null }] }),
      signal: 'blocker_open_days',
      people: 1,
    },
    {
      rule: 'silent_member',
      facts: {
        ...quiet(6),
        members: quiet(6).members.map((m) => (m.id === 'm2' ? { ...m, lastVoiceAt: day(-3) } : m)),
      },
      signal: 'days_without_voice',
      people: 1,
    },
    {
      rule: 'low_checkin_rate',
      facts: quiet(6, {
        checkins: ['m1', 'm2', 'm3', 'm4', 'm5'].map((memberId, i) => ({
          memberId,
          localDate: '2026-12-01',
          status: i === 0 ? ('answered' as const) : ('asked' as const),
        })),
      }),
      signal: 'checkin_rate',
      people: 5,
    },
    {
      rule: 'goal_setting_participation',
      facts: quiet(6, { goals: [goalOf(day(5))], voices: [{ memberId: 'm1', kind: 'comment' }] }),
      signal: 'goal_thread_voices',
      people: 5,
    },
    {
      rule: 'key_result_off_track',
      facts: quiet(6, {
        goals: [{ ...goalOf(day(5), [kr('k1', 10)]), endDate: '2026-12-08' }],
        voices: ['m1', 'm2', 'm3'].map((memberId) => ({ memberId, kind: 'update' as const })),
      }),
      signal: 'key_result_progress',
      people: 1,
    },
    {
      rule: 'stale_goal',
      facts: quiet(6, {
        goals: [goalOf(new Date('2026-11-10T00:00:00Z'))],
        voices: ['m1', 'm2', 'm3'].map((memberId) => ({ memberId, kind: 'comment' as const })),
      }),
      signal: 'days_since_goal_update',
      people: 5,
    },
    { rule: 'unrecognised', facts: emptyFacts(6), signal: 'members_not_recognised', people: 5 },
    {
      rule: 'uneven_recognition',
      facts: quiet(6, {
        kudos: [
          ...Array.from({ length: 5 }, (_, i) => thanks('m0', `m${i + 1}`)),
          ...Array.from({ length: 20 }, () => thanks('m2', 'm1')),
        ],
      }),
      signal: 'kudos_received_gini',
      people: 5,
    },
    {
      rule: 'cross_position',
      facts: quiet(6, {
        kudos: Array.from({ length: 5 }, (_, i) => thanks('m0', `m${i + 1}`)).concat([thanks('m1', 'm2', 'p1', 'p2')]),
      }),
      signal: 'cross_position_kudos',
      people: 5,
    },
    {
      rule: 'pulse_trait_low',
      facts: quiet(6, {
        pulse: [
          round(
            '2026-W49',
            5,
            Array.from({ length: 5 }, () => ['support', 2] as [string, number]),
          ),
        ],
      }),
      signal: 'pulse_support',
      people: 5,
    },
    {
      rule: 'feedback_waiting',
      facts: quiet(6, { feedback: { support: 1 }, feedbackWaiting: 1, oldestWaitingThreadId: 'thread-1' }),
      signal: 'feedback_waiting',
      people: 5,
    },
    {
      rule: 'role_gaps',
      facts: quiet(6, { roleFindings: { overlaps: 1, gaps: 0, withoutHolder: 1 } }),
      signal: 'role_findings',
      people: 5,
    },
    {
      rule: 'informal_quiet',
      facts: quiet(6, {
        coffee: { roundsRun: 1, groups: 3, meetingsHeld: 1, icebreakerReplies: 0, membersTakingPart: 2 },
      }),
      signal: 'coffee_meetings',
      people: 2,
    },
  ];

  for (const { rule, facts, signal, people } of CASES) {
    it(`when the signals call for ${rule}, then it is suggested citing ${signal} and ${people} people, in both languages`, () => {
      const list = suggest(computeSignals(facts, window, AT, 5), window);
      const found = list.find((s) => s.rule === rule);
      expect(found, JSON.stringify(list.map((s) => s.rule))).toBeDefined();
      expect(found!.evidence[0]).toMatchObject({ signal, people });
      for (const locale of LOCALES) {
        const signals = computeSignals(facts, window, AT, 5);
        const text = JSON.stringify(
          digestMessage(locale, team, {
            id: 's',
            teamId: 't1',
            week: WEEK,
            version: 1,
            signals,
            suggestions: [found!],
            builtAt: AT,
          }).blocks,
        );
        expect(text).toContain(locale === 'en' ? 'Why: ' : '依据：');
        expect(text).not.toMatch(/\{\w+\}|digest\.(suggestion|signal|remedy)\./);
      }
    });
  }

  it('when the pulse or the team is below the minimum group, then no rule rests on it, and the digest says why it is hidden', () => {
    const facts = quiet(4, {
      pulse: [
        round(
          '2026-W49',
          4,
          Array.from({ length: 4 }, () => ['support', 1] as [string, number]),
        ),
      ],
      feedback: { support: 3 },
      feedbackWaiting: 3,
      oldestWaitingThreadId: 'thread-1',
    });
    const signals = computeSignals(facts, window, AT, 5);
    const rules = suggest(signals, window).map((s) => s.rule);
    expect(rules).not.toContain('pulse_trait_low');
    expect(rules).not.toContain('feedback_waiting');
    const snapshot = { id: 's', teamId: 't1', week: WEEK, version: 1, signals, suggestions: [], builtAt: AT };
    const en = JSON.stringify(digestMessage('en', team, snapshot).blocks);
    expect(en).toContain('hidden — fewer than 5 people answered');
    expect(en).toContain('hidden — the team has 3 members, fewer than 5');
    const zh = JSON.stringify(digestMessage('zh-CN', team, snapshot).blocks);
    expect(zh).toContain('作答不足 5 人');
    expect(zh).toContain('团队有 3 名成员，少于 5 人');
  });
});

describe('the steps a digest offers', () => {
  it('when a suggestion opens a goal thread, then its text links to Slack’s permalink under Hexin’s label; an odd link is left out', () => {
    const facts = emptyFacts(4, {
      goals: [
        {
          id: 'g1',
          title: 'Old <!here> goal',
          startDate: '2026-10-01',
          endDate: '2026-12-31',
          channelId: 'CGOAL',
          headTs: '1700000000.000100',
          createdAt: new Date('2026-10-01T00:00:00Z'),
          lastActivityAt: new Date('2026-11-01T00:00:00Z'),
          keyResults: [],
        },
      ],
    });
    const signals = computeSignals(facts, window, AT, 5);
    const suggestions = suggest(signals, window).filter((s) => s.rule === 'stale_goal');
    expect(suggestions[0]!.action).toEqual({ kind: 'open_goal', channelId: 'CGOAL', ts: '1700000000.000100' });
    const snapshot = { id: 's', teamId: 't1', week: WEEK, version: 1, signals, suggestions, builtAt: AT };
    const permalink = 'https://acme.slack.com/archives/CGOAL/p1700000000000100';
    const linked = JSON.stringify(
      digestMessage('en', team, snapshot, null, { 'CGOAL:1700000000.000100': permalink }).blocks,
    );
    expect(linked).toContain(`<${permalink}|Open the goal thread>`);
    expect(linked).toContain('Old &lt;!here&gt; goal');
    const odd = JSON.stringify(
      digestMessage('en', team, snapshot, null, { 'CGOAL:1700000000.000100': 'javascript:alert(1)|x' }).blocks,
    );
    expect(odd).not.toContain('Open the goal thread');
  });
});

describe('goal-thread links', () => {
  const snapshotWith = (actions: Array<{ kind: 'open_goal'; channelId: string; ts: string }>) => ({
    id: 's',
    teamId: 't1',
    week: WEEK,
    version: 1,
    builtAt: AT,
    signals: computeSignals(emptyFacts(3), window, AT, 5),
    suggestions: actions.map((action) => ({
      rule: 'stale_goal' as const,
      weight: 1,
      params: {},
      evidence: [],
      action,
    })),
  });

  it('when Slack gives a permalink, then it is kept by thread; a thread Slack no longer has loses only its link', async () => {
    const snapshot = snapshotWith([
      { kind: 'open_goal', channelId: 'C1', ts: '1.1' },
      { kind: 'open_goal', channelId: 'C2', ts: '2.2' },
    ]);
    const links = await goalLinks(snapshot, async (channel) => {
      if (channel === 'C2')
        throw Object.assign(new Error('message_not_found'), { code: 'slack_webapi_platform_error' });
      return { permalink: `https://test.slack.com/archives/${channel}/p11` };
    });
    expect(links).toEqual({ 'C1:1.1': 'https://test.slack.com/archives/C1/p11' });
    await expect(
      goalLinks(snapshot, async () => {
        throw new Error('socket hang up');
      }),
    ).rejects.toThrow('socket hang up');
  });
});
