import { createRequire } from 'node:module';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';

/**
 * Charts drawn in-process: a Vega-Lite spec (plain JSON, see src/domain/digest/chart.ts) to
 * SVG with Vega, then to PNG with resvg. The machine's own fonts draw Chinese as empty boxes,
 * so the font is Noto Sans (Simplified Chinese) from an npm package that `npm ci` installs;
 * no system font is read, so a chart looks the same on every machine.
 */
const require = createRequire(import.meta.url);
const FONT_DIR = path.join(path.dirname(require.resolve('@embedpdf/fonts-sc')), '..', 'fonts');
export const CHART_FONT = { family: 'Noto Sans S Chinese', file: path.join(FONT_DIR, 'NotoSansHans-Regular.otf') };

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
