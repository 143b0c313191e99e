/**
 * Levels for a partner's headings quoted below a heading of level `depth`:
 * the first is `depth + 1`, a deeper one goes one level down whatever the
 * partner skipped, and a heading as high as an earlier one takes its level
 * again. The outline reads in order (a screen reader's heading list,
 * markdownlint MD001) and siblings stay siblings.
 */
export function nestHeadings(depth: number): (level: number) => number {
  const open: { source: number; level: number }[] = [];
  return (source) => {
    while (open.length > 0 && open.at(-1)!.source >= source) open.pop();
    const level = Math.min(6, (open.at(-1)?.level ?? depth) + 1);
    open.push({ source, level });
    return level;
  };
}
