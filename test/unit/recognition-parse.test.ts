import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/shared/errors.ts';
import { parseKudosCommand, plainText } from '../../src/slack/listeners/commands/kudos.ts';

function appError(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error('expected an AppError, but nothing was thrown');
}

describe('parseKudosCommand: giving kudos', () => {
  it('when two people, a value and a message are given, then all three are read and the message keeps its spacing', () => {
    expect(parseKudosCommand('<@UANNA|anna> <@UBO|bo> #collaboration thanks for\ncovering  the north route')).toEqual({
      kind: 'give',
      recipients: ['UANNA', 'UBO'],
      valueWord: 'collaboration',
      laterTags: [],
      message: 'thanks for\ncovering  the north route',
    });
  });

  it('when the value is a Chinese label, or written with a full-width ＃, then that word is the value', () => {
    expect(parseKudosCommand('<@UANNA> #合心 谢谢')).toMatchObject({ valueWord: '合心' });
    expect(parseKudosCommand('<@UANNA> ＃担当， 谢谢')).toMatchObject({ valueWord: '担当' });
  });

  it('when Slack turned #service into a channel link, then the channel name is the value', () => {
    expect(parseKudosCommand('<@UANNA> <#C0SERVICE|service> great call')).toMatchObject({
      valueWord: 'service',
      message: 'great call',
    });
  });

  it('when the value comes before the people, then both are still read', () => {
    expect(parseKudosCommand('#learning <@UANNA> taught me the new price list')).toMatchObject({
      recipients: ['UANNA'],
      valueWord: 'learning',
    });
  });

  it('when no value leads the message, then #words inside it are offered as later tags', () => {
    expect(parseKudosCommand('<@UANNA> great work on #ownership today')).toMatchObject({
      valueWord: null,
      laterTags: ['ownership'],
      message: 'great work on #ownership today',
    });
  });

  it('when a mention appears inside the message, then it is not a recipient and reads as @name', () => {
    expect(parseKudosCommand('<@UANNA|anna> #service helped <@UBO|bo> with a complaint')).toMatchObject({
      recipients: ['UANNA'],
      message: 'helped @bo with a complaint',
    });
  });

  it('when the message holds escaped characters and a special mention, then entities are decoded and <!channel> is kept as text', () => {
    expect(parseKudosCommand('<@UANNA> #service 1 &lt; 2 &amp; <!channel>')).toMatchObject({
      message: '1 < 2 & <!channel>',
    });
  });

  it('when the message is missing, then it is empty for the domain to refuse', () => {
    expect(parseKudosCommand('<@UANNA> #service')).toMatchObject({ kind: 'give', message: '' });
  });

  it('when nobody is mentioned, then the person is told to start with @someone', () => {
    expect(appError(() => parseKudosCommand('#service thanks all')).messageKey).toBe('recognition.error.no_recipients');
  });

  it('when a lone unknown word is written, then it is named as an unknown subcommand', () => {
    expect(appError(() => parseKudosCommand('valeus')).messageKey).toBe('recognition.error.unknown_subcommand');
  });

  it('when an @name was not turned into a mention, then the person is told to pick them from the list', () => {
    const error = appError(() => parseKudosCommand('<@UANNA> @bob #service thanks'));
    expect(error.messageKey).toBe('recognition.error.not_a_person');
    expect(error.params.word).toBe('@bob');
  });
});

describe('parseKudosCommand: help, values and settings', () => {
  it('when the text is empty, help or 帮助, then it is help', () => {
    for (const text of ['', '  ', 'help', 'HELP', '帮助']) expect(parseKudosCommand(text)).toEqual({ kind: 'help' });
  });

  it('when values are listed, added or removed, then key and both labels are read', () => {
    expect(parseKudosCommand('values')).toEqual({ kind: 'values' });
    expect(parseKudosCommand('values add Care Customer care | 客户关怀')).toEqual({
      kind: 'values-add',
      key: 'care',
      labelEn: 'Customer care',
      labelZh: '客户关怀',
    });
    expect(parseKudosCommand('values add care Customer care ｜ 客户关怀')).toMatchObject({ labelZh: '客户关怀' });
    expect(parseKudosCommand('values remove learning')).toEqual({ kind: 'values-remove', key: 'learning' });
  });

  it('when a value is added without both labels, then the person is shown the form', () => {
    expect(appError(() => parseKudosCommand('values add care Customer care')).messageKey).toBe(
      'recognition.values.error.usage',
    );
    expect(appError(() => parseKudosCommand('values rename care')).messageKey).toBe('recognition.values.usage');
  });

  it('when the emoji is set with or without a value, then both are read', () => {
    expect(parseKudosCommand('emoji')).toEqual({ kind: 'emoji', name: null, valueWord: null });
    expect(parseKudosCommand('emoji :tada: #learning')).toEqual({
      kind: 'emoji',
      name: ':tada:',
      valueWord: 'learning',
    });
    expect(appError(() => parseKudosCommand('emoji tada learning')).messageKey).toBe('recognition.emoji.error');
  });

  it('when the channel is a channel mention or home, then the id or null is returned', () => {
    expect(parseKudosCommand('channel <#C0KUDOS|kudos>')).toEqual({ kind: 'channel', channelId: 'C0KUDOS' });
    expect(parseKudosCommand('channel home')).toEqual({ kind: 'channel', channelId: null });
    expect(appError(() => parseKudosCommand('channel kudos')).messageKey).toBe('recognition.channel.error');
  });

  it('when the cap is a number, then it is read; otherwise refused', () => {
    expect(parseKudosCommand('cap 3')).toEqual({ kind: 'cap', cap: 3 });
    expect(appError(() => parseKudosCommand('cap three')).messageKey).toBe('recognition.cap.error');
    expect(appError(() => parseKudosCommand('cap -1')).messageKey).toBe('recognition.cap.error');
  });

  it('when the leaderboard is asked for or switched, then on, off or a plain look is returned', () => {
    expect(parseKudosCommand('leaderboard')).toEqual({ kind: 'leaderboard', enabled: null });
    expect(parseKudosCommand('leaderboard ON')).toEqual({ kind: 'leaderboard', enabled: true });
    expect(parseKudosCommand('leaderboard off')).toEqual({ kind: 'leaderboard', enabled: false });
    expect(appError(() => parseKudosCommand('leaderboard maybe')).messageKey).toBe('recognition.leaderboard.usage');
  });
});

describe('plainText', () => {
  it('when Slack escaped mentions and channels, then they read as @name and #name', () => {
    expect(plainText('hi <@U1|mei> in <#C1|south> and <@W2>')).toBe('hi @mei in #south and @W2');
  });
});
