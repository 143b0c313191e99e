import MarkdownIt from 'markdown-it';

/** Inline links and link definitions whose target is not http(s)/mailto: they stay text, as in the HTML. */
const UNSAFE_INLINE_LINK = /\]\((?!\s*<?(?:https?:|mailto:))/gi;
const UNSAFE_LINK_DEFINITION = /^(\s{0,3})\[([^\]]*)\]:(?!\s*<?(?:https?:|mailto:))/i;

/** Only the block structure is needed: where code blocks are, as CommonMark reads them. */
const parser = new MarkdownIt('commonmark');

/**
 * A partner's markdown inside brief.md: its headings pushed below the brief's
 * own (level 4 and deeper), raw HTML turned into text, images into links, and
 * links to anything but http(s)/mailto into plain text. Code blocks are kept
 * as written — they render as text — and are found by a real CommonMark
 * parse (markdown-it's tokens), not by toggling on lines that start with
 * backticks: a line such as "``` x`y" opens no fence, so what follows it is
 * sanitised like any text.
 */
export function quoteMarkdown(source: string): string {
  const lines = source.replace(/\r\n?/g, '\n').trim().split('\n');
  const verbatim = new Array<boolean>(lines.length).fill(false);
  for (const token of parser.parse(lines.join('\n'), {})) {
    if ((token.type === 'fence' || token.type === 'code_block') && token.map) {
      for (let line = token.map[0]; line < token.map[1]; line++) verbatim[line] = true;
    }
  }
  return lines.map((line, index) => (verbatim[index] ? line : quoteLine(line))).join('\n');
}

function quoteLine(line: string): string {
  const heading = /^\s{0,3}(#{1,6})\s/.exec(line);
  const shifted = heading
    ? `${'#'.repeat(Math.min(6, heading[1]!.length + 3))}${line.slice(heading[0].length - 1)}`
    : line;
  return shifted
    .replace(/</g, '&lt;')
    .replace(/!\[/g, '[')
    .replace(UNSAFE_INLINE_LINK, ']\\(')
    .replace(UNSAFE_LINK_DEFINITION, '$1\\[$2]:');
}
