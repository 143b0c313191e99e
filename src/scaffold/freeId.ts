/** `comite-2027-03-18` → the first of `comite-2027-03-18-2`, `-3`, … that nothing uses yet. */
export function freeId(id: string, taken: (candidate: string) => boolean): string {
  let suffix = 2;
  while (taken(`${id}-${suffix}`)) suffix++;
  return `${id}-${suffix}`;
}
