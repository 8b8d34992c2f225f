import { describe, expect, it } from 'vitest';
import {
  channelRef,
  csvTeam,
  parseCsvRecords,
  readScorecardCsv,
  type CsvContext,
} from '../../src/domain/scorecards/csv.ts';
import { defaultMetrics, metricLabel } from '../../src/domain/scorecards/defaults.ts';
import type { Metric, MetricDraft, TemplateVersion } from '../../src/domain/scorecards/model.ts';
import {
  comparePeriods,
  nextPeriod,
  periodAt,
  periodEnd,
  periodEndInstant,
  periodStart,
  previousPeriod,
} from '../../src/domain/scorecards/period.ts';
import {
  ATTAINMENT_CAP,
  attainment,
  formatNumber,
  NOT_APPLICABLE,
  scoreCard,
  teamScore,
} from '../../src/domain/scorecards/scoring.ts';
import { noteProblem, parseTemplateText, templateText, weightProblem } from '../../src/domain/scorecards/template.ts';
import { pendingVersion, templateFor } from '../../src/domain/scorecards/versions.ts';

const metric = (draft: Partial<MetricDraft> & { key: string }, i = 0): Metric => ({
  name: draft.key,
  kind: 'result',
  weight: 50,
  target: 100,
  unit: '%',
  direction: 'higher',
  source: 'manual',
  keyResultId: null,
  ...draft,
  id: `m-${draft.key}`,
  templateId: 't',
  position: i,
});

const version = (n: number, effectiveFrom: string, metrics: Metric[] = []): TemplateVersion => ({
  id: `v${n}`,
  teamId: 'team',
  version: n,
  effectiveFrom,
  note: '',
  createdById: null,
  createdAt: new Date('2026-11-01T00:00:00Z'),
  metrics,
});

describe('periods', () => {
  it('when an instant is near midnight, then its period follows the team’s own wall clock', () => {
    const at = new Date('2026-12-31T17:00:00Z'); // 01:00 on 1 January in Shanghai, still 31 December in Chicago
    expect(periodAt(at, 'month', 'Asia/Shanghai')).toBe('2027-01');
    expect(periodAt(at, 'month', 'America/Chicago')).toBe('2026-12');
    expect(periodAt(at, 'quarter', 'Asia/Shanghai')).toBe('2027-Q1');
    expect(periodAt(at, 'quarter', 'America/Chicago')).toBe('2026-Q4');
  });

  it('when periods are stepped, then months and quarters roll over the year', () => {
    expect(nextPeriod('2026-12')).toBe('2027-01');
    expect(previousPeriod('2027-01')).toBe('2026-12');
    expect(nextPeriod('2026-Q4')).toBe('2027-Q1');
    expect(previousPeriod('2026-Q1')).toBe('2025-Q4');
  });

  it('when a period is bounded, then it has its first and last day and the instant it ends in the zone', () => {
    expect([periodStart('2026-Q4'), periodEnd('2026-Q4')]).toEqual(['2026-10-01', '2026-12-31']);
    expect([periodStart('2028-02'), periodEnd('2028-02')]).toEqual(['2028-02-01', '2028-02-29']);
    expect(periodEndInstant('2026-11', 'Asia/Shanghai').toISOString()).toBe('2026-11-30T16:00:00.000Z');
  });

  it('when months and quarters are compared, then they order by the day they begin', () => {
    expect(comparePeriods('2026-11', '2026-Q4')).toBeGreaterThan(0);
    expect(comparePeriods('2026-10', '2026-Q4')).toBe(0);
    expect(comparePeriods('2026-09', '2026-Q4')).toBeLessThan(0);
  });
});

