import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FontSubsetter } from './font-subset.ts';

/**
 * The machine's own fonts draw Chinese as empty boxes, so charts use Noto Sans (Simplified
 * Chinese) from an npm package that `npm ci` installs; no system font is read, so a chart looks
 * the same on every machine.
 */
const require = createRequire(import.meta.url);
const FONT_DIR = path.join(path.dirname(require.resolve('@embedpdf/fonts-sc')), '..', 'fonts');
export const CHART_FONT = { family: 'Noto Sans S Chinese', file: path.join(FONT_DIR, 'NotoSansHans-Regular.otf') };

/** Where resvg finds a font holding the characters of a chart. */
export interface ChartFontSource {
  /** Runs `draw` with the path of a font file holding every character of `text`. */
  withFileFor<T>(text: string, draw: (fontFile: string) => T): T;
}

/** Digits, Latin letters and signs: always in the subset, so a new number never needs a new cut. */
const PRINTABLE_ASCII = Array.from({ length: 0x7f - 0x20 }, (_, i) => 0x20 + i);

/**
 * The chart font cut down to the characters charts draw. resvg's time per glyph grows with the
 * size of its font file: 0.45 ms a glyph from the 8 MB font, 70 ms for a chart's 150 glyphs, and
 * a fraction of that from a cut of a few kilobytes (docs/performance.md). The cut grows to hold
 * every character drawn so far, so it is made again only when a chart brings a new one; its
 * file lives in a private directory only while resvg reads it.
 */
export class SubsetChartFont implements ChartFontSource {
  private subsetter: FontSubsetter | null = null;
  private covered = new Set<number>(PRINTABLE_ASCII);
  private cut: Buffer | null = null;

  constructor(private readonly fontFile = CHART_FONT.file) {}

  withFileFor<T>(text: string, draw: (fontFile: string) => T): T {
    const cut = this.cutFor(text);
    const dir = mkdtempSync(path.join(tmpdir(), 'hexin-chart-font-'));
    try {
      const file = path.join(dir, 'chart-font.otf');
      writeFileSync(file, cut);
      return draw(file);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  private cutFor(text: string): Buffer {
    const wanted = new Set(this.covered);
    for (const character of text) wanted.add(character.codePointAt(0) ?? 0);
    if (this.cut && wanted.size === this.covered.size) return this.cut;
    this.subsetter ??= new FontSubsetter(this.fontFile);
    this.cut = this.subsetter.subset(wanted);
    // Only a cut made counts as covering: after a failed one, the next chart tries again.
    this.covered = wanted;
    return this.cut;
  }
}
