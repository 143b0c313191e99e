/**
 * Turns a key path into a position, through the YAML AST, only when a
 * diagnostic is printed: validation itself never pays for positions.
 */
import { parseDocument, isAlias, isMap, isScalar, isSeq, type Document, type Node } from 'yaml';
import { YAML_OPTIONS } from '../util/yamlOptions.js';
import type { Segment } from './diagnostic.js';

/** The text of a file and where its YAML lies in it (front matter or whole file). */
export interface SourceText {
  text: string;
  yamlStart: number;
  yamlEnd: number;
}

export interface Position {
  line: number;
  column: number;
}

export class Locator {
  private readonly documents = new Map<string, Document.Parsed | null>();
  private readonly lineStarts = new Map<string, number[]>();

  constructor(private readonly sources: ReadonlyMap<string, SourceText>) {}

  /** Offset in the file of the node at `path` (its key when `key`), or of the deepest node that exists. */
  offsetOf(file: string, path: Segment[], key = false): number {
    const source = this.sources.get(file);
    if (!source) return 0;
    if (path.length === 1 && typeof path[0] === 'string') {
      const found = topLevelKeyOffset(source, path[0], key);
      if (found !== undefined) return found;
    }
    const doc = this.documentOf(file, source);
    if (!doc) return source.yamlStart;
    let node: unknown = doc.contents;
    let offset = rangeStart(node) ?? 0;
    for (let index = 0; index < path.length; index++) {
      const segment = path[index]!;
      if (isAlias(node)) node = node.resolve(doc);
      const isLast = index === path.length - 1;
      if (isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
        if (!pair) break;
        const keyOffset = rangeStart(pair.key);
        if ((isLast && key) || pair.value == null) {
          offset = keyOffset ?? offset;
          break;
        }
        node = pair.value;
      } else if (isSeq(node)) {
        const item = node.items[Number(segment)];
        if (item == null) break;
        node = item;
      } else {
        break;
      }
      offset = rangeStart(node) ?? offset;
    }
    return source.yamlStart + offset;
  }

  position(file: string, offset: number): Position {
    const source = this.sources.get(file);
    if (!source) return { line: 1, column: 1 };
    let starts = this.lineStarts.get(file);
    if (!starts) {
      starts = [0];
      for (let i = source.text.indexOf('\n'); i !== -1; i = source.text.indexOf('\n', i + 1)) starts.push(i + 1);
      this.lineStarts.set(file, starts);
    }
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - starts[low]! + 1 };
  }

  private documentOf(file: string, source: SourceText): Document.Parsed | null {
    if (!this.documents.has(file)) {
      let doc: Document.Parsed | null = null;
      try {
        doc = parseDocument(source.text.slice(source.yamlStart, source.yamlEnd), YAML_OPTIONS);
      } catch {
        doc = null;
      }
      this.documents.set(file, doc);
    }
    return this.documents.get(file) ?? null;
  }
}

function rangeStart(node: unknown): number | undefined {
  return (node as Node | null)?.range?.[0];
}

/**
 * Fast path for the most common diagnostics (a top-level field): in a block
 * mapping a top-level key starts a line at column 0 and nothing else can, so
 * a line scan finds it without parsing. Anything unusual (flow mappings,
 * values on following lines, quoting) falls back to the AST.
 */
function topLevelKeyOffset(source: SourceText, name: string, key: boolean): number | undefined {
  if (!/^[\w-]+$/.test(name)) return undefined;
  const { text, yamlStart, yamlEnd } = source;
  const prefix = `${name}:`;
  let lineStart = yamlStart;
  while (lineStart < yamlEnd) {
    if (text.startsWith(prefix, lineStart)) {
      if (key) return lineStart;
      let value = lineStart + prefix.length;
      while (text[value] === ' ' || text[value] === '\t') value++;
      const next = text[value];
      return next === undefined || next === '\n' || next === '\r' || next === '#' ? undefined : value;
    }
    const newline = text.indexOf('\n', lineStart);
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  return undefined;
}
