/**
 * read → check, shared by every command that reads a roadmap (the checking
 * itself is the pure stage src/check/checkFiles.ts). refuseInvalid prints
 * the errors of an invalid roadmap; roadmapCommand calls it before most
 * commands run, and the edits call it once they know what they change.
 */
import type { Io } from '../../io/io.js';
import { checkLoaded, roadmapLang, type CheckedRoadmap } from '../../check/checkFiles.js';
import { loadRoadmap } from '../../model/loadRoadmap.js';
import { SchemaValidator } from '../../model/schemaValidator.js';
import { readAssets } from '../../read/readAssets.js';
import { readFolder } from '../../read/readFolder.js';
import type { CommittedCodeowners, CommittedGuide } from '../../rules/context.js';
import { dateOrToday, today } from '../flags/dateFlag.js';
import type { RoadmapFlags } from './roadmapFolder.js';

export type OpenedRoadmap = CheckedRoadmap;

export interface OpenOptions extends RoadmapFlags {
  onlyFiles?: ReadonlySet<string>;
  codeowners?: CommittedCodeowners;
  guide?: CommittedGuide;
  /** The command keeps the roadmap long after the files (loadRoadmap.ts's LoadOptions). */
  detach?: boolean;
}

export function openRoadmap(io: Io, options: OpenOptions): OpenedRoadmap {
  const { dir, lang: explicitLang } = options;
  const contents = readFolder(dir);
  const loaded = loadRoadmap(contents.files, new SchemaValidator(), { detach: options.detach });
  loaded.diagnostics.unshift(...contents.problems);
  const logos = loaded.roadmap.convention?.data.logos;
  loaded.roadmap.assets = readAssets(dir, Array.isArray(logos) ? logos : []);
  // The roadmap's language is known once it is read: a bad --as-of is refused in it.
  const lang = roadmapLang(loaded, explicitLang);
  const asOf = dateOrToday(io, '--as-of', options.asOf, lang);
  return checkLoaded(dir, contents.files, loaded, {
    asOf,
    today: today(io),
    lang,
    explicitLang: true,
    onlyFiles: options.onlyFiles,
    codeowners: options.codeowners,
    guide: options.guide,
  });
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
