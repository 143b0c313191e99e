/**
 * The one pipeline every command runs, pure: a roadmap's files (read from the
 * folder or from a git revision, with the problems met while reading them) →
 * loaded, schema-checked and rule-checked roadmap, with its diagnostics
 * resolved to file:line:col only when asked.
 */
import { basename, dirname } from 'node:path';
import { catalogue } from '../diagnostics/catalogue.js';
import type { Diagnostic, Result } from '../diagnostics/diagnostic.js';
import { resolveDiagnostics } from '../diagnostics/resolveDiagnostics.js';
import { isLang, type Lang } from '../i18n/lang.js';
import { loadRoadmap, type LoadedRoadmap } from '../model/loadRoadmap.js';
import { SchemaValidator } from '../model/schemaValidator.js';
import type { RawFile } from '../read/readFolder.js';
import { checkRoadmap } from '../rules/checkRoadmap.js';
import type { CommittedCodeowners, CommittedGuide } from '../rules/context.js';

export interface CheckedRoadmap {
  dir: string;
  label: string;
  files: RawFile[];
  loaded: LoadedRoadmap;
  diagnostics: Diagnostic[];
  asOf: string;
  today: string;
  lang: Lang;
  errors: number;
  warnings: number;
  results(): Result[];
}

export interface CheckOptions {
  asOf: string;
  today: string;
  /** The language asked for, or the fallback when `explicitLang` is false (then the convention's language wins). */
  lang: Lang;
  explicitLang: boolean;
  onlyFiles?: ReadonlySet<string>;
  codeowners?: CommittedCodeowners;
  guide?: CommittedGuide;
}

export function checkFiles(
  dir: string,
  files: RawFile[],
  readProblems: readonly Diagnostic[],
  options: CheckOptions,
): CheckedRoadmap {
  const loaded = loadRoadmap(files, new SchemaValidator());
  loaded.diagnostics.unshift(...readProblems);
  return checkLoaded(dir, files, loaded, options);
}

export function checkLoaded(
  dir: string,
  files: RawFile[],
  loaded: LoadedRoadmap,
  options: CheckOptions,
): CheckedRoadmap {
  const diagnostics = checkRoadmap(loaded, options);
  const lang = roadmapLang(loaded, options.explicitLang ? options.lang : undefined, options.lang);
  const label = folderLabel(dir);
  let errors = 0;
  for (const diagnostic of diagnostics) if (severityOf(diagnostic) === 'error') errors++;
  let cached: Result[] | undefined;
  return {
    dir,
    label,
    files,
    loaded,
    diagnostics,
    asOf: options.asOf,
    today: options.today,
    lang,
    errors,
    warnings: diagnostics.length - errors,
    results: () => (cached ??= resolveDiagnostics(diagnostics, loaded.sources, lang, label)),
  };
}

/** `--lang` when given, else the convention's language, else the fallback (French). */
export function roadmapLang(loaded: LoadedRoadmap, explicit: Lang | undefined, fallback: Lang = 'fr'): Lang {
  const conventionLang = loaded.roadmap.convention?.data.language;
  return explicit ?? (isLang(conventionLang) ? conventionLang : fallback);
}

/** How diagnostics name files: from the roadmap folder's parent (`roadmap/commitments/x.md`). */
export function folderLabel(dir: string): string {
  return basename(dir) || basename(dirname(dir));
}

function severityOf(diagnostic: Diagnostic): string {
  return diagnostic.severity ?? catalogue.get(diagnostic.rule)?.severity ?? 'error';
}
