import { dirname, join } from 'node:path';
import { EXIT } from '../io/io.js';
import { message } from '../i18n/editingMessages.js';
import { findRepositoryTop } from '../git/findRepositoryTop.js';
import { readUserFile } from '../read/readUserFile.js';
import { roadmapCommand } from './opening/roadmapCommand.js';
import { GUIDE_PATH } from '../render/guide/partnerGuideFor.js';
import { writeFiles } from '../write/writeFiles.js';
import { guideHome, guideRenderer } from './setup/generatedFiles.js';

/**
 * `roadmap guide [--write]`: the partner guide written from the roadmap's
 * current data (partners, ids, worked examples from its own commitments), in
 * the convention's language. Printed, or with --write written to
 * `docs/guide-partenaire.md` (`docs/partner-guide.md` in English) at the
 * repository's top — beside the roadmap folder outside a repository.
 */
export const run = roadmapCommand<'guide'>(({ flags: options, io, opened }) => {
  const language = opened.loaded.roadmap.convention?.data.language ?? opened.lang;
  const text = guideRenderer(language)(opened.loaded.roadmap);
  if (options.write !== true && options.dryRun !== true) {
    io.stdout(text);
    return EXIT.ok;
  }
  const root = guideHome(findRepositoryTop(opened.dir))?.top ?? dirname(opened.dir);
  const rel = GUIDE_PATH[language];
  const existing = readUserFile(join(root, rel), 8 * 1024 * 1024);
  const before = existing.ok ? new TextDecoder().decode(existing.bytes) : undefined;
  if (before === text) {
    io.stdout(`${message('write/no-change', opened.lang, { file: rel })}\n`);
    return EXIT.ok;
  }
  writeFiles(
    io,
    opened.lang,
    [
      {
        root,
        rel,
        label: rel,
        before,
        after: text,
        mode: existing.ok ? { kind: 'replace', expected: existing.bytes } : { kind: 'create' },
      },
    ],
    options.dryRun,
  );
  return EXIT.ok;
});