describe('attainment and scores', () => {
  it('when higher is better, then attainment is value / target, capped at 120 % and never below 0', () => {
    expect(attainment(45, 90, 'higher')).toBe(0.5);
    expect(attainment(90, 90, 'higher')).toBe(1);
    expect(attainment(500, 90, 'higher')).toBe(ATTAINMENT_CAP);
    expect(attainment(-5, 90, 'higher')).toBe(0);
  });

  it('when lower is better, then attainment is target / value; zero handling is defined', () => {
    expect(attainment(48, 24, 'lower')).toBe(0.5);
    expect(attainment(20, 24, 'lower')).toBe(ATTAINMENT_CAP);
    expect(attainment(0, 24, 'lower')).toBe(ATTAINMENT_CAP); // nothing at all beats any target
    expect(attainment(0, 0, 'lower')).toBe(1); // a target of zero, met exactly
    expect(attainment(3, 0, 'lower')).toBe(0); // above a target of zero scores nothing
  });

  it('when a card is scored, then each metric gives attainment × weight and the parts add up to the total', () => {
    const metrics = [
      metric({ key: 'sat', kind: 'result', weight: 60, target: 90 }),
      metric({ key: 'visits', kind: 'process', weight: 30, target: 100 }, 1),
      metric({ key: 'complaints', kind: 'process', weight: 10, target: 24, direction: 'lower' }, 2),
    ];
    const values: Record<string, number> = { sat: 81, visits: 100, complaints: 12 };
    const card = scoreCard(metrics, (m) => values[m.key]);
    expect(card.lines.map((l) => l.points)).toEqual([54, 30, 12]);
    expect(card.result).toBe(54);
    expect(card.process).toBe(42);
    expect(card.total).toBe(96);
    expect(card.missing).toBe(0);
  });

  it('when a value is missing, then that metric scores nothing and is counted as missing', () => {
    const metrics = [metric({ key: 'a', weight: 50 }), metric({ key: 'b', weight: 50 }, 1)];
    const card = scoreCard(metrics, (m) => (m.key === 'a' ? 100 : null));
    expect(card.total).toBe(50);
    expect(card.missing).toBe(1);
    expect(card.lines[1]).toMatchObject({ value: null, points: null });
  });

  it('when a metric does not apply to a member, then it is n/a, not missing, and the other weights are rescaled to 100', () => {
    const metrics = [
      metric({ key: 'sales', weight: 50, source: 'key_result', keyResultId: 'kr1' }, 0),
      metric({ key: 'visits', kind: 'process', weight: 30 }, 1),
      metric({ key: 'brand', weight: 20 }, 2),
    ];
    const other = scoreCard(metrics, (m) => (m.key === 'sales' ? NOT_APPLICABLE : 100));
    expect(other.lines[0]).toMatchObject({ applicable: false, points: null });
    expect(other.lines.map((l) => l.weight)).toEqual([0, 60, 40]);
    expect(other).toMatchObject({ process: 60, result: 40, total: 100, missing: 0, applicable: 2 });
    const owner = scoreCard(metrics, () => 100);
    expect(owner).toMatchObject({ total: 100, applicable: 3 });
    const none = scoreCard(metrics, (m) => (m.key === 'sales' ? NOT_APPLICABLE : null));
    expect(none).toMatchObject({ missing: 2, applicable: 2, total: 0 });
    expect(teamScore([none, other])).toMatchObject({ scored: 1, total: 100 });
  });

  it('when the team is scored, then the means are over members with at least one value', () => {
    const metrics = [metric({ key: 'a', weight: 100 })];
    const cards = [scoreCard(metrics, () => 100), scoreCard(metrics, () => 50), scoreCard(metrics, () => null)];
    expect(teamScore(cards)).toEqual({ scored: 2, process: 0, result: 75, total: 75 });
    expect(teamScore([scoreCard(metrics, () => null)])).toEqual({
      scored: 0,
      process: null,
      result: null,
      total: null,
    });
  });

  it('when numbers are shown, then they have at most one decimal', () => {
    expect([formatNumber(87.54), formatNumber(90), formatNumber(2 / 3)]).toEqual(['87.5', '90', '0.7']);
  });
});

