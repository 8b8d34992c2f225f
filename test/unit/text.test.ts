import { describe, expect, it } from 'vitest';
import { escapeMrkdwn, inert, mentionsAsText, neutraliseFormatting, truncate } from '../../src/shared/text.ts';
import { kudosPost } from '../../src/slack/blocks/recognition.ts';
import { plainText } from '../../src/slack/listeners/commands/kudos.ts';

const HOSTILE = ['<!channel>', '<!here>', '<!everyone>', '<@U123>', '<#C1|x>', '<http://x|y>', '<!subteam^S1>'];

describe('escapeMrkdwn', () => {
  const expected: Record<string, string> = {
    '<!channel>': '&lt;!channel&gt;',
    '<!here>': '&lt;!here&gt;',
    '<@U123>': '&lt;@U123&gt;',
    '<#C1|x>': '&lt;#C1|x&gt;',
    '<http://x|y>': '&lt;http://x|y&gt;',
  };
  for (const [input, output] of Object.entries(expected)) {
    it(`when given ${input}, then it becomes ${output}`, () => {
      expect(escapeMrkdwn(input)).toBe(output);
    });
  }

  it('when given an ampersand, then it becomes &amp;', () => {
    expect(escapeMrkdwn('R&D')).toBe('R&amp;D');
  });

  it('when given text that already looks escaped, then the ampersand is escaped again so it shows as typed', () => {
    expect(escapeMrkdwn('&lt;!channel&gt;')).toBe('&amp;lt;!channel&amp;gt;');
  });

  it('when given plain text with Chinese and emoji, then it is unchanged', () => {
    expect(escapeMrkdwn('今天拜访了 3 家 😀 *bold*')).toBe('今天拜访了 3 家 😀 *bold*');
  });

  it('when hostile tokens are mixed into a sentence, then no raw angle bracket remains', () => {
    const out = escapeMrkdwn(`hi ${HOSTILE.join(' and ')} bye`);
    expect(out).not.toMatch(/[<>]/);
    expect(out.startsWith('hi &lt;!channel&gt; and &lt;!here&gt;')).toBe(true);
  });
});

describe('truncate', () => {
  it('when the text fits, then it is returned unchanged', () => {
    expect(truncate('hello', 5)).toBe('hello');
  });

  it('when the text is one character too long, then it is cut to max characters ending with …', () => {
    expect(truncate('hello!', 5)).toBe('hell…');
  });

  it('when Chinese text is cut, then characters (not bytes) are counted', () => {
    expect(truncate('今天拜访了五家零售户', 5)).toBe('今天拜访…');
    expect(Array.from(truncate('今天拜访了五家零售户', 5))).toHaveLength(5);
  });

  it('when emoji text is cut, then no surrogate pair is split', () => {
    const out = truncate('😀😁😂🤣😃😄', 4);
    expect(out).toBe('😀😁😂…');
    expect(Array.from(out)).toHaveLength(4);
  });

  it('when emoji text has exactly max characters but twice as many UTF-16 units, then it is kept whole', () => {
    expect(truncate('😀😁😂', 3)).toBe('😀😁😂');
  });

  it('when max is 1 and the text is longer, then only the ellipsis remains', () => {
    expect(truncate('abc', 1)).toBe('…');
  });

  it('when the text is empty, then it stays empty', () => {
    expect(truncate('', 3)).toBe('');
  });
});

describe('inert', () => {
  for (const hostile of HOSTILE) {
    it(`when given ${hostile}, then no raw < or > remains`, () => {
      const out = inert(hostile);
      expect(out).not.toContain('<');
      expect(out).not.toContain('>');
    });
  }

  it('when given an ampersand, then it is escaped', () => {
    expect(inert('Q&A')).toBe('Q&amp;A');
  });

  it('when given long text, then it is cut to the default 2900 characters ending with …', () => {
    const out = inert('x'.repeat(5000));
    expect(Array.from(out)).toHaveLength(2900);
    expect(out.endsWith('…')).toBe(true);
  });

  it('when given a max, then the escaped text is cut within that many characters without splitting an entity', () => {
    expect(inert('<!here> hello there', 10)).toBe('&lt;!here…');
    expect(inert('a<'.repeat(750), 2800)).toMatch(/^(a&lt;)+a?…$/);
  });

  it('when a long run of hostile tokens is cut, then still no raw angle bracket remains', () => {
    const out = inert('<!channel>'.repeat(500), 333);
    expect(out).not.toMatch(/[<>]/);
    expect(Array.from(out)).toHaveLength(333);
  });
});

