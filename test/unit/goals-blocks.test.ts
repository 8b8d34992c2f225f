import { describe, expect, it } from 'vitest';
import type { Goal, GoalSnapshot, KeyResult, KeyResultUpdate } from '../../src/domain/goals/model.ts';
import type { FieldProblem } from '../../src/domain/goals/rules.ts';
import { GOAL_LIMITS } from '../../src/domain/goals/rules.ts';
import type { Member, Team } from '../../src/domain/teams/model.ts';
import { LOCALES, t } from '../../src/i18n/index.ts';
import {
  changeModal,
  checkinProgressBlocks,
  goalHead,
  goalListText,
  newGoalModal,
  problemText,
  progressBlockId,
  progressFromState,
  proposalMessage,
  proposerNotice,
  proposeModal,
  reviewMessage,
  updateModal,
} from '../../src/slack/blocks/goals.ts';
import { homeView } from '../../src/slack/blocks/home.ts';
import { LIMITS } from '../../src/slack/blocks/limits.ts';

type Json = Record<string, unknown>;
const json = (value: unknown) => JSON.parse(JSON.stringify(value)) as Json;
const blocksOf = (value: { blocks?: unknown }) => (value.blocks ?? []) as Json[];
const texts = (value: unknown): string[] => {
  if (Array.isArray(value)) return value.flatMap(texts);
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value as Json).flatMap(([key, inner]) =>
    key === 'text' && typeof inner === 'string' ? [inner] : texts(inner),
  );
};

const team: Team = {
  id: 'team1',
  workspaceId: 'T1',
  name: 'North <!here> route',
  homeChannelId: 'C1',
  informalChannelId: null,
  defaultLocale: 'en',
  timeZone: 'Asia/Shanghai',
  checkinDays: [1, 2, 3, 4, 5],
  checkinMinute: 540,
  reminderMinute: 960,
  checkinQuestions: ['yesterday'],
};
const person = (id: string, name: string, role = 'member'): Member => ({
  id,
  teamId: 'team1',
  slackUserId: `U${id.toUpperCase()}`,
  displayName: name,
  timeZone: null,
  locale: null,
  role,
  active: true,
  checkinOptOut: false,
});
const lead = person('lead', 'Lead', 'leader');
const anna = person('anna', 'Anna <@UEVIL>');
const goal: Goal = {
  id: 'goal1',
  teamId: 'team1',
  title: 'Serve <!channel> every shop',
  why: 'Trust <http://evil.example|click>',
  measure: 'Visits',
  periodKind: 'week',
  startDate: '2026-11-30',
  endDate: '2026-12-06',
  createdById: 'lead',
  status: 'open',
  channelId: 'C1',
  headTs: '1.1',
  createdAt: new Date(0),
  closedAt: null,
};
const kr = (i: number, over: Partial<KeyResult> = {}): KeyResult => ({
  id: `kr${i}`,
  goalId: 'goal1',
  proposerId: 'anna',
  ownerId: 'anna',
  title: `Result ${i}`,
  target: 40,
  unit: 'visits',
  dueDate: null,
  status: 'accepted',
  reviewComment: null,
  reviewedById: 'lead',
  proposalTs: '2.2',
  dutyId: null,
  createdAt: new Date(0),
  acceptedAt: new Date(0),
  ...over,
});
const update = (value: number, confidence: number, id = `u${value}`): KeyResultUpdate => ({
  id,
  keyResultId: 'kr1',
  memberId: 'anna',
  value,
  confidence,
  note: null,
  source: 'command',
  createdAt: new Date(0),
});
const snapshot = (over: Partial<GoalSnapshot> = {}): GoalSnapshot => ({
  goal,
  keyResults: [{ keyResult: kr(1), latest: update(25, 6), previous: update(10, 7) }],
  pending: 1,
  people: new Map([
    ['lead', { slackUserId: 'ULEAD', displayName: 'Lead' }],
    ['anna', { slackUserId: 'UANNA', displayName: 'Anna <@UEVIL>' }],
  ]),
  ...over,
});

