/**
 * Raw files → typed Roadmap plus the diagnostics of the first two stages
 * (syntax, schema). Pure: the files come from the disk or from git alike.
 */
import { plural, PROBLEMS } from '../i18n/vocabulary.js';
import { textByLang } from '../i18n/textByLang.js';
import { clipParams } from '../diagnostics/clipParams.js';
import type { Diagnostic, Params } from '../diagnostics/diagnostic.js';
import type { Text } from '../i18n/lang.js';
import type { SourceText } from '../diagnostics/locate.js';
import { decode } from '../read/decode.js';
import { kindOf, stemOf } from '../read/layout.js';
import type { RawFile } from '../read/readFolder.js';
import { parseYaml } from '../parse/parseYaml.js';
import { splitFrontMatter } from '../parse/splitFrontMatter.js';
import { detachEntity } from './detachEntity.js';
import { amountProblems } from './amountProblems.js';
import type { SchemaValidator } from './schemaValidator.js';
import type { Commitment, Entity, EntityKind, Roadmap } from './types.js';
import { fieldName } from './schemaDiagnostic.js';
import { typeName } from './schemaWords.js';

/** Ids that exist per kind, even in files too broken to load, so one broken file does not cascade into false "unknown reference" errors. */
export type KnownIds = Record<EntityKind, Set<string>>;

export interface LoadedRoadmap {
  roadmap: Roadmap;
  diagnostics: Diagnostic[];
  sources: Map<string, SourceText>;
  known: KnownIds;
}

export interface LoadOptions {
  /** Copy each entity out of its file's text as it is read (detachEntity.ts): for a command that keeps the roadmap long after. */
  detach?: boolean;
}

export function loadRoadmap(
  files: readonly RawFile[],
  validator: SchemaValidator,
  options: LoadOptions = {},
): LoadedRoadmap {
  const loaded: LoadedRoadmap = {
    roadmap: { partners: [], axes: [], commitments: [], meetings: [] },
    diagnostics: [],
    sources: new Map(),
    known: { convention: new Set(), partner: new Set(), axis: new Set(), commitment: new Set(), meeting: new Set() },
  };
  for (const file of files) loadFile(loaded, file, validator, options);
  return loaded;
}

/**
 * Past this many syntax and schema problems in one file, the rest are
 * counted rather than listed: a hostile file with 60 000 unknown keys must
 * give a readable report, in bounded time, not 60 000 lines.
 */
export const MAX_PROBLEMS_PER_FILE = 100;

function loadFile(loaded: LoadedRoadmap, file: RawFile, validator: SchemaValidator, options: LoadOptions): void {
  const found: Diagnostic[] = [];
  loadFileInto(loaded, file, validator, found, options);
  loaded.diagnostics.push(...found.slice(0, MAX_PROBLEMS_PER_FILE));
  if (found.length > MAX_PROBLEMS_PER_FILE) {
    loaded.diagnostics.push({
      rule: 'file/too-many-problems',
      file: file.rel,
      at: { offset: 0 },
      params: { count: textByLang((lang) => plural(found.length - MAX_PROBLEMS_PER_FILE, PROBLEMS, lang)) },
    });
  }
}

function loadFileInto(
  loaded: LoadedRoadmap,
  file: RawFile,
  validator: SchemaValidator,
  found: Diagnostic[],
  options: LoadOptions,
): void {
  const kind = kindOf(file.rel);
  if (!kind) return;
  const report = (rule: string, offset: number, params?: Params) =>
    found.push({ rule, file: file.rel, at: { offset }, params });
  loaded.known[kind].add(stemOf(file.rel));

  const decoded = decode(file.bytes);
  if (!decoded.ok) return void report(decoded.rule, decoded.offset, decoded.params);
  const text = decoded.text.charCodeAt(0) === 0xfeff ? decoded.text.slice(1) : decoded.text;

  let yamlStart = 0;
  let yamlEnd = text.length;
  let body = '';
  if (file.rel.endsWith('.md')) {
    const split = splitFrontMatter(text);
    if (!split.ok) {
      loaded.sources.set(file.rel, { text, yamlStart: 0, yamlEnd: 0 });
      return void report(split.rule, split.offset, split.params);
    }
    yamlStart = split.yamlStart;
    yamlEnd = split.yamlStart + split.yaml.length;
    body = split.body;
  }
  loaded.sources.set(file.rel, { text, yamlStart, yamlEnd });

  const parsed = parseYaml(
    yamlStart === 0 && yamlEnd === text.length ? text : text.slice(yamlStart, yamlEnd),
    yamlStart,
  );
  for (const problem of parsed.problems) report(problem.rule, problem.offset, problem.params);
  if (parsed.problems.length > 0) return;
  const value = parsed.value;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return void report('yaml/not-a-mapping', yamlStart, { found: describeFound(value) });
  }
  const id = (value as { id?: unknown }).id;
  if (typeof id === 'string') loaded.known[kind].add(id);

  const check = validator.check(kind, file.rel, value);
  found.push(
    ...check.diagnostics.map((diagnostic) =>
      diagnostic.params ? { ...diagnostic, params: clipParams(diagnostic.params) } : diagnostic,
    ),
  );
  if (!check.shapeOk) return;
  if (kind === 'commitment' && parsed.document && (value as { budget?: unknown }).budget !== undefined) {
    for (const problem of amountProblems(parsed.document, (check.value ?? value) as Commitment)) {
      found.push({
        rule: 'amount/decimals',
        file: file.rel,
        at: { path: problem.path },
        params: { field: fieldName(problem.path), value: problem.value, rounded: problem.rounded },
      });
    }
  }
  const entity = { data: check.value ?? value, file: file.rel, body } as Entity<never>;
  addEntity(loaded.roadmap, kind, options.detach ? detachEntity(entity) : entity);
}

function addEntity(roadmap: Roadmap, kind: EntityKind, entity: Entity<never>): void {
  switch (kind) {
    case 'convention':
      roadmap.convention = entity;
      break;
    case 'partner':
      roadmap.partners.push(entity);
      break;
    case 'axis':
      roadmap.axes.push(entity);
      break;
    case 'commitment':
      roadmap.commitments.push(entity);
      break;
    case 'meeting':
      roadmap.meetings.push(entity);
      break;
  }
}

function describeFound(value: unknown): Text {
  if (value === null || value === undefined) return { fr: 'un en-tête vide', en: 'empty content' };
  if (Array.isArray(value)) return typeName('array')!;
  return {
    fr: `la valeur seule « ${String(value).slice(0, 40)} »`,
    en: `the lone value "${String(value).slice(0, 40)}"`,
  };
}
