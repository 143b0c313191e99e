import type { Lang } from '../../i18n/lang.js';

const NBSP = '\u00a0';
const NARROW_NBSP = '\u202f';
/**
 * Spaces before a high punctuation mark or a closing guillemet, or after an opening one: one
 * pass. A run of spaces is tried from its first space only (the lookbehind), so a long run not
 * followed by a mark costs its length once, not its square (« a », 400 000 spaces, « b »).
 */
const FRENCH_SPACES = /(?<! ) +([:;!?»])|« +/g;

/**
 * French typography on text already written with ordinary spaces: a
 * non-breaking space before « : » and inside guillemets, a narrow one before
 * ; ! ?, so that no line starts with a punctuation mark. Spaces are only
 * replaced, never added: a URL or a time keeps its colon.
 */
export function typeset(text: string, lang: Lang): string {
  if (lang !== 'fr') return text;
  return text.replace(FRENCH_SPACES, (_match, mark: string | undefined) =>
    mark === undefined ? `«${NBSP}` : `${mark === ':' || mark === '»' ? NBSP : NARROW_NBSP}${mark}`,
  );
}