describe('goal head message', () => {
  it('when the head is built, then it shows the goal, why, period, key results with owner, progress, confidence and both trends', () => {
    const head = json(goalHead('en', snapshot()));
    const all = texts(head.blocks).join('\n');
    expect(all).toContain('Why it matters');
    expect(all).toContain('Week, Mon 30 Nov 2026 – Sun 6 Dec 2026');
    expect(all).toContain('*Result 1* — Anna @UEVIL');
    expect(all).toContain('25 / 40 visits (63%) ↑ · confidence 6/10 ↓');
    expect(all).toContain(
      'Progress 63% · confidence 6/10 · 1 proposal(s) under discussion in the thread · opened by Lead',
    );
    expect(JSON.stringify(head)).toMatch(
      /"action_id":"goal_kr_propose","value":"goal1".*"action_id":"goal_update_open","value":"goal1"/,
    );
  });

  it('when a goal title carries its own *bold*, _italics_ or `code`, then the head’s bold still spans the whole title', () => {
    const head = json(goalHead('en', snapshot({ goal: { ...goal, title: 'Grow *fast* on the _north_ loop `now`' } })));
    const titleLine = texts(head.blocks)[0]!;
    expect(titleLine).toContain('Grow ＊fast＊ on the ＿north＿ loop ｀now｀');
    // Every * left in the line is Hexin's own, in pairs.
    expect(titleLine.match(/\*/g)?.length ?? 0).toBeGreaterThan(0);
    expect((titleLine.match(/\*/g)?.length ?? 0) % 2).toBe(0);
  });

  it('when people typed markup, then nothing in the head can ping or link', () => {
    const head = JSON.stringify(goalHead('en', snapshot()));
    expect(head).not.toContain('<!channel>');
    expect(head).not.toContain('<@UEVIL>');
    expect(head).not.toContain('<http://evil.example|click>');
    for (const block of blocksOf(goalHead('en', snapshot()))) {
      if (block.type === 'section') expect((block.text as Json).verbatim).toBe(true);
    }
  });

  it('when a goal has 60 key results, then the head stays within 50 blocks and still ends with its buttons', () => {
    const many = Array.from({ length: 60 }, (_, i) => ({ keyResult: kr(i), latest: null, previous: null }));
    const blocks = blocksOf(goalHead('en', snapshot({ keyResults: many })));
    expect(blocks.length).toBeLessThanOrEqual(LIMITS.messageBlocks);
    expect(blocks.at(-1)!.type).toBe('actions');
    expect(texts(blocks).join('\n')).toContain('…and 20 more');
  });

  it('when the goal is closed, then the head says so and offers no buttons; in Chinese too', () => {
    const closed = snapshot({ goal: { ...goal, status: 'closed', closedAt: new Date('2026-12-06T16:01:00Z') } });
    const en = json(goalHead('en', closed));
    expect(String(en.text)).toContain('Goal (closed)');
    expect(blocksOf(en).some((b) => b.type === 'actions')).toBe(false);
    const zh = json(goalHead('zh-CN', closed));
    expect(String(zh.text)).toContain('目标（已结束）');
    expect(texts(zh.blocks).join('\n')).toContain('已于 2026年12月6日 周日 结束');
  });
});

