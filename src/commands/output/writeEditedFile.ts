/**
 * The last steps of every command that edits one roadmap file in place
 * (update, meeting record, close): the YAML edit keeping comments and key
 * order, the whole roadmap checked again with the edited file in memory, then
 * the safe write (or its diff with --dry-run). Nothing is written when the
 * result would be invalid.
 */
import { EXIT, type Io } from '../../io/io.js';
import type { Lang } from '../../i18n/lang.js';
import type { RawFile } from '../../read/readFolder.js';
import { editFrontMatter, type DocumentEdit } from '../../edit/editFrontMatter.js';
import { refuseInvalid, type OpenedRoadmap } from '../opening/openRoadmap.js';
import { revalidateWith } from './revalidateWith.js';
import { usageError } from '../flags/usageError.js';
import { writeFiles } from '../../write/writeFiles.js';
import { refreshedGeneratedFiles } from '../setup/generatedFiles.js';

export async function writeEditedFile(
  io: Io,
  lang: Lang,
  opened: OpenedRoadmap,
  file: RawFile,
  edit: DocumentEdit,
  dryRun: boolean,
): Promise<number> {
  const label = `${opened.label}/${file.rel}`;
  const edited = editFrontMatter(file.bytes, file.rel.endsWith('.md'), edit);
  if (!edited.ok) throw usageError(lang, 'update/unreadable', { file: label });
  const after = revalidateWith(opened, { rel: file.rel, bytes: edited.bytes });
  if (await refuseInvalid(io, after)) return EXIT.invalid;
  writeFiles(
    io,
    lang,
    [
      {
        root: opened.dir,
        rel: file.rel,
        label,
        before: edited.before,
        after: edited.text,
        bytes: edited.bytes,
        mode: { kind: 'replace', expected: file.bytes },
      },
      ...refreshedGeneratedFiles(opened, after.loaded.roadmap),
    ],
    dryRun,
  );
  return EXIT.ok;
}
