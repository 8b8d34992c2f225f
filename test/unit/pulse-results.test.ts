import { describe, expect, it } from 'vitest';
import { effectiveMinGroup, summarize, type RoundData } from '../../src/domain/pulse/aggregate.ts';
import { shuffle } from '../../src/shared/shuffle.ts';
import { validatePulse } from '../../src/domain/pulse/answers.ts';
import { parsePulseCommand } from '../../src/domain/pulse/command.ts';
import type { PulseTeam } from '../../src/domain/pulse/model.ts';
import { isAppError } from '../../src/shared/errors.ts';
import { pulseModal, resultsMessage } from '../../src/slack/blocks/pulse.ts';
import { questionsForRound } from '../../src/domain/pulse/rotation.ts';

const closesAt = new Date('2026-12-07T01:00:00Z');

/** `n` respondents, each scoring every trait with the given score list (one per person). */
function round(period: string, traits: string[], scores: number[], extra: Partial<RoundData> = {}): RoundData {
  const answers = scores.flatMap((score, person) =>
    traits.map((trait, i) => ({ trait, score, comment: i === 0 ? `comment ${period} ${person}` : null })),
  );
  return { period, closed: true, closesAt, respondents: scores.length, invited: scores.length + 1, answers, ...extra };
}

const team: PulseTeam = {
  id: 'team1',
  workspaceId: 'T1',
  name: 'east-route',
  defaultLocale: 'en',
  timeZone: 'Asia/Shanghai',
  checkinMinute: 540,
  pulseEnabled: true,
  pulseEveryWeeks: 2,
  pulseWeekday: 3,
  createdAt: new Date('2026-11-01T00:00:00Z'),
};

describe('summarize', () => {
  it('when a closed round has fewer respondents than the minimum group, then it carries no number at all', () => {
    const results = summarize([round('2026-W49', ['goals', 'roles'], [5, 4, 1, 2])], 5);
    expect(results.rounds).toEqual([{ period: '2026-W49', state: 'hidden' }]);
    expect(results.traits).toEqual([]);
    expect(results.overall).toEqual([]);
    expect(results.comments).toEqual([]);
    expect(JSON.stringify(results.rounds)).not.toMatch(/respondents|average|overall/);
  });

  it('when a round is still open, then nothing of it is shown, however many answered', () => {
    const results = summarize([round('2026-W49', ['goals'], [5, 4, 3, 2, 1, 5], { closed: false })], 5);
    expect(results.rounds).toEqual([{ period: '2026-W49', state: 'open', closesAt }]);
    expect(results.comments).toEqual([]);
  });

  it('when a closed round reaches the minimum group, then averages by trait and overall are shown', () => {
    const results = summarize([round('2026-W49', ['goals', 'roles'], [5, 4, 4, 3, 3])], 5);
    expect(results.rounds).toEqual([
      {
        period: '2026-W49',
        state: 'shown',
        respondents: 5,
        invited: 6,
        overall: 3.8,
        traits: [
          { trait: 'goals', average: 3.8 },
          { trait: 'roles', average: 3.8 },
        ],
      },
    ]);
    expect(results.comments.sort()).toEqual([0, 1, 2, 3, 4].map((p) => `comment 2026-W49 ${p}`));
    expect(results.commentsPeriod).toBe('2026-W49');
  });

  it('when several rounds are shown, then each trait has its latest reading and its change, and the overall trend runs oldest to newest', () => {
    const results = summarize(
      [
        round('2026-W47', ['trust', 'goals'], [3, 3, 3, 3, 3]),
        round('2026-W49', ['trust', 'roles'], [4, 4, 4, 4, 5]),
        round('2026-W51', ['skills'], [1, 1, 1]), // hidden: too few
      ],
      5,
    );
    expect(results.rounds.map((r) => [r.period, r.state])).toEqual([
      ['2026-W51', 'hidden'],
      ['2026-W49', 'shown'],
      ['2026-W47', 'shown'],
    ]);
    expect(results.traits).toEqual([
      { trait: 'goals', latest: { period: '2026-W47', average: 3 }, previous: null, change: null },
      { trait: 'roles', latest: { period: '2026-W49', average: 4.2 }, previous: null, change: null },
      {
        trait: 'trust',
        latest: { period: '2026-W49', average: 4.2 },
        previous: { period: '2026-W47', average: 3 },
        change: 1.2,
      },
    ]);
    expect(results.overall).toEqual([
      { period: '2026-W47', average: 3 },
      { period: '2026-W49', average: 4.2 },
    ]);
    expect(results.overallChange).toBe(1.2);
    expect(results.traits.some((t) => t.trait === 'skills')).toBe(false);
    expect(results.comments.every((c) => c.includes('2026-W49'))).toBe(true);
  });

  it('when ANON_MIN_GROUP is set below three, then three is used anyway', () => {
    expect(effectiveMinGroup(1)).toBe(3);
    expect(summarize([round('2026-W49', ['goals'], [5, 5])], 1).rounds[0]!.state).toBe('hidden');
    expect(summarize([round('2026-W49', ['goals'], [5, 5, 5])], 1).rounds[0]!.state).toBe('shown');
  });

  it('when comments are shuffled, then every comment is kept and the order follows the random source', () => {
    expect(shuffle(['a', 'b', 'c'], () => 0)).toEqual(['b', 'c', 'a']);
    expect(shuffle(['a', 'b', 'c'], (bound) => bound - 1)).toEqual(['a', 'b', 'c']);
    const many = Array.from({ length: 30 }, (_, i) => String(i));
    expect(shuffle(many).sort()).toEqual([...many].sort());
  });
});

