import type { KnownBlock } from '@slack/types';
import { describe, expect, it } from 'vitest';
import type { Answer, Blocker } from '../../src/domain/checkins/model.ts';
import { DEFAULT_QUESTIONS, type QuestionId } from '../../src/domain/checkins/questions.ts';
import type { Member, Team } from '../../src/domain/teams/model.ts';
import { LOCALES, type Locale } from '../../src/i18n/index.ts';
import {
  answerReply,
  blockerNotice,
  checkinModal,
  encodeCheckinRef,
  promptMessage,
} from '../../src/slack/blocks/checkin.ts';
import { formatDate } from '../../src/slack/blocks/dates.ts';
import { homeView, type HomeTeamCard } from '../../src/slack/blocks/home.ts';
import { capBlocks, LIMITS, section } from '../../src/slack/blocks/limits.ts';
import { parseCheckinRef } from '../../src/slack/parse.ts';

/** A loose JSON view of Block Kit output, for reading fields without the union types. */
interface Json {
  [key: string]: unknown;
}

const json = (value: unknown): Json => JSON.parse(JSON.stringify(value)) as Json;
const list = (value: unknown): Json[] => (Array.isArray(value) ? (value as Json[]) : []);
const obj = (value: unknown): Json => (value && typeof value === 'object' ? (value as Json) : {});

/** Every string found under a `text` key, however deep. */
function allTexts(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(allTexts);
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value as Json).flatMap(([key, inner]) =>
    key === 'text' && typeof inner === 'string' ? [inner] : allTexts(inner),
  );
}

const chars = (text: string) => Array.from(text).length;

const team: Team = {
  id: 'team-1',
  workspaceId: 'T0001',
  name: 'South <!channel> Route',
  homeChannelId: 'C0HOME',
  informalChannelId: null,
  defaultLocale: 'en',
  timeZone: 'Asia/Shanghai',
  checkinDays: [1, 2, 3, 4, 5],
  checkinMinute: 540,
  reminderMinute: 960,
  checkinQuestions: ['yesterday', 'today', 'blockers', 'mood', 'shops', 'issues'],
};

const member: Member = {
  id: 'member-1',
  teamId: 'team-1',
  slackUserId: 'U0MEMBER',
  displayName: 'Li <@U999> Wei',
  timeZone: 'Asia/Shanghai',
  locale: 'zh-CN',
  role: 'member',
  active: true,
  checkinOptOut: false,
};

function answer(answers: Answer['answers'], extra: Partial<Answer> = {}): Answer {
  return {
    id: 'answer-1',
    memberId: 'member-1',
    teamId: 'team-1',
    localDate: '2026-11-30',
    answers,
    late: false,
    editedAt: null,
    replyTs: null,
    revision: 1,
    ...extra,
  };
}

const blocker: Blocker = {
  id: 'blocker-1',
  answerId: 'answer-1',
  teamId: 'team-1',
  text: 'Need <!here> the <http://evil.example|price list>',
  raisedAt: new Date('2026-11-30T02:00:00Z'),
  helperUserId: null,
  helpedAt: null,
};

const ALL_QUESTIONS: readonly QuestionId[] = ['yesterday', 'today', 'blockers', 'mood', 'shops', 'issues'];

