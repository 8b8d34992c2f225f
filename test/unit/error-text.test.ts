import { describe, expect, it } from 'vitest';
import { AppError, typed } from '../../src/shared/errors.ts';
import { errorText } from '../../src/slack/deps.ts';

describe('an error in the person’s words', () => {
  it('when the domain echoes typed text, then the words show it inert and cut, and numbers as they are', () => {
    const error = new AppError('USAGE', 'pulse.error.usage', { word: typed('<!channel> *loud* <@U123>', 40) });
    const text = errorText('en', error);
    expect(text).not.toMatch(/<[!@]/);
    expect(text).toContain('&lt;!channel&gt;');
    const long = errorText('en', new AppError('USAGE', 'pulse.error.usage', { word: typed('x'.repeat(100), 40) }));
    expect(long).toContain(`${'x'.repeat(39)}…`);
    expect(long).not.toContain('x'.repeat(40));
    const counted = errorText('en', new AppError('TOO_LONG', 'common.error.text_too_long', { max: 500, length: 612 }));
    expect(counted).toContain('500');
    expect(counted).toContain('612');
  });

  it('when a team name has Slack markup, then the which-team refusal names it without formatting', () => {
    const text = errorText(
      'zh-CN',
      new AppError('WHICH_TEAM', 'common.error.which_team', { teams: typed('_north_, <!here>', 200) }),
    );
    expect(text).not.toContain('<!here>');
    expect(text).not.toMatch(/(^|\s)_north_/);
  });
});
