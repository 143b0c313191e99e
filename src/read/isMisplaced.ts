/**
 * Whether a top-level entry of a roadmap folder is in an unexpected place:
 * anything but `convention.yaml`, `assets/` and the entity folders, dot-files aside. A
 * folder that differs from an entity folder only by case (`Commitments/`) is
 * always misplaced: on a case-insensitive checkout it would merge into
 * `commitments/` after CI passed. A roadmap kept at the top of its
 * repository shares that folder with the README and the CI files, so there
 * only such case variants are reported. Shared by the folder walk on disk
 * (readFolder.ts) and the tree of a git revision (git/selectRoadmapEntries.ts).
 */
import { ASSETS_FOLDER, CONVENTION_FILE, ENTITY_FOLDERS } from './layout.js';

export function isMisplaced(name: string, atRepositoryTop: boolean): boolean {
  if (
    name.startsWith('.') ||
    name === CONVENTION_FILE ||
    name === ASSETS_FOLDER ||
    ENTITY_FOLDERS.some((layout) => layout.folder === name)
  )
    return false;
  const caseVariant =
    name.toLowerCase() === CONVENTION_FILE || ENTITY_FOLDERS.some((layout) => layout.folder === name.toLowerCase());
  return caseVariant || !atRepositoryTop;
}
