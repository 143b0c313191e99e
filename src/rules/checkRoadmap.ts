import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { LoadedRoadmap } from '../model/loadRoadmap.js';
import { createContext } from './context.js';
import { FILE_RULES, GLOBAL_RULES } from './index.js';

export interface CheckOptions {
  asOf: string;
  today: string;
  /** Limit per-file diagnostics to these files (roadmap-relative); global rules still see everything. */
  onlyFiles?: ReadonlySet<string>;
}

/** Stages 3–6 of SPEC §4 over a loaded roadmap, after the syntax and schema diagnostics of loading. */
export function checkRoadmap(loaded: LoadedRoadmap, options: CheckOptions): Diagnostic[] {
  const { onlyFiles } = options;
  const diagnostics = onlyFiles ? loaded.diagnostics.filter((d) => onlyFiles.has(d.file)) : [...loaded.diagnostics];
  const base = { roadmap: loaded.roadmap, known: loaded.known, asOf: options.asOf, today: options.today };
  const global = createContext(base, diagnostics);
  for (const rule of GLOBAL_RULES) rule(global);
  const perFile = createContext({ ...base, onlyFiles }, diagnostics);
  for (const rule of FILE_RULES) rule(perFile);
  return diagnostics;
}
