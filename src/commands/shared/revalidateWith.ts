/**
 * Checks the whole roadmap again as it would be after a write, with the new
 * or edited file in memory only: a command leaves the disk
 * untouched when the result would be invalid.
 */
import { loadRoadmap } from '../../model/loadRoadmap.js';
import { SchemaValidator } from '../../model/schemaValidator.js';
import type { RawFile } from '../../read/readFolder.js';
import { fromLoaded, type OpenedRoadmap } from './openRoadmap.js';

export function revalidateWith(opened: OpenedRoadmap, changed: RawFile): OpenedRoadmap {
  const replaced = opened.files.some((file) => file.rel === changed.rel);
  const files = replaced
    ? opened.files.map((file) => (file.rel === changed.rel ? changed : file))
    : [...opened.files, changed];
  const loaded = loadRoadmap(files, new SchemaValidator());
  // Problems met while reading the folder (links leaving it, oversized files) are not in the files: carry them over.
  loaded.diagnostics.unshift(...opened.loaded.diagnostics.filter((diagnostic) => diagnostic.rule.startsWith('read/')));
  return fromLoaded(opened.dir, files, loaded, { asOf: opened.asOf, today: opened.today, lang: opened.lang, explicitLang: true });
}