describe('validatePulse', () => {
  const ids = ['goals_1', 'roles_1', 'skills_1'];

  it('when every question has a score from 1 to 5, then the answers carry their traits and the comment is trimmed', () => {
    expect(validatePulse(ids, { goals_1: '5', roles_1: '1', skills_1: '3' }, '  thanks  ')).toEqual({
      ok: true,
      answers: [
        { questionId: 'goals_1', trait: 'goals', score: 5 },
        { questionId: 'roles_1', trait: 'roles', score: 1 },
        { questionId: 'skills_1', trait: 'skills', score: 3 },
      ],
      comment: 'thanks',
    });
  });

  it('when a score is missing or out of range, then that question is named, and a blank comment is none', () => {
    expect(validatePulse(ids, { goals_1: '6', roles_1: '', skills_1: '2' }, '')).toEqual({
      ok: false,
      problems: [
        { field: 'goals_1', problem: 'required' },
        { field: 'roles_1', problem: 'required' },
      ],
    });
    const ok = validatePulse(ids, { goals_1: '5', roles_1: '1', skills_1: '3' }, '   ');
    expect(ok.ok && ok.comment).toBeNull();
  });

  it('when the comment is too long, then it is refused with its length', () => {
    expect(validatePulse(ids, { goals_1: '5', roles_1: '1', skills_1: '3' }, '字'.repeat(1001))).toEqual({
      ok: false,
      problems: [{ field: 'comment', problem: 'too_long', length: 1001 }],
    });
  });
});

describe('parsePulseCommand', () => {
  it('when leaders write the documented forms, then each is understood', () => {
    expect(parsePulseCommand('')).toEqual({ kind: 'show' });
    expect(parsePulseCommand(' results ')).toEqual({ kind: 'results' });
    expect(parsePulseCommand('ON')).toEqual({ kind: 'on' });
    expect(parsePulseCommand('off')).toEqual({ kind: 'off' });
    expect(parsePulseCommand('every 1')).toEqual({ kind: 'every', weeks: 1 });
    expect(parsePulseCommand('every 2')).toEqual({ kind: 'every', weeks: 2 });
    expect(parsePulseCommand('now')).toEqual({ kind: 'now' });
    expect(parsePulseCommand('day fri')).toEqual({ kind: 'day', weekday: 5 });
    expect(parsePulseCommand('结果')).toEqual({ kind: 'results' });
    expect(parsePulseCommand('day 周三')).toEqual({ kind: 'day', weekday: 3 });
  });

  it('when the text is wrong, then a usage error names what to write', () => {
    const codeOf = (text: string) => {
      try {
        parsePulseCommand(text);
        return null;
      } catch (error) {
        return isAppError(error) ? error.messageKey : 'not an AppError';
      }
    };
    expect(codeOf('every 3')).toBe('pulse.error.every');
    expect(codeOf('every')).toBe('pulse.error.every');
    expect(codeOf('day someday')).toBe('pulse.error.day');
    expect(codeOf('dance')).toBe('pulse.error.usage');
    expect(codeOf('now please')).toBe('pulse.error.usage');
  });
});

