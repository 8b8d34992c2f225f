/**
 * The `digest-chart` bench: the chart a leader's digest carries — 12 weeks of four series with
 * Chinese labels — drawn in the chart thread as the worker draws it (Vega-Lite to SVG, resvg to
 * PNG, the font cut to the chart's characters). The first chart starts the thread, loads Vega
 * and cuts the font, and is its own figure; two more warm up, then 20 are timed.
 *
 * One JSON figure: `first_ms`, `p50_ms`, `max_ms` and the PNG's size in `png_kb`. No target: it
 * runs off the event loop, once per leader and week. In process: no database, so `db` is "none".
 *
 * `npm run bench -- digest-chart`.
 */
import { performance } from 'node:perf_hooks';
import { CHART_SERIES, CHART_WEEKS, type ChartPoint, chartSpec } from '../src/domain/digest/chart.ts';
import { shiftWeek } from '../src/domain/digest/window.ts';
import { ChartThread } from '../src/infra/chart/chart-thread.ts';
import { CHART_FONT } from '../src/infra/chart/font.ts';
import { chartLabels } from '../src/slack/digest-notifier.ts';
import type { Bench } from './lib/context.ts';
import { ascending, percentile, round } from './lib/stats.ts';

const WEEK = '2026-W49';
const WARM_UPS = 2;
const RENDERS = 20;

export const digestChart: Bench = {
  about: "a digest's chart, 12 weeks of four series in Chinese, drawn in the chart thread",
  async run({ figures }) {
    const points: ChartPoint[] = Array.from({ length: CHART_WEEKS }, (_, i) =>
      shiftWeek(WEEK, i - CHART_WEEKS + 1),
    ).flatMap((week, i) => CHART_SERIES.map((series, j) => ({ week, series, value: ((i * 7 + j * 13) % 10) / 10 })));
    const spec = chartSpec(points, chartLabels('zh-CN', CHART_FONT.family));
    const charts = new ChartThread();
    const times: number[] = [];
    let bytes = 0;
    let firstMs: number;
    try {
      const first = performance.now();
      await charts.render(spec);
      firstMs = performance.now() - first;
      for (let warm = 0; warm < WARM_UPS; warm++) await charts.render(spec);
      for (let n = 0; n < RENDERS; n++) {
        const started = performance.now();
        bytes = (await charts.render(spec)).length;
        times.push(performance.now() - started);
      }
    } finally {
      await charts.close();
    }
    const sorted = ascending(times);
    figures.print({
      bench: 'digest-chart',
      db: 'none',
      weeks: CHART_WEEKS,
      renders: RENDERS,
      first_ms: round(firstMs, 1),
      p50_ms: round(percentile(sorted, 50), 1),
      max_ms: round(sorted.at(-1) ?? Number.NaN, 1),
      png_kb: round(bytes / 1024, 1),
    });
  },
};
