import { LOCALES, t, type Locale, type MessageKey } from '../../i18n/index.ts';
import type { MetricDraft } from './model.ts';

/**
 * The default template, from the study: assessment centred on retail-customer satisfaction,
 * brand cultivation and market upkeep (results), with process weighed alongside — visit-plan
 * completion and complaint handling. Results 60, process 40: "过程与结果并重".
 */
const DEFAULTS = [
  { key: 'satisfaction', kind: 'result', weight: 25, target: 90, direction: 'higher' },
  { key: 'brand', kind: 'result', weight: 20, target: 100, direction: 'higher' },
  { key: 'market', kind: 'result', weight: 15, target: 95, direction: 'higher' },
  { key: 'visits', kind: 'process', weight: 20, target: 100, direction: 'higher' },
  { key: 'complaints', kind: 'process', weight: 20, target: 24, direction: 'lower' },
] as const;

type DefaultKey = (typeof DEFAULTS)[number]['key'];
const DEFAULT_KEYS: ReadonlySet<string> = new Set(DEFAULTS.map((d) => d.key));
const isDefaultKey = (key: string): key is DefaultKey => DEFAULT_KEYS.has(key);

const nameKey = (key: DefaultKey): MessageKey => `scorecard.default.name.${key}`;
const unitKey = (key: DefaultKey): MessageKey => `scorecard.default.unit.${key}`;

/** The default metrics, named in the team's language. */
export function defaultMetrics(locale: Locale): MetricDraft[] {
  return DEFAULTS.map((d) => ({
    ...d,
    name: t(locale, nameKey(d.key)),
    unit: t(locale, unitKey(d.key)),
    source: 'manual' as const,
    keyResultId: null,
  }));
}

/**
 * A default metric still carrying its default name or unit is shown in the reader's language;
 * anything a leader wrote is shown as written.
 */
export function metricLabel(
  metric: { key: string; name: string; unit: string },
  locale: Locale,
): { name: string; unit: string } {
  if (!isDefaultKey(metric.key)) return { name: metric.name, unit: metric.unit };
  const translated = (key: MessageKey, written: string) =>
    LOCALES.some((l) => t(l, key) === written) ? t(locale, key) : written;
  return { name: translated(nameKey(metric.key), metric.name), unit: translated(unitKey(metric.key), metric.unit) };
}
