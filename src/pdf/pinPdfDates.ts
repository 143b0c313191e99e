/**
 * Chromium stamps the print time in the PDF's CreationDate and ModDate; the
 * rest of the file depends only on the HTML. Replacing both with the as-of
 * date (same length, so the cross-reference offsets still hold) makes the PDF
 * as reproducible as the markdown and the HTML.
 */
export function pinPdfDates(pdf: Uint8Array, asOf: string): Uint8Array {
  const stamp = `${asOf.replace(/-/g, '')}000000`;
  const text = Buffer.from(pdf).toString('latin1');
  const pinned = text.replace(/\/(CreationDate|ModDate) \(D:\d{14}/g, (_match, key: string) => `/${key} (D:${stamp}`);
  return new Uint8Array(Buffer.from(pinned, 'latin1'));
}
