import { describe, expect, it } from 'vitest';
import { analyzeRoles } from '../../src/domain/roles/analysis.ts';
import { validatePosition, type RawPosition } from '../../src/domain/roles/draft.ts';
import type { KeyResultRef, Position } from '../../src/domain/roles/model.ts';
import { holdersOfDutyMatching } from '../../src/domain/roles/service.ts';
import { inLocale, keepStarterDuties, starterPositions } from '../../src/domain/roles/starter.ts';
import {
  bestDutyMatches,
  dutyMatch,
  linesOf,
  normalizeDuty,
  ROLE_LIMITS,
  splitHandoff,
} from '../../src/domain/roles/text.ts';
import type { Member } from '../../src/domain/teams/model.ts';

const member = (id: string, extra: Partial<Member> = {}): Member => ({
  id,
  teamId: 'team',
  slackUserId: `U${id.toUpperCase()}`,
  displayName: id,
  timeZone: null,
  locale: null,
  role: 'member',
  active: true,
  checkinOptOut: false,
  ...extra,
});

let dutySeq = 0;
const position = (id: string, duties: string[], holders: Member[] = [], title = id): Position => ({
  id,
  teamId: 'team',
  title,
  purpose: '',
  authority: '',
  guidelines: '',
  duties: duties.map((text) => {
    dutySeq += 1;
    return { id: `${id}-d${dutySeq}`, positionId: id, text, normalized: normalizeDuty(text) };
  }),
  handoffsOut: [],
  handoffsIn: [],
  holders,
  starterKey: null,
});

describe('normalizeDuty', () => {
  it('when two English duties differ in case, spacing and punctuation, then they normalise the same', () => {
    expect(normalizeDuty('Handle customer complaints.')).toBe(normalizeDuty('handle  customer complaints'));
    expect(normalizeDuty('Handle customer-complaints!')).toBe('handlecustomercomplaints');
  });

  it('when a Chinese duty uses full-width punctuation and spaces, then it normalises like the plain one', () => {
    expect(normalizeDuty('处理，客户投诉！')).toBe(normalizeDuty('处理客户投诉。'));
    expect(normalizeDuty('处理　客户投诉')).toBe('处理客户投诉');
  });

  it('when letters or digits are full-width, then they fold to half-width', () => {
    expect(normalizeDuty('ＶＩＰ客户　走访２次')).toBe('vip客户走访2次');
  });

  it('when two duties say different things, then they stay different', () => {
    expect(normalizeDuty('Handle customer complaints')).not.toBe(normalizeDuty('Register customer complaints'));
  });
});

describe('linesOf and splitHandoff', () => {
  it('when lines carry list markers and blank lines, then only the words remain', () => {
    expect(linesOf('- Visit shops\n\n• Take orders\n2. Coach\n3、带教新人\n（4）回访  ')).toEqual([
      'Visit shops',
      'Take orders',
      'Coach',
      '带教新人',
      '回访',
    ]);
  });

  it('when a hand-off uses a half-width or full-width colon, then title and what are split at the first one', () => {
    expect(splitHandoff('Team leader: plans: to approve')).toEqual({ title: 'Team leader', what: 'plans: to approve' });
    expect(splitHandoff('服务与投诉协调员：现场无法解决的投诉')).toEqual({
      title: '服务与投诉协调员',
      what: '现场无法解决的投诉',
    });
  });

  it('when a hand-off has no colon or an empty side, then it is not a hand-off', () => {
    expect(splitHandoff('Team leader plans')).toBeNull();
    expect(splitHandoff('Team leader:')).toBeNull();
    expect(splitHandoff(': plans')).toBeNull();
  });
});

