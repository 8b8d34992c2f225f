import { describe, expect, it } from 'vitest';
import {
  GOAL_LIMITS,
  goalPercent,
  meanConfidence,
  nextPeriod,
  percentOf,
  periodEnd,
  resolvePeriod,
  trendOf,
  validateComment,
  validateGoalForm,
  validateKeyResultForm,
  validateProgress,
} from '../../src/domain/goals/rules.ts';
import { isAppError } from '../../src/shared/errors.ts';
import { parseGoalCommand } from '../../src/slack/listeners/commands/goal.ts';

const TODAY = '2026-11-30'; // a Monday
const form = (raw: Partial<Record<'title' | 'why' | 'measure' | 'period' | 'start' | 'end', string>>) =>
  validateGoalForm({ title: 'Serve every shop', why: 'Trust', measure: 'Visits', period: 'week', ...raw }, TODAY);
const goal = { startDate: '2026-11-30', endDate: '2026-12-31' };

describe('goal periods', () => {
  it('when a week, month or quarter is asked for, then it ends with that calendar period', () => {
    expect(periodEnd('week', '2026-11-30')).toBe('2026-12-06');
    expect(periodEnd('week', '2026-12-06')).toBe('2026-12-06');
    expect(periodEnd('month', '2026-02-10')).toBe('2026-02-28');
    expect(periodEnd('quarter', '2026-11-30')).toBe('2026-12-31');
  });

  it('when no start date is given, then the goal starts today', () => {
    expect(resolvePeriod({ periodKind: 'month', startDate: null, endDate: null }, TODAY)).toEqual({
      ok: true,
      value: { startDate: TODAY, endDate: '2026-11-30' },
    });
  });

  it('when custom dates are given, then they are kept; a missing, backwards, too long or past end is refused', () => {
    expect(resolvePeriod({ periodKind: 'custom', startDate: '2026-12-01', endDate: '2026-12-20' }, TODAY)).toEqual({
      ok: true,
      value: { startDate: '2026-12-01', endDate: '2026-12-20' },
    });
    expect(resolvePeriod({ periodKind: 'custom', startDate: null, endDate: null }, TODAY)).toEqual({
      ok: false,
      problems: [{ field: 'end', problem: 'required' }],
    });
    expect(resolvePeriod({ periodKind: 'custom', startDate: '2026-12-20', endDate: '2026-12-01' }, TODAY)).toEqual({
      ok: false,
      problems: [{ field: 'end', problem: 'end_before_start' }],
    });
    expect(resolvePeriod({ periodKind: 'custom', startDate: '2026-12-01', endDate: '2027-12-02' }, TODAY)).toEqual({
      ok: false,
      problems: [{ field: 'end', problem: 'period_too_long' }],
    });
    expect(resolvePeriod({ periodKind: 'custom', startDate: '2026-12-01', endDate: '2027-12-01' }, TODAY).ok).toBe(
      true,
    );
    expect(resolvePeriod({ periodKind: 'custom', startDate: '2026-11-01', endDate: '2026-11-29' }, TODAY)).toEqual({
      ok: false,
      problems: [{ field: 'end', problem: 'ended' }],
    });
  });

  it('when an end date comes with a calendar period, then the person is told it is for custom dates only', () => {
    expect(resolvePeriod({ periodKind: 'week', startDate: null, endDate: '2026-12-03' }, TODAY)).toEqual({
      ok: false,
      problems: [{ field: 'end', problem: 'end_only_custom' }],
    });
  });

  it('when a week that started in the past is still running, then it is accepted; one that has ended is not', () => {
    expect(resolvePeriod({ periodKind: 'week', startDate: '2026-11-24', endDate: null }, '2026-11-26')).toMatchObject({
      ok: true,
      value: { endDate: '2026-11-29' },
    });
    expect(resolvePeriod({ periodKind: 'week', startDate: '2026-11-16', endDate: null }, TODAY)).toEqual({
      ok: false,
      problems: [{ field: 'start', problem: 'ended' }],
    });
  });

  it('when the next period is set, then it follows the closed one, or starts in today’s period if that one has passed too', () => {
    expect(nextPeriod({ periodKind: 'week', startDate: '2026-11-30', endDate: '2026-12-06' }, '2026-12-07')).toEqual({
      periodKind: 'week',
      startDate: '2026-12-07',
      endDate: '2026-12-13',
    });
    expect(nextPeriod({ periodKind: 'week', startDate: '2026-11-30', endDate: '2026-12-06' }, '2027-01-20')).toEqual({
      periodKind: 'week',
      startDate: '2027-01-18',
      endDate: '2027-01-24',
    });
    expect(nextPeriod({ periodKind: 'month', startDate: '2026-11-01', endDate: '2026-11-30' }, '2026-12-01')).toEqual({
      periodKind: 'month',
      startDate: '2026-12-01',
      endDate: '2026-12-31',
    });
    expect(nextPeriod({ periodKind: 'custom', startDate: '2026-12-01', endDate: '2026-12-10' }, '2026-12-11')).toEqual({
      periodKind: 'custom',
      startDate: '2026-12-11',
      endDate: '2026-12-20',
    });
  });
});

