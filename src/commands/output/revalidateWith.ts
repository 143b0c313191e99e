/**
 * Checks the whole roadmap again as it would be after a write, with the new
 * or edited file in memory only: a command leaves the disk
 * untouched when the result would be invalid.
 */
import { checkFiles } from '../../check/checkFiles.js';
import type { RawFile } from '../../read/readFolder.js';
import type { OpenedRoadmap } from '../opening/openRoadmap.js';

export function revalidateWith(opened: OpenedRoadmap, changed: RawFile): OpenedRoadmap {
  const replaced = opened.files.some((file) => file.rel === changed.rel);
  const files = replaced
    ? opened.files.map((file) => (file.rel === changed.rel ? changed : file))
    : [...opened.files, changed];
  // Problems met while reading the folder (links leaving it, oversized files) are not in the files: carry them over.
  const readProblems = opened.loaded.diagnostics.filter((diagnostic) => diagnostic.rule.startsWith('read/'));
  return checkFiles(opened.dir, files, readProblems, {
    asOf: opened.asOf,
    today: opened.today,
    lang: opened.lang,
    explicitLang: true,
  });
}
