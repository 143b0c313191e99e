/**
 * The id of a new decision or action in the roadmap's style: a letter, the
 * meeting's year and month, and a two-digit sequence number (`d-2026-12-01`),
 * after the highest number already used with that prefix in any meeting, so
 * that ids stay unique across meetings and in the order they were taken.
 */
export function nextItemId(letter: 'd' | 'a', date: string, taken: ReadonlySet<string>): string {
  const prefix = `${letter}-${date.slice(0, 7)}-`;
  let highest = 0;
  for (const id of taken) {
    const match = id.startsWith(prefix) ? /^(\d+)$/.exec(id.slice(prefix.length)) : null;
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  let next = highest + 1;
  while (taken.has(`${prefix}${String(next).padStart(2, '0')}`)) next++;
  return `${prefix}${String(next).padStart(2, '0')}`;
}
