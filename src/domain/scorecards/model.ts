import type { LocalDate } from '../checkins/calendar.ts';
import type { Period, PeriodKind } from './period.ts';

export type MetricKind = 'process' | 'result';
export type Direction = 'higher' | 'lower';
/** Where a metric's value comes from: a leader enters it, a goal's key result, or check-ins. */
export type MetricSource = 'manual' | 'key_result' | 'checkin_rate';

export const METRIC_KINDS: readonly MetricKind[] = ['process', 'result'];
export const DIRECTIONS: readonly Direction[] = ['higher', 'lower'];
export const METRIC_SOURCES: readonly MetricSource[] = ['manual', 'key_result', 'checkin_rate'];

/** A metric as a leader writes it, before it is stored in a template version. */
export interface MetricDraft {
  key: string;
  name: string;
  kind: MetricKind;
  /** Whole percent; a template's weights add up to 100. */
  weight: number;
  target: number;
  unit: string;
  direction: Direction;
  source: MetricSource;
  keyResultId: string | null;
}

export interface Metric extends MetricDraft {
  id: string;
  templateId: string;
  position: number;
}

/** One version of a team's template: it applies from `effectiveFrom` until the next version. */
export interface TemplateVersion {
  id: string;
  teamId: string;
  version: number;
  effectiveFrom: Period;
  note: string;
  /** The leader's member id; null for the default template Hexin created. */
  createdById: string | null;
  createdAt: Date;
  metrics: Metric[];
}

export interface StoredValue {
  metricId: string;
  memberId: string;
  period: Period;
  value: number;
}

/** A value to write; `value: null` removes an entered value. */
export interface ValueWrite {
  teamId: string;
  metricId: string;
  memberId: string;
  period: Period;
  value: number | null;
  enteredById: string;
}

export interface Participation {
  /** Check-in prompts sent to the member in the period. */
  sent: number;
  /** Of those days, how many the member answered. */
  answered: number;
}

/** What the scorecard use cases need from storage; implemented in src/infra/db. */
export interface ScorecardStore {
  periodKind(teamId: string): Promise<PeriodKind>;
  setPeriodKind(teamId: string, kind: PeriodKind): Promise<void>;
  /** Every version of the team's template, oldest first, metrics in their order. */
  versions(teamId: string): Promise<TemplateVersion[]>;
  /** Creates version 1 unless the team already has a template (safe when two race). */
  createFirstVersion(
    teamId: string,
    draft: { effectiveFrom: Period; note: string; metrics: MetricDraft[] },
  ): Promise<void>;
  /**
   * Saves the version that starts at `effectiveFrom`: a new version number the first time,
   * the same version (metrics and note replaced) when one already starts there. Null when
   * another leader's save created it at the same moment (nothing is written).
   */
  saveVersion(
    teamId: string,
    draft: { effectiveFrom: Period; note: string; createdById: string; metrics: MetricDraft[] },
  ): Promise<{ template: TemplateVersion; created: boolean } | null>;
  values(query: { metricIds: string[]; period: Period; memberIds?: string[] }): Promise<StoredValue[]>;
  /** Writes every value or none (one transaction). */
  writeValues(writes: ValueWrite[]): Promise<void>;
  /** Those of these key results that belong to a goal of the team. */
  keyResultsOfTeam(teamId: string, keyResultIds: string[]): Promise<Array<{ id: string; title: string }>>;
  /** Whose card each key result counts on: its owner, else its proposer (member ids). */
  keyResultOwners(keyResultIds: string[]): Promise<Map<string, string>>;
  /** The team's accepted key results of open goals, for the template editor to list. */
  openKeyResults(teamId: string): Promise<Array<{ id: string; title: string }>>;
  /** Every period the team has a stored value for. */
  valuePeriods(teamId: string): Promise<Period[]>;
  /** The latest progress value of each key result recorded before `before`. */
  latestKeyResultValues(keyResultIds: string[], before: Date): Promise<Map<string, number>>;
  /** Check-in prompts sent and answered per member between two local dates (inclusive). */
  participation(memberIds: string[], from: LocalDate, to: LocalDate): Promise<Map<string, Participation>>;
}
