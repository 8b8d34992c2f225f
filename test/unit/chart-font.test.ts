import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHART_SERIES, chartSpec } from '../../src/domain/digest/chart.ts';
import { CHART_FONT, type ChartFontSource, SubsetChartFont } from '../../src/infra/chart/font.ts';
import { renderChart } from '../../src/infra/chart/render.ts';
import type { Locale } from '../../src/i18n/index.ts';
import { chartLabels } from '../../src/slack/digest-notifier.ts';

const WEEKS = ['2026-W46', '2026-W47', '2026-W48', '2026-W49'];
const specIn = (locale: Locale) =>
  chartSpec(
    WEEKS.flatMap((week, i) => CHART_SERIES.map((series, j) => ({ week, series, value: ((i + j) % 4) / 4 }))),
    chartLabels(locale, CHART_FONT.family),
  );
/** The font as the package ships it, all 8 MB. */
const wholeFont: ChartFontSource = { withFileFor: (_text, draw) => draw(CHART_FONT.file) };

describe('the chart font', () => {
  it('when a chart is drawn with the font cut to its characters, then it is the image the whole font draws, byte for byte, in either language', async () => {
    const font = new SubsetChartFont();
    for (const locale of ['zh-CN', 'en'] as const) {
      const cut = await renderChart(specIn(locale), font);
      const whole = await renderChart(specIn(locale), wholeFont);
      expect(cut.equals(whole)).toBe(true);
    }
  });

  it('when text brings characters the cut lacks, then the cut grows to hold them, text with nothing new is drawn from the same cut, and no font file outlives its drawing', () => {
    const font = new SubsetChartFont();
    const sizeFor = (text: string) => {
      let file = '';
      const size = font.withFileFor(text, (fontFile) => {
        file = fontFile;
        return statSync(fontFile).size;
      });
      expect(existsSync(file)).toBe(false);
      return size;
    };
    const latin = sizeFor('Weekly participation 80%');
    const chinese = sizeFor('每周参与与信任 80%');
    expect(chinese).toBeGreaterThan(latin);
    expect(sizeFor('信任与参与 42% 🙂')).toBe(chinese);
    expect(sizeFor('新')).toBeGreaterThan(chinese);
    expect(statSync(CHART_FONT.file).size / chinese).toBeGreaterThan(100);
  });

  it('when drawing fails, then the font file is removed all the same', () => {
    const font = new SubsetChartFont();
    let file = '';
    expect(() =>
      font.withFileFor('周', (fontFile) => {
        file = fontFile;
        throw new Error('resvg refused the SVG');
      }),
    ).toThrow('resvg refused the SVG');
    expect(file).not.toBe('');
    expect(existsSync(file)).toBe(false);
  });

  it('when the font file is not a font, then drawing fails saying the font could not be cut, and nothing is drawn', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'chart-font-test-'));
    try {
      const notAFont = path.join(dir, 'not-a-font.otf');
      writeFileSync(notAFont, Buffer.from('this is not an OpenType font'.repeat(100)));
      let drawn = false;
      expect(() =>
        new SubsetChartFont(notAFont).withFileFor('每周', () => {
          drawn = true;
        }),
      ).toThrow('HarfBuzz could not cut the font');
      expect(drawn).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
