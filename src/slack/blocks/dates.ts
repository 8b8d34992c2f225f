import { DateTime } from 'luxon';
import type { Locale } from '../../i18n/index.ts';

/** A calendar date the way each language writes it: "Fri 27 Nov 2026" / "2026年11月27日 周五". */
export function formatDate(localDate: string, locale: Locale): string {
  const date = DateTime.fromISO(localDate, { locale: locale === 'zh-CN' ? 'zh-CN' : 'en-GB' });
  if (!date.isValid) return localDate;
  return locale === 'zh-CN' ? date.toFormat('yyyy年M月d日 ccc') : date.toFormat('ccc d LLL yyyy');
}
