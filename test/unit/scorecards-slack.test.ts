import type { ModalView } from '@slack/types';
import { describe, expect, it } from 'vitest';
import type { Metric, TemplateVersion } from '../../src/domain/scorecards/model.ts';
import { scoreCard, teamScore } from '../../src/domain/scorecards/scoring.ts';
import type { TemplateEditor } from '../../src/domain/scorecards/service.ts';
import { defaultMetrics } from '../../src/domain/scorecards/defaults.ts';
import type { Member, Team } from '../../src/domain/teams/model.ts';
import { LOCALES } from '../../src/i18n/index.ts';
import { readValues } from '../../src/slack/listeners/views/scorecard-enter.ts';
import {
  fittedText,
  csvReportMessage,
  memberCardMessage,
  modalErrorText,
  parseEnterRef,
  parseTemplateRef,
  teamMessage,
  templateModal,
} from '../../src/slack/blocks/scorecards.ts';
import { parseScorecardCommand } from '../../src/slack/listeners/commands/scorecard.ts';
import { isAppError } from '../../src/shared/errors.ts';

const team: Team = {
  id: 'team1',
  workspaceId: 'T1',
  name: 'North <!channel>',
  homeChannelId: 'C1',
  informalChannelId: null,
  defaultLocale: 'en',
  timeZone: 'Asia/Shanghai',
  checkinDays: [1, 2, 3, 4, 5],
  checkinMinute: 540,
  reminderMinute: 960,
  checkinQuestions: [],
};

const member = (i: number, name = `person ${i}`): Member => ({
  id: `m${i}`,
  teamId: team.id,
  slackUserId: `U${i}`,
  displayName: name,
  timeZone: null,
  locale: null,
  role: 'member',
  active: true,
  checkinOptOut: false,
});

const metrics: Metric[] = defaultMetrics('en').map((m, position) => ({
  ...m,
  id: `x${position}`,
  templateId: 'v1',
  position,
}));
const template: TemplateVersion = {
  id: 'v1',
  teamId: team.id,
  version: 1,
  effectiveFrom: '2026-11',
  note: 'n',
  createdById: null,
  createdAt: new Date(),
  metrics,
};

describe('/scorecard command text', () => {
  it('when the text names what to see, then it becomes a typed command', () => {
    expect(parseScorecardCommand('')).toEqual({ kind: 'mine' });
    expect(parseScorecardCommand('2026-q4')).toEqual({ kind: 'mine', period: '2026-q4' });
    expect(parseScorecardCommand('<@UMEI|mei> 2026-10')).toEqual({ kind: 'member', userId: 'UMEI', period: '2026-10' });
    expect(parseScorecardCommand('团队')).toEqual({ kind: 'team', period: undefined });
    expect(parseScorecardCommand('enter <@UJOE> 2026-11')).toEqual({
      kind: 'enter',
      userId: 'UJOE',
      period: '2026-11',
    });
    expect(parseScorecardCommand('period 季度')).toEqual({ kind: 'period', periodKind: 'quarter' });
    expect(parseScorecardCommand('HISTORY')).toEqual({ kind: 'history' });
  });

  it('when the text is wrong, then the error names the word, made inert', () => {
    const attempt = (text: string) => {
      try {
        parseScorecardCommand(text);
      } catch (error) {
        return isAppError(error) ? [error.messageKey, error.params.word ?? ''] : ['other', ''];
      }
      return ['none', ''];
    };
    expect(attempt('enter mei')).toEqual(['scorecard.error.user_missing', '']);
    expect(attempt('team <!channel>')).toEqual(['scorecard.command.unknown', '&lt;!channel&gt;']);
    expect(attempt('period weekly')).toEqual(['scorecard.command.unknown', 'weekly']);
    expect(attempt('x'.repeat(2001))).toEqual(['scorecard.command.unknown', '…']);
  });
});

