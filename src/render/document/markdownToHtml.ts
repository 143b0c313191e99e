import MarkdownIt from 'markdown-it';
import type { Lang } from '../../i18n/lang.js';
import { nestHeadings } from './nestHeadings.js';
import { typeset } from './typeset.js';

type Engine = InstanceType<typeof MarkdownIt>;

/** The only link targets a brief keeps: web pages and e-mail addresses. */
const SAFE_LINK = /^(https?:|mailto:)/i;

const engines = new Map<string, Engine>();

/**
 * A partner's markdown (a description, minutes) as HTML that can neither run
 * nor fetch anything: raw HTML is shown as text, links other than
 * http(s)/mailto stay text, images become their alt text or a link to them
 * (a brief loads nothing), and headings sit below the heading that quotes them, in order.
 */
export function markdownToHtml(source: string, lang: Lang, headingOffset: number): string {
  const key = `${lang}:${headingOffset}`;
  let engine = engines.get(key);
  if (!engine) {
    engine = createEngine(lang, headingOffset);
    engines.set(key, engine);
  }
  return engine.render(source);
}

function createEngine(lang: Lang, headingOffset: number): Engine {
  const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
  // An image is never loaded (a brief and the site fetch nothing): it becomes its alt text, a link to the image
  // when its address is http(s) and it is not already inside a link — and no stray « ! » is left.
  md.renderer.rules.image = (tokens, index) => {
    const token = tokens[index]!;
    const alt = md.utils.escapeHtml(token.children?.map((child) => child.content).join('') ?? token.content);
    const src = String(token.attrGet('src') ?? '');
    const depth = tokens
      .slice(0, index)
      .reduce((open, t) => open + (t.type === 'link_open' ? 1 : t.type === 'link_close' ? -1 : 0), 0);
    return /^https?:\/\//i.test(src) && depth === 0
      ? `<a href="${md.utils.escapeHtml(src)}" rel="noopener noreferrer">${alt || md.utils.escapeHtml(src)}</a>`
      : alt;
  };
  md.validateLink = (url) => SAFE_LINK.test(url.trim());
  md.core.ruler.push('typeset', (state) => {
    for (const block of state.tokens) {
      for (const token of block.children ?? []) if (token.type === 'text') token.content = typeset(token.content, lang);
    }
  });
  // Headings nest below the quoting heading without skipping a level, whatever the partner wrote.
  md.core.ruler.push('heading_levels', (state) => {
    const nest = nestHeadings(headingOffset);
    let open = '';
    for (const token of state.tokens) {
      if (token.type === 'heading_open') {
        open = token.tag = `h${nest(Number(token.tag.slice(1)))}`;
      } else if (token.type === 'heading_close') {
        token.tag = open;
      }
    }
  });
  md.renderer.rules.link_open = (tokens, index, options, _env, self) => {
    tokens[index]!.attrSet('rel', 'noopener noreferrer');
    return self.renderToken(tokens, index, options);
  };
  return md;
}
