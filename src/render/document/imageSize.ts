/**
 * The size of a logo in pixels, from its own bytes (PNG header, JPEG frame,
 * SVG width/height or viewBox), so that a word processor shows it at its
 * proportions and a browser keeps its room before it loads; unknown or absurd
 * sizes fall back to a 2:1 box.
 */
import type { Image } from './document.js';

export interface PixelSize {
  width: number;
  height: number;
}

const FALLBACK: PixelSize = { width: 200, height: 100 };

export function imageSize(image: Image): PixelSize {
  const size =
    image.format === 'png'
      ? pngSize(image.bytes)
      : image.format === 'jpeg'
        ? jpegSize(image.bytes)
        : svgSize(image.bytes);
  return size && size.width > 0 && size.height > 0 && size.width < 100_000 && size.height < 100_000 ? size : FALLBACK;
}

/** The size to show a logo at: this many points high at most, its proportions kept. */
export function logoBox(image: Image, height: number): PixelSize {
  const { width, height: natural } = imageSize(image);
  const scale = height / natural;
  return { width: Math.max(1, Math.round(Math.min(width * scale, height * 6))), height };
}

function pngSize(bytes: Uint8Array): PixelSize | undefined {
  if (bytes.length < 24) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

function jpegSize(bytes: Uint8Array): PixelSize | undefined {
  let at = 2;
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return undefined;
    const marker = bytes[at + 1]!;
    const length = (bytes[at + 2]! << 8) | bytes[at + 3]!;
    // Start-of-frame markers carry the height and width.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: (bytes[at + 5]! << 8) | bytes[at + 6]!, width: (bytes[at + 7]! << 8) | bytes[at + 8]! };
    }
    at += 2 + length;
  }
  return undefined;
}

function svgSize(bytes: Uint8Array): PixelSize | undefined {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('utf8');
  const tag = /<svg\b[^>]*>/i.exec(head)?.[0] ?? '';
  const number = (name: string): number | undefined => {
    const match = new RegExp(`\\b${name}\\s*=\\s*["']\\s*([0-9.]+)`, 'i').exec(tag);
    return match ? Number(match[1]) : undefined;
  };
  const width = number('width');
  const height = number('height');
  if (width && height) return { width, height };
  const box = /\bviewBox\s*=\s*["']\s*[-0-9.]+[\s,]+[-0-9.]+[\s,]+([0-9.]+)[\s,]+([0-9.]+)/i.exec(tag);
  return box ? { width: Number(box[1]), height: Number(box[2]) } : undefined;
}