describe('proposals, notices and the review', () => {
  it('when a proposal waits, then it has accept, change and a confirmed decline; once answered it has none', () => {
    const open = JSON.stringify(proposalMessage('en', kr(1, { status: 'proposed' }), anna, anna, { kind: 'open' }));
    expect(open).toMatch(/goal_kr_accept.*goal_kr_change.*goal_kr_decline.*"confirm"/);
    const accepted = JSON.stringify(
      proposalMessage('en', kr(1), anna, anna, { kind: 'accepted', by: lead, owner: anna }),
    );
    expect(accepted).toContain('Accepted by Lead. Owner: Anna @UEVIL.');
    expect(accepted).not.toContain('goal_kr_accept');
    const changes = JSON.stringify(
      proposalMessage('en', kr(1), anna, anna, { kind: 'changes_requested', by: lead, comment: 'More <!everyone>' }),
    );
    expect(changes).toContain('More &lt;!everyone&gt;');
    expect(changes).toContain('goal_kr_revise');
    const superseded = JSON.stringify(proposalMessage('en', kr(1, { target: 8 }), anna, anna, { kind: 'superseded' }));
    expect(superseded).toContain('earlier version');
    expect(superseded).not.toContain('Target: 8');
    expect(superseded).not.toContain('action_id');
  });

  it('when a leader asks for a change, then the proposer’s DM carries the comment and a revise button, in their language', () => {
    const dm = json(
      proposerNotice('zh-CN', goal, kr(1), { kind: 'changes_requested', by: lead, comment: '目标再高一点' }),
    );
    expect(String(dm.text)).toContain('<@ULEAD> 请你修改关键结果');
    expect(String(dm.text)).toContain('目标再高一点');
    expect(JSON.stringify(dm.blocks)).toContain('"action_id":"goal_kr_revise","value":"kr1"');
  });

  it('when a goal is reviewed, then each key result is achieved or missed and the participation names everyone, or says nobody', () => {
    const review = json(
      reviewMessage('en', {
        snapshot: snapshot({
          keyResults: [
            { keyResult: kr(1), latest: update(40, 8), previous: null },
            { keyResult: kr(2), latest: null, previous: null },
          ],
        }),
        participation: {
          proposers: [{ slackUserId: 'UANNA', displayName: 'Anna', count: 2 }],
          commenters: [],
          updaters: [{ slackUserId: 'UBEN', displayName: '', count: 1 }],
        },
      }),
    );
    const all = texts(review.blocks).join('\n');
    expect(all).toContain('Achieved 1 of 2 key results · overall 50%');
    expect(all).toContain(':white_check_mark: *Result 1* — Anna @UEVIL: 40 / 40 visits (achieved)');
    expect(all).toContain(':x: *Result 2* — Anna @UEVIL: — / 40 visits (missed)');
    expect(all).toContain('Proposed key results: Anna (2)');
    expect(all).toContain('Commented in the thread: nobody yet');
    expect(all).toContain('Updated progress: UBEN (1)');
    expect(JSON.stringify(review)).toContain('"action_id":"goal_next","value":"goal1"');
  });
});

describe('goal modals', () => {
  it('when any goal modal is built in either language, then its title and buttons fit Slack’s 24 characters unchanged', () => {
    for (const locale of LOCALES) {
      for (const key of [
        'goal.modal.new.title',
        'goal.modal.new.submit',
        'goal.modal.propose.title',
        'goal.modal.revise.title',
        'goal.modal.propose.submit',
        'goal.modal.change.title',
        'goal.modal.change.submit',
        'goal.modal.update.title',
        'goal.modal.close',
        'goal.home.title',
      ] as const) {
        expect(Array.from(t(locale, key)).length, `${locale} ${key}`).toBeLessThanOrEqual(LIMITS.modalTitle);
      }
    }
  });

  it('when the forms are built, then every text input carries the same max_length the server checks', () => {
    const maxLengths = (view: { blocks: unknown[] }) =>
      Object.fromEntries(
        (view.blocks as Json[])
          .filter((b) => (b.element as Json | undefined)?.type === 'plain_text_input')
          .map((b) => [b.block_id, (b.element as Json).max_length]),
      );
    expect(maxLengths(newGoalModal('en', { team }))).toEqual({
      title: GOAL_LIMITS.title,
      why: GOAL_LIMITS.why,
      measure: GOAL_LIMITS.measure,
    });
    expect(maxLengths(proposeModal('en', { goal }))).toEqual({ title: GOAL_LIMITS.krTitle, unit: GOAL_LIMITS.unit });
    expect(maxLengths(changeModal('en', { goal, keyResult: kr(1) }))).toEqual({ comment: GOAL_LIMITS.comment });
    expect(maxLengths(updateModal('en', [{ keyResult: kr(1), goal, latest: null }], 'command'))).toEqual({
      kr_kr1_note: GOAL_LIMITS.note,
    });
  });

  it('when the new-goal form opens for someone in several teams, then it asks which team', () => {
    const view = json(newGoalModal('en', { team, teamChoices: [team, { ...team, id: 'team2', name: 'South' }] }));
    expect(blocksOf(view).map((b) => b.block_id)).toContain('team');
    expect(blocksOf(json(newGoalModal('en', { team }))).map((b) => b.block_id)).not.toContain('team');
  });

  it('when a revision opens, then it is filled with the proposal and shows the leader’s comment', () => {
    const view = json(
      proposeModal('en', {
        goal,
        existing: kr(1, { status: 'changes_requested', reviewComment: 'Aim for 8', target: 5, dueDate: '2026-12-05' }),
        ownerSlackUserId: 'UBEN',
      }),
    );
    const raw = JSON.stringify(view);
    expect(raw).toContain('"initial_value":"Result 1"');
    expect(raw).toContain('"initial_value":"5"');
    expect(raw).toContain('"initial_date":"2026-12-05"');
    expect(raw).toContain('"initial_user":"UBEN"');
    expect(raw).toContain('Aim for 8');
    expect(JSON.parse(String(view.private_metadata))).toEqual({ g: 'goal1', k: 'kr1' });
  });

  it('when someone owns 30 key results, then the progress form stays within 100 blocks', () => {
    const items = Array.from({ length: 30 }, (_, i) => ({ keyResult: kr(i), goal, latest: null }));
    const view = updateModal('zh-CN', items, 'home');
    expect(view.blocks.length).toBeLessThanOrEqual(LIMITS.surfaceBlocks);
    expect(JSON.parse(view.private_metadata!)).toEqual({ s: 'home' });
  });
});

