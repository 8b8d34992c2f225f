import { Resvg } from '@resvg/resvg-js';
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { CHART_FONT } from './font.ts';

/**
 * A chart drawn: a Vega-Lite spec (plain JSON, see src/domain/digest/chart.ts) to SVG with
 * Vega, then to PNG with resvg. It runs in the chart thread (chart-thread.ts), never on the
 * event loop that acks Slack.
 */
/** Twice the spec's size: sharp on a high-density screen, small enough to upload at once. */
const ZOOM = 2;

/** Draws a Vega-Lite spec (plain JSON) as a PNG. */
export async function renderChart(spec: Record<string, unknown>): Promise<Buffer> {
  const view = new vega.View(vega.parse(compile(spec as unknown as TopLevelSpec).spec), { renderer: 'none' });
  try {
    const svg = await view.toSVG();
    const png = new Resvg(svg, {
      font: { fontFiles: [CHART_FONT.file], loadSystemFonts: false, defaultFontFamily: CHART_FONT.family },
      fitTo: { mode: 'zoom', value: ZOOM },
    })
      .render()
      .asPng();
    return Buffer.from(png);
  } finally {
    view.finalize();
  }
}