describe('goal forms', () => {
  it('when the new-goal form is complete, then texts are trimmed and the period resolved', () => {
    expect(form({ title: '  Serve every shop  ' })).toEqual({
      ok: true,
      value: {
        title: 'Serve every shop',
        why: 'Trust',
        measure: 'Visits',
        periodKind: 'week',
        startDate: TODAY,
        endDate: '2026-12-06',
      },
    });
  });

  it('when texts are past their limits, then each field gets the limit and the length, counted in characters', () => {
    expect(form({ title: '😀'.repeat(GOAL_LIMITS.title) }).ok).toBe(true);
    expect(form({ title: '😀'.repeat(151), why: 'w'.repeat(1001), measure: 'm'.repeat(301) })).toEqual({
      ok: false,
      problems: [
        { field: 'title', problem: 'too_long', max: 150, length: 151 },
        { field: 'why', problem: 'too_long', max: 1000, length: 1001 },
        { field: 'measure', problem: 'too_long', max: 300, length: 301 },
      ],
    });
  });

  it('when a required text is blank or the period unknown, then the field is named', () => {
    expect(form({ why: '   ', period: 'fortnight' })).toEqual({
      ok: false,
      problems: [
        { field: 'why', problem: 'required' },
        { field: 'period', problem: 'period_kind' },
      ],
    });
  });

  it('when a key result is proposed, then its target must be a positive number, its unit short and its due date inside the goal', () => {
    expect(
      validateKeyResultForm(
        { title: 'Visit twice', target: '40', unit: 'visits', due: '2026-12-15', owner: 'U0ANNA' },
        goal,
      ),
    ).toEqual({
      ok: true,
      value: { title: 'Visit twice', target: 40, unit: 'visits', dueDate: '2026-12-15', ownerSlackUserId: 'U0ANNA' },
    });
    expect(validateKeyResultForm({ title: 'x', target: '12.5', unit: '%' }, goal)).toMatchObject({
      ok: true,
      value: { target: 12.5, dueDate: null, ownerSlackUserId: null },
    });
    expect(validateKeyResultForm({ title: 'x', target: '0', unit: 'u' }, goal)).toEqual({
      ok: false,
      problems: [{ field: 'target', problem: 'positive' }],
    });
    expect(validateKeyResultForm({ title: 'x', target: 'lots', unit: 'u' }, goal)).toEqual({
      ok: false,
      problems: [{ field: 'target', problem: 'number' }],
    });
    expect(validateKeyResultForm({ title: 'x', target: '1', unit: 'u'.repeat(21) }, goal)).toEqual({
      ok: false,
      problems: [{ field: 'unit', problem: 'too_long', max: 20, length: 21 }],
    });
    expect(validateKeyResultForm({ title: 'x', target: '1', unit: 'u', due: '2027-01-05' }, goal)).toEqual({
      ok: false,
      problems: [{ field: 'due', problem: 'due_outside' }],
    });
  });

  it('when a leader asks for a change, then the comment is required and at most 500 characters', () => {
    expect(validateComment(' Aim for 8 ')).toEqual({ ok: true, value: 'Aim for 8' });
    expect(validateComment('')).toEqual({ ok: false, problems: [{ field: 'comment', problem: 'required' }] });
    expect(validateComment('c'.repeat(501))).toEqual({
      ok: false,
      problems: [{ field: 'comment', problem: 'too_long', max: 500, length: 501 }],
    });
  });

  it('when progress is entered, then value and confidence go together, confidence is 1–10 and empty means no update', () => {
    expect(validateProgress('k1', {})).toEqual({ ok: true, value: null });
    expect(validateProgress('k1', { value: '30', confidence: '7', note: ' ok ' })).toEqual({
      ok: true,
      value: { keyResultId: 'k1', value: 30, confidence: 7, note: 'ok' },
    });
    expect(validateProgress('k1', { value: '30' })).toEqual({
      ok: false,
      problems: [{ field: 'confidence', problem: 'required' }],
    });
    expect(validateProgress('k1', { confidence: '5' })).toEqual({
      ok: false,
      problems: [{ field: 'value', problem: 'required' }],
    });
    expect(validateProgress('k1', { value: '30', confidence: '11' })).toEqual({
      ok: false,
      problems: [{ field: 'confidence', problem: 'confidence' }],
    });
    expect(validateProgress('k1', { value: '30', confidence: '5', note: 'n'.repeat(501) })).toEqual({
      ok: false,
      problems: [{ field: 'note', problem: 'too_long', max: 500, length: 501 }],
    });
  });
});