describe('the check-in’s key-result question', () => {
  it('when the member owns no key result, then nothing is added to the check-in', () => {
    expect(checkinProgressBlocks('en', [])).toEqual([]);
  });

  it('when the member owns key results, then optional value and confidence blocks kr_<id> come, and what they send reads back', () => {
    const blocks = json(
      checkinProgressBlocks('en', [{ keyResult: kr(1), goal, latest: update(10, 7) }]),
    ) as unknown as Json[];
    expect(blocks.map((b) => b.block_id ?? b.type)).toEqual(['context', 'kr_kr1', 'kr_kr1_confidence']);
    expect(blocks.slice(1).every((b) => b.optional === true)).toBe(true);
    expect(texts(blocks).join('\n')).toContain('Last update: 10 of 40, confidence 7/10');
    const state = {
      kr_kr1: { input: { type: 'number_input', value: '12' } },
      kr_kr1_confidence: { input: { type: 'static_select', selected_option: { value: '8' } } },
    };
    expect(progressFromState(state)).toEqual({ kr1: { value: '12', confidence: '8' } });
  });

  it('when the member owns many key results, then at most ten are asked', () => {
    const items = Array.from({ length: 15 }, (_, i) => ({ keyResult: kr(i), goal, latest: null }));
    expect(checkinProgressBlocks('zh-CN', items)).toHaveLength(21);
  });
});

