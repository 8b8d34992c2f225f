import type { TemplateVersion } from './model.ts';
import { comparePeriods, type Period } from './period.ts';

const byStart = (versions: readonly TemplateVersion[]) =>
  [...versions].sort((a, b) => comparePeriods(a.effectiveFrom, b.effectiveFrom) || a.version - b.version);

/**
 * The version a period is scored on: the latest one that had begun by the period's start.
 * Periods before the first version use the first (a team's first template covers its past).
 */
export function templateFor(versions: readonly TemplateVersion[], period: Period): TemplateVersion | null {
  const ordered = byStart(versions);
  let chosen: TemplateVersion | null = ordered[0] ?? null;
  for (const version of ordered) {
    if (comparePeriods(version.effectiveFrom, period) <= 0) chosen = version;
  }
  return chosen;
}

/** A version that starts after the current period: a change waiting for its period to come. */
export function pendingVersion(versions: readonly TemplateVersion[], current: Period): TemplateVersion | null {
  return byStart(versions).find((v) => comparePeriods(v.effectiveFrom, current) > 0) ?? null;
}