describe('analyzeRoles: overlaps', () => {
  const anna = member('anna');
  const bo = member('bo');

  it('when two positions hold the same duty written differently, then one overlap names both', () => {
    const a = position('manager', ['Handle customer complaints.', 'Visit shops'], [anna]);
    const b = position('coordinator', ['handle  customer complaints'], [bo]);
    const findings = analyzeRoles({ positions: [a, b], members: [anna, bo], judgements: [], keyResults: [] });
    expect(findings).toEqual([
      {
        kind: 'overlap',
        subject: {
          dutyA: {
            id: a.duties[0]!.id,
            text: 'Handle customer complaints.',
            positionId: 'manager',
            positionTitle: 'manager',
          },
          dutyB: {
            id: b.duties[0]!.id,
            text: 'handle  customer complaints',
            positionId: 'coordinator',
            positionTitle: 'coordinator',
          },
          confirmed: false,
        },
      },
    ]);
  });

  it('when the leader marked the pair "not the same", then there is no overlap', () => {
    const a = position('manager', ['处理客户投诉。'], [anna]);
    const b = position('coordinator', ['处理，客户投诉！'], [bo]);
    const judgements = [{ dutyAId: b.duties[0]!.id, dutyBId: a.duties[0]!.id, same: false }];
    expect(analyzeRoles({ positions: [a, b], members: [anna, bo], judgements, keyResults: [] })).toEqual([]);
  });

  it('when the leader marked differently worded duties "the same", then they are a confirmed overlap', () => {
    const a = position('manager', ['Call customers back'], [anna]);
    const b = position('coordinator', ['Return calls to customers'], [bo]);
    const judgements = [{ dutyAId: a.duties[0]!.id, dutyBId: b.duties[0]!.id, same: true }];
    const findings = analyzeRoles({ positions: [a, b], members: [anna, bo], judgements, keyResults: [] });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ kind: 'overlap', subject: { confirmed: true } });
  });

  it('when one position repeats a duty of its own, then that is not an overlap', () => {
    const a = position('manager', ['Visit shops', 'visit shops!'], [anna]);
    expect(analyzeRoles({ positions: [a], members: [anna], judgements: [], keyResults: [] })).toEqual([]);
  });

  it('when three positions share a duty, then each pair is an overlap the leader can rule on', () => {
    const ps = ['a', 'b', 'c'].map((id) => position(id, ['Survey satisfaction'], [anna]));
    expect(
      analyzeRoles({ positions: ps, members: [anna], judgements: [], keyResults: [] }).filter(
        (f) => f.kind === 'overlap',
      ),
    ).toHaveLength(3);
  });
});

describe('analyzeRoles: gaps', () => {
  it('when a position has no active holder and a member has no position, then both are reported', () => {
    const anna = member('anna');
    const gone = member('gone', { active: false });
    const bo = member('bo');
    const findings = analyzeRoles({
      positions: [
        position('manager', ['Visit shops'], [anna]),
        position('analyst', ['Analyse orders'], [gone], 'Market analyst'),
      ],
      members: [anna, bo],
      judgements: [],
      keyResults: [],
    });
    expect(findings).toEqual([
      { kind: 'position_without_holder', subject: { positionId: 'analyst', title: 'Market analyst' } },
      { kind: 'member_without_position', subject: { memberId: 'bo', slackUserId: 'UBO', name: 'bo' } },
    ]);
  });

  const owner = member('owner');
  const manager = position('manager', ['Survey retail-customer satisfaction', 'Visit shops'], [owner]);
  const other = position('other', ['Track brand cultivation'], [member('x')]);
  const kr = (extra: Partial<KeyResultRef>): KeyResultRef => ({
    id: 'kr1',
    goalId: 'g1',
    teamId: 'team',
    title: 'Open 3 new shops',
    ownerId: 'owner',
    dutyId: null,
    ...extra,
  });
  const analyse = (
    keyResult: KeyResultRef,
    judgements: Array<{ dutyAId: string; dutyBId: string; same: boolean }> = [],
  ) =>
    analyzeRoles({
      positions: [manager, other],
      members: [owner, ...other.holders],
      judgements,
      keyResults: [keyResult],
    }).filter((f) => f.kind === 'key_result_without_duty');

  it('when an accepted key result is linked to a duty of its owner’s position, then it is covered', () => {
    expect(analyse(kr({ dutyId: manager.duties[1]!.id }))).toEqual([]);
  });

  it('when it is linked to another position’s duty, then it is a gap naming the owner’s positions', () => {
    expect(analyse(kr({ dutyId: other.duties[0]!.id }))).toEqual([
      {
        kind: 'key_result_without_duty',
        subject: {
          keyResultId: 'kr1',
          goalId: 'g1',
          title: 'Open 3 new shops',
          ownerId: 'owner',
          ownerName: 'owner',
          positions: [{ id: 'manager', title: 'manager' }],
          linkedDutyId: other.duties[0]!.id,
        },
      },
    ]);
  });

  it('when it is linked to another position’s duty the leader ruled the same as the owner’s, then it is covered', () => {
    expect(
      analyse(kr({ dutyId: other.duties[0]!.id }), [
        { dutyAId: other.duties[0]!.id, dutyBId: manager.duties[1]!.id, same: true },
      ]),
    ).toEqual([]);
  });

  it('when it is not linked but its words match a duty of the owner, then it is covered; when they match none, it is a gap', () => {
    expect(analyse(kr({ title: 'Raise retail-customer satisfaction to 90%' }))).toEqual([]);
    expect(analyse(kr({ title: 'Open 3 new shops' }))).toHaveLength(1);
  });

  it('when the key result has no owner, or the owner left, then there is nothing to cover', () => {
    expect(analyse(kr({ ownerId: null }))).toEqual([]);
    expect(analyse(kr({ ownerId: 'someone-gone' }))).toEqual([]);
  });
});

