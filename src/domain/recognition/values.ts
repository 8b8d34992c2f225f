import { t, type Locale } from '../../i18n/index.ts';
import type { TeamValue } from './model.ts';

/**
 * The five values every team starts with, from the study's "service by everyone" idea and
 * its 合心 ("one heart") team culture, with collaboration, ownership and learning.
 */
const DEFAULT_KEYS = ['service', 'oneheart', 'collaboration', 'ownership', 'learning'] as const;

export const DEFAULT_VALUES: ReadonlyArray<Pick<TeamValue, 'key' | 'labelEn' | 'labelZh' | 'position'>> =
  DEFAULT_KEYS.map((key, position) => ({
    key,
    labelEn: t('en', `recognition.value.default.${key}`),
    labelZh: t('zh-CN', `recognition.value.default.${key}`),
    position,
  }));

export const VALUE_KEY = /^[a-z0-9-]{1,30}$/;
export const VALUE_LABEL_MAX = 40;
export const MAX_ACTIVE_VALUES = 20;

const fold = (text: string) =>
  text
    .normalize('NFKC')
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '');

/** Which active value a word after # names: its key, its Chinese label or its English label. */
export function findValue(values: readonly TeamValue[], word: string): TeamValue | null {
  const wanted = fold(word);
  if (!wanted) return null;
  const active = values.filter((v) => v.active);
  return (
    active.find((v) => v.key === wanted) ??
    active.find((v) => fold(v.labelZh) === wanted) ??
    active.find((v) => fold(v.labelEn) === wanted) ??
    null
  );
}

export const activeValues = (values: readonly TeamValue[]): TeamValue[] => values.filter((v) => v.active);

export const labelOf = (value: Pick<TeamValue, 'labelEn' | 'labelZh'>, locale: Locale): string =>
  locale === 'zh-CN' ? value.labelZh : value.labelEn;

/** The value a reaction gives: the first active value in the team's list. */
export const reactionValue = (values: readonly TeamValue[]): TeamValue | null => activeValues(values)[0] ?? null;
