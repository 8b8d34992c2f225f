import { describe, expect, it } from 'vitest';
import {
  ICEBREAKER_BANK,
  ICEBREAKER_THEMES,
  type IcebreakerChoice,
  icebreakersOfTheme,
  isIcebreakerId,
  keyOf,
  nextIcebreaker,
} from '../../src/domain/informal/icebreakers.ts';
import { en } from '../../src/i18n/en.ts';
import { zhCN } from '../../src/i18n/zh-CN.ts';

const hasChinese = (text: string) => /[\u4e00-\u9fff]/.test(text);
const wording = (catalog: Record<string, string>, id: string) => catalog[`informal.icebreaker.q.${id}`];
const bankKeys = ICEBREAKER_BANK.map((q) => `bank:${q.id}`);

/** Asks `times` questions one after another, feeding each one back as asked; returns their keys. */
function askInTurn(
  times: number,
  options: { seed: string; custom?: { id: string }[]; asked?: string[]; addAfter?: Record<number, { id: string }> },
): string[] {
  const asked = [...(options.asked ?? [])];
  const custom = [...(options.custom ?? [])];
  const posted: string[] = [];
  for (let i = 0; i < times; i += 1) {
    const added = options.addAfter?.[i];
    if (added) custom.push(added);
    const key = keyOf(nextIcebreaker({ asked, custom, seed: options.seed }));
    asked.push(key);
    posted.push(key);
  }
  return posted;
}