describe('validatePosition', () => {
  const anna = member('anna');
  const leader = position('lead', ['Coach'], [], 'Team leader');
  const raw = (extra: Partial<RawPosition>): RawPosition => ({
    title: 'Customer manager',
    purpose: '',
    duties: '',
    authority: '',
    guidelines: '',
    handoffs: '',
    holders: [],
    ...extra,
  });
  const check = (extra: Partial<RawPosition>, editingId: string | null = null) =>
    validatePosition(raw(extra), { positions: [leader], editingId, members: [anna] });

  it('when a card is written well, then duties are one per line without repeats, hand-offs resolve to positions and holders to members', () => {
    const result = check({
      duties: 'Visit shops\n- visit shops.\nTake orders',
      handoffs: 'team LEADER： plans to approve',
      holders: ['UANNA', 'UANNA'],
    });
    expect(result).toEqual({
      ok: true,
      draft: {
        title: 'Customer manager',
        purpose: '',
        authority: '',
        guidelines: '',
        duties: [
          { text: 'Visit shops', normalized: 'visitshops' },
          { text: 'Take orders', normalized: 'takeorders' },
        ],
        handoffs: [{ toId: 'lead', what: 'plans to approve' }],
        holderMemberIds: ['anna'],
      },
    });
  });

  it('when fields are past their limits, then each is reported with its maximum and length', () => {
    const result = check({ title: 'x'.repeat(81), purpose: '字'.repeat(1001), duties: `${'d'.repeat(201)}\nok` });
    expect(result).toEqual({
      ok: false,
      problems: [
        { field: 'title', problem: 'too_long', max: 80, length: 81 },
        { field: 'purpose', problem: 'too_long', max: 1000, length: 1001 },
        { field: 'duties', problem: 'line_too_long', line: 1, max: 200, length: 201 },
      ],
    });
  });

  it('when there are too many duties, then the count is reported', () => {
    const duties = Array.from({ length: ROLE_LIMITS.duties + 1 }, (_, i) => `duty ${i}`).join('\n');
    expect(check({ duties })).toMatchObject({
      ok: false,
      problems: [{ field: 'duties', problem: 'too_many', max: 30, count: 31 }],
    });
  });

  it('when the title is empty or taken, then it is refused; editing the same position keeps its own title', () => {
    expect(check({ title: '  ' })).toMatchObject({ ok: false, problems: [{ field: 'title', problem: 'required' }] });
    expect(check({ title: 'TEAM leader' })).toMatchObject({
      ok: false,
      problems: [{ field: 'title', problem: 'title_taken' }],
    });
    expect(check({ title: 'Team leader' }, 'lead')).toMatchObject({ ok: true });
  });

  it('when hand-offs are malformed, unknown or to itself, then each line is named', () => {
    const result = check({ handoffs: 'no colon here\nNobody: stuff\nCustomer manager: self' });
    expect(result).toEqual({
      ok: false,
      problems: [
        { field: 'handoffs', problem: 'handoff_format', line: 1 },
        { field: 'handoffs', problem: 'handoff_unknown', line: 2, title: 'Nobody', available: ['Team leader'] },
        { field: 'handoffs', problem: 'handoff_self', line: 3 },
      ],
    });
  });

  it('when a holder is not in the team, then the holders field says so', () => {
    expect(check({ holders: ['UANNA', 'USTRANGER'] })).toEqual({
      ok: false,
      problems: [{ field: 'holders', problem: 'holder_not_member', slackUserIds: ['USTRANGER'] }],
    });
  });
});

