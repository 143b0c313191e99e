/**
 * Partner text must not turn into links, images, HTML, headings or emphasis
 * in a pull-request page. Brackets and angle brackets are enough to stop links
 * and images (`](` cannot form), so parentheses stay readable: « (31 octobre
 * 2026) ». `://` and `www.` are broken up so that a bare address is not made
 * a link either.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>#+|~]/g, '\\$&')
    .replace(/\r?\n|\r/g, ' ')
    .replace(/:\/\//g, '\\://')
    .replace(/\bwww\./gi, (match) => `${match.slice(0, 3)}\\.`);
}
