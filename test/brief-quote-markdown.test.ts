/**
 * The brief's markdown sanitiser finds code blocks as CommonMark does: a line
 * that only looks like a fence opens nothing, so raw HTML after it is still
 * made inert. Proven by rendering the result with HTML allowed, as a git
 * host's markdown viewer would.
 */
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { quoteMarkdown } from '../src/render/document/quoteMarkdown.js';

const viewer = new MarkdownIt({ html: true });
const LIVE = /<(?:img|details|script|iframe)\b/i;

describe('quoteMarkdown', () => {
  it.each([
    [
      'a fence line whose info string holds a backtick',
      '``` x`y\n<img src="https://evil.example/p.png">\n<details open>secret</details>\n```',
    ],
    [
      'a tilde line indented four spaces (code, not a fence) then HTML',
      'Texte\n\n    ~~~\n<img src=x onerror=alert(1)>',
    ],
    ['a fence closed by a shorter run', '````\ncode\n```\n````\n<img src=x>'],
    ['an image to another origin', '![pixel](https://tracker.example/p.gif)'],
  ])('%s: nothing live once rendered', (_name, source) => {
    const html = viewer.render(quoteMarkdown(source));
    expect(html).not.toMatch(LIVE);
  });

  it('keeps real code blocks as written, and shifts headings below the brief’s', () => {
    const source = '# Titre\n\n```html\n<b>gras</b>\n```\n\nFin <b>';
    expect(quoteMarkdown(source)).toBe('#### Titre\n\n```html\n<b>gras</b>\n```\n\nFin &lt;b>');
    expect(viewer.render(quoteMarkdown(source))).toContain('&lt;b&gt;gras&lt;/b&gt;');
  });
});
