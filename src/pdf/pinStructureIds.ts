/**
 * A tagged PDF from Chromium names its structure elements after DOM node ids
 * (`node00000073`), which depend on what the browser built before the page.
 * Renumbering them by rank (same width, so the cross-reference offsets still
 * hold, and same order, so the sorted ID tree stays sorted) makes the tagged
 * PDF as reproducible as the markdown and the HTML.
 */
export function pinStructureIds(pdf: Uint8Array): Uint8Array {
  const text = Buffer.from(pdf).toString('latin1');
  const ids = [...new Set(text.match(/\(node\d{8}\)/g) ?? [])].sort();
  if (ids.length === 0 || ids.length > 99_999_999) return pdf;
  const rank = new Map(ids.map((id, index) => [id, `(node${String(index + 1).padStart(8, '0')})`]));
  return new Uint8Array(Buffer.from(text.replace(/\(node\d{8}\)/g, (id) => rank.get(id)!), 'latin1'));
}
