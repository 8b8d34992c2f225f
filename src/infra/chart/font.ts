import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * The machine's own fonts draw Chinese as empty boxes, so charts use Noto Sans (Simplified
 * Chinese) from an npm package that `npm ci` installs; no system font is read, so a chart looks
 * the same on every machine.
 */
const require = createRequire(import.meta.url);
const FONT_DIR = path.join(path.dirname(require.resolve('@embedpdf/fonts-sc')), '..', 'fonts');
export const CHART_FONT = { family: 'Noto Sans S Chinese', file: path.join(FONT_DIR, 'NotoSansHans-Regular.otf') };
