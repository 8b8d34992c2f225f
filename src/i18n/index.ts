import { en, type MessageKey } from './en.ts';
import { zhCN } from './zh-CN.ts';

export type { MessageKey };
export type Locale = 'en' | 'zh-CN';
export const LOCALES: readonly Locale[] = ['en', 'zh-CN'];

export const catalogs: Record<Locale, Record<MessageKey, string>> = { en, 'zh-CN': zhCN };

export type MessageParams = Record<string, string | number>;

/** Looks a message up and fills `{name}` placeholders; unknown placeholders stay visible. */
export function t(locale: Locale, key: MessageKey, params: MessageParams = {}): string {
  const template = catalogs[locale][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** Maps a Slack locale ("zh-CN", "zh-TW", "en-US", …) onto a catalog; null when we have none. */
export function localeFromSlack(slackLocale: string | null | undefined): Locale | null {
  if (!slackLocale) return null;
  const lower = slackLocale.toLowerCase();
  if (lower.startsWith('zh')) return 'zh-CN';
  if (lower.startsWith('en')) return 'en';
  return null;
}

/** The member's own Slack language wins; the team's default otherwise. */
export function chooseLocale(memberLocale: string | null | undefined, teamDefault: string): Locale {
  return localeFromSlack(memberLocale) ?? localeFromSlack(teamDefault) ?? 'en';
}
