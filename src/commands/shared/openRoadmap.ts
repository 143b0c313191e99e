/**
 * read → load → check, shared by every command that reads a roadmap. Commands
 * other than validate stop on errors: they print the diagnostics and exit 1.
 */
import type { Io } from '../../io/io.js';
import { catalogue } from '../../diagnostics/catalogue.js';
import type { Diagnostic, Result } from '../../diagnostics/diagnostic.js';
import { resolveDiagnostics } from '../../diagnostics/resolveDiagnostics.js';
import type { Lang } from '../../i18n/lang.js';
import { isLang } from '../../i18n/lang.js';
import { loadRoadmap, type LoadedRoadmap } from '../../model/loadRoadmap.js';
import { SchemaValidator } from '../../model/schemaValidator.js';
import { readFolder, type RawFile } from '../../read/readFolder.js';
import { checkRoadmap } from '../../rules/checkRoadmap.js';
import type { CommittedCodeowners } from '../../rules/context.js';
import { folderLabel, resolveDate, resolveLang, resolveRoadmapDir, today } from './resolveOptions.js';

export interface OpenedRoadmap {
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

export interface OpenOptions {
  dir?: unknown;
  asOf?: unknown;
  lang?: unknown;
  onlyFiles?: ReadonlySet<string>;
  codeowners?: CommittedCodeowners;
}

export function openRoadmap(io: Io, options: OpenOptions): OpenedRoadmap {
  const explicitLang = options.lang === undefined ? undefined : resolveLang(options.lang, 'fr');
  const dir = resolveRoadmapDir(io, options.dir, explicitLang);
  const contents = readFolder(dir);
  const loaded = loadRoadmap(contents.files, new SchemaValidator());
  loaded.diagnostics.unshift(...contents.problems);
  // The roadmap's language is known once it is read: a bad --as-of is refused in it.
  const lang = roadmapLang(loaded, explicitLang);
  const asOf = resolveDate(io, options.asOf, '--as-of', lang);
  return fromLoaded(dir, contents.files, loaded, { asOf, today: today(io), lang, explicitLang: true, onlyFiles: options.onlyFiles, codeowners: options.codeowners });
}

export function fromLoaded(
  dir: string,
  files: RawFile[],
  loaded: LoadedRoadmap,
  options: { asOf: string; today: string; lang: Lang; explicitLang: boolean; onlyFiles?: ReadonlySet<string>; codeowners?: CommittedCodeowners },
): OpenedRoadmap {
  const diagnostics = checkRoadmap(loaded, options);
  const lang = roadmapLang(loaded, options.explicitLang ? options.lang : undefined, options.lang);
  const label = folderLabel(dir);
  let errors = 0;
  for (const diagnostic of diagnostics) if (severityOf(diagnostic) === 'error') errors++;
  let cached: Result[] | undefined;
  return {
    dir, label, files, loaded, diagnostics, asOf: options.asOf, today: options.today, lang,
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

function severityOf(diagnostic: Diagnostic): string {
  return diagnostic.severity ?? catalogue.get(diagnostic.rule)?.severity ?? 'error';
}

/**
 * For commands other than validate: an invalid roadmap prints its errors on
 * stderr and the command exits 1 without writing anything.
 */
export async function refuseInvalid(io: Io, opened: OpenedRoadmap): Promise<boolean> {
  if (opened.errors === 0) return false;
  const { pretty } = await import('../../formats/pretty.js');
  const errorsOnly = opened.results().filter((result) => result.severity === 'error');
  io.stderr(pretty(errorsOnly, { lang: opened.lang, color: false, files: [] }));
  return true;
}
