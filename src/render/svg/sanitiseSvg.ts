/**
 * An SVG logo from a partner's pull request, rebuilt from an allow-list so
 * that it can sit in a document: only drawing elements and presentation
 * attributes survive — no script, no foreignObject, no event attribute, no
 * style sheet, no reference outside the file (an `href` or `url()` may only
 * point at `#an-id` inside it), no entity of a doctype (never expanded).
 * Anything the tokenizer cannot read with certainty gives undefined: the logo
 * is left out rather than half trusted. Pure.
 */
import { escapeHtml } from '../escapeHtml.js';

const ELEMENTS = new Set([
  'svg',
  'g',
  'defs',
  'symbol',
  'use',
  'title',
  'desc',
  'path',
  'rect',
  'circle',
  'ellipse',
  'line',
  'polyline',
  'polygon',
  'text',
  'tspan',
  'lineargradient',
  'radialgradient',
  'stop',
  'clippath',
  'mask',
  'pattern',
]);

const ATTRIBUTES = new Set([
  'id',
  'class',
  'viewbox',
  'width',
  'height',
  'x',
  'y',
  'x1',
  'y1',
  'x2',
  'y2',
  'cx',
  'cy',
  'r',
  'rx',
  'ry',
  'fx',
  'fy',
  'd',
  'points',
  'transform',
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-miterlimit',
  'stroke-dasharray',
  'stroke-dashoffset',
  'opacity',
  'clip-path',
  'clip-rule',
  'mask',
  'offset',
  'stop-color',
  'stop-opacity',
  'gradientunits',
  'gradienttransform',
  'spreadmethod',
  'patternunits',
  'patterntransform',
  'clippathunits',
  'maskunits',
  'preserveaspectratio',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'letter-spacing',
  'xml:space',
  'visibility',
  'display',
  'color',
  'version',
  'style',
  'href',
  'xlink:href',
  'role',
  'aria-label',
  'aria-hidden',
  'xmlns',
  'xmlns:xlink',
]);

/** A logo is a few hundred elements; far more is not a logo. */
const MAX_TAGS = 20_000;
const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';

export function sanitiseSvg(source: string): string | undefined {
  const out: string[] = [];
  const open: string[] = [];
  /** Depth inside an element that is dropped with everything in it (script, style, foreignObject, unknown). */
  let dropped = 0;
  let tags = 0;
  let index = 0;
  let sawRoot = false;
  while (index < source.length) {
    const lt = source.indexOf('<', index);
    const textEnd = lt === -1 ? source.length : lt;
    if (textEnd > index && dropped === 0 && open.length > 0) out.push(text(source.slice(index, textEnd)));
    if (lt === -1) break;
    if (++tags > MAX_TAGS) return undefined;
    // Comments, declarations, processing instructions and CDATA never reach the output.
    const skipped = skipMarkup(source, lt);
    if (skipped === null) return undefined;
    if (skipped !== undefined) {
      index = skipped;
      continue;
    }
    const gt = tagEnd(source, lt);
    if (gt === -1) return undefined;
    const raw = source.slice(lt + 1, gt);
    index = gt + 1;
    if (raw.startsWith('/')) {
      const name = raw.slice(1).trim().toLowerCase();
      if (dropped > 0) {
        dropped--;
        continue;
      }
      if (open.pop() !== name) return undefined;
      out.push(`</${canonical(name)}>`);
      continue;
    }
    const selfClosing = raw.endsWith('/');
    const tag = parseTag(selfClosing ? raw.slice(0, -1) : raw);
    if (!tag) return undefined;
    if (dropped > 0 || !ELEMENTS.has(tag.name) || (open.length === 0 && (tag.name !== 'svg' || sawRoot))) {
      if (open.length === 0 && !sawRoot && tag.name !== 'svg') return undefined;
      if (!selfClosing) dropped++;
      continue;
    }
    if (tag.name === 'svg' && open.length === 0) sawRoot = true;
    const attributes = tag.attributes.filter(([name, value]) => ATTRIBUTES.has(name) && safeValue(name, value));
    if (open.length === 0 && !attributes.some(([name]) => name === 'xmlns'))
      attributes.unshift(['xmlns', SVG_NAMESPACE]);
    // xlink:href without its namespace declared would void the whole image: SVG 2's plain href says the same.
    const shown = attributes
      .filter(
        ([name]) =>
          name !== 'xmlns:xlink' && !(name === 'xlink:href' && attributes.some(([other]) => other === 'href')),
      )
      .map(([name, value]) => ` ${name === 'xlink:href' ? 'href' : canonical(name)}="${escapeHtml(value)}"`)
      .join('');
    out.push(`<${canonical(tag.name)}${shown}${selfClosing ? '/>' : '>'}`);
    if (!selfClosing) open.push(tag.name);
  }
  if (!sawRoot || open.length > 0 || dropped > 0) return undefined;
  return out.join('');
}

