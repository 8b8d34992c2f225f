import { describe, expect, it } from 'vitest';
import type { Position, RoleFinding } from '../../src/domain/roles/model.ts';
import { normalizeDuty } from '../../src/domain/roles/text.ts';
import type { Member, Team } from '../../src/domain/teams/model.ts';
import { t } from '../../src/i18n/index.ts';
import {
  cardsMessage,
  findingsMessage,
  listMessage,
  positionModal,
  problemErrors,
} from '../../src/slack/blocks/roles.ts';
import { parseRoleCommand } from '../../src/slack/listeners/commands/role.ts';
import { readPosition } from '../../src/slack/listeners/views/role-submit.ts';

const team: Team = {
  id: 'team1',
  workspaceId: 'T1',
  name: 'South <!channel>',
  homeChannelId: 'C1',
  informalChannelId: null,
  defaultLocale: 'en',
  timeZone: 'Asia/Shanghai',
  checkinDays: [1],
  checkinMinute: 540,
  reminderMinute: 960,
  checkinQuestions: [],
};
const holder: Member = {
  id: 'm1',
  teamId: 'team1',
  slackUserId: 'UANNA',
  displayName: 'Anna <@UBOSS>',
  timeZone: null,
  locale: null,
  role: 'member',
  active: true,
  checkinOptOut: false,
};
const card = (extra: Partial<Position> = {}): Position => ({
  id: 'cpos00000001',
  teamId: 'team1',
  title: 'Customer manager',
  purpose: 'Serve <!here> shops',
  authority: 'Decide <http://evil.example|visits>',
  guidelines: '',
  duties: [
    {
      id: 'cduty0000001',
      positionId: 'cpos00000001',
      text: 'Visit <@UBOSS> shops',
      normalized: normalizeDuty('Visit shops'),
    },
  ],
  handoffsOut: [
    {
      id: 'h1',
      fromId: 'cpos00000001',
      fromTitle: 'Customer manager',
      toId: 'cpos00000002',
      toTitle: 'Coordinator',
      what: 'complaints & <!everyone>',
    },
  ],
  handoffsIn: [],
  holders: [holder],
  starterKey: null,
  ...extra,
});

