/**
 * A small XML scanner for the parts of office files: start tags with their
 * attributes, end tags and text, in document order. A document type
 * declaration is refused (entity expansion is how an XML bomb works), and
 * only the five predefined entities and character references are decoded;
 * nothing is fetched, nothing is expanded.
 */
export interface XmlHandler {
  open(name: string, attributes: Readonly<Record<string, string>>, selfClosing: boolean): void;
  close(name: string): void;
  text(text: string): void;
}

/** Scans `xml`; false when it declares a document type (refused) or is not well formed enough to read. */
export function scanXml(xml: string, handler: XmlHandler): boolean {
  let at = 0;
  const length = xml.length;
  while (at < length) {
    const lt = xml.indexOf('<', at);
    if (lt === -1) {
      if (at < length) handler.text(decodeEntities(xml.slice(at)));
      break;
    }
    if (lt > at) handler.text(decodeEntities(xml.slice(at, lt)));
    if (xml.startsWith('<?', lt)) {
      const end = xml.indexOf('?>', lt + 2);
      if (end === -1) return false;
      at = end + 2;
    } else if (xml.startsWith('<!--', lt)) {
      const end = xml.indexOf('-->', lt + 4);
      if (end === -1) return false;
      at = end + 3;
    } else if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt + 9);
      if (end === -1) return false;
      handler.text(xml.slice(lt + 9, end));
      at = end + 3;
    } else if (xml.startsWith('<!', lt)) {
      return false;
    } else if (xml.startsWith('</', lt)) {
      const end = xml.indexOf('>', lt + 2);
      if (end === -1) return false;
      handler.close(xml.slice(lt + 2, end).trim());
      at = end + 1;
    } else {
      const end = tagEnd(xml, lt + 1);
      if (end === -1) return false;
      const selfClosing = xml[end - 1] === '/';
      const inner = xml.slice(lt + 1, selfClosing ? end - 1 : end);
      const space = inner.search(/\s/);
      const name = space === -1 ? inner : inner.slice(0, space);
      handler.open(name, space === -1 ? {} : attributesOf(inner.slice(space)), selfClosing);
      if (selfClosing) handler.close(name);
      at = end + 1;
    }
  }
  return true;
}

/** The `>` closing a start tag, skipping quoted attribute values (which may hold `>`). */
function tagEnd(xml: string, from: number): number {
  let quote = '';
  for (let at = from; at < xml.length; at += 1) {
    const char = xml[at]!;
    if (quote) {
      if (char === quote) quote = '';
    } else if (char === '"' || char === "'") {
      quote = char;
    } else if (char === '>') {
      return at;
    }
  }
  return -1;
}

function attributesOf(text: string): Record<string, string> {
  const attributes: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const match of text.matchAll(/([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g))
    attributes[match[1]!] = decodeEntities(match[2] ?? match[3] ?? '');
  return attributes;
}

const NAMED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|lt|gt|amp|quot|apos);/g, (whole, name: string) => {
    if (name[0] !== '#') return NAMED[name]!;
    const code = name[1] === 'x' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}
