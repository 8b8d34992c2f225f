import { describe, expect, it } from 'vitest';
import { findQuestion, PULSE_BANK, questionsOfTrait } from '../../src/domain/pulse/bank.ts';
import { QUESTIONS_PER_ROUND, questionsForRound } from '../../src/domain/pulse/rotation.ts';
import { TRAITS } from '../../src/domain/pulse/traits.ts';
import { en } from '../../src/i18n/en.ts';
import { zhCN } from '../../src/i18n/zh-CN.ts';

const hasChinese = (text: string) => /[\u4e00-\u9fff]/.test(text);

describe('pulse question bank', () => {
  it('when the bank is read, then each of the eight traits and respect and trust has the same number of questions, at least two', () => {
    expect(TRAITS).toEqual([
      'goals',
      'roles',
      'skills',
      'procedures',
      'communication',
      'culture',
      'coaching',
      'support',
      'respect',
      'trust',
    ]);
    const sizes = TRAITS.map((trait) => questionsOfTrait(trait).length);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(2);
    expect(new Set(sizes).size).toBe(1);
    expect(PULSE_BANK.length).toBe(sizes.reduce((a, b) => a + b, 0));
  });

  it('when question ids are listed, then they are unique and each maps back to its trait', () => {
    expect(new Set(PULSE_BANK.map((q) => q.id)).size).toBe(PULSE_BANK.length);
    for (const question of PULSE_BANK) expect(findQuestion(question.id)).toEqual(question);
    expect(findQuestion('no_such_question')).toBeNull();
  });

  it('when every question and trait is looked up in both catalogs, then English is English, Chinese is Chinese, and no text repeats', () => {
    const keys = [
      ...PULSE_BANK.map((q) => `pulse.q.${q.id}`),
      ...TRAITS.map((trait) => `pulse.trait.${trait}`),
    ] as Array<keyof typeof en>;
    for (const key of keys) {
      expect(en[key], key).toMatch(/[A-Za-z]{3}/);
      expect(hasChinese(zhCN[key]), key).toBe(true);
    }
    const questionTexts = PULSE_BANK.map((q) => en[`pulse.q.${q.id}` as keyof typeof en]);
    expect(new Set(questionTexts).size).toBe(questionTexts.length);
    const zhTexts = PULSE_BANK.map((q) => zhCN[`pulse.q.${q.id}` as keyof typeof en]);
    expect(new Set(zhTexts).size).toBe(zhTexts.length);
  });

  it('when the Chinese questions are read, then they use the study’s own words for its traits', () => {
    const zh = (id: string) => zhCN[`pulse.q.${id}` as keyof typeof en];
    expect(zh('goals_1')).toContain('目标');
    expect(zh('roles_2')).toContain('在自己的职位范围内找事情做');
    expect(zh('coaching_1')).toContain('教练');
    expect(zh('culture_1')).toContain('全员服务');
    expect(zh('culture_2')).toContain('合心');
    expect(zh('respect_1')).toContain('尊重');
    expect(zh('trust_1')).toContain('相互信任');
  });
});

describe('pulse rotation', () => {
  const traitsOf = (round: number) => questionsForRound(round).map((q) => q.trait);

  it('when a round is planned, then it asks three questions of three different traits', () => {
    for (let round = 0; round < 50; round += 1) {
      expect(questionsForRound(round)).toHaveLength(QUESTIONS_PER_ROUND);
      expect(new Set(traitsOf(round)).size).toBe(QUESTIONS_PER_ROUND);
    }
  });

  it('when successive rounds are planned, then no trait of one round comes up in the next', () => {
    for (let round = 0; round < 50; round += 1) {
      const next = new Set(traitsOf(round + 1));
      expect(
        traitsOf(round).filter((trait) => next.has(trait)),
        `rounds ${round} and ${round + 1}`,
      ).toEqual([]);
    }
  });

  it('when rounds follow one another, then no question repeats until every question of the bank has been asked', () => {
    const asked: string[] = [];
    for (let round = 0; asked.length < PULSE_BANK.length * 3; round += 1)
      asked.push(...questionsForRound(round).map((q) => q.id));
    for (let start = 0; start + PULSE_BANK.length <= asked.length; start += PULSE_BANK.length) {
      expect(new Set(asked.slice(start, start + PULSE_BANK.length)).size).toBe(PULSE_BANK.length);
    }
  });

  it('when the same round number is asked twice, then the same questions come back, and the first rounds go round the traits in order', () => {
    expect(questionsForRound(4)).toEqual(questionsForRound(4));
    expect(traitsOf(0)).toEqual(['goals', 'roles', 'skills']);
    expect(traitsOf(1)).toEqual(['procedures', 'communication', 'culture']);
    expect(traitsOf(3)).toEqual(['trust', 'goals', 'roles']);
    expect(questionsForRound(3).map((q) => q.id)).toEqual(['trust_1', 'goals_2', 'roles_2']);
  });

  it('when a negative or fractional round number is given, then it is refused', () => {
    expect(() => questionsForRound(-1)).toThrow(RangeError);
    expect(() => questionsForRound(1.5)).toThrow(RangeError);
  });
});
