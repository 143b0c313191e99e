/**
 * The convention's logos as files of the website (`assets/logos/<name>.<ext>`):
 * the letterhead's images — each the format its bytes say, an SVG only once
 * sanitised — under a name of ASCII letters, digits and hyphens whatever the
 * source file was called (spaces, accents, markup), each name once. Pure.
 */
import type { Lang } from '../../i18n/lang.js';
import type { Roadmap } from '../../model/types.js';
import type { ImageFormat } from '../../util/imageFormat.js';
import { kebabCase } from '../../util/kebabCase.js';
import { imageSize, type PixelSize } from '../document/imageSize.js';
import { conventionLogos } from '../document/letterheadOf.js';

/** One logo of the site: where it is written (from the site's root), its bytes, its text alternative, its size in pixels. */
export interface SiteLogo {
  path: string;
  bytes: Uint8Array;
  alt: string;
  size: PixelSize;
}

const LOGO_FOLDER = 'assets/logos';
const EXTENSIONS: Readonly<Record<ImageFormat, string>> = { png: 'png', jpeg: 'jpg', svg: 'svg' };
/** What a logo of the site is called: a manifest naming anything else under assets/ is not believed. */
const LOGO_FILE = /^assets\/logos\/[a-z0-9]+(?:-[a-z0-9]+)*\.(?:png|jpg|svg)$/;

export function siteLogos(roadmap: Roadmap, lang: Lang): SiteLogo[] {
  const taken = new Set<string>();
  return conventionLogos(roadmap, lang).map(({ path, image }) => {
    const stem = kebabCase(path.slice(path.lastIndexOf('/') + 1).replace(/\.[^.]*$/, ''));
    const extension = EXTENSIONS[image.format];
    // `Logo CCI.png` and `logo-cci.png` are two logos: the second is `logo-cci-2.png`.
    let name = `${stem}.${extension}`;
    for (let count = 2; taken.has(name); count++) name = `${stem}-${count}.${extension}`;
    taken.add(name);
    return { path: `${LOGO_FOLDER}/${name}`, bytes: image.bytes, alt: image.alt, size: imageSize(image) };
  });
}

/** Whether a path (from the site's root, normalised) is one a logo of the site may have. */
export function isSiteLogoPath(clean: string): boolean {
  return LOGO_FILE.test(clean);
}
