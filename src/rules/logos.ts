import { formatOfName, imageFormat } from '../util/imageFormat.js';
import { isAssetPath } from '../read/readAssets.js';
import type { Rule } from './context.js';

/**
 * logo/missing, logo/format: each logo the convention names was read from
 * `assets/` and is the PNG, JPEG or SVG image its extension says. Only when
 * the assets were read (a roadmap from a git revision carries none).
 */
export const logos: Rule = (context) => {
  const { convention, assets } = context.roadmap;
  if (!convention || !assets) return;
  convention.data.logos?.forEach((path, index) => {
    const at = ['logos', index];
    // A path outside assets/ is the schema's to report (schema/pattern); it was never read.
    if (!isAssetPath(path)) return;
    const bytes = assets.get(path);
    if (!bytes) {
      context.report('logo/missing', convention.file, at, { value: path });
      return;
    }
    const expected = formatOfName(path);
    const found = imageFormat(bytes);
    if (expected && found !== expected) {
      context.report('logo/format', convention.file, at, { value: path, expected: expected.toUpperCase() });
    }
  });
};