describe('checkinModal', () => {
  const build = (
    locale: Locale,
    extra: { existing?: Answer['answers']; late?: boolean; questions?: readonly QuestionId[] } = {},
  ) =>
    json(
      checkinModal(locale, {
        team,
        localDate: '2026-11-30',
        questions: extra.questions ?? ALL_QUESTIONS,
        late: extra.late ?? false,
        ...(extra.existing && { existing: extra.existing }),
      }),
    );

  it('when built, then it is a modal with callback_id checkin_submit', () => {
    const view = build('en');
    expect(view.type).toBe('modal');
    expect(view.callback_id).toBe('checkin_submit');
  });

  it('when built for six questions, then there is one input block per question with the question id as block_id, in order', () => {
    const inputs = list(build('en').blocks).filter((block) => block.type === 'input');
    expect(inputs.map((block) => block.block_id)).toEqual([
      'yesterday',
      'today',
      'blockers',
      'mood',
      'shops',
      'issues',
    ]);
  });

  it('when built for the default questions, then there are exactly four inputs', () => {
    const inputs = list(build('zh-CN', { questions: DEFAULT_QUESTIONS }).blocks).filter(
      (block) => block.type === 'input',
    );
    expect(inputs.map((block) => block.block_id)).toEqual(['yesterday', 'today', 'blockers', 'mood']);
  });

  it('when built, then blockers and issues are optional and yesterday is not', () => {
    const byId = new Map(list(build('en').blocks).map((block) => [block.block_id, block]));
    expect(byId.get('blockers')?.optional).toBe(true);
    expect(byId.get('issues')?.optional).toBe(true);
    expect(byId.get('yesterday')?.optional).toBe(false);
  });

  it('when built, then the mood input offers five options valued 1 to 5', () => {
    const mood = list(build('en').blocks).find((block) => block.block_id === 'mood');
    expect(obj(mood?.element).type).toBe('static_select');
    expect(list(obj(mood?.element).options).map((option) => option.value)).toEqual(['1', '2', '3', '4', '5']);
  });

  for (const locale of LOCALES) {
    it(`when built in ${locale}, then the title, submit and close texts are at most 24 characters`, () => {
      const view = build(locale);
      for (const field of ['title', 'submit', 'close']) {
        const text = String(obj(view[field]).text);
        expect(text.length).toBeGreaterThan(0);
        expect(chars(text)).toBeLessThanOrEqual(LIMITS.modalTitle);
      }
    });
  }

  it('when built, then private_metadata is at most 3000 characters and parses back to the team and date', () => {
    const metadata = String(build('en').private_metadata);
    expect(metadata.length).toBeLessThanOrEqual(LIMITS.privateMetadata);
    expect(parseCheckinRef(metadata)).toEqual({ teamId: 'team-1', localDate: '2026-11-30' });
  });

  it('when an existing answer is given, then every input is prefilled with it', () => {
    const view = build('en', {
      existing: {
        yesterday: 'Visited 4 shops',
        today: 'Plan',
        blockers: 'None',
        mood: 4,
        shops: 12,
        issues: 'Late delivery',
      },
    });
    const byId = new Map(list(view.blocks).map((block) => [block.block_id, obj(block.element)]));
    expect(byId.get('yesterday')?.initial_value).toBe('Visited 4 shops');
    expect(byId.get('today')?.initial_value).toBe('Plan');
    expect(byId.get('blockers')?.initial_value).toBe('None');
    expect(byId.get('issues')?.initial_value).toBe('Late delivery');
    expect(byId.get('shops')?.initial_value).toBe('12');
    expect(obj(byId.get('mood')?.initial_option).value).toBe('4');
  });

  it('when there is no existing answer, then no input has an initial value', () => {
    const elements = list(build('en').blocks).map((block) => obj(block.element));
    expect(elements.some((element) => 'initial_value' in element || 'initial_option' in element)).toBe(false);
  });

  it('when the day is late, then a late notice is shown before the inputs', () => {
    const blocks = list(build('en', { late: true }).blocks);
    expect(allTexts(blocks)).toContain('This day has closed: your answer will be marked late.');
    expect(blocks.findIndex((block) => allTexts(block).some((text) => text.includes('marked late')))).toBeLessThan(
      blocks.findIndex((block) => block.type === 'input'),
    );
  });

  it('when the day is not late, then there is no late notice', () => {
    expect(allTexts(build('en', { late: false }).blocks).some((text) => text.includes('marked late'))).toBe(false);
  });

  it('when the team name is hostile, then the modal context has no raw angle brackets', () => {
    const context = list(build('en').blocks)[0];
    const text = allTexts(context).join('\n');
    expect(text).toContain('South &lt;!channel&gt; Route');
    expect(text).not.toMatch(/[<>]/);
  });

  it('when built in zh-CN, then the context shows the Chinese date', () => {
    expect(allTexts(list(build('zh-CN').blocks)[0]).join('')).toContain('2026年11月30日');
  });
});

