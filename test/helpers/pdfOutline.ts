/**
 * A PDF's outline (bookmarks) read from its objects, as a reader's sidebar
 * shows it: Chromium writes the outline dictionaries uncompressed, titles as
 * literal strings or UTF-16BE hex.
 */
export interface OutlineItem {
  title: string;
  children: OutlineItem[];
}

export function pdfOutline(pdf: Uint8Array): OutlineItem[] {
  const text = Buffer.from(pdf).toString('latin1');
  const object = (id: string): string => {
    const match = new RegExp(`(?:^|\\s)${id} 0 obj\\s*(<<[\\s\\S]*?>>)\\s*endobj`).exec(text);
    if (!match) throw new Error(`object ${id} not found`);
    return match[1]!;
  };
  const ref = (dict: string, key: string): string | undefined => new RegExp(`/${key}\\s+(\\d+) 0 R`).exec(dict)?.[1];
  const items = (first: string | undefined): OutlineItem[] => {
    const out: OutlineItem[] = [];
    for (let id = first; id !== undefined; ) {
      const dict = object(id);
      out.push({ title: title(dict), children: items(ref(dict, 'First')) });
      id = ref(dict, 'Next');
    }
    return out;
  };
  const root = /\/Outlines\s+(\d+) 0 R/.exec(text)?.[1];
  return root ? items(ref(object(root), 'First')) : [];
}

function title(dict: string): string {
  const hex = /\/Title\s*<([0-9A-Fa-f]*)>/.exec(dict);
  if (hex) {
    const bytes = Buffer.from(hex[1]!, 'hex');
    return bytes[0] === 0xfe && bytes[1] === 0xff
      ? bytes.subarray(2).swap16().toString('utf16le')
      : bytes.toString('latin1');
  }
  const literal = /\/Title\s*\(((?:[^()\\]|\\.)*)\)/.exec(dict);
  return literal ? literal[1]!.replace(/\\(.)/g, '$1') : '';
}
