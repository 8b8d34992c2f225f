import type { View } from '@slack/types';
import { t, type Locale } from '../../i18n/index.ts';
import { LIMITS, plain, section } from './limits.ts';

/** A small modal that only says something: for requests with no channel to answer in (App Home buttons, shortcuts). */
export function noticeModal(locale: Locale, text: string): View {
  return {
    type: 'modal',
    title: plain(t(locale, 'common.notice.title'), LIMITS.modalTitle),
    close: plain(t(locale, 'common.notice.close'), LIMITS.modalTitle),
    blocks: [section(text)],
  };
}
