import { describe, expect, it } from 'vitest';
import {
  ANSWER_MAX_LENGTH,
  blockerText,
  DEFAULT_QUESTIONS,
  validateAnswers,
  type QuestionId,
} from '../../src/domain/checkins/questions.ts';

const ALL: readonly QuestionId[] = ['yesterday', 'today', 'blockers', 'mood', 'shops', 'issues'];

const complete = { yesterday: 'Visited 3 shops', today: 'Call suppliers', mood: '4' };

describe('validateAnswers: required answers', () => {
  it('when every default question is empty, then yesterday, today and mood are reported as required', () => {
    expect(validateAnswers(DEFAULT_QUESTIONS, {})).toEqual({
      ok: false,
      problems: [
        { question: 'yesterday', problem: 'required' },
        { question: 'today', problem: 'required' },
        { question: 'mood', problem: 'required' },
      ],
    });
  });

  it('when an answer is only whitespace, then it counts as missing', () => {
    expect(validateAnswers(['today'], { today: '   \n\t ' })).toEqual({
      ok: false,
      problems: [{ question: 'today', problem: 'required' }],
    });
  });

  it('when the required answers are given and blockers is empty, then the answers are accepted without blockers', () => {
    expect(validateAnswers(DEFAULT_QUESTIONS, { ...complete, blockers: '' })).toEqual({
      ok: true,
      answers: { yesterday: 'Visited 3 shops', today: 'Call suppliers', mood: 4 },
    });
  });

  it('when issues is empty on a route team, then it is accepted as optional', () => {
    expect(validateAnswers(['shops', 'issues'], { shops: '7' })).toEqual({ ok: true, answers: { shops: 7 } });
  });

  it('when shops is empty, then it is required', () => {
    expect(validateAnswers(['shops'], { shops: '' })).toEqual({
      ok: false,
      problems: [{ question: 'shops', problem: 'required' }],
    });
  });

  it('when text answers have surrounding whitespace, then they are stored trimmed', () => {
    expect(validateAnswers(['today'], { today: '  plan the route  ' })).toEqual({
      ok: true,
      answers: { today: 'plan the route' },
    });
  });

  it('when raw values include questions the team does not ask, then they are left out', () => {
    expect(validateAnswers(['today'], { today: 'work', issues: 'ignored', mood: '9' })).toEqual({
      ok: true,
      answers: { today: 'work' },
    });
  });
});

describe('validateAnswers: mood', () => {
  for (const mood of [1, 2, 3, 4, 5]) {
    it(`when mood is '${mood}', then it is stored as the number ${mood}`, () => {
      expect(validateAnswers(['mood'], { mood: String(mood) })).toEqual({ ok: true, answers: { mood } });
    });
  }

  for (const bad of ['6', '0', 'x', '2.5', '-1']) {
    it(`when mood is '${bad}', then it is rejected as a mood problem`, () => {
      expect(validateAnswers(['mood'], { mood: bad })).toEqual({
        ok: false,
        problems: [{ question: 'mood', problem: 'mood' }],
      });
    });
  }
});

describe('validateAnswers: count', () => {
  it("when shops is '12', then it is stored as the number 12", () => {
    expect(validateAnswers(['shops'], { shops: '12' })).toEqual({ ok: true, answers: { shops: 12 } });
  });

  it("when shops is '0', then it is stored as 0", () => {
    expect(validateAnswers(['shops'], { shops: '0' })).toEqual({ ok: true, answers: { shops: 0 } });
  });

  it("when shops is '999999', then it is accepted", () => {
    expect(validateAnswers(['shops'], { shops: '999999' })).toEqual({ ok: true, answers: { shops: 999999 } });
  });

  for (const bad of ['1.5', '-3', 'twelve', '1e3', '1234567', '12 shops']) {
    it(`when shops is '${bad}', then it is rejected as a number problem`, () => {
      expect(validateAnswers(['shops'], { shops: bad })).toEqual({
        ok: false,
        problems: [{ question: 'shops', problem: 'number' }],
      });
    });
  }
});