describe('answerReply', () => {
  const hostile = answer({
    yesterday: 'Told <!channel> about it',
    today: 'Ask <@U1> for help',
    blockers: 'See <http://x|y> & more',
    mood: 3,
    shops: 7,
    issues: '<!here> <#C1|general>',
  });

  it('when answers contain mentions and links, then no text field has a raw angle bracket', () => {
    const reply = answerReply('en', member, hostile, ALL_QUESTIONS);
    const texts = [reply.text, ...allTexts(reply.blocks)];
    expect(texts.filter((text) => /[<>]/.test(text))).toEqual([]);
    expect(allTexts(reply.blocks).join('\n')).toContain('Told &lt;!channel&gt; about it');
    expect(allTexts(reply.blocks).join('\n')).toContain('See &lt;http://x|y&gt; &amp; more');
  });

  it('when built, then every section is verbatim mrkdwn', () => {
    const sections = list(json(answerReply('en', member, hostile, ALL_QUESTIONS).blocks)).filter(
      (block) => block.type === 'section',
    );
    expect(sections).toHaveLength(7);
    for (const block of sections) expect(obj(block.text)).toMatchObject({ type: 'mrkdwn', verbatim: true });
  });

  it('when built, then the header names the member with their escaped display name', () => {
    const first = obj(list(json(answerReply('en', member, hostile, ALL_QUESTIONS).blocks))[0]?.text);
    expect(first.text).toBe('*Li @U999 Wei*');
  });

  it('when the mood is a number, then its label is shown', () => {
    const texts = allTexts(answerReply('en', member, hostile, ALL_QUESTIONS).blocks);
    expect(texts).toContain('*Mood*\n3 — okay');
    expect(texts).toContain('*Shops visited*\n7');
  });

  it('when an answer is empty or missing, then no section is shown for it', () => {
    const reply = answerReply('en', member, answer({ yesterday: 'a', today: 'b', blockers: '' }), DEFAULT_QUESTIONS);
    expect(reply.blocks).toHaveLength(3);
    expect(allTexts(reply.blocks).some((text) => text.startsWith('*Blockers*'))).toBe(false);
  });

  it('when every answer is 1500 characters of markup, then every section text stays within 3000 characters', () => {
    const long = answer({
      yesterday: '<'.repeat(1500),
      today: '&'.repeat(1500),
      blockers: '今'.repeat(1500),
      issues: '<!channel>'.repeat(150),
      mood: 5,
      shops: 999999,
    });
    const reply = answerReply('zh-CN', member, long, ALL_QUESTIONS);
    const sections = list(json(reply.blocks)).filter((block) => block.type === 'section');
    expect(sections).toHaveLength(7);
    for (const block of sections) {
      const text = String(obj(block.text).text);
      expect(chars(text)).toBeLessThanOrEqual(LIMITS.sectionText);
      expect(text).not.toMatch(/[<>]/);
    }
    expect(reply.text.length).toBeLessThanOrEqual(LIMITS.messageText);
  });

  it('when a Chinese answer is 1500 characters, then it is shown in full', () => {
    const text = '拜'.repeat(1500);
    const texts = allTexts(answerReply('zh-CN', member, answer({ yesterday: text }), ['yesterday']).blocks);
    expect(texts).toContain(`*昨天*\n${text}`);
  });

  it('when the answer is late, then the header shows (late)', () => {
    const reply = answerReply('en', member, answer({ today: 'x' }, { late: true }), ['today']);
    expect(allTexts(reply.blocks)[0]).toBe('*Li @U999 Wei* (late)');
  });

  it('when the answer was edited, then the header shows (edited)', () => {
    const reply = answerReply(
      'en',
      member,
      answer({ today: 'x' }, { editedAt: new Date('2026-11-30T03:00:00Z'), revision: 2 }),
      ['today'],
    );
    expect(allTexts(reply.blocks)[0]).toBe('*Li @U999 Wei* (edited)');
  });

  it('when the answer is late and edited in zh-CN, then both marks are shown', () => {
    const reply = answerReply('zh-CN', member, answer({ today: 'x' }, { late: true, editedAt: new Date() }), ['today']);
    expect(allTexts(reply.blocks)[0]).toBe('*Li @U999 Wei* （补交） （已修改）');
  });

  it('when the answer is on time and not edited, then the header has no marks', () => {
    const reply = answerReply('en', member, answer({ today: 'x' }), ['today']);
    expect(allTexts(reply.blocks)[0]).toBe('*Li @U999 Wei*');
  });

  it('when the member has no display name, then the Slack user id is used', () => {
    const reply = answerReply('en', { ...member, displayName: '' }, answer({ today: 'x' }), ['today']);
    expect(allTexts(reply.blocks)[0]).toBe('*U0MEMBER*');
  });
});

