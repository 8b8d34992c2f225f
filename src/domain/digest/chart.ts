import type { DigestSnapshot } from './ports.ts';

/**
 * The digest's chart: participation and trust by week, read from stored snapshots (never
 * recomputed), as a Vega-Lite spec — plain JSON a test can compare, drawn by src/infra/chart.
 * Every series is a share (0–1); the pulse's 1–5 score is shown as its share of 5, and only
 * where the snapshot showed it (a hidden round leaves a gap, never a number).
 */
export const CHART_SERIES = ['checkin', 'voices', 'pulse', 'coffee'] as const;
export type ChartSeries = (typeof CHART_SERIES)[number];

/** Weeks of history the chart shows, this one included. */
export const CHART_WEEKS = 12;
/** A trend needs at least two weeks. */
export const CHART_MIN_WEEKS = 2;

export interface ChartPoint {
  week: string;
  series: ChartSeries;
  value: number;
}

const round2 = (value: number) => Math.round(value * 100) / 100;

/** The points of the last CHART_WEEKS snapshots, oldest first. */
export function trendPoints(snapshots: readonly DigestSnapshot[]): ChartPoint[] {
  const weeks = [...snapshots].sort((a, b) => a.week.localeCompare(b.week)).slice(-CHART_WEEKS);
  return weeks.flatMap(({ week, signals: s }) => {
    const values: Record<ChartSeries, number | null> = {
      checkin: s.participation.checkin.rate,
      voices: s.people > 0 ? s.participation.voices.people / s.people : null,
      pulse: s.trust.pulse.state === 'shown' ? s.trust.pulse.overall / 5 : null,
      coffee:
        s.participation.coffee.groups > 0 ? s.participation.coffee.meetingsHeld / s.participation.coffee.groups : null,
    };
    return CHART_SERIES.flatMap((series) => {
      const value = values[series];
      return value === null ? [] : [{ week, series, value: round2(Math.min(1, Math.max(0, value))) }];
    });
  });
}

/** Whether the snapshots make a trend worth drawing. */
export const hasTrend = (points: readonly ChartPoint[]) => new Set(points.map((p) => p.week)).size >= CHART_MIN_WEEKS;

export interface ChartLabels {
  title: string;
  week: string;
  series: Record<ChartSeries, string>;
  font: string;
}

/** A line per series, by week, in the leader's language. */
export function chartSpec(points: readonly ChartPoint[], labels: ChartLabels): Record<string, unknown> {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: 560,
    height: 220,
    background: 'white',
    config: { font: labels.font, legend: { orient: 'bottom' } },
    title: labels.title,
    data: { values: points.map((p) => ({ week: p.week, series: labels.series[p.series], value: p.value })) },
    mark: { type: 'line', point: true },
    encoding: {
      x: { field: 'week', type: 'ordinal', title: labels.week, axis: { labelAngle: 0 } },
      y: { field: 'value', type: 'quantitative', title: null, scale: { domain: [0, 1] }, axis: { format: '%' } },
      color: {
        field: 'series',
        type: 'nominal',
        title: null,
        sort: CHART_SERIES.map((series) => labels.series[series]),
      },
    },
  };
}
