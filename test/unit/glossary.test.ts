import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { roleStarter } from '../../src/i18n/zh-CN/role-starter.ts';
import { zhCN } from '../../src/i18n/zh-CN.ts';

/** docs/glossary.md: one word for one idea. The team leader is 领导; these say the same and are not used. */
const REJECTED_FOR_LEADER = ['负责人', '带头人', '上司', '主管', '组长'];

/** Other ideas whose rejected words must not come back (docs/glossary.md, last column). */
const REJECTED = [
  ...REJECTED_FOR_LEADER,
  '组员',
  '队员',
  '岗位说明',
  '打卡',
  '阻碍',
  '障碍',
  '点赞',
  '表扬',
  '咖啡小组',
];

const starterTexts = Object.values(roleStarter).flatMap((card) => [
  card.title,
  card.purpose,
  ...card.duties,
  card.authority,
  card.guidelines,
  ...card.handoffs.map((h) => h.what),
]);

describe('glossary', () => {
  it('when the zh-CN catalogs and starter role cards are read, then no rejected word appears', () => {
    const offenders = [
      ...Object.entries(zhCN),
      ...starterTexts.map((text, i) => [`starter #${i}`, text] as const),
    ].flatMap(([key, text]) => REJECTED.filter((word) => text.includes(word)).map((word) => `${key}: ${word}`));
    expect(offenders).toEqual([]);
  });

  it('when the zh-CN catalogs speak of the leader, then they use 领导', () => {
    expect(zhCN['common.error.not_leader']).toContain('领导');
    expect(zhCN['hexin.members.leader']).toBe('领导');
  });

  it('when the glossary is read, then it names 领导 for the leader and lists every rejected word', () => {
    const glossary = readFileSync(new URL('../../docs/glossary.md', import.meta.url), 'utf8');
    const leaderRow = glossary.split('\n').find((line) => line.startsWith('| leader |'));
    expect(leaderRow).toContain('领导');
    for (const word of REJECTED_FOR_LEADER) expect(leaderRow).toContain(word);
  });
});
