import { DateTime } from 'luxon';
import { t, type Locale } from '../../i18n/index.ts';

/** A calendar date the way each language writes it: "Fri 27 Nov 2026" / "2026年11月27日 周五". */
export function formatDate(localDate: string, locale: Locale): string {
  const date = DateTime.fromISO(localDate, { locale: locale === 'zh-CN' ? 'zh-CN' : 'en-GB' });
  if (!date.isValid) return localDate;
  return locale === 'zh-CN' ? date.toFormat('yyyy年M月d日 ccc') : date.toFormat('ccc d LLL yyyy');
}

/** A moment on a team's clock, with the clock named: "Wed 9 Dec 2026 at 09:00 (Asia/Shanghai)". */
export function formatMoment(at: Date, timeZone: string, locale: Locale): string {
  const local = DateTime.fromJSDate(at, { zone: timeZone });
  return t(locale, 'common.moment', {
    date: formatDate(local.toISODate() ?? '', locale),
    time: local.toFormat('HH:mm'),
    zone: timeZone,
  });
}