describe('lists, problems and the App Home', () => {
  it('when every problem is described, then each has words of its own in both languages', () => {
    const problems: FieldProblem[] = (
      [
        'required',
        'number',
        'positive',
        'confidence',
        'date',
        'period_kind',
        'end_only_custom',
        'end_before_start',
        'period_too_long',
        'ended',
        'due_outside',
        'not_member',
      ] as const
    ).map((problem) => ({ field: 'f', problem }));
    for (const locale of LOCALES) {
      const words = problems.map((p) => problemText(locale, p));
      expect(new Set(words).size).toBe(problems.length);
      expect(words.every((w) => !w.startsWith('goal.'))).toBe(true);
    }
    expect(problemText('en', { field: 'title', problem: 'too_long', max: 150, length: 151 })).toBe(
      'That is too long: 150 characters at most (you wrote 151).',
    );
  });

  it('when a member lists goals, then they see their own key results and proposals marked as theirs', () => {
    const listing = goalListText('en', [
      { team, goals: [{ snapshot: snapshot(), mine: [kr(1), kr(2, { status: 'proposed' })] }] },
    ]);
    expect(listing).toContain('*North &lt;!here&gt; route* — 1 open goal(s)');
    expect(listing).toContain('Yours: *Result 1* — 25 / 40 visits (63%) ↑');
    expect(listing).toContain('Yours: *Result 2* — proposed, waiting for a leader');
  });

  it('when the App Home gets goal data, then the card has the goals, my key results and the New goal and Update buttons; without it, nothing changes', () => {
    const card = { team, member: anna, localDate: '2026-11-30', state: 'none' as const };
    const plain = JSON.stringify(homeView('en', [card]));
    expect(plain).not.toContain('goal_new_open');
    const withGoals = JSON.stringify(
      homeView('en', [
        {
          ...card,
          goals: { goals: [{ goal, percent: 63 }], mine: [{ keyResult: kr(1), goal, latest: update(25, 6) }] },
        },
      ]),
    );
    expect(withGoals).toContain('"action_id":"goal_new_open","value":"team1"');
    expect(withGoals).toContain('"action_id":"goal_update_open","value":"team1"');
    expect(withGoals).toContain('Serve &lt;!channel&gt; every shop — Week, Mon 30 Nov 2026 – Sun 6 Dec 2026 · 63%');
  });
});

describe('goal messages stay within Slack’s size', () => {
  const long = (i: number) => ({
    keyResult: kr(i, { title: `${'&<>'.repeat(60)} result ${i}`, unit: 'u'.repeat(60) }),
    latest: { ...update(10, 5), note: 'n'.repeat(300) },
    previous: null,
  });
  const totalText = (message: { blocks?: unknown }) => texts(message.blocks).join('').length;

  it('when forty key results have the longest titles, units and notes, then the head keeps under 12,000 characters, each section under 3,000, and says how many are left out', () => {
    const head = goalHead('en', snapshot({ keyResults: Array.from({ length: 40 }, (_, i) => long(i)) }));
    expect(totalText(head)).toBeLessThan(LIMITS.messageText);
    for (const text of texts(head.blocks)) expect(text.length).toBeLessThanOrEqual(LIMITS.sectionText);
    expect(texts(head.blocks).join('\n')).toMatch(/…and \d+ more/);
    expect(blocksOf(head).at(-1)!.type).toBe('actions');
  });

  it('when forty long key results are reviewed, then the review keeps under 12,000 characters, no escape is cut in half, and the count left out is right', () => {
    const review = reviewMessage('en', {
      snapshot: snapshot({ keyResults: Array.from({ length: 40 }, (_, i) => long(i)) }),
      participation: { proposers: [], commenters: [], updaters: [] },
    });
    expect(totalText(review)).toBeLessThan(LIMITS.messageText);
    const all = texts(review.blocks);
    for (const text of all) {
      expect(text.length).toBeLessThanOrEqual(LIMITS.sectionText);
      expect(text).not.toMatch(/&[a-z]{0,4}(…|$)/);
    }
    const listed = all
      .join('\n')
      .split('\n')
      .filter((line) => /^:(x|white_check_mark):/.test(line)).length;
    expect(listed).toBeGreaterThan(0);
    expect(listed).toBeLessThan(40);
    expect(all.join('\n')).toContain(`…and ${40 - listed} more`);
  });
});

describe('reading progress out of a modal', () => {
  it('when a modal holds kr_ blocks among others, then only they are read, per key result and field', () => {
    const values = {
      yesterday: { answer: { type: 'plain_text_input', value: 'x' } },
      [progressBlockId('abc123', 'value')]: { input: { type: 'number_input', value: '8' } },
      [progressBlockId('abc123', 'confidence')]: { input: { type: 'static_select', selected_option: { value: '9' } } },
      [progressBlockId('abc123', 'note')]: { input: { type: 'plain_text_input', value: null } },
      'kr_bad id': { input: { type: 'number_input', value: '1' } },
    };
    expect(progressFromState(values)).toEqual({ abc123: { value: '8', confidence: '9', note: '' } });
    expect(progressFromState(null)).toEqual({});
  });
});
