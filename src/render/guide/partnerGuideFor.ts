/**
 * The partner guide of a roadmap, in its language, and where it goes in the
 * repository: what `roadmap init` writes for a new partnership, and what
 * `npm run docs:guide` writes for the bundled roadmap.
 */
import type { Lang } from '../../i18n/lang.js';
import { schemaSources } from '../../model/compileSchemas.js';
import type { Roadmap } from '../../model/types.js';
import { readPackageFile } from '../../read/readPackageFile.js';
import { partnerGuide, type SchemaNode } from './partnerGuide.js';

/** The guide's path from the repository's root, per language. */
export const GUIDE_PATH: Readonly<Record<Lang, string>> = {
  fr: 'docs/guide-partenaire.md',
  en: 'docs/partner-guide.md',
};

/** The template the guide is written from, per language. */
export const GUIDE_TEMPLATE: Readonly<Record<Lang, string>> = {
  fr: 'templates/guide/guide-partenaire.fr.md',
  en: 'templates/guide/partner-guide.en.md',
};

export function partnerGuideFor(roadmap: Roadmap, lang: Lang): string {
  const sources = new Map(schemaSources().map((source) => [source.name, source.text]));
  const schema = (kind: string) => JSON.parse(sources.get(`${kind}.schema.json`) ?? '{}') as SchemaNode;
  return partnerGuide({
    roadmap,
    lang,
    template: readPackageFile(GUIDE_TEMPLATE[lang]),
    schemas: { commitment: schema('commitment'), meeting: schema('meeting'), partner: schema('partner') },
  });
}
