/** The image formats a letterhead accepts, told from a file's first bytes (never from its name). */
export type ImageFormat = 'png' | 'jpeg' | 'svg';

export const IMAGE_MIME: Readonly<Record<ImageFormat, string>> = {
  png: 'image/png',
  jpeg: 'image/jpeg',
  svg: 'image/svg+xml',
};

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** PNG and JPEG by their signature; SVG when the text's first element, after a declaration, comments and a doctype, is `<svg`. */
export function imageFormat(bytes: Uint8Array): ImageFormat | undefined {
  if (PNG_SIGNATURE.every((byte, index) => bytes[index] === byte)) return 'png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  // The opening of an SVG is short; a prolog longer than this is not one we embed.
  const head = Buffer.from(bytes.subarray(0, 4096))
    .toString('utf8')
    .replace(/^\uFEFF/, '');
  const prolog = /^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*|<!DOCTYPE[^>[]*(?:\[[^\]]*\])?\s*>\s*)*<svg[\s>]/i;
  return prolog.test(head) ? 'svg' : undefined;
}

/** The format a logo's extension promises. */
export function formatOfName(name: string): ImageFormat | undefined {
  const extension = name.slice(name.lastIndexOf('.') + 1).toLowerCase();
  return extension === 'png'
    ? 'png'
    : extension === 'jpg' || extension === 'jpeg'
      ? 'jpeg'
      : extension === 'svg'
        ? 'svg'
        : undefined;
}
