/**
 * YAML text → plain JavaScript value, with the caps that make hostile input
 * harmless: YAML 1.2 core schema whatever the file's %YAML directive says
 * (so `no` stays a string and dates stay `YYYY-MM-DD` strings), duplicate keys
 * refused, custom tags refused, aliases and nesting bounded, and `__proto__`
 * kept as an ordinary own key.
 */
import type { Params } from '../diagnostics/diagnostic.js';
import { parseDocument, isAlias, isMap, isScalar, isSeq, type Document, type Node } from 'yaml';

export interface YamlProblem {
  rule: string;
  offset: number;
  params?: Params;
}

export interface ParsedYaml {
  /** undefined when the text could not be read into a value. */
  value: unknown;
  problems: YamlProblem[];
}

export const YAML_OPTIONS = {
  version: '1.2',
  schema: 'core',
  uniqueKeys: true,
  merge: false,
  prettyErrors: false,
  keepSourceTokens: false,
} as const;

export const MAX_DEPTH = 64;
export const MAX_ALIASES = 100;
/** Values produced after alias expansion: far above any real file, far below memory trouble. */
export const MAX_NODES = 200_000;

export function parseYaml(text: string, baseOffset = 0): ParsedYaml {
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, YAML_OPTIONS);
  } catch {
    // The composer recurses; a pathological nesting can exhaust the stack.
    return { value: undefined, problems: [{ rule: 'yaml/too-deep', offset: baseOffset, params: { limit: MAX_DEPTH } }] };
  }
  const problems: YamlProblem[] = [];
  for (const error of doc.errors) problems.push(syntaxProblem(error.code, error.message, error.pos[0], text, baseOffset));
  for (const warning of doc.warnings) {
    if (warning.code === 'TAG_RESOLVE_FAILED') {
      problems.push({ rule: 'yaml/tag', offset: baseOffset + warning.pos[0], params: { tag: tagName(warning.message) } });
    }
  }
  if (problems.length > 0) return { value: undefined, problems };
  const converter = new PlainConverter(doc, baseOffset);
  const value = converter.convert(doc.contents, 0);
  return { value: converter.problems.length > 0 ? undefined : value, problems: converter.problems };
}

function syntaxProblem(code: string, message: string, pos: number, text: string, baseOffset: number): YamlProblem {
  const offset = baseOffset + pos;
  if (code === 'DUPLICATE_KEY') return { rule: 'yaml/duplicate-key', offset, params: { key: keyAt(text, pos) } };
  if (code === 'MULTIPLE_DOCS') return { rule: 'yaml/multiple-documents', offset };
  return { rule: 'yaml/syntax', offset, params: { detail: message.split('\n')[0]!.replace(/ at line \d+, column \d+.*$/, '').replace(/[.:]$/, '') } };
}

function keyAt(text: string, pos: number): string {
  return /^["']?([^"':\n]{1,80})/.exec(text.slice(pos))?.[1]?.trim() ?? '?';
}

function tagName(message: string): string {
  return message.replace(/^Unresolved tag: /, '').replace(/^tag:yaml\.org,2002:/, '!!').slice(0, 80);
}

class PlainConverter {
  readonly problems: YamlProblem[] = [];
  private aliases = 0;
  private nodes = 0;

  constructor(private readonly doc: Document.Parsed, private readonly baseOffset: number) {}

  convert(node: unknown, depth: number): unknown {
    if (node == null) return null;
    if (this.problems.length > 0) return undefined;
    if (++this.nodes > MAX_NODES) return this.fail('yaml/alias-limit', node);
    if (depth > MAX_DEPTH) return this.fail('yaml/too-deep', node, { limit: MAX_DEPTH });
    if (isScalar(node)) return node.value;
    if (isAlias(node)) {
      if (++this.aliases > MAX_ALIASES) return this.fail('yaml/alias-limit', node);
      return this.convert(node.resolve(this.doc), depth + 1);
    }
    if (isSeq(node)) return node.items.map((item) => this.convert(item, depth + 1));
    if (isMap(node)) {
      const result: Record<string, unknown> = {};
      for (const pair of node.items) {
        const key = pair.key;
        if (key != null && !isScalar(key)) return this.fail('yaml/complex-key', key);
        const name = String(isScalar(key) ? key.value : key);
        // Defined, not assigned: `__proto__: …` must stay data, never a prototype.
        Object.defineProperty(result, name, { value: this.convert(pair.value, depth + 1), enumerable: true, writable: true, configurable: true });
      }
      return result;
    }
    return null;
  }

  private fail(rule: string, node: unknown, params?: Params): undefined {
    const range = (node as Node).range;
    this.problems.push({ rule, offset: this.baseOffset + (range?.[0] ?? 0), params });
    return undefined;
  }
}