describe('progress arithmetic', () => {
  it('when two updates are compared, then the trend is up, down or flat; a first update has none', () => {
    expect(trendOf({ value: 5 }, { value: 3 })).toBe('up');
    expect(trendOf({ value: 2 }, { value: 3 })).toBe('down');
    expect(trendOf({ value: 3 }, { value: 3 })).toBe('flat');
    expect(trendOf({ value: 3 }, null)).toBeNull();
  });

  it('when progress is summed up, then each key result counts up to 100% and missing updates count as 0', () => {
    expect(percentOf(25, 40)).toBe(63);
    expect(
      goalPercent([
        { value: 25, target: 40 },
        { value: 12, target: 8 },
      ]),
    ).toBe(82);
    expect(
      goalPercent([
        { value: null, target: 10 },
        { value: 10, target: 10 },
      ]),
    ).toBe(50);
    expect(goalPercent([])).toBeNull();
    expect(meanConfidence([6, 9])).toBe(7.5);
    expect(meanConfidence([])).toBeNull();
  });
});

describe('/goal command text', () => {
  it('when the command names a known action in English or Chinese, then it is understood', () => {
    expect(parseGoalCommand('')).toEqual({ kind: 'help' });
    expect(parseGoalCommand('new  Serve every shop')).toEqual({ kind: 'new', title: 'Serve every shop' });
    expect(parseGoalCommand('新建')).toEqual({ kind: 'new', title: '' });
    expect(parseGoalCommand('UPDATE')).toEqual({ kind: 'update' });
    expect(parseGoalCommand('列表')).toEqual({ kind: 'list' });
  });

  it('when the command is unknown or the title too long, then the error says so without echoing markup', () => {
    try {
      parseGoalCommand('<!channel> now');
      expect.unreachable();
    } catch (error) {
      expect(isAppError(error) && error.params).toEqual({ word: '&lt;!channel&gt;' });
    }
    expect(() => parseGoalCommand(`new ${'t'.repeat(151)}`)).toThrow(/text_too_long/);
  });

  it('when the word is a name every object has (constructor, __proto__, toString), then it is an unknown command, not a crash', () => {
    // Shown back inert: the underscores at a word's edge could start italics.
    const shown: Array<[string, string]> = [
      ['constructor', 'constructor'],
      ['__proto__', '＿＿proto＿＿'],
      ['toString', 'toString'],
      ['hasOwnProperty', 'hasOwnProperty'],
    ];
    for (const [word, inertWord] of shown) {
      expect(() => parseGoalCommand(word)).toThrow(
        expect.objectContaining({ messageKey: 'goal.command.unknown', params: { word: inertWord } }),
      );
    }
  });
});
