import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { KnownIds, LoadedRoadmap } from '../model/loadRoadmap.js';
import { kindOf, stemOf } from '../read/layout.js';
import { createContext, type CommittedCodeowners, type CommittedGuide } from './context.js';
import { FILE_RULES, GLOBAL_RULES } from './index.js';

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
  const base = { roadmap: loaded.roadmap, known: withUnreadFiles(loaded.known, diagnostics), asOf: options.asOf, today: options.today, codeowners: options.codeowners, guide: options.guide };
  const global = createContext(base, diagnostics);
  for (const rule of GLOBAL_RULES) rule(global);
  const perFile = createContext({ ...base, onlyFiles }, diagnostics);
  for (const rule of FILE_RULES) rule(perFile);
  return diagnostics;
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
