/**
 * Partner text must not turn into links, images, HTML or emphasis in a pull-request page.
 * Brackets and angle brackets are enough to stop links and images (`](` cannot form),
 * so parentheses stay readable: « (31 octobre 2026) ».
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>#+|~]/g, '\\$&').replace(/\r?\n/g, ' ');
}