describe('pulse blocks', () => {
  it('when results are hidden, then the leader’s message holds no figure but the round’s week', () => {
    const message = resultsMessage('en', team, summarize([round('2026-W49', ['goals'], [5, 4, 1, 2])], 5));
    const all = JSON.stringify(message).replace(/2026-W49/g, '');
    expect(all).toContain('not enough answers yet');
    expect(all).not.toMatch(/\d/);
  });

  it('when comments contain mentions and links, then they are shown inert', () => {
    const data = round('2026-W49', ['goals'], [5, 4, 4, 3, 3]);
    const answers = data.answers.map((a, i) =>
      i === 0 ? { ...a, comment: '<!channel> <@U123> <http://x.example|click> & more' } : a,
    );
    const message = resultsMessage('en', team, summarize([{ ...data, answers }], 5));
    const text = JSON.stringify(message.blocks);
    expect(text).toContain('&lt;!channel&gt; @U123 &lt;http://x.example|click&gt; &amp; more');
    expect(text).not.toContain('<!channel>');
    expect(message.blocks.length).toBeLessThanOrEqual(50);
  });

  it('when there are many long comments, then the message stays within Slack’s limits', () => {
    const scores = Array.from({ length: 60 }, () => 4);
    const data = round('2026-W49', ['goals'], scores);
    const answers = data.answers.map((a) => ({ ...a, comment: '<'.repeat(2000) }));
    const message = resultsMessage('zh-CN', team, summarize([{ ...data, answers }], 5));
    expect(message.blocks.length).toBeLessThanOrEqual(50);
    const shownText = message.blocks
      .map((b) =>
        JSON.stringify(
          (b as { text?: unknown; elements?: unknown }).text ?? (b as { elements?: unknown }).elements ?? '',
        ),
      )
      .join('');
    expect(shownText.length).toBeLessThan(12_000);
    expect(message.text.length).toBeLessThanOrEqual(12_000);
    expect(JSON.stringify(message.blocks)).toContain('还有 40 条');
  });

  it('when the modal is built, then it has one 1–5 choice per question, an optional comment, and only the round id as metadata', () => {
    const questions = questionsForRound(0);
    const view = pulseModal('zh-CN', {
      team,
      round: {
        id: 'round1',
        teamId: 'team1',
        period: '2026-W49',
        questionIds: questions.map((q) => q.id),
        openedAt: closesAt,
        closesAt,
        closedAt: null,
        respondents: 0,
        invited: 0,
      },
      questions,
    });
    expect(view.private_metadata).toBe('round1');
    const inputs = view.blocks.filter((b) => b.type === 'input') as Array<{
      block_id: string;
      optional?: boolean;
      element: { type: string; options?: unknown[] };
    }>;
    expect(inputs.map((b) => b.block_id)).toEqual(['goals_1', 'roles_1', 'skills_1', 'comment']);
    expect(inputs.slice(0, 3).every((b) => b.element.type === 'radio_buttons' && b.element.options?.length === 5)).toBe(
      true,
    );
    expect(inputs[3]!.optional).toBe(true);
    expect(JSON.stringify(view)).toContain('我清楚地了解团队这一阶段所要到达的目标');
  });
});