describe('promptMessage', () => {
  const message = json(promptMessage('en', team, '2026-11-30', 'prompt-9'));
  const blocks = list(message.blocks);
  const buttons = list(blocks.find((block) => block.type === 'actions')?.elements);

  it('when built, then it has three buttons: open, snooze and skip', () => {
    expect(buttons.map((button) => button.action_id)).toEqual(['checkin_open', 'checkin_snooze', 'checkin_skip']);
  });

  it('when built, then open and skip carry the check-in ref and snooze carries the prompt id', () => {
    expect(parseCheckinRef(String(buttons[0]?.value))).toEqual({ teamId: 'team-1', localDate: '2026-11-30' });
    expect(buttons[1]?.value).toBe('prompt-9');
    expect(parseCheckinRef(String(buttons[2]?.value))).toEqual({ teamId: 'team-1', localDate: '2026-11-30' });
  });

  it('when built, then the button labels are at most 75 characters', () => {
    for (const button of buttons) expect(chars(String(obj(button.text).text))).toBeLessThanOrEqual(LIMITS.buttonText);
  });

  it('when the team name is hostile, then the prompt text has no raw angle brackets and names the date', () => {
    expect(message.text).toBe(
      'Good morning! Time for your check-in for *South &lt;!channel&gt; Route* (Mon 30 Nov 2026).',
    );
  });
});

describe('blockerNotice', () => {
  it('when nobody has helped yet, then it shows an "I’ll help" button carrying the blocker id', () => {
    const notice = json(blockerNotice('en', team, member, blocker, '2026-11-30'));
    const blocks = list(notice.blocks);
    expect(blocks.map((block) => block.type)).toEqual(['section', 'actions']);
    const button = list(blocks[1]?.elements)[0];
    expect(button?.action_id).toBe('blocker_help');
    expect(button?.value).toBe('blocker-1');
    expect(obj(button?.text).text).toBe('I’ll help');
  });

  it('when someone has helped, then a context names the helper instead of a button', () => {
    const notice = json(
      blockerNotice('en', team, member, blocker, '2026-11-30', {
        helperUserId: 'U0HELPER',
        at: new Date('2026-11-30T03:04:00Z'),
      }),
    );
    const blocks = list(notice.blocks);
    expect(blocks.map((block) => block.type)).toEqual(['section', 'context']);
    expect(allTexts(blocks[1])).toEqual(['<@U0HELPER> is helping (since 2026-11-30 03:04 UTC).']);
  });

  it('when the blocker text is hostile, then the section quotes it with no raw angle brackets', () => {
    const notice = blockerNotice('en', team, member, blocker, '2026-11-30');
    const sectionText = allTexts(notice.blocks)[0] ?? '';
    expect(sectionText).toBe(
      '*Li @U999 Wei* is blocked (South &lt;!channel&gt; Route, Mon 30 Nov 2026):\n>Need &lt;!here&gt; the &lt;http://evil.example|price list&gt;',
    );
    // A '>' may only open a quoted line; every other angle bracket must be escaped.
    expect(notice.text).not.toContain('<');
    expect(notice.text.replace(/^>/gm, '')).not.toContain('>');
  });

  it('when the blocker spans lines, then every line is quoted', () => {
    const notice = blockerNotice('en', team, member, { ...blocker, text: 'line one\nline two' }, '2026-11-30');
    expect(notice.text.endsWith('\n>line one\n>line two')).toBe(true);
  });

  it('when the blocker is very long, then the section text stays within 3000 characters', () => {
    const notice = json(blockerNotice('zh-CN', team, member, { ...blocker, text: '\n<'.repeat(1500) }, '2026-11-30'));
    const sectionBlock = list(notice.blocks)[0];
    const text = String(obj(sectionBlock?.text).text);
    expect(chars(text)).toBeLessThanOrEqual(LIMITS.sectionText);
    expect(text).not.toContain('<');
    expect(obj(sectionBlock?.text).verbatim).toBe(true);
  });
});

