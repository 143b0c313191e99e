import { EXIT } from '../io/io.js';
import { Locator } from '../diagnostics/locate.js';
import { setupMessage } from '../i18n/setupMessages.js';
import { referencesOf } from '../model/referencesOf.js';
import { terminalLine } from '../util/sanitize.js';
import { refuseInvalid } from './opening/openRoadmap.js';
import { writeFiles } from '../write/writeFiles.js';
import { refreshedGeneratedFiles } from './setup/generatedFiles.js';
import { namedEntityCommand } from './setup/findForEdit.js';
import { checkedAfter } from './setup/writeEntityEdits.js';

/**
 * `roadmap remove <kind> <id>`: deletes an entity's file, once nothing in the
 * roadmap refers to it. While anything does, it lists every reference at
 * `file:line` and deletes nothing (exit 1): `rename` or `edit` those first.
 * The rest of the roadmap is checked without the file before it goes.
 */
export const run = namedEntityCommand<'remove'>(async ({ flags: options, io, opened, lang }, { kind, id, found }) => {
  const references = referencesOf(opened.loaded.roadmap).filter(
    (reference) => reference.kind === kind && reference.id === id && reference.file !== found.file.rel,
  );
  if (references.length > 0) {
    const locator = new Locator(opened.loaded.sources);
    const lines = references.map((reference) => {
      const { line, column } = locator.position(reference.file, locator.offsetOf(reference.file, reference.path));
      return `  ${terminalLine(`${opened.label}/${reference.file}:${line}:${column}`)}  ${reference.path.join('.')}`;
    });
    io.stderr(
      `${terminalLine(setupMessage('remove/referenced', lang, { kind: setupMessage(`kind/${kind}`, lang), id, count: references.length }))}\n${lines.join('\n')}\n`,
    );
    return EXIT.invalid;
  }
  const after = checkedAfter(opened, [], [], [found.file.rel]);
  if (await refuseInvalid(io, after)) return EXIT.invalid;
  const label = `${opened.label}/${found.file.rel}`;
  const generated = refreshedGeneratedFiles(opened, after.loaded.roadmap);
  if (options.dryRun) {
    io.stdout(`${terminalLine(setupMessage('remove/would', lang, { file: label }))}\n`);
    if (generated.length > 0) writeFiles(io, lang, generated, true);
    else io.stderr(`${setupMessage('write/dry-run', lang)}\n`);
    return EXIT.ok;
  }
  // The guide and CODEOWNERS are written first, the entity deleted last, all planned at once: a refusal leaves the roadmap as it was.
  writeFiles(io, lang, generated, false, [
    { root: opened.dir, rel: found.file.rel, label, expected: found.file.bytes },
  ]);
  return EXIT.ok;
});
