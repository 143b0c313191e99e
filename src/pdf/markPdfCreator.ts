/**
 * Chromium names itself, and its version, as the PDF's Creator. Replacing that with
 * `roadmap <generator>` (padded with spaces between the dictionary's tokens, so every offset
 * of the cross-reference table still holds) marks the PDF as roadmap's own: a later run
 * replaces it, and never a PDF somebody else put there (a scanned, signed attendance sheet).
 * It also drops the browser's version from the bytes, which keeps the PDF reproducible.
 */
import { PDF_CREATOR_PATTERN, pdfCreator } from '../render/document/generatedMarker.js';

export function markPdfCreator(pdf: Uint8Array, generator: string): Uint8Array {
  const text = Buffer.from(pdf).toString('latin1');
  const creator = pdfCreator(generator);
  // The Creator is a literal string whose parentheses inside are escaped: `(…\(…\)…)`.
  const marked = text.replace(/\/Creator \((?:[^()\\]|\\.){0,400}\)/, (found) =>
    found.length >= creator.length ? creator.padEnd(found.length, ' ') : found,
  );
  if (!PDF_CREATOR_PATTERN.test(marked.slice(0, 64 * 1024))) return pdf;
  return new Uint8Array(Buffer.from(marked, 'latin1'));
}
