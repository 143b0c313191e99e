/**
 * Carries an edit made through the yaml Document API back onto the original
 * text, line by line. The library re-renders a whole document (`[a]` may come
 * back as `[ a ]`, a folded paragraph as one long line), so the original is
 * merged three ways: `rendered` (the document re-rendered before the edit)
 * against `original` gives the formatting the library would lose, `rendered`
 * against `edited` gives the edit. Lines the edit does not touch stay exactly
 * as they were; where an edit and a formatting difference overlap, the edit
 * wins; where both only insert lines at the same place, both are kept.
 */
import { diffArrays } from 'diff';

export interface MergeOptions {
  /** Whether two lines hold the same content (e.g. ignoring CRLF versus LF). */
  same: (a: string, b: string) => boolean;
  /** How a line taken from the edited rendering is written (e.g. with the file's line ending). */
  adopt: (line: string) => string;
}

/** A run of lines of `rendered` [a, b) that became lines [c, d) of another version. */
interface Block {
  side: 'original' | 'edited';
  a: number;
  b: number;
  c: number;
  d: number;
}

interface Cluster {
  a: number;
  b: number;
  blocks: Block[];
}

export function mergeLineEdits(
  original: string[],
  rendered: string[],
  edited: string[],
  options: MergeOptions,
): string[] {
  const blocks = [
    ...changedBlocks('original', rendered, original, options.same),
    ...changedBlocks('edited', rendered, edited, options.same),
  ].sort((x, y) => x.a - y.a || x.b - y.b);
  const merged: string[] = [];
  let r = 0;
  let o = 0;
  let e = 0;
  for (const cluster of clustersOf(blocks)) {
    const unchanged = cluster.a - r;
    merged.push(...original.slice(o, o + unchanged));
    o += unchanged;
    e += unchanged;
    const originalLength = lengthIn(cluster, 'original');
    const editedLength = lengthIn(cluster, 'edited');
    const editedLines = edited.slice(e, e + editedLength).map(options.adopt);
    const originalLines = original.slice(o, o + originalLength);
    if (cluster.a === cluster.b) {
      // Both sides only insert here: keep both, the edit first (it usually appends to what precedes, like a journal entry).
      merged.push(...editedLines, ...originalLines);
    } else if (originalLength === cluster.b - cluster.a && editedLength === cluster.b - cluster.a) {
      // Line for line on both sides (a reformatted flow list, one value changed in it): each line keeps its own story.
      for (let line = 0; line < originalLength; line++) {
        const changed = !options.same(rendered[cluster.a + line]!, edited[e + line]!);
        merged.push(changed ? editedLines[line]! : originalLines[line]!);
      }
    } else {
      merged.push(...(cluster.blocks.some((block) => block.side === 'edited') ? editedLines : originalLines));
    }
    r = cluster.b;
    o += originalLength;
    e += editedLength;
  }
  merged.push(...original.slice(o));
  return merged;
}

function changedBlocks(side: Block['side'], base: string[], other: string[], same: MergeOptions['same']): Block[] {
  const blocks: Block[] = [];
  let a = 0;
  let c = 0;
  let open: Block | undefined;
  for (const change of diffArrays(base, other, { comparator: same })) {
    if (!change.added && !change.removed) {
      open = undefined;
      a += change.count;
      c += change.count;
      continue;
    }
    if (!open) blocks.push((open = { side, a, b: a, c, d: c }));
    if (change.removed) a = open.b = a + change.count;
    else c = open.d = c + change.count;
  }
  return blocks;
}

/**
 * Blocks of both sides that overlap, or insert at the same place, must be
 * resolved together; blocks that merely touch stay apart (an insertion right
 * before or after a reformatted line does not disturb it).
 */
function clustersOf(sorted: Block[]): Cluster[] {
  const clusters: Cluster[] = [];
  for (const block of sorted) {
    const last = clusters[clusters.length - 1];
    const insertsAtSamePlace = last !== undefined && block.a === block.b && last.a === last.b && block.a === last.b;
    if (last && (block.a < last.b || insertsAtSamePlace)) {
      last.b = Math.max(last.b, block.b);
      last.blocks.push(block);
    } else {
      clusters.push({ a: block.a, b: block.b, blocks: [block] });
    }
  }
  return clusters;
}

/** How many lines the cluster's stretch of `rendered` occupies in one version. */
function lengthIn(cluster: Cluster, side: Block['side']): number {
  let length = cluster.b - cluster.a;
  for (const block of cluster.blocks) if (block.side === side) length += block.d - block.c - (block.b - block.a);
  return length;
}
