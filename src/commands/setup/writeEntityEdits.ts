/**
 * The last steps of every set-up command that edits files in place: each
 * edit applied in memory, the whole roadmap checked again with every edited
 * file, then one safe batch (all files or none) — or the diffs with --dry-run.
 */
import { EXIT, type Io } from '../../io/io.js';
import type { RawFile } from '../../read/readFolder.js';
import { checkLoaded } from '../../check/checkFiles.js';
import { loadRoadmap } from '../../model/loadRoadmap.js';
import { SchemaValidator } from '../../model/schemaValidator.js';
import { readAssets } from '../../read/readAssets.js';
import type { EditedFile } from '../../edit/editFrontMatter.js';
import { refuseInvalid, type OpenedRoadmap } from '../opening/openRoadmap.js';
import { writeFiles, type PlannedWrite } from '../../write/writeFiles.js';
import { refreshedGeneratedFiles } from './generatedFiles.js';
import { setupError } from './setupFlags.js';

export interface PlannedEdit {
  /** The file as read. */
  file: RawFile;
  edited: EditedFile;
}

export interface PlannedNewFile {
  rel: string;
  bytes: Uint8Array;
}

/**
 * The roadmap as it would be after the edits, new files and removals, checked
 * like `validate` does — logos included, with the images `assets` would add.
 */
export function checkedAfter(
  opened: OpenedRoadmap,
  edits: readonly PlannedEdit[],
  created: readonly PlannedNewFile[] = [],
  removed: readonly string[] = [],
  assets: readonly PlannedNewFile[] = [],
): OpenedRoadmap {
  const replaced = new Map<string, Uint8Array>();
  for (const edit of edits) if (edit.edited.ok) replaced.set(edit.file.rel, edit.edited.bytes);
  const files = [
    ...opened.files
      .filter((file) => !removed.includes(file.rel))
      .map((file) => (replaced.has(file.rel) ? { rel: file.rel, bytes: replaced.get(file.rel)! } : file)),
    ...created.map((file) => ({ rel: file.rel, bytes: file.bytes })),
  ];
  const readProblems = opened.loaded.diagnostics.filter((diagnostic) => diagnostic.rule.startsWith('read/'));
  const loaded = loadRoadmap(files, new SchemaValidator());
  loaded.diagnostics.unshift(...readProblems);
  const logos = loaded.roadmap.convention?.data.logos;
  const images = readAssets(opened.dir, Array.isArray(logos) ? logos : []);
  for (const image of assets) images.set(image.rel, image.bytes);
  loaded.roadmap.assets = images;
  return checkLoaded(opened.dir, files, loaded, {
    asOf: opened.asOf,
    today: opened.today,
    lang: opened.lang,
    explicitLang: true,
  });
}

export function plannedEditWrites(opened: OpenedRoadmap, edits: readonly PlannedEdit[]): PlannedWrite[] {
  return edits.map(({ file, edited }) => {
    if (!edited.ok) throw setupError(opened.lang, 'edit/unreadable', { file: `${opened.label}/${file.rel}` });
    return {
      root: opened.dir,
      rel: file.rel,
      label: `${opened.label}/${file.rel}`,
      before: edited.before,
      after: edited.text,
      bytes: edited.bytes,
      mode: { kind: 'replace' as const, expected: file.bytes },
    };
  });
}

/** Edits of existing files only (`edit`, `update`'s new flags): checked, then written or shown. */
export async function writeEntityEdits(
  io: Io,
  opened: OpenedRoadmap,
  edits: readonly PlannedEdit[],
  dryRun: boolean,
): Promise<number> {
  const writes = plannedEditWrites(opened, edits);
  const after = checkedAfter(opened, edits);
  if (await refuseInvalid(io, after)) return EXIT.invalid;
  writeFiles(io, opened.lang, [...writes, ...refreshedGeneratedFiles(opened, after.loaded.roadmap)], dryRun);
  return EXIT.ok;
}