describe('scorecard blocks', () => {
  it('when a member’s name holds Slack markup, then the card shows it inert', () => {
    const card = { member: member(1, '<!channel> <@U2>'), score: scoreCard(metrics, () => 50) };
    const message = memberCardMessage('en', { period: '2026-11', template }, card);
    const text = JSON.stringify(message.blocks);
    expect(text).toContain('&lt;!channel&gt; @U2');
    expect(text).not.toContain('<!channel>');
  });

  it('when a team is large, then the message stays within Slack’s block and section limits', () => {
    const cards = Array.from({ length: 400 }, (_, i) => ({
      member: member(i, `member number ${i} with a long-ish name`),
      score: scoreCard(metrics, () => i),
    }));
    const message = teamMessage('zh-CN', {
      team,
      period: '2026-11',
      current: '2026-11',
      template,
      cards,
      summary: teamScore(cards.map((c) => c.score)),
    });
    expect(message.blocks.length).toBeLessThanOrEqual(50);
    for (const block of message.blocks) {
      if (block.type === 'section') expect(block.text!.text.length).toBeLessThanOrEqual(3000);
    }
    expect(JSON.stringify(message.blocks)).toContain('North &lt;!channel&gt;');
    expect(JSON.stringify(message.blocks)).toContain('团队平均（400 位有数值的成员）');
  });

  it('when the template editor opens, then its title, lengths and prefilled text fit Slack in both languages', () => {
    for (const locale of LOCALES) {
      const keyResults = Array.from({ length: 60 }, (_, i) => ({
        id: `ckr${String(i).padStart(22, '0')}`,
        title: `Cases <!here> ${'x'.repeat(120)}`,
      }));
      const editor: TemplateEditor = {
        team,
        locale,
        base: template,
        pending: false,
        effectiveFrom: '2026-12',
        text: 'a | A | result | 100 | 1 | x | higher | manual',
        current: '2026-11',
        inEffect: template,
        keyResults,
      };
      const view = templateModal(locale, editor) as ModalView;
      expect(view.title.text.length).toBeLessThanOrEqual(24);
      const listed = JSON.stringify(view.blocks);
      expect(listed).toContain(`\`key_result:${keyResults[0]!.id}\``);
      expect(listed).not.toContain('<!here>');
      const contexts = view.blocks.filter((b) => b.type === 'context') as unknown as Array<{
        elements: Array<{ text: string }>;
      }>;
      for (const c of contexts) expect(c.elements[0]!.text.length).toBeLessThanOrEqual(3000);
      expect(listed).toMatch(/\d+ more|还有 \d+ 条/);
      const inputs = view.blocks.filter((b) => b.type === 'input') as Array<{
        element: { max_length?: number; initial_value?: string };
      }>;
      expect(inputs.map((i) => i.element.max_length)).toEqual([3000, 1000]);
      expect(parseTemplateRef(view.private_metadata!)).toEqual({ teamId: 'team1' });
    }
  });

  it('when the value form has a block for a key like __proto__ or constructor, then it is read as the form’s own entry, never from Object', () => {
    const raw = readValues({ m___proto__: { value: { value: '5' } }, m_sat: { value: { value: '88' } } });
    expect(Object.hasOwn(raw, '__proto__')).toBe(true);
    expect(Object.hasOwn(raw, 'constructor')).toBe(false);
    expect(Object.getPrototypeOf(raw)).toBe(Object.prototype);
    expect(raw.sat).toBe('88');
  });

  it('when the template text is longer than the box, then it is compacted to fit, and listed above the box when even that is too long', () => {
    const key = (i: number) => `m${i}_`.padEnd(24, 'k');
    const line = (i: number) =>
      `${key(i)} | ${'名'.repeat(60)} | process | 5 | 123456789012.123456 | ${'u'.repeat(16)} | higher | manual`;
    const long = Array.from({ length: 20 }, (_, i) => line(i)).join('\n');
    expect(Array.from(long).length).toBeGreaterThan(3000);
    const compact = fittedText(long);
    expect(compact).not.toBeNull();
    expect(Array.from(compact!).length).toBeLessThanOrEqual(3000);
    expect(compact).toContain(`${key(0)}|${'名'.repeat(60)}|process|5|123456789012.123456|${'u'.repeat(16)}|higher\n`);
    const huge = Array.from({ length: 20 }, (_, i) =>
      `${line(i)}x`.replace('| manual', `| key_result:ckr${'0'.repeat(60)}`),
    ).join('\n');
    expect(fittedText(huge)).toBeNull();
    const view = templateModal('en', {
      team,
      locale: 'en',
      base: template,
      pending: false,
      effectiveFrom: '2026-12',
      text: huge,
      current: '2026-11',
      inEffect: template,
      keyResults: [],
    }) as ModalView;
    expect(JSON.stringify(view.blocks)).toContain('too long for the box');
    expect(JSON.stringify(view.blocks)).toContain(key(19));
  });

  it('when modal references come back altered, then they are refused', () => {
    expect(parseTemplateRef('{"t":"a b"}')).toBeNull();
    expect(parseEnterRef('not json')).toBeNull();
    expect(parseEnterRef('{"t":"team1","m":"m1","p":"2026-11"}')).toEqual({
      teamId: 'team1',
      memberId: 'm1',
      period: '2026-11',
    });
  });

  it('when a CSV has many bad rows, then the DM lists the first twenty and says how many more', () => {
    const problems = Array.from({ length: 500 }, (_, i) => ({
      row: i + 2,
      messageKey: 'scorecard.csv.error.value' as const,
      params: { row: i + 2, value: '<b>' },
    }));
    const message = csvReportMessage('en', { kind: 'rejected', fileName: 'a<b>.csv', problems, team: 'North' });
    const text = JSON.stringify(message.blocks);
    expect(text).toContain('Row 21:');
    expect(text).not.toContain('Row 22:');
    expect(text).toContain('…and 480 more.');
    expect(text).toContain('a&lt;b&gt;.csv');
    expect(text).not.toContain('<b>');
  });

  it('when many template problems are shown in the modal, then the first few are listed with a count of the rest', () => {
    const problems = Array.from({ length: 9 }, (_, i) => ({
      messageKey: 'scorecard.template.error.name_empty' as const,
      params: { row: i + 1 },
    }));
    const text = modalErrorText('zh-CN', problems);
    expect(text.split('\n')).toHaveLength(7);
    expect(text).toContain('第 6 行：名称是空的。');
    expect(text).toContain('……还有 3 条。');
  });
});