/** The end of a comment, declaration, PI or CDATA at `lt`; undefined when it is a tag; null when it never ends. */
function skipMarkup(source: string, lt: number): number | undefined | null {
  const closers: [string, string][] = [
    ['<!--', '-->'],
    ['<![CDATA[', ']]>'],
    ['<?', '?>'],
  ];
  for (const [opener, closer] of closers) {
    if (!source.startsWith(opener, lt)) continue;
    const end = source.indexOf(closer, lt + opener.length);
    return end === -1 ? null : end + closer.length;
  }
  if (!source.startsWith('<!', lt)) return undefined;
  // A doctype, possibly with an internal subset in brackets: skipped whole, its entities never declared.
  const bracket = source.indexOf('[', lt);
  const gt = source.indexOf('>', lt);
  if (gt === -1) return null;
  if (bracket !== -1 && bracket < gt) {
    const close = source.indexOf(']', bracket);
    const end = close === -1 ? -1 : source.indexOf('>', close);
    return end === -1 ? null : end + 1;
  }
  return gt + 1;
}

/** The `>` closing the tag at `lt`, skipping quoted attribute values. */
function tagEnd(source: string, lt: number): number {
  let quote = '';
  for (let i = lt + 1; i < source.length; i++) {
    const char = source[i]!;
    if (quote) {
      if (char === quote) quote = '';
      else if (char === '<') return -1;
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '>') return i;
    else if (char === '<') return -1;
  }
  return -1;
}

const NAME = /^[A-Za-z_][\w.:-]*/;
const ATTRIBUTE = /^\s+([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/;

function parseTag(raw: string): { name: string; attributes: [string, string][] } | undefined {
  const name = NAME.exec(raw)?.[0];
  if (!name) return undefined;
  let rest = raw.slice(name.length);
  const attributes: [string, string][] = [];
  const seen = new Set<string>();
  while (rest.trim() !== '') {
    const match = ATTRIBUTE.exec(rest);
    if (!match) return undefined;
    const key = match[1]!.toLowerCase();
    const value = decodeEntities(match[2] ?? match[3] ?? '');
    if (value === undefined) return undefined;
    if (!seen.has(key)) attributes.push([key, value]);
    seen.add(key);
    rest = rest.slice(match[0].length);
  }
  return { name: name.toLowerCase(), attributes };
}

/** No reference leaves the file; no style can import, run or fetch. */
function safeValue(name: string, value: string): boolean {
  const squeezed = value.replace(/[\s\\]/g, '').toLowerCase();
  if (name === 'href' || name === 'xlink:href') return /^#[\w.:-]+$/.test(value);
  if (name === 'xmlns') return value === SVG_NAMESPACE;
  if (name === 'xmlns:xlink') return value === 'http://www.w3.org/1999/xlink';
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(value)) return false;
  // `url(#gradient)` points inside the file; any other url() would fetch.
  if (squeezed.replace(/url\((["']?)#[\w.:-]+\1\)/g, '').includes('url(')) return false;
  return !/@import|expression\(|javascript:|behavior:|-moz-binding|data:/.test(squeezed);
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** XML's five entities and character references; any other entity is refused (undefined), or kept as plain characters when `lenient`. */
function decodeEntities(value: string, lenient = false): string | undefined {
  let failed = false;
  const decoded = value.replace(
    /&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z]+);|&/g,
    (whole, body: string | undefined) => {
      if (body === undefined) {
        failed = true;
        return whole;
      }
      if (body.startsWith('#')) {
        const code = body[1] === 'x' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
        if (code > 0x10ffff || code === 0 || (code >= 0xd800 && code <= 0xdfff)) {
          failed = true;
          return whole;
        }
        return String.fromCodePoint(code);
      }
      const named = NAMED[body];
      if (named === undefined) failed = true;
      return named ?? whole;
    },
  );
  return failed && !lenient ? undefined : decoded;
}

function text(raw: string): string {
  // An unknown entity stays as its characters, made inert.
  return escapeHtml(decodeEntities(raw, true)!);
}

/** SVG's camel-cased names, which the allow-list holds in lower case. */
const CAMEL: Record<string, string> = {
  viewbox: 'viewBox',
  lineargradient: 'linearGradient',
  radialgradient: 'radialGradient',
  clippath: 'clipPath',
  gradientunits: 'gradientUnits',
  gradienttransform: 'gradientTransform',
  spreadmethod: 'spreadMethod',
  patternunits: 'patternUnits',
  patterntransform: 'patternTransform',
  clippathunits: 'clipPathUnits',
  maskunits: 'maskUnits',
  preserveaspectratio: 'preserveAspectRatio',
};

function canonical(name: string): string {
  return CAMEL[name] ?? name;
}