describe('icebreaker bank', () => {
  it('when the bank is read, then it holds at least 40 questions with unique ids, and every theme has at least 6', () => {
    expect(ICEBREAKER_BANK.length).toBeGreaterThanOrEqual(40);
    expect(new Set(ICEBREAKER_BANK.map((q) => q.id)).size).toBe(ICEBREAKER_BANK.length);
    expect(ICEBREAKER_THEMES).toEqual(['customers', 'route', 'learning', 'team', 'personal']);
    for (const theme of ICEBREAKER_THEMES) expect(icebreakersOfTheme(theme).length, theme).toBeGreaterThanOrEqual(6);
    expect(ICEBREAKER_THEMES.reduce((sum, theme) => sum + icebreakersOfTheme(theme).length, 0)).toBe(
      ICEBREAKER_BANK.length,
    );
  });

  it('when an id is checked, then bank ids are recognised and others are not', () => {
    for (const question of ICEBREAKER_BANK) expect(isIcebreakerId(question.id)).toBe(true);
    expect(isIcebreakerId('customers_99')).toBe(false);
    expect(isIcebreakerId('')).toBe(false);
  });

  it('when every question is looked up in both catalogs, then it has short wording without Slack markup, English in English and Chinese in Chinese', () => {
    for (const { id } of ICEBREAKER_BANK) {
      for (const [locale, catalog] of [
        ['en', en],
        ['zh-CN', zhCN],
      ] as const) {
        const text = wording(catalog, id);
        expect(text, `${locale}:${id}`).toBeDefined();
        expect(text!.trim(), `${locale}:${id}`).not.toBe('');
        expect(text!.length, `${locale}:${id}`).toBeLessThanOrEqual(300);
        expect(text, `${locale}:${id}`).not.toMatch(/[<>*_~`]/);
      }
      expect(wording(en, id), id).toMatch(/[A-Za-z]{3}/);
      expect(hasChinese(wording(zhCN, id)!), id).toBe(true);
    }
  });

  it('when the questions are compared, then no wording repeats in either language, and the catalogs hold no question the bank lacks', () => {
    for (const catalog of [en, zhCN]) {
      const texts = ICEBREAKER_BANK.map((q) => wording(catalog, q.id));
      expect(new Set(texts).size).toBe(texts.length);
      const keys = Object.keys(catalog).filter((key) => key.startsWith('informal.icebreaker.q.'));
      expect(keys.sort()).toEqual(ICEBREAKER_BANK.map((q) => `informal.icebreaker.q.${q.id}`).sort());
    }
  });

  it('when the Chinese questions about the team are read, then they use the study’s own words', () => {
    expect(wording(zhCN, 'team_1')).toContain('合心');
    expect(wording(zhCN, 'team_2')).toContain('全员服务');
    expect(wording(zhCN, 'team_4')).toContain('尊重');
    expect(wording(zhCN, 'team_5')).toContain('信任');
  });
});

describe('icebreaker rotation', () => {
  it('when a choice is turned into a key, then it is its kind and id', () => {
    expect(keyOf({ kind: 'bank', id: 'route_2' })).toBe('bank:route_2');
    expect(keyOf({ kind: 'custom', id: 'q-17' })).toBe('custom:q-17');
  });

  it('when questions are asked one after another, then none repeats until the whole bank and the team’s own have been asked', () => {
    const custom = [{ id: 'c1' }, { id: 'c2' }, { id: 'c3' }];
    const total = ICEBREAKER_BANK.length + custom.length;
    const posted = askInTurn(total * 3, { seed: 'team-a', custom });
    const everything = [...bankKeys, 'custom:c1', 'custom:c2', 'custom:c3'].sort();
    for (let cycle = 0; cycle < 3; cycle += 1) {
      expect([...posted.slice(cycle * total, (cycle + 1) * total)].sort(), `cycle ${cycle}`).toEqual(everything);
    }
  });

  it('when a team has its own questions, then they come before the bank’s in every cycle, oldest first the first time', () => {
    const custom = [{ id: 'old' }, { id: 'new' }];
    const total = ICEBREAKER_BANK.length + custom.length;
    const posted = askInTurn(total * 2, { seed: 'team-a', custom });
    expect(posted.slice(0, 2)).toEqual(['custom:old', 'custom:new']);
    expect([...posted.slice(total, total + 2)].sort()).toEqual(['custom:new', 'custom:old']);
  });

  it('when a custom question is added mid-cycle, then it is asked next, before the bank questions left, and the cycle still covers everything once', () => {
    const total = ICEBREAKER_BANK.length + 1;
    const posted = askInTurn(total, { seed: 'team-a', addAfter: { 10: { id: 'added' } } });
    expect(posted.slice(0, 10).every((key) => key.startsWith('bank:'))).toBe(true);
    expect(posted[10]).toBe('custom:added');
    expect([...posted].sort()).toEqual([...bankKeys, 'custom:added'].sort());
  });

  it('when the whole bank was asked before a custom question was added, then the custom question is asked next and then a new cycle starts', () => {
    const firstCycle = askInTurn(ICEBREAKER_BANK.length, { seed: 'team-a' });
    const custom = [{ id: 'late' }];
    const next = askInTurn(ICEBREAKER_BANK.length + 2, { seed: 'team-a', custom, asked: firstCycle });
    expect(next[0]).toBe('custom:late');
    expect(next[1]).toBe('custom:late');
    expect([...next.slice(1)].sort()).toEqual([...bankKeys, 'custom:late'].sort());
  });

  it('when the asked list holds deleted custom questions, then they are ignored and never asked again', () => {
    const history = askInTurn(20, { seed: 'team-a', custom: [{ id: 'gone' }, { id: 'kept' }] });
    expect(history.slice(0, 2)).toEqual(['custom:gone', 'custom:kept']);
    const custom = [{ id: 'kept' }];
    const withDeleted = askInTurn(ICEBREAKER_BANK.length + 1 - 19, { seed: 'team-a', custom, asked: history });
    const withoutDeleted = askInTurn(ICEBREAKER_BANK.length + 1 - 19, {
      seed: 'team-a',
      custom,
      asked: history.filter((key) => key !== 'custom:gone'),
    });
    expect(withDeleted).toEqual(withoutDeleted);
    expect(withDeleted).not.toContain('custom:gone');
    expect([...history.slice(1), ...withDeleted].sort()).toEqual([...bankKeys, 'custom:kept'].sort());
    expect(nextIcebreaker({ asked: ['custom:gone', 'bank:nothing_here'], custom: [], seed: 'team-a' })).toEqual(
      nextIcebreaker({ asked: [], custom: [], seed: 'team-a' }),
    );
  });

  it('when the same team asks again with the same history, then it gets the same question', () => {
    const asked = askInTurn(7, { seed: 'team-a' });
    const input = { asked, custom: [{ id: 'c1' }], seed: 'team-a' };
    const first: IcebreakerChoice = nextIcebreaker(input);
    expect(nextIcebreaker(input)).toEqual(first);
    expect(askInTurn(ICEBREAKER_BANK.length, { seed: 'team-a' })).toEqual(
      askInTurn(ICEBREAKER_BANK.length, { seed: 'team-a' }),
    );
  });

  it('when two teams have different seeds, or one team starts a new cycle, then the order differs', () => {
    const n = ICEBREAKER_BANK.length;
    const teamA = askInTurn(n * 2, { seed: 'team-a' });
    const teamB = askInTurn(n, { seed: 'team-b' });
    expect(teamB).not.toEqual(teamA.slice(0, n));
    expect(teamA.slice(n)).not.toEqual(teamA.slice(0, n));
    expect([...teamB].sort()).toEqual([...bankKeys].sort());
  });
});
