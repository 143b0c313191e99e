import MarkdownIt from 'markdown-it';
import { nestHeadings } from './nestHeadings.js';

const parser = new MarkdownIt({ html: false });

/**
 * A partner's markdown, already quoted for the brief, made to read well in
 * the brief's outline and to pass markdownlint: its headings put
 * right below the heading that quotes it (level `depth`), nested as
 * `nestHeadings` says, so that the document's outline reads in order (markdownlint MD001,
 * a screen reader's heading list). Setext headings (`Titre` over `===`)
 * become ATX headings at their settled level. Headings are found by a real
 * markdown parse, so a `#` inside a code block or a paragraph is left alone.
 * A code fence without a language says `text` (markdownlint MD040), which
 * renders the same.
 */
export function settleQuotedMarkdown(markdown: string, depth: number): string {
  const lines: (string | undefined)[] = markdown.split('\n');
  const nest = nestHeadings(depth);
  for (const token of parser.parse(markdown, {})) {
    if (token.type === 'fence' && token.info.trim() === '' && token.map) {
      lines[token.map[0]] = `${lines[token.map[0]]!.trimEnd()}text`;
      continue;
    }
    if (token.type !== 'heading_open' || !token.map) continue;
    const level = nest(Number(token.tag.slice(1)));
    const [start, end] = token.map;
    const hashes = '#'.repeat(level);
    if (token.markup.startsWith('#')) {
      // After any container markers: `> ## Titre`, `- ## Titre`.
      lines[start] = lines[start]!.replace(/^([\s>*+\-\d.)]*?)#{1,6}(?=\s|$)/, `$1${hashes}`);
    } else {
      // Setext: the text lines joined as one ATX heading, the underline dropped.
      const text = lines
        .slice(start, end - 1)
        .map((line) => (line ?? '').trim())
        .join(' ');
      lines.splice(
        start,
        end - start,
        `${hashes} ${text}`,
        ...Array.from({ length: end - start - 1 }, () => undefined),
      );
    }
  }
  return lines.filter((line) => line !== undefined).join('\n');
}
