/**
 * Edits the YAML of a roadmap file (a `.md` file's front matter, or a whole
 * `.yaml` file) through the yaml Document API, and gives back bytes in which
 * everything the edit did not touch is byte for byte what it was: comments,
 * key order, quoting, flow style, the markdown body, the BOM and the line
 * endings (LF, CRLF, even mixed).
 */
import { parseDocument, type Document, type ToStringOptions } from 'yaml';
import { decode } from '../read/decode.js';
import { YAML_OPTIONS } from '../parse/parseYaml.js';
import { splitFrontMatter } from '../parse/splitFrontMatter.js';
import { mergeLineEdits } from './mergeLineEdits.js';

export type DocumentEdit = (doc: Document.Parsed) => void;

export type EditedFile =
  | { ok: true; bytes: Uint8Array; text: string; before: string }
  | { ok: false; reason: 'unreadable' | 'yaml-errors' };

const UTF8_BOM = '\ufeff';

export function editFrontMatter(bytes: Uint8Array, isMarkdown: boolean, edit: DocumentEdit): EditedFile {
  const decoded = decode(bytes);
  if (!decoded.ok) return { ok: false, reason: 'unreadable' };
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const text = decoded.text.startsWith(UTF8_BOM) ? decoded.text.slice(1) : decoded.text;
  let yamlStart = 0;
  let yaml = text;
  if (isMarkdown) {
    const split = splitFrontMatter(text);
    if (!split.ok) return { ok: false, reason: 'unreadable' };
    ({ yamlStart, yaml } = split);
  }

  const lf = yaml.replace(/\r\n/g, '\n');
  const doc = parseDocument(lf, YAML_OPTIONS);
  if (doc.errors.length > 0) return { ok: false, reason: 'yaml-errors' };
  const options = renderingLike(lf);
  const rendered = doc.toString(options);
  edit(doc);
  const edited = doc.toString(options);

  const eol = yaml.includes('\r\n') ? '\r\n' : '\n';
  const merged = mergeLineEdits(linesOf(yaml), linesOf(rendered), linesOf(edited), {
    same: (a, b) => a.replace(/\r?\n$/, '') === b.replace(/\r?\n$/, ''),
    adopt: (line) => line.replace(/\n$/, eol),
  }).join('');
  const after = text.slice(0, yamlStart) + merged + text.slice(yamlStart + yaml.length);
  const prefix = hasBom ? UTF8_BOM : '';
  return { ok: true, bytes: new TextEncoder().encode(prefix + after), text: after, before: text };
}

/** Lines with their terminators, so joining them gives the text back exactly. */
function linesOf(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

/**
 * Rendering options that match the file's own habits, so that the lines an
 * edit adds look like their neighbours: sequence indentation, indent width,
 * `[a]` versus `[ a ]`. Long text is never folded.
 */
function renderingLike(yaml: string): ToStringOptions {
  const padded = (yaml.match(/[[{] [^\s\]}]/g) ?? []).length;
  const tight = (yaml.match(/[[{][^\s\]}]/g) ?? []).length;
  return {
    lineWidth: 0,
    minContentWidth: 0,
    indent: /^[^\s#][^\n]*:[ \t]*\n( +)[^\s-]/m.exec(yaml)?.[1]?.length ?? 2,
    indentSeq: !/^( *)[^\s#-][^\n]*:[ \t]*\n\1- /m.test(yaml),
    flowCollectionPadding: padded > tight,
  };
}