describe('capBlocks and section', () => {
  const dividers = (n: number): KnownBlock[] => Array.from({ length: n }, () => ({ type: 'divider' }));

  it('when the blocks fit, then they are returned unchanged', () => {
    const blocks = dividers(5);
    expect(capBlocks(blocks, 5, (n) => `+${n}`)).toBe(blocks);
  });

  it('when there are too many blocks, then max blocks remain and the last is a note of how many were hidden', () => {
    const capped = json(capBlocks(dividers(12), 5, (n) => `${n} more`));
    const blocks = list(capped);
    expect(blocks).toHaveLength(5);
    expect(blocks.slice(0, 4).every((block) => block.type === 'divider')).toBe(true);
    expect(blocks[4]).toEqual({ type: 'context', elements: [{ type: 'mrkdwn', text: '8 more' }] });
  });

  it('when a section text is over 3000 characters, then it is cut to 3000 ending with … and is verbatim', () => {
    const block = json(section('字'.repeat(4000)));
    const text = String(obj(block.text).text);
    expect(chars(text)).toBe(3000);
    expect(text.endsWith('…')).toBe(true);
    expect(obj(block.text).verbatim).toBe(true);
  });
});

describe('homeView', () => {
  const card = (i: number, state: HomeTeamCard['state']): HomeTeamCard => ({
    team: { ...team, id: `team-${i}`, name: `Team ${i}` },
    member: { ...member, id: `member-${i}`, teamId: `team-${i}`, role: i === 0 ? 'leader' : 'member' },
    localDate: '2026-11-30',
    state,
  });

  it('when the person is in no team, then the home shows the title and the no-team message', () => {
    const view = json(homeView('en', []));
    const blocks = list(view.blocks);
    expect(view.type).toBe('home');
    expect(blocks.map((block) => block.type)).toEqual(['header', 'section']);
    expect(allTexts(blocks)).toEqual([
      'Hexin 合心',
      'You are not in a team yet. Ask your leader, or run `/hexin join` in your team’s channel.',
    ]);
  });

  it('when the person is in 60 teams, then the home stays within 100 blocks and ends with a note', () => {
    const view = json(
      homeView(
        'en',
        Array.from({ length: 60 }, (_, i) => card(i, 'open')),
      ),
    );
    const blocks = list(view.blocks);
    expect(blocks).toHaveLength(LIMITS.surfaceBlocks);
    expect(blocks.at(-1)).toEqual({ type: 'context', elements: [{ type: 'mrkdwn', text: '…82' }] });
  });

  it('when a card is open or done, then it has a button; skipped and none have none', () => {
    const view = json(homeView('en', [card(0, 'open'), card(1, 'done'), card(2, 'skipped'), card(3, 'none')]));
    const buttons = list(view.blocks)
      .filter((block) => block.type === 'actions')
      .map((block) => list(block.elements)[0]);
    expect(buttons.map((button) => obj(button?.text).text)).toEqual(['Check in', 'Edit my answer']);
    expect(buttons.map((button) => parseCheckinRef(String(button?.value)).teamId)).toEqual(['team-0', 'team-1']);
  });

  it('when a card is shown, then it names the team, the role and the state with the date', () => {
    const view = json(homeView('zh-CN', [card(0, 'done')]));
    expect(allTexts(view.blocks)).toContain('*Team 0* — 领导\n你今天已签到（2026年11月30日 周一）。');
  });
});

describe('formatDate', () => {
  it('when formatting 2026-11-30 in English, then it reads Mon 30 Nov 2026', () => {
    expect(formatDate('2026-11-30', 'en')).toBe('Mon 30 Nov 2026');
  });

  it('when formatting 2026-11-30 in zh-CN, then it contains 2026年11月30日', () => {
    expect(formatDate('2026-11-30', 'zh-CN')).toContain('2026年11月30日');
  });

  it('when formatting 2026-03-05 in zh-CN, then month and day have no leading zero', () => {
    expect(formatDate('2026-03-05', 'zh-CN')).toContain('2026年3月5日');
  });

  it('when the date is not valid, then it is returned as given', () => {
    expect(formatDate('not-a-date', 'en')).toBe('not-a-date');
  });

  it('when a ref is encoded, then it uses the short t/d keys', () => {
    expect(encodeCheckinRef({ teamId: 'x', localDate: '2026-11-30' })).toBe('{"t":"x","d":"2026-11-30"}');
  });
});
