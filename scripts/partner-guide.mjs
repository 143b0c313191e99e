// Writes docs/guide-partenaire.md from the bundled roadmap/ (run `npm run build` first):
// the same generator as `roadmap init`, so the guide shipped here is the one a new
// partnership gets. test/i18n-guide.test.ts fails when the committed copy is out of date.
import { writeFileSync } from 'node:fs';
import { readFolder } from '../dist/src/read/readFolder.js';
import { loadRoadmap } from '../dist/src/model/loadRoadmap.js';
import { SchemaValidator } from '../dist/src/model/schemaValidator.js';
import { GUIDE_PATH, partnerGuideFor } from '../dist/src/render/guide/partnerGuideFor.js';

const root = new URL('../', import.meta.url);
const { roadmap } = loadRoadmap(readFolder(new URL('roadmap', root).pathname).files, new SchemaValidator());
const lang = roadmap.convention?.data.language ?? 'fr';
writeFileSync(new URL(GUIDE_PATH[lang], root), partnerGuideFor(roadmap, lang));
console.log(`Wrote ${GUIDE_PATH[lang]}`);