describe('blocker matching', () => {
  it('when a blocker mentions the words of a duty, then that duty matches and an unrelated one does not', () => {
    const duties = [
      { text: 'Register customer complaints and track each one until it is settled' },
      { text: 'Analyse sales, orders and brand data' },
    ];
    expect(
      bestDutyMatches('Two customer complaints from the north route, nobody to register them', duties).map(
        (d) => d.text,
      ),
    ).toEqual([duties[0]!.text]);
    expect(bestDutyMatches('The price list has not arrived', duties)).toEqual([]);
  });

  it('when a Chinese blocker shares words with a Chinese duty, then it matches', () => {
    expect(dutyMatch('客户投诉太多，不知道怎么处理', '登记客户投诉并跟踪至解决')).not.toBeNull();
    expect(dutyMatch('价格表还没到', '登记客户投诉并跟踪至解决')).toBeNull();
  });

  it('when only one common word is shared, then it is chance, not a match', () => {
    expect(dutyMatch('a customer called', 'Survey retail customer satisfaction')).toBeNull();
  });

  it('when the whole duty appears in the text, then it matches fully', () => {
    expect(dutyMatch('需要帮忙：回访客户', '回访客户')).toEqual({ shared: 3, share: 1 });
  });

  it('when holders are looked up, then active holders of the best-matching position come back once each', async () => {
    const anna = member('anna');
    const bo = member('bo');
    const gone = member('gone', { active: false });
    const positions = [
      position('coordinator', ['Register customer complaints and track them'], [anna, gone], 'Coordinator'),
      position('analyst', ['Analyse orders and brand data'], [bo], 'Analyst'),
    ];
    const matches = await holdersOfDutyMatching(
      { positions: async () => positions },
      'team',
      'customer complaints are piling up',
    );
    expect(matches).toEqual([
      expect.objectContaining({
        memberId: 'anna',
        slackUserId: 'UANNA',
        positionId: 'coordinator',
        positionTitle: 'Coordinator',
        dutyText: 'Register customer complaints and track them',
      }),
    ]);
    expect(await holdersOfDutyMatching({ positions: async () => positions }, 'team', 'my car broke down')).toEqual([]);
  });
});