describe('the default template', () => {
  it('when it is made, then it has the study’s five metrics, results and process, with weights adding to 100', () => {
    const metrics = defaultMetrics('zh-CN');
    expect(metrics.map((m) => [m.name, m.kind])).toEqual([
      ['零售客户满意度', 'result'],
      ['品牌培育', 'result'],
      ['市场维护', 'result'],
      ['拜访计划完成率', 'process'],
      ['投诉处理', 'process'],
    ]);
    expect(weightProblem(metrics)).toBeNull();
    expect(defaultMetrics('en').map((m) => m.name)).toContain('Retail-customer satisfaction');
  });

  it('when a default metric is read in the other language, then its name shows in the reader’s language unless a leader renamed it', () => {
    const zh = defaultMetrics('zh-CN')[4]!;
    expect(metricLabel(zh, 'en')).toEqual({ name: 'Complaint handling', unit: 'hours' });
    expect(metricLabel({ ...zh, name: 'Complaints within 24 h' }, 'zh-CN').name).toBe('Complaints within 24 h');
  });
});

describe('template lines', () => {
  const good = [
    'satisfaction | Retail-customer satisfaction | result | 40 | 90 | % | higher | manual',
    '# a comment, skipped',
    '',
    'visits | 拜访计划完成率 | 过程 | 30 | 100 | % | 越高越好 | 录入',
    'rate | Check-in participation | process | 20 | 90 | % | higher | checkin_rate',
    'sales | Sales key result | result | 10 | 500 | cases | higher | key_result：ckr42',
  ].join('\n');

  it('when well-formed lines are read, then they become metrics, Chinese words and a full-width colon included', () => {
    const parsed = parseTemplateText(good);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.rows).toEqual([1, 4, 5, 6]);
    expect(parsed.metrics.map((m) => [m.key, m.kind, m.direction, m.source, m.keyResultId])).toEqual([
      ['satisfaction', 'result', 'higher', 'manual', null],
      ['visits', 'process', 'higher', 'manual', null],
      ['rate', 'process', 'higher', 'checkin_rate', null],
      ['sales', 'result', 'higher', 'key_result', 'ckr42'],
    ]);
    expect(weightProblem(parsed.metrics)).toBeNull();
  });

  it('when metrics are written back, then the text reads back to the same metrics', () => {
    const parsed = parseTemplateText(good);
    if (!parsed.ok) throw new Error('expected to parse');
    const again = parseTemplateText(templateText(parsed.metrics));
    expect(again.ok && again.metrics).toEqual(parsed.metrics);
  });

  it('when rows are wrong, then every problem is returned with its line number', () => {
    const parsed = parseTemplateText(
      [
        'Bad Key | x | result | 50 | 1 | % | higher | manual',
        'ok | | sideways | 0 | -1 | % | up-ish | magic',
        'short | too few',
      ].join('\n'),
    );
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems.map((p) => [p.row, p.messageKey])).toEqual([
      [1, 'scorecard.template.error.key'],
      [2, 'scorecard.template.error.name_empty'],
      [2, 'scorecard.template.error.kind'],
      [2, 'scorecard.template.error.weight'],
      [2, 'scorecard.template.error.target'],
      [2, 'scorecard.template.error.direction'],
      [2, 'scorecard.template.error.source'],
      [3, 'scorecard.template.error.columns'],
    ]);
  });

  it('when weights do not add up to 100, then the sum is named', () => {
    const parsed = parseTemplateText('a | A | result | 60 | 1 | x | higher\nb | B | process | 30 | 1 | x | higher');
    if (!parsed.ok) throw new Error('expected to parse');
    expect(weightProblem(parsed.metrics)).toEqual({
      row: null,
      messageKey: 'scorecard.template.error.weights',
      params: { sum: 90 },
    });
  });

  it('when a key repeats, a name or the whole text is too long, or higher-is-better has a 0 target, then each is refused clearly', () => {
    const repeated = parseTemplateText('a | A | result | 50 | 1 | x | higher\na | B | result | 50 | 1 | x | higher');
    expect(!repeated.ok && repeated.problems[0]).toMatchObject({
      row: 2,
      messageKey: 'scorecard.template.error.key_repeated',
      params: { first: 1 },
    });
    const long = parseTemplateText(`a | ${'名'.repeat(61)} | result | 100 | 1 | x | higher`);
    expect(!long.ok && long.problems[0]).toMatchObject({
      messageKey: 'scorecard.template.error.name_too_long',
      params: { max: 60, length: 61 },
    });
    const huge = parseTemplateText('x'.repeat(3001));
    expect(!huge.ok && huge.problems[0]).toMatchObject({
      messageKey: 'scorecard.template.error.text_too_long',
      params: { max: 3000, length: 3001 },
    });
    const zero = parseTemplateText('a | A | result | 100 | 0 | x | higher');
    expect(!zero.ok && zero.problems[0]?.messageKey).toBe('scorecard.template.error.target_zero');
    const missingId = parseTemplateText('a | A | result | 100 | 5 | x | higher | key_result');
    expect(!missingId.ok && missingId.problems[0]?.messageKey).toBe('scorecard.template.error.key_result_missing');
  });

  it('when a key is a word every object already has (constructor, __proto__), then it is refused', () => {
    const reserved = parseTemplateText(
      'constructor | C | result | 50 | 1 | x | higher\n__proto__ | P | result | 25 | 1 | x | higher\ntostring | T | result | 25 | 1 | x | higher',
    );
    expect(reserved.ok).toBe(false);
    if (reserved.ok) return;
    expect(reserved.problems.map((p) => [p.row, p.messageKey])).toEqual([
      [1, 'scorecard.template.error.key_reserved'],
      [2, 'scorecard.template.error.key'],
    ]);
  });

  it('when the note is empty or too long, then it is refused', () => {
    expect(noteProblem('  ')?.messageKey).toBe('scorecard.template.error.note_required');
    expect(noteProblem('x'.repeat(1001))).toMatchObject({
      messageKey: 'scorecard.template.error.note_too_long',
      params: { max: 1000, length: 1001 },
    });
    expect(noteProblem('More weight on brand')).toBeNull();
  });
});