describe('validateAnswers: text length', () => {
  it('when a text answer has exactly ANSWER_MAX_LENGTH characters, then it is accepted', () => {
    const text = 'a'.repeat(ANSWER_MAX_LENGTH);
    expect(validateAnswers(['today'], { today: text })).toEqual({ ok: true, answers: { today: text } });
  });

  it('when a text answer has one character more than ANSWER_MAX_LENGTH, then it is too long with its length', () => {
    expect(validateAnswers(['today'], { today: 'a'.repeat(ANSWER_MAX_LENGTH + 1) })).toEqual({
      ok: false,
      problems: [{ question: 'today', problem: 'too_long', length: ANSWER_MAX_LENGTH + 1 }],
    });
  });

  it('when a Chinese answer has ANSWER_MAX_LENGTH characters, then it is accepted', () => {
    const text = '拜访零售户'.repeat(ANSWER_MAX_LENGTH / 5);
    expect(Array.from(text)).toHaveLength(ANSWER_MAX_LENGTH);
    expect(validateAnswers(['yesterday'], { yesterday: text })).toEqual({ ok: true, answers: { yesterday: text } });
  });

  it('when a Chinese answer has one character too many, then it is too long and its length counts characters', () => {
    const text = '好'.repeat(ANSWER_MAX_LENGTH + 1);
    expect(validateAnswers(['yesterday'], { yesterday: text })).toEqual({
      ok: false,
      problems: [{ question: 'yesterday', problem: 'too_long', length: ANSWER_MAX_LENGTH + 1 }],
    });
  });

  it('when an emoji answer has ANSWER_MAX_LENGTH characters (twice as many UTF-16 units), then it is accepted', () => {
    const text = '😀'.repeat(ANSWER_MAX_LENGTH);
    expect(text.length).toBe(ANSWER_MAX_LENGTH * 2);
    expect(validateAnswers(['today'], { today: text })).toEqual({ ok: true, answers: { today: text } });
  });

  it('when an optional answer is too long, then it is still reported', () => {
    expect(validateAnswers(['blockers'], { blockers: 'b'.repeat(ANSWER_MAX_LENGTH + 10) })).toEqual({
      ok: false,
      problems: [{ question: 'blockers', problem: 'too_long', length: ANSWER_MAX_LENGTH + 10 }],
    });
  });
});

describe('validateAnswers: several problems', () => {
  it('when several answers are wrong, then every problem is reported at once in question order', () => {
    const result = validateAnswers(ALL, {
      yesterday: '',
      today: 'x'.repeat(ANSWER_MAX_LENGTH + 2),
      blockers: '',
      mood: 'x',
      shops: '1.5',
      issues: '',
    });
    expect(result).toEqual({
      ok: false,
      problems: [
        { question: 'yesterday', problem: 'required' },
        { question: 'today', problem: 'too_long', length: ANSWER_MAX_LENGTH + 2 },
        { question: 'mood', problem: 'mood' },
        { question: 'shops', problem: 'number' },
      ],
    });
  });

  it('when all six questions are answered correctly, then every answer is typed', () => {
    expect(
      validateAnswers(ALL, { yesterday: 'a', today: 'b', blockers: 'c', mood: '5', shops: '12', issues: 'd' }),
    ).toEqual({ ok: true, answers: { yesterday: 'a', today: 'b', blockers: 'c', mood: 5, shops: 12, issues: 'd' } });
  });
});

describe('blockerText', () => {
  for (const nothing of [
    'none',
    'None',
    'NONE.',
    '无',
    '没有',
    ' - ',
    '---',
    'n/a',
    'N/A',
    'no',
    'nothing!',
    '暂无',
    '没有。',
    '',
  ]) {
    it(`when the blocker is ${JSON.stringify(nothing)}, then there is no blocker`, () => {
      expect(blockerText({ blockers: nothing })).toBeNull();
    });
  }

  it('when the blocker is real text with spaces around it, then the trimmed text is returned', () => {
    expect(blockerText({ blockers: '  Waiting for the price list from finance  ' })).toBe(
      'Waiting for the price list from finance',
    );
  });

  it('when the blocker is Chinese text, then it is returned', () => {
    expect(blockerText({ blockers: '系统登录不了，需要IT帮忙' })).toBe('系统登录不了，需要IT帮忙');
  });

  it('when the blocker starts with "no" but says more, then it is a real blocker', () => {
    expect(blockerText({ blockers: 'no access to the CRM' })).toBe('no access to the CRM');
  });

  it('when the blocker starts with 没有 but says more, then it is a real blocker', () => {
    expect(blockerText({ blockers: '没有样品可以给客户' })).toBe('没有样品可以给客户');
  });

  it('when there is no blockers answer, then there is no blocker', () => {
    expect(blockerText({ today: 'work' })).toBeNull();
  });

  it('when the blockers value is a number, then there is no blocker', () => {
    expect(blockerText({ blockers: 3 })).toBeNull();
  });
});
