/**
 * A tagged PDF from Chromium names its structure elements after DOM node ids
 * (`node00000073`), which the browser hands out in an order that changes from
 * one run to the next. Renumbering them in the order the structure elements
 * appear in the file (same width, so the cross-reference offsets still hold),
 * then sorting the ID tree's pairs again and setting its limits (same pairs,
 * same length), makes the tagged PDF as reproducible as the markdown and the
 * HTML. An ID tree split over several leaves cannot be re-sorted in place: its
 * ids are then renumbered by rank, which keeps each leaf sorted.
 */
const NODE_ID = /\(node\d{8}\)/g;
const ID_TREE_LEAF = /\/Limits \[\(node\d{8}\) \(node\d{8}\)\]\s*\/Names \[((?:\(node\d{8}\) \d+ 0 R ?)+)\]/g;

export function pinStructureIds(pdf: Uint8Array): Uint8Array {
  const text = Buffer.from(pdf).toString('latin1');
  const all = [...new Set(text.match(NODE_ID) ?? [])];
  if (all.length === 0 || all.length > 99_999_999) return pdf;
  const leaves = text.match(ID_TREE_LEAF)?.length ?? 0;
  const byAppearance = [...new Set([...text.matchAll(/\/ID (\(node\d{8}\))/g)].map((match) => match[1]!))];
  const order = leaves === 1 ? [...byAppearance, ...all.filter((id) => !byAppearance.includes(id)).sort()] : all.sort();
  const name = (index: number): string => `(node${String(index + 1).padStart(8, '0')})`;
  const rank = new Map(order.map((id, index) => [id, name(index)]));
  const renumbered = text.replace(NODE_ID, (id) => rank.get(id)!);
  if (leaves !== 1) return new Uint8Array(Buffer.from(renumbered, 'latin1'));
  // The one leaf must stay sorted by key; its pairs only change places, so its length does not change.
  const sorted = renumbered.replace(ID_TREE_LEAF, (whole, body: string) => {
    const pairs = body.match(/\(node\d{8}\) \d+ 0 R/g)!.sort();
    const separator = whole.slice(whole.indexOf(']') + 1, whole.indexOf('/Names'));
    const rebuilt = `/Limits [${pairs[0]!.slice(0, 14)} ${pairs.at(-1)!.slice(0, 14)}]${separator}/Names [${pairs.join(' ')}]`;
    return rebuilt.length === whole.length ? rebuilt : whole;
  });
  return new Uint8Array(Buffer.from(sorted, 'latin1'));
}