describe('mentionsAsText', () => {
  it('when text holds Slack’s mention markup, typed or made by Slack, then each becomes plain @name or #name, the id when no name is given', () => {
    expect(mentionsAsText('thanks <@U0ABC|li.wei> and <@W0DEF>, see <#C0123|north-route>')).toBe(
      'thanks @li.wei and @W0DEF, see #north-route',
    );
  });

  it('when text holds special mentions or links, then they are left for escaping', () => {
    expect(mentionsAsText('<!channel> <http://x|y> <@u1>')).toBe('<!channel> <http://x|y> <@u1>');
  });
});

describe('neutraliseFormatting', () => {
  it('when markers touch a space, punctuation or an edge, then they become their full-width twins', () => {
    expect(neutraliseFormatting('*bold* _it_ ~gone~ `code`')).toBe('＊bold＊ ＿it＿ ～gone～ ｀code｀');
  });

  it('when a marker sits between two letters or digits, then it stays: emoji names and identifiers are untouched', () => {
    expect(neutraliseFormatting(':white_check_mark: snake_case 3*4')).toBe(':white_check_mark: snake_case 3*4');
  });

  it('when Chinese text carries markers, then only those at a boundary change and the Chinese is kept', () => {
    expect(neutraliseFormatting('把*零售户满意度*提到 90%，中*文')).toBe('把*零售户满意度*提到 90%，中*文');
    expect(neutraliseFormatting('*零售户满意度*：90%')).toBe('＊零售户满意度＊：90%');
  });

  it('when a line starts with an escaped >, then it cannot become a quote', () => {
    expect(neutraliseFormatting('&gt; quoted\nnot &gt; here')).toBe('＞ quoted\nnot &gt; here');
  });

  it('when given escaped entities, then they are unchanged', () => {
    expect(neutraliseFormatting('&lt;!channel&gt; &amp;')).toBe('&lt;!channel&gt; &amp;');
  });
});

describe('inert inside Hexin’s own formatting', () => {
  /** The bold spans Slack would find: a `*` after an edge, space or punctuation, up to a `*` before one. */
  const boldSpans = (mrkdwn: string) =>
    [...mrkdwn.matchAll(/(?<![\p{L}\p{N}])\*(?!\s)(.+?)(?<!\s)\*(?![\p{L}\p{N}])/gu)].map((m) => m[1]);

  it('when a goal title has its own *bold*, then Hexin’s bold around it still spans the whole title', () => {
    const head = `*${inert('Grow *fast* on the _north_ loop', 150)}*`;
    expect(boldSpans(head)).toEqual(['Grow ＊fast＊ on the ＿north＿ loop']);
  });

  it('when a title ending in a marker is cut, then the marker before the ellipsis is made inert too', () => {
    expect(inert('ab*cd', 4)).toBe('ab＊…');
    expect(boldSpans(`*${inert('ab*cd', 4)}*`)).toEqual(['ab＊…']);
  });

  it('when a typed mention is shown, then it is plain @text with no angle brackets, the same as kudos shows it', () => {
    expect(inert('ask <@U0ABC> or <@U0DEF|wang>')).toBe('ask @U0ABC or @wang');
  });

  it('when text has backticks, then it cannot open a code span', () => {
    expect(inert('```rm -rf```')).not.toContain('`');
  });
});

describe('one rule for a typed mention, on the real surfaces', () => {
  const typed = 'thanks <@U0ABC> and *all* of you';
  const kudos = (message: string) =>
    kudosPost('en', {
      giverSlackId: 'UGIVER',
      recipientSlackIds: ['UANNA'],
      value: { key: 'service', labelEn: 'Service by everyone', labelZh: '全员服务' },
      message,
      source: 'command',
      emoji: 'clap',
      link: null,
    });
  const quotedLine = (message: string) => JSON.stringify(kudos(message).blocks[1]);

  it('when a kudos message holds <@U…>, whether Slack made it from an @ or the giver typed it, then it shows as the same plain @U… that any other surface shows', () => {
    // Slack escapes a typed < as &lt;; a real @mention arrives as <@U0ABC>: both read the same.
    const fromMention = quotedLine(plainText('thanks <@U0ABC> and *all* of you'));
    const fromTyping = quotedLine(plainText('thanks &lt;@U0ABC&gt; and *all* of you'));
    expect(fromMention).toBe(fromTyping);
    expect(fromMention).toContain(`> ${inert(typed)}`);
    expect(fromMention).toContain('thanks @U0ABC and ＊all＊ of you');
    expect(fromMention).not.toContain('<@U0ABC>');
  });

  it('when text from a form (goal title, check-in answer) holds the same words, then inert shows it exactly as the kudos post does', () => {
    expect(inert(typed)).toBe('thanks @U0ABC and ＊all＊ of you');
    expect(JSON.stringify(kudos(typed).blocks[1])).toContain(inert(typed));
  });
});
