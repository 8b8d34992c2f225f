import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { zhCN } from '../../src/i18n/zh-CN.ts';
import { catalogs, chooseLocale, localeFromSlack, LOCALES, t } from '../../src/i18n/index.ts';

const enKeys = Object.keys(en);
const zhKeys = Object.keys(zhCN);

function placeholders(message: string): string[] {
  return [...new Set(Array.from(message.matchAll(/\{(\w+)\}/g), (match) => match[1] ?? ''))].sort();
}

describe('catalogs', () => {
  it('when the catalogs are compared, then en and zh-CN have exactly the same keys', () => {
    const onlyEn = enKeys.filter((key) => !zhKeys.includes(key));
    const onlyZh = zhKeys.filter((key) => !enKeys.includes(key));
    expect({ onlyEn, onlyZh }).toEqual({ onlyEn: [], onlyZh: [] });
  });

  it('when the catalogs are counted, then both hold the same number of messages and more than none', () => {
    expect(zhKeys.length).toBe(enKeys.length);
    expect(enKeys.length).toBeGreaterThan(50);
  });

  it('when the index exposes the catalogs, then they are the en and zh-CN objects for both locales', () => {
    expect(LOCALES).toEqual(['en', 'zh-CN']);
    expect(catalogs.en).toBe(en);
    expect(catalogs['zh-CN']).toBe(zhCN);
  });

  it('when placeholders are compared per key, then en and zh-CN use the same ones', () => {
    const mismatched = enKeys
      .map((key) => ({
        key,
        en: placeholders(en[key as keyof typeof en]),
        zh: placeholders(zhCN[key as keyof typeof zhCN] ?? ''),
      }))
      .filter((entry) => entry.en.join(',') !== entry.zh.join(','));
    expect(mismatched).toEqual([]);
  });

  it('when every value is inspected, then none is empty or only whitespace', () => {
    const empty = [
      ...Object.entries(en)
        .filter(([, value]) => value.trim() === '')
        .map(([key]) => `en:${key}`),
      ...Object.entries(zhCN)
        .filter(([, value]) => value.trim() === '')
        .map(([key]) => `zh-CN:${key}`),
    ];
    expect(empty).toEqual([]);
  });

  it('when the zh-CN catalog is read, then no message with English words is a copy of the English one', () => {
    const hasWords = (message: string) => /[A-Za-z]{2,}/.test(message.replace(/\{\w+\}/g, ''));
    const identical = enKeys.filter(
      (key) => en[key as keyof typeof en] === zhCN[key as keyof typeof zhCN] && hasWords(en[key as keyof typeof en]),
    );
    expect(identical).toEqual([]);
  });
});

describe('t', () => {
  it('when a message has placeholders and all params are given, then they are filled', () => {
    expect(t('en', 'common.error.text_too_long', { max: 1500, length: 1600 })).toBe(
      'That is too long: 1500 characters at most (you wrote 1600).',
    );
  });

  it('when a zh-CN message has placeholders, then they are filled', () => {
    expect(t('zh-CN', 'common.error.text_too_long', { max: 1500, length: 1600 })).toBe(
      '内容太长了：最多 1500 个字符（你写了 1600 个）。',
    );
  });

  it('when a param is missing, then its placeholder stays visible', () => {
    expect(t('en', 'common.error.text_too_long', { max: 10 })).toBe(
      'That is too long: 10 characters at most (you wrote {length}).',
    );
  });

  it('when no params are given, then every placeholder stays visible', () => {
    expect(t('en', 'hexin.holiday.removed')).toBe('{date} is no longer a team holiday.');
  });

  it('when extra params are given, then they are ignored', () => {
    expect(t('en', 'common.done', { unused: 'x' })).toBe('Done.');
  });

  it('when a param value contains a placeholder-looking text, then it is inserted literally and not filled again', () => {
    expect(t('en', 'hexin.remove.done', { user: '{team}', team: 'Sales' })).toBe('{team} is no longer in *Sales*.');
  });

  it('when a param value contains $& replacement patterns, then they are inserted literally', () => {
    expect(t('en', 'hexin.timezone.done', { zone: '$&$1' })).toBe('The team’s time zone is now $&$1.');
  });

  it('when a message has no placeholders, then it is returned as written', () => {
    expect(t('zh-CN', 'common.cancel')).toBe('取消');
  });
});

describe('localeFromSlack', () => {
  const cases: Array<[string | null | undefined, string | null]> = [
    ['zh-CN', 'zh-CN'],
    ['zh-TW', 'zh-CN'],
    ['ZH-cn', 'zh-CN'],
    ['en-US', 'en'],
    ['en-GB', 'en'],
    ['fr-FR', null],
    ['ja-JP', null],
    ['', null],
    [null, null],
    [undefined, null],
  ];
  for (const [input, expected] of cases) {
    it(`when Slack says ${JSON.stringify(input)}, then the locale is ${JSON.stringify(expected)}`, () => {
      expect(localeFromSlack(input)).toBe(expected);
    });
  }
});

describe('chooseLocale', () => {
  it('when the member has a supported Slack locale, then it wins over the team default', () => {
    expect(chooseLocale('en-US', 'zh-CN')).toBe('en');
    expect(chooseLocale('zh-TW', 'en')).toBe('zh-CN');
  });

  it('when the member locale is unsupported, then the team default is used', () => {
    expect(chooseLocale('fr-FR', 'zh-CN')).toBe('zh-CN');
  });

  it('when the member has no locale, then the team default is used', () => {
    expect(chooseLocale(null, 'zh-CN')).toBe('zh-CN');
    expect(chooseLocale(undefined, 'en')).toBe('en');
  });

  it('when neither the member nor the team locale is supported, then English is used', () => {
    expect(chooseLocale('fr-FR', 'de-DE')).toBe('en');
    expect(chooseLocale(null, '')).toBe('en');
  });
});
