import { describe, expect, it } from 'vitest';
import { escapeMrkdwn, inert, truncate } from '../../src/shared/text.ts';

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
    expect(inert('<@U1> hello there', 10)).toBe('&lt;@U1…');
    expect(inert('a<'.repeat(750), 2800)).toMatch(/^(a&lt;)+a?…$/);
  });

  it('when a long run of hostile tokens is cut, then still no raw angle bracket remains', () => {
    const out = inert('<!channel>'.repeat(500), 333);
    expect(out).not.toMatch(/[<>]/);
    expect(Array.from(out)).toHaveLength(333);
  });
});
