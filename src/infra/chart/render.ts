import { Resvg } from '@resvg/resvg-js';
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { CHART_FONT, type ChartFontSource } from './font.ts';

/**
 * A chart drawn: a Vega-Lite spec (plain JSON, see src/domain/digest/chart.ts) to SVG with
 * Vega, then to PNG with resvg. It runs in the chart thread (chart-thread.ts), never on the
 * event loop that acks Slack.
 */
/** Twice the spec's size: sharp on a high-density screen, small enough to upload at once. */
const ZOOM = 2;

/** Draws a Vega-Lite spec (plain JSON) as a PNG, its text in a font from `font`. */
export async function renderChart(spec: Record<string, unknown>, font: ChartFontSource): Promise<Buffer> {
  const view = new vega.View(vega.parse(compile(spec as unknown as TopLevelSpec).spec), { renderer: 'none' });
  try {
    const svg = await view.toSVG();
    // resvg reads the font while it lays out the SVG, so the file is needed only for the constructor.
    const drawing = font.withFileFor(
      svg,
      (fontFile) =>
        new Resvg(svg, {
          font: { fontFiles: [fontFile], loadSystemFonts: false, defaultFontFamily: CHART_FONT.family },
          fitTo: { mode: 'zoom', value: ZOOM },
        }),
    );
    return Buffer.from(drawing.render().asPng());
  } finally {
    view.finalize();
  }
}
