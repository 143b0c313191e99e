/**
 * Splits a markdown file into its YAML front matter and its body, by hand
 * rather than with gray-matter: nothing here can evaluate `---js` or any
 * other engine, and offsets stay exact for line:column reporting.
 */
export type FrontMatterSplit =
  | { ok: true; yaml: string; yamlStart: number; body: string; bodyStart: number }
  | {
      ok: false;
      rule: 'frontmatter/missing' | 'frontmatter/unterminated' | 'frontmatter/executable';
      offset: number;
      params?: Record<string, string>;
    };

const OPENING = /^---[ \t]*(\r?\n|$)/;
const OPENING_WITH_LANGUAGE = /^---[ \t]*([A-Za-z][\w-]*)[ \t]*\r?\n/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*\r?$/gm;

export function splitFrontMatter(text: string): FrontMatterSplit {
  const opening = OPENING.exec(text);
  if (!opening) {
    const language = OPENING_WITH_LANGUAGE.exec(text)?.[1];
    if (language && language.toLowerCase() !== 'yaml') {
      return { ok: false, rule: 'frontmatter/executable', offset: 0, params: { language } };
    }
    if (!language) return { ok: false, rule: 'frontmatter/missing', offset: firstVisibleOffset(text) };
  }
  const yamlStart = opening ? opening[0].length : text.indexOf('\n') + 1;
  CLOSING.lastIndex = yamlStart;
  const closing = CLOSING.exec(text);
  if (!closing) return { ok: false, rule: 'frontmatter/unterminated', offset: 0 };
  const afterClosing = closing.index + closing[0].length;
  const bodyStart = text.startsWith('\n', afterClosing) ? afterClosing + 1 : afterClosing;
  return { ok: true, yaml: text.slice(yamlStart, closing.index), yamlStart, body: text.slice(bodyStart), bodyStart };
}

function firstVisibleOffset(text: string): number {
  const match = /\S/.exec(text);
  return match ? match.index : 0;
}