describe('versions', () => {
  const versions = [version(1, '2026-11'), version(2, '2027-01'), version(3, '2027-03')];

  it('when a period is scored, then it uses the latest version begun by then; earlier periods use the first', () => {
    expect(templateFor(versions, '2026-09')?.version).toBe(1);
    expect(templateFor(versions, '2026-12')?.version).toBe(1);
    expect(templateFor(versions, '2027-01')?.version).toBe(2);
    expect(templateFor(versions, '2027-02')?.version).toBe(2);
    expect(templateFor(versions, '2027-05')?.version).toBe(3);
    expect(templateFor([], '2027-05')).toBeNull();
  });

  it('when a version starts after the current period, then it is the pending one', () => {
    expect(pendingVersion(versions, '2027-02')?.version).toBe(3);
    expect(pendingVersion(versions, '2027-03')).toBeNull();
  });
});

describe('CSV uploads', () => {
  const versions = [
    version(1, '2026-10', [metric({ key: 'sat' }), metric({ key: 'rate', source: 'checkin_rate' }, 1)]),
    version(2, '2026-12', [metric({ key: 'brand' })]),
  ].map((v) => ({ ...v, metrics: v.metrics.map((m) => ({ ...m, id: `${v.id}-${m.key}` })) }));
  const context: CsvContext = {
    periodKind: 'month',
    currentPeriod: '2026-12',
    members: new Map([
      ['UMEI', 'mei'],
      ['UJOE', 'joe'],
    ]),
    versions,
  };

  it('when fields are quoted, contain commas, quotes and line breaks, then records keep them', () => {
    expect(parseCsvRecords('\uFEFFa,"b, c","say ""hi""\nthere"\r\nd,e,f\n')).toEqual([
      ['a', 'b, c', 'say "hi"\nthere'],
      ['d', 'e', 'f'],
    ]);
    expect(parseCsvRecords('a,"never closed')).toBeNull();
  });

  it('when every row is right, then each becomes an entry on the version of its own period', () => {
    const read = readScorecardCsv(
      'member,period,metric,value\nUMEI,2026-11,sat,87.5\n<@UJOE|joe>,2026-12,brand,100\n',
      context,
    );
    expect(read).toEqual({
      ok: true,
      entries: [
        { row: 2, memberId: 'mei', metricId: 'v1-sat', period: '2026-11', value: 87.5 },
        { row: 3, memberId: 'joe', metricId: 'v2-brand', period: '2026-12', value: 100 },
      ],
    });
  });

  it('when rows are wrong, then every one is reported with its spreadsheet row and nothing is returned to write', () => {
    const csv = [
      'member,period,metric,value',
      'UMEI,2026-11,sat,90',
      'UNOBODY,2026-11,sat,90',
      'UMEI,2026-Q4,sat,90',
      'UMEI,2027-01,brand,90',
      'UMEI,2026-11,rate,90',
      'UMEI,2026-11,brand,90',
      'UMEI,2026-11,sat,-3',
      'UMEI,2026-11,sat,91',
      'UMEI,2026-11',
    ].join('\n');
    const read = readScorecardCsv(csv, context);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems.map((p) => [p.row, p.messageKey])).toEqual([
      [3, 'scorecard.csv.error.not_member'],
      [4, 'scorecard.csv.error.period'],
      [5, 'scorecard.csv.error.future'],
      [6, 'scorecard.csv.error.derived'],
      [7, 'scorecard.csv.error.metric'],
      [8, 'scorecard.csv.error.value'],
      [9, 'scorecard.csv.error.repeated'],
      [10, 'scorecard.csv.error.columns'],
    ]);
  });

  it('when a file has a first column team, then it names one team and the rows are read without it', () => {
    const text =
      'team,member,period,metric,value\n<#C0HOME|north>,U0MEI,2026-11,satisfaction,88\n<#C0HOME|north>,U0MEI,2026-10,satisfaction,70\n';
    expect(csvTeam(text)).toEqual({ kind: 'named', value: '<#C0HOME|north>', row: 2 });
    expect(csvTeam('member,period,metric,value\nU0MEI,2026-11,satisfaction,88\n')).toEqual({ kind: 'none' });
    expect(
      csvTeam('team,member,period,metric,value\nC0HOME,U0MEI,2026-11,satisfaction,88\n#south,U0MEI,2026-11,brand,1\n'),
    ).toMatchObject({
      kind: 'problem',
      problem: { row: 3, messageKey: 'scorecard.csv.error.team_mixed', params: { first: 2 } },
    });
    expect(channelRef('<#C0HOME|north>')).toEqual({ id: 'C0HOME' });
    expect(channelRef('C0123ABCD')).toEqual({ id: 'C0123ABCD' });
    expect(channelRef('#north-route')).toEqual({ name: 'north-route' });
    // A short upper-case word is a team's name, not a channel id.
    expect(channelRef('GZ')).toEqual({ name: 'GZ' });
    expect(channelRef('CORE')).toEqual({ name: 'CORE' });
    expect(channelRef('#')).toBeNull();
    expect(readScorecardCsv('team,member,period,metric,value\nC0HOME,UMEI,2026-11,sat,88\n', context)).toMatchObject({
      ok: true,
      entries: [{ row: 2, memberId: 'mei', value: 88 }],
    });
  });

  it('when the header is wrong or absent, or a field is too long, then the file is refused', () => {
    expect(readScorecardCsv('who,when,what,how much\nUMEI,2026-11,sat,1', context)).toMatchObject({
      ok: false,
      problems: [{ row: 1, messageKey: 'scorecard.csv.error.header' }],
    });
    expect(readScorecardCsv('成员,周期,指标,数值\nUMEI,2026-11,sat,1', context).ok).toBe(true);
    expect(readScorecardCsv('member,period,metric,value\n', context)).toMatchObject({
      ok: false,
      problems: [{ messageKey: 'scorecard.csv.error.empty' }],
    });
    expect(readScorecardCsv(`member,period,metric,value\nUMEI,2026-11,sat,${'9'.repeat(65)}`, context)).toMatchObject({
      ok: false,
      problems: [{ row: 2, messageKey: 'scorecard.csv.error.field_too_long' }],
    });
  });
});