describe('starter set', () => {
  it('when the starter set is read in either language, then it has the five positions, each with duties, authority and guidelines', () => {
    for (const locale of ['en', 'zh-CN'] as const) {
      const cards = starterPositions(locale);
      expect(cards).toHaveLength(5);
      for (const card of cards) {
        expect(card.duties.length).toBeGreaterThanOrEqual(5);
        expect(card.authority).not.toBe('');
        expect(card.guidelines).not.toBe('');
        for (const h of card.handoffs) expect(cards.map((c) => c.title)).toContain(h.toTitle);
      }
    }
    expect(starterPositions('zh-CN').map((c) => c.title)).toEqual([
      '团队领导',
      '高级客户经理',
      '客户经理',
      '市场分析员',
      '服务与投诉协调员',
    ]);
    expect(starterPositions('en').map((c) => c.title)).toContain('Service and complaints coordinator');
  });

  it('when the starter cards are analysed as written, then no duty overlaps another and every field fits its limit', () => {
    for (const locale of ['en', 'zh-CN'] as const) {
      const cards = starterPositions(locale);
      const positions = cards.map((c, i) => position(`p${i}`, c.duties, [member('m')], c.title));
      expect(analyzeRoles({ positions, members: [], judgements: [], keyResults: [] })).toEqual([]);
      for (const card of cards) {
        expect(card.title.length).toBeLessThanOrEqual(ROLE_LIMITS.title);
        expect(card.purpose.length).toBeLessThanOrEqual(ROLE_LIMITS.purpose);
        for (const duty of card.duties) expect(duty.length).toBeLessThanOrEqual(ROLE_LIMITS.dutyLine);
      }
    }
  });
});

describe('starter cards in each reader’s language', () => {
  const zh = starterPositions('zh-CN');
  const en = starterPositions('en');
  /** The starter set as `/role starter` stores it in Chinese, hand-offs included. */
  const stored: Position[] = zh.map((card) => ({
    ...position(`p-${card.key}`, card.duties, [], card.title),
    starterKey: card.key,
  }));
  for (const [i, card] of zh.entries()) {
    stored[i]!.handoffsOut = card.handoffs.map((h, j) => {
      const to = stored.find((p) => p.title === h.toTitle)!;
      return {
        id: `h${i}-${j}`,
        fromId: stored[i]!.id,
        fromTitle: card.title,
        toId: to.id,
        toTitle: to.title,
        what: h.what,
      };
    });
  }
  const manager = () => stored.find((p) => p.starterKey === 'customer_manager')!;

  it('when an English reader sees a card stored in Chinese, then title, duties and hand-offs are the English starter text, and ids are kept', () => {
    const shown = inLocale(manager(), 'en', stored);
    const english = en.find((c) => c.key === 'customer_manager')!;
    expect(shown.title).toBe('Customer manager');
    expect(shown.duties.map((d) => d.text)).toEqual(english.duties);
    expect(shown.duties.map((d) => d.id)).toEqual(manager().duties.map((d) => d.id));
    expect(shown.handoffsOut.map((h) => [h.toTitle, h.what])).toEqual(english.handoffs.map((h) => [h.toTitle, h.what]));
  });

  it('when a card was saved by a leader (no starter key), then every reader sees its stored words; only a starter card it hands to is named in the reader’s language', () => {
    const own = { ...manager(), starterKey: null, title: 'Route lead' };
    const shown = inLocale(own, 'en', stored);
    expect({ ...shown, handoffsOut: [] }).toEqual({ ...own, handoffsOut: [] });
    expect(shown.handoffsOut.map((h) => h.what)).toEqual(own.handoffsOut.map((h) => h.what));
    expect(shown.handoffsOut.map((h) => h.toTitle).sort()).toEqual([
      'Market analyst',
      'Service and complaints coordinator',
    ]);
  });

  it('when a leader saves a starter card in the other language, then each duty is marked as the stored one it rewrites, so its links follow', () => {
    const english = en.find((c) => c.key === 'customer_manager')!;
    const draft = {
      title: english.title,
      purpose: '',
      authority: '',
      guidelines: '',
      handoffs: [],
      holderMemberIds: [],
      duties: [...english.duties, 'Something new'].map((text) => ({ text, normalized: normalizeDuty(text) })),
    };
    const kept = keepStarterDuties(draft, manager());
    expect(kept.duties.map((d) => d.was)).toEqual([...manager().duties.map((d) => d.normalized), undefined]);
  });

  it('when the analysis runs on starter cards, then it reads the stored words, whoever looks', () => {
    const report = analyzeRoles({ positions: stored, judgements: [], keyResults: [], members: [] });
    expect(report.filter((f) => f.kind === 'overlap')).toEqual([]);
  });
});
