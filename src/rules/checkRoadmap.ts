import { catalogue } from '../diagnostics/catalogue.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { KnownIds, LoadedRoadmap } from '../model/loadRoadmap.js';
import { kindOf, stemOf } from '../read/layout.js';
import { createContext, type CommittedCodeowners, type CommittedGuide } from './context.js';
import { FILE_RULES, GLOBAL_RULES, RULES_ON_A_VALID_ROADMAP } from './index.js';

export interface CheckOptions {
  asOf: string;
  today: string;
  /** Limit per-file diagnostics to these files (roadmap-relative); global rules still see everything. */
  onlyFiles?: ReadonlySet<string>;
  codeowners?: CommittedCodeowners;
  guide?: CommittedGuide;
}

/** Validation stages 3–6 over a loaded roadmap, after the syntax and schema diagnostics of loading. */
export function checkRoadmap(loaded: LoadedRoadmap, options: CheckOptions): Diagnostic[] {
  const { onlyFiles } = options;
  const diagnostics = onlyFiles ? loaded.diagnostics.filter((d) => onlyFiles.has(d.file)) : [...loaded.diagnostics];
  const base = {
    roadmap: loaded.roadmap,
    known: withUnreadFiles(loaded.known, diagnostics),
    asOf: options.asOf,
    today: options.today,
    codeowners: options.codeowners,
    guide: options.guide,
  };
  const global = createContext(base, diagnostics);
  for (const rule of GLOBAL_RULES) rule(global);
  const perFile = createContext({ ...base, onlyFiles }, diagnostics);
  for (const rule of FILE_RULES) rule(perFile);
  // The expected guide is rendered from every value of the roadmap: only once none is in error (a date typed 15/11/2026).
  if (
    !diagnostics.some(
      (diagnostic) => (diagnostic.severity ?? catalogue.get(diagnostic.rule)?.severity ?? 'error') === 'error',
    )
  )
    for (const rule of RULES_ON_A_VALID_ROADMAP) rule(global);
  const loadedCount = onlyFiles
    ? loaded.diagnostics.filter((d) => onlyFiles.has(d.file)).length
    : loaded.diagnostics.length;
  return [
    ...diagnostics.slice(0, loadedCount),
    ...withoutRefusedValues(diagnostics.slice(loadedCount), diagnostics.slice(0, loadedCount)),
  ];
}

/** Schema findings about a key, not a value: the value under them was never read as wrong. */
const KEY_FINDINGS = new Set(['schema/required', 'schema/unknown-field']);

/**
 * Rules do not run on values that failed the schema or name nothing: a date typed
 * `15/11/2026` gets « écrivez 2026-11-15 » once, not also « before its baseline » from a
 * rule comparing the text; an unknown lead is one problem, not also an out-of-date
 * CODEOWNERS. A consistency or staleness finding goes when its path and a refused
 * value's path (schema, or an unknown reference) are one inside the other.
 */
function withoutRefusedValues(findings: readonly Diagnostic[], loaded: readonly Diagnostic[]): Diagnostic[] {
  let found = findings;
  const refused = new Map<string, (readonly (string | number)[])[]>();
  const isReference = (diagnostic: Diagnostic) => diagnostic.rule.startsWith('ref/');
  for (const diagnostic of [...loaded, ...found.filter(isReference)]) {
    const path = 'path' in diagnostic.at ? diagnostic.at.path : undefined;
    if (!path || path.length === 0 || KEY_FINDINGS.has(diagnostic.rule)) continue;
    refused.set(diagnostic.file, [...(refused.get(diagnostic.file) ?? []), path]);
  }
  if (refused.size === 0) return [...found];
  // The guide is written from the whole roadmap: while a reference is broken, comparing it says nothing new.
  found = found.filter((diagnostic) => diagnostic.rule !== 'guide/out-of-date');
  const within = (a: readonly (string | number)[], b: readonly (string | number)[]) =>
    a.length <= b.length && a.every((segment, index) => segment === b[index]);
  return found.filter((diagnostic) => {
    if (isReference(diagnostic) || diagnostic.rule.startsWith('id/')) return true;
    const path = 'path' in diagnostic.at ? diagnostic.at.path : undefined;
    const paths = path ? refused.get(diagnostic.file) : undefined;
    return !paths?.some((bad) => within(bad, path!) || within(path!, bad));
  });
}

/**
 * A file that exists but could not be read (too large, unreadable, a link
 * leaving the folder) still names an entity: references to it are not
 * reported as unknown on top of the read problem.
 */
function withUnreadFiles(known: KnownIds, diagnostics: readonly Diagnostic[]): KnownIds {
  const unread = diagnostics.filter((diagnostic) => diagnostic.rule.startsWith('read/'));
  if (unread.length === 0) return known;
  const extended = Object.fromEntries(Object.entries(known).map(([kind, ids]) => [kind, new Set(ids)])) as KnownIds;
  for (const { file } of unread) {
    const kind = kindOf(file);
    if (kind) extended[kind].add(stemOf(file));
  }
  return extended;
}
