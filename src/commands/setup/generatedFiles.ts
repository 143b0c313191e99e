/**
 * The files roadmap generates beside a roadmap, at the repository's top: the
 * partner guide (`roadmap guide`) and CODEOWNERS (`roadmap owners`). The
 * validator compares the committed guide with the one the data calls for
 * (guide/out-of-date); a command that changes the data rewrites each of them
 * in the same batch when it was up to date before, so that a change made with
 * commands never leaves them behind.
 */
import { join } from 'node:path';
import type { Lang } from '../../i18n/lang.js';
import { LANGS } from '../../i18n/lang.js';
import { schemaSources } from '../../model/compileSchemas.js';
import type { Roadmap } from '../../model/types.js';
import { findRepositoryTop, type RepositoryTop } from '../../git/findRepositoryTop.js';
import { CODEOWNERS_MARKERS, isGeneratedCodeowners, renderCodeowners } from '../../owners/renderCodeowners.js';
import { readPackageFile } from '../../read/readPackageFile.js';
import { readUserFile } from '../../read/readUserFile.js';
import { partnerGuide, type SchemaNode } from '../../render/guide/partnerGuide.js';
import type { CommittedGuide } from '../../rules/context.js';
import type { OpenedRoadmap } from '../opening/openRoadmap.js';
import { GUIDE_PATH, GUIDE_TEMPLATE } from '../../render/guide/partnerGuideFor.js';
import type { PlannedWrite } from '../../write/writeFiles.js';

const CODEOWNERS_PATHS = ['.github/CODEOWNERS', '.gitlab/CODEOWNERS'];
const MAX_BYTES = 8 * 1024 * 1024;

/** The guide in `lang` for any roadmap, its template and schemas read once. */
export function guideRenderer(lang: Lang): (roadmap: Roadmap) => string {
  const template = readPackageFile(GUIDE_TEMPLATE[lang]);
  const sources = new Map(schemaSources().map((source) => [source.name, source.text]));
  const schema = (kind: string) => JSON.parse(sources.get(`${kind}.schema.json`) ?? '{}') as SchemaNode;
  const schemas = { commitment: schema('commitment'), meeting: schema('meeting'), partner: schema('partner') };
  return (roadmap) => partnerGuide({ roadmap, lang, template, schemas });
}

/**
 * Where the partner guide of a roadmap lives: the repository's top, when the
 * roadmap is that top or its `roadmap/` folder (the layout `init` makes);
 * undefined for a roadmap deeper in a repository (test fixtures, examples),
 * whose guide would be another's.
 */
export function guideHome(repository: RepositoryTop | undefined): RepositoryTop | undefined {
  return repository && (repository.prefix === '' || repository.prefix === 'roadmap/') ? repository : undefined;
}

/** The partner guide committed at the repository's top (French path first), for guide/out-of-date. */
export function committedGuide(found: RepositoryTop | undefined): CommittedGuide | undefined {
  const repository = guideHome(found);
  if (!repository) return undefined;
  for (const lang of LANGS) {
    const read = readUserFile(join(repository.top, GUIDE_PATH[lang]), MAX_BYTES);
    if (!read.ok) continue;
    const render = guideRenderer(lang);
    return { text: new TextDecoder().decode(read.bytes), path: GUIDE_PATH[lang], render };
  }
  return undefined;
}

/**
 * The guide and the generated CODEOWNERS rewritten for `after`, when they
 * exist and matched `opened`'s roadmap: a file edited by hand, or already
 * behind, is left for its own command to bring up to date.
 */
export function refreshedGeneratedFiles(opened: OpenedRoadmap, after: Roadmap): PlannedWrite[] {
  const repository = findRepositoryTop(opened.dir);
  if (!repository) return [];
  const before = opened.loaded.roadmap;
  const writes: PlannedWrite[] = [];
  const plan = (rel: string, bytes: Uint8Array, text: string, next: string) => {
    if (next !== text)
      writes.push({
        root: repository.top,
        rel,
        label: rel,
        before: text,
        after: next,
        mode: { kind: 'replace', expected: bytes },
      });
  };
  const guide = committedGuide(repository);
  // Rendering the guide twice costs a few milliseconds; a guide already behind is not ours to rewrite.
  if (guide) {
    const read = readUserFile(join(repository.top, guide.path), MAX_BYTES);
    if (read.ok && guide.text === guide.render(before)) plan(guide.path, read.bytes, guide.text, guide.render(after));
  }
  for (const rel of CODEOWNERS_PATHS) {
    const read = readUserFile(join(repository.top, rel), MAX_BYTES);
    if (!read.ok) continue;
    const text = new TextDecoder().decode(read.bytes);
    if (!isGeneratedCodeowners(text)) continue;
    const lang = LANGS.find((candidate) => text.startsWith(CODEOWNERS_MARKERS[candidate])) ?? 'en';
    if (text === renderCodeowners(before, repository.prefix, lang))
      plan(rel, read.bytes, text, renderCodeowners(after, repository.prefix, lang));
  }
  return writes;
}
