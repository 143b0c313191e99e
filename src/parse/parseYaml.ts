/**
 * YAML text → plain JavaScript value, with the caps that make hostile input
 * harmless: YAML 1.2 core schema whatever the file's %YAML directive says
 * (so `no` stays a string and dates stay `YYYY-MM-DD` strings), duplicate keys
 * refused, custom tags refused, aliases and nesting bounded, and `__proto__`
 * kept as an ordinary own key.
 */
import type { Params } from '../diagnostics/diagnostic.js';
import { parseDocument, isAlias, isMap, isScalar, isSeq, type Document, type Node, type YAMLMap } from 'yaml';
import { YAML_OPTIONS } from '../util/yamlOptions.js';
import { firstTooDeepOffset } from './firstTooDeepOffset.js';
import { explainYamlError, tabIndentation } from '../diagnostics/yamlErrors.js';

export interface YamlProblem {
  rule: string;
  offset: number;
  params?: Params;
}

export interface ParsedYaml {
  /** undefined when the text could not be read into a value. */
  value: unknown;
  problems: YamlProblem[];
  /** The syntax tree, for what only the source text tells (an amount's decimals: model/amountProblems.ts). */
  document?: Document.Parsed;
}

export { YAML_OPTIONS };

export const MAX_DEPTH = 64;
export const MAX_ALIASES = 100;
/** Values produced by expanding aliases: far above any real file, far below memory trouble. */
export const MAX_ALIAS_NODES = 200_000;

export function parseYaml(text: string, baseOffset = 0): ParsedYaml {
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, YAML_OPTIONS);
  } catch {
    return { value: undefined, problems: [tooDeep(text, 0, baseOffset)] };
  }
  // The composer recurses: a pathological nesting exhausts the stack, and the library reports it once per level.
  const exhausted = doc.errors.find((error) => error.code === 'RESOURCE_EXHAUSTION');
  if (exhausted) return { value: undefined, problems: [tooDeep(text, exhausted.pos[0], baseOffset)] };
  const problems: YamlProblem[] = [];
  // Only the first syntax error: once the parser has lost its footing, the errors after it (ten for one tab) follow from it.
  const first = [...doc.errors].sort((a, b) => a.pos[0] - b.pos[0])[0];
  if (first) problems.push(syntaxProblem(first.code, first.message, first.pos[0], baseOffset, text));
  for (const warning of doc.warnings) {
    if (warning.code === 'TAG_RESOLVE_FAILED') {
      problems.push({
        rule: 'yaml/tag',
        offset: baseOffset + warning.pos[0],
        params: { tag: tagName(warning.message) },
      });
    }
  }
  if (problems.length > 0) return { value: undefined, problems };
  const converter = new PlainConverter(doc, baseOffset);
  const value = converter.convert(doc.contents, 0);
  return { value: converter.problems.length > 0 ? undefined : value, problems: converter.problems, document: doc };
}

function syntaxProblem(code: string, message: string, pos: number, baseOffset: number, text: string): YamlProblem {
  const offset = baseOffset + pos;
  if (code === 'MULTIPLE_DOCS') return { rule: 'yaml/multiple-documents', offset };
  if (code === 'TAB_AS_INDENT') {
    const lineStart = text.lastIndexOf('\n', pos - 1) + 1;
    return { rule: 'yaml/syntax', offset: baseOffset + lineStart, params: { detail: tabIndentation(text, lineStart) } };
  }
  return { rule: 'yaml/syntax', offset, params: { detail: explainYamlError(code, message) } };
}

function tooDeep(text: string, fallback: number, baseOffset: number): YamlProblem {
  return {
    rule: 'yaml/too-deep',
    offset: baseOffset + (firstTooDeepOffset(text, MAX_DEPTH) ?? fallback),
    params: { limit: MAX_DEPTH },
  };
}

function tagName(message: string): string {
  return shortTag(message.replace(/^Unresolved tag: /, ''));
}

/** `tag:yaml.org,2002:binary` → `!!binary`, as the file wrote it. */
function shortTag(tag: string): string {
  return tag.replace(/^tag:yaml\.org,2002:/, '!!').slice(0, 80);
}

class PlainConverter {
  readonly problems: YamlProblem[] = [];
  /** Set by the first problem that makes the rest of the value meaningless; duplicate keys do not stop the walk. */
  private stopped = false;
  private aliases = 0;
  /** Nodes produced inside alias expansions; the file's own nodes are already bounded by the file size cap. */
  private aliasNodes = 0;

  constructor(
    private readonly doc: Document.Parsed,
    private readonly baseOffset: number,
  ) {}

  convert(node: unknown, depth: number, inAlias = false): unknown {
    if (node == null) return null;
    if (this.stopped) return undefined;
    if (inAlias && ++this.aliasNodes > MAX_ALIAS_NODES) return this.fail('yaml/alias-limit', node);
    if (depth > MAX_DEPTH) return this.fail('yaml/too-deep', node, { limit: MAX_DEPTH });
    if (isScalar(node)) {
      // A plain value is text, a number, a boolean or null; an object here came from a tag such as !!binary.
      if (node.value !== null && typeof node.value === 'object')
        return this.fail('yaml/tag', node, { tag: shortTag(node.tag ?? '?') });
      return node.value;
    }
    if (isAlias(node)) {
      if (++this.aliases > MAX_ALIASES) return this.fail('yaml/alias-limit', node);
      return this.convert(node.resolve(this.doc), depth + 1, true);
    }
    if (isSeq(node)) return node.items.map((item) => this.convert(item, depth + 1, inAlias));
    if (isMap(node)) return this.convertMap(node, depth, inAlias);
    return null;
  }

  private convertMap(node: YAMLMap, depth: number, inAlias: boolean): Record<string, unknown> | undefined {
    const result: Record<string, unknown> = {};
    const seen = new Set<string>();
    for (const pair of node.items) {
      const key = pair.key;
      if (key != null && !isScalar(key)) return this.fail('yaml/complex-key', key);
      // `1:` and `"1":` name the same field once converted, so they are compared as text.
      const name = String(isScalar(key) ? key.value : key);
      if (seen.has(name)) {
        this.report('yaml/duplicate-key', key, { key: name.slice(0, 80) });
        continue;
      }
      seen.add(name);
      // Defined, not assigned: `__proto__: …` must stay data, never a prototype.
      Object.defineProperty(result, name, {
        value: this.convert(pair.value, depth + 1, inAlias),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return result;
  }

  private fail(rule: string, node: unknown, params?: Params): undefined {
    this.report(rule, node, params);
    this.stopped = true;
    return undefined;
  }

  private report(rule: string, node: unknown, params?: Params): void {
    const range = (node as Node | null)?.range;
    this.problems.push({ rule, offset: this.baseOffset + (range?.[0] ?? 0), params });
  }
}