describe('parseRoleCommand', () => {
  it('when the text is empty, a mention or a subcommand, then it becomes the matching command', () => {
    expect(parseRoleCommand('')).toEqual({ kind: 'mine' });
    expect(parseRoleCommand('mine')).toEqual({ kind: 'mine' });
    expect(parseRoleCommand('MINE')).toEqual({ kind: 'mine' });
    expect(parseRoleCommand('我的')).toEqual({ kind: 'mine' });
    expect(parseRoleCommand('<@UBO12|bo>')).toEqual({ kind: 'theirs', userId: 'UBO12' });
    expect(parseRoleCommand('list')).toEqual({ kind: 'list' });
    expect(parseRoleCommand('列表')).toEqual({ kind: 'list' });
    expect(parseRoleCommand('NEW')).toEqual({ kind: 'new' });
    expect(parseRoleCommand('check')).toEqual({ kind: 'check' });
    expect(parseRoleCommand('starter')).toEqual({ kind: 'starter' });
  });

  it('when edit or delete name a title, then the title is kept whole with Slack’s escapes undone', () => {
    expect(parseRoleCommand('edit  Sales &amp; service  lead ')).toEqual({
      kind: 'edit',
      title: 'Sales &amp; service  lead'.replace('&amp;', '&'),
    });
    expect(parseRoleCommand('删除 客户经理')).toEqual({ kind: 'delete', title: '客户经理' });
  });

  it('when edit has no title, then the usage is explained; duties are judged with buttons, not typed ids', () => {
    expect(() => parseRoleCommand('edit')).toThrow(
      expect.objectContaining({ messageKey: 'role.error.usage_title', params: { word: 'edit' } }),
    );
    expect(() => parseRoleCommand('same cduty0000001 cduty0000002')).toThrow(
      expect.objectContaining({ messageKey: 'role.error.unknown_subcommand' }),
    );
    // The usage is mrkdwn: its placeholders are written escaped, in both languages.
    for (const locale of ['en', 'zh-CN'] as const) {
      for (const key of ['role.error.usage_title', 'role.help'] as const) {
        expect(t(locale, key, { word: 'edit' })).not.toMatch(/<[^@!#]/);
      }
    }
  });

  it('when the word is unknown (even a prototype name), then it is refused with the word escaped', () => {
    expect(() => parseRoleCommand('<!channel>')).toThrow(
      expect.objectContaining({ messageKey: 'role.error.unknown_subcommand', params: { word: '&lt;!channel&gt;' } }),
    );
    expect(() => parseRoleCommand('constructor')).toThrow(
      expect.objectContaining({ messageKey: 'role.error.unknown_subcommand' }),
    );
  });
});

describe('readPosition', () => {
  it('when the modal state holds every field, then each is read by its block id; missing ones are empty', () => {
    expect(
      readPosition({
        title: { value: { type: 'plain_text_input', value: 'Coordinator' } },
        duties: { value: { type: 'plain_text_input', value: 'a\nb' } },
        holders: { value: { type: 'multi_users_select', selected_users: ['U1', 'U2'] } },
      }),
    ).toEqual({
      title: 'Coordinator',
      purpose: '',
      duties: 'a\nb',
      authority: '',
      guidelines: '',
      handoffs: '',
      holders: ['U1', 'U2'],
    });
  });

  it('when the state is not what Slack sends, then nothing is read', () => {
    expect(readPosition('junk')).toMatchObject({ title: '', holders: [] });
  });
});

describe('role card blocks', () => {
  it('when a card holds text that could ping or link, then every such text is escaped and verbatim', () => {
    const json = JSON.stringify(cardsMessage('en', [card()], { editable: true }));
    for (const raw of ['<!here>', '<@UBOSS>', '<http://evil.example|visits>', '<!everyone>'])
      expect(json).not.toContain(raw);
    expect(json).toContain('&lt;!here&gt;');
    expect(json).toContain('complaints &amp; &lt;!everyone&gt;');
    expect(json).toContain('role_edit');
    const message = cardsMessage('en', [card()], { editable: true });
    for (const block of message.blocks)
      if (block.type === 'section') expect(block.text).toMatchObject({ verbatim: true });
  });

  it('when a member views a card, then it has no edit button', () => {
    expect(JSON.stringify(cardsMessage('en', [card()], { editable: false }))).not.toContain('role_edit');
  });

  it('when many long cards are shown, then the message stays within 50 blocks and sections within 3000 characters', () => {
    const duties = Array.from({ length: 30 }, (_, i) => ({
      id: `d${i}`,
      positionId: 'p',
      text: `${'长'.repeat(190)}${i}`,
      normalized: `${i}`,
    }));
    const positions = Array.from({ length: 12 }, (_, i) => card({ id: `p${i}`, title: `P${i}`, duties }));
    const message = cardsMessage('zh-CN', positions, { editable: false });
    expect(message.blocks.length).toBeLessThanOrEqual(50);
    for (const block of message.blocks)
      if (block.type === 'section') expect(block.text!.text.length).toBeLessThanOrEqual(3000);
  });

  it('when the list is shown in Chinese, then holders and duty counts are there, and an empty team is told how to start', () => {
    const json = JSON.stringify(
      listMessage('zh-CN', team, [card(), card({ id: 'p2', title: 'Coordinator', holders: [], duties: [] })]),
    );
    expect(json).toContain('1 项职责');
    expect(json).toContain('暂无任职人');
    expect(json).not.toContain('<!channel>');
    expect(listMessage('en', team, []).text).toContain('/role starter');
  });

  it('when the list is shown, then its title is bold once, with no stray *', () => {
    const message = listMessage('en', { ...team, name: 'north-route' }, [card()]);
    const first = (message.blocks[0] as { text: { text: string } }).text.text.split('\n')[0]!;
    expect(first).toBe('*north-route* — 1 positions');
  });

  it('when the editor opens for a card, then every field is prefilled and limited like Slack’s inputs', () => {
    const view = positionModal('en', {
      team,
      position: card(),
      positions: [card(), card({ id: 'cpos00000002', title: 'Coordinator' })],
    });
    const json = JSON.stringify(view);
    expect(view.callback_id).toBe('role_submit');
    expect(JSON.parse(view.private_metadata!)).toEqual({ t: 'team1', p: 'cpos00000001' });
    expect(json).toContain('"initial_value":"Coordinator: complaints & <!everyone>"'); // plain_text input: shown as typed, never rendered
    expect(json).toContain('"initial_users":["UANNA"]');
    expect(json).toContain('"max_length":80');
    expect(json).toContain('"max_length":3000');
    expect(view.title.text.length).toBeLessThanOrEqual(24);
    expect(positionModal('zh-CN', { team, position: null, positions: [] }).title.text).toBe('新建职位说明');
  });

  it('when problems are turned into modal errors, then each field gets its text in the person’s language', () => {
    expect(
      problemErrors('zh-CN', [
        { field: 'title', problem: 'too_long', max: 80, length: 90 },
        { field: 'handoffs', problem: 'handoff_format', line: 2 },
        { field: 'handoffs', problem: 'handoff_self', line: 3 },
      ]),
    ).toEqual({
      title: '内容太长了：最多 80 个字符（你写了 90 个）。',
      handoffs: `${t('zh-CN', 'role.problem.handoff_format', { line: 2 })} ${t('zh-CN', 'role.problem.handoff_self', { line: 3 })}`,
    });
  });
});

describe('findings message', () => {
  const dutyA = {
    id: 'cduty0000001',
    text: 'Handle <!channel> complaints',
    positionId: 'p1',
    positionTitle: 'Manager',
  };
  const dutyB = { id: 'cduty0000002', text: 'handle complaints', positionId: 'p2', positionTitle: 'Coordinator' };

  it('when there is an overlap and gaps, then the overlap has both buttons with the duty pair, and gaps are listed', () => {
    const findings: RoleFinding[] = [
      { kind: 'overlap', subject: { dutyA, dutyB, confirmed: false } },
      { kind: 'position_without_holder', subject: { positionId: 'p3', title: 'Analyst' } },
      { kind: 'member_without_position', subject: { memberId: 'm9', slackUserId: 'U9', name: 'Bo <@UX>' } },
    ];
    const message = findingsMessage('en', { team, findings, positions: [] });
    const json = JSON.stringify(message);
    expect(json).toContain('"action_id":"role_duty_same","value":"cduty0000001|cduty0000002"');
    expect(json).toContain('"action_id":"role_duty_different"');
    expect(json).toContain('Analyst');
    // The team name sits in a plain_text header, which Slack never renders as a mention.
    expect(message.blocks[0]).toMatchObject({ type: 'header', text: { type: 'plain_text' } });
    const mrkdwn = JSON.stringify(message.blocks.slice(1));
    expect(mrkdwn).not.toContain('<!channel>');
    expect(mrkdwn).not.toContain('<@UX>');
    expect(message.text).toBe(
      'Role check: 1 overlaps, 1 positions without a holder, 1 people without a position, 0 key results without a duty.',
    );
  });

  it('when an overlap was confirmed by the leader, then only "not the same" is offered', () => {
    const json = JSON.stringify(
      findingsMessage('zh-CN', {
        team,
        findings: [{ kind: 'overlap', subject: { dutyA, dutyB, confirmed: true } }],
        positions: [],
      }),
    );
    expect(json).not.toContain('role_duty_same');
    expect(json).toContain('不是同一职责');
  });

  it('when a key result lacks a duty, then a select offers the duties of its owner’s positions', () => {
    const position = card({
      id: 'p1',
      title: 'Manager',
      duties: [{ id: 'cduty0000001', positionId: 'p1', text: 'Visit shops', normalized: 'visitshops' }],
    });
    const finding: RoleFinding = {
      kind: 'key_result_without_duty',
      subject: {
        keyResultId: 'kr1',
        goalId: 'g1',
        title: 'Open shops',
        ownerId: 'm1',
        ownerName: 'Anna',
        positions: [{ id: 'p1', title: 'Manager' }],
        linkedDutyId: null,
      },
    };
    const json = JSON.stringify(findingsMessage('en', { team, findings: [finding], positions: [position] }));
    expect(json).toContain('"action_id":"role_kr_duty"');
    expect(json).toContain('"value":"kr1|cduty0000001"');
  });

  it('when there are more findings than a message can hold, then it is cut at 50 blocks with a note', () => {
    const findings: RoleFinding[] = Array.from({ length: 40 }, (_, i) => ({
      kind: 'overlap',
      subject: { dutyA: { ...dutyA, id: `cduty00000a${i}` }, dutyB, confirmed: false },
    }));
    const message = findingsMessage('en', { team, findings, positions: [] });
    expect(message.blocks).toHaveLength(50);
    expect(JSON.stringify(message.blocks.at(-1))).toContain('more');
  });

  it('when nothing is found, then the leader is told so', () => {
    expect(
      findingsMessage('zh-CN', { team, findings: [], positions: [] }).blocks.some((b) =>
        JSON.stringify(b).includes('没有重叠或空缺'),
      ),
    ).toBe(true);
  });
});
