import { EXIT } from '../io/io.js';
import { setupMessage } from '../i18n/setupMessages.js';
import { referencesOf } from '../model/referencesOf.js';
import { kebabCase } from '../util/kebabCase.js';
import { echoArgument } from '../util/echoArgument.js';
import { terminalLine } from '../util/sanitize.js';
import { editEntity } from '../edit/editEntity.js';
import type { FieldEdit } from '../edit/fieldEdits.js';
import { KEY_ORDERS } from '../edit/keyOrders.js';
import { kindOf } from '../read/layout.js';
import { refuseInvalid } from './opening/openRoadmap.js';
import { writeFiles } from '../write/writeFiles.js';
import { relOf } from './setup/findEntity.js';
import { refreshedGeneratedFiles } from './setup/generatedFiles.js';
import { namedEntityCommand } from './setup/findForEdit.js';
import { setupError } from './setup/setupFlags.js';
import { checkedAfter, plannedEditWrites, type PlannedEdit } from './setup/writeEntityEdits.js';

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * `roadmap rename <kind> <old> <new>`: the entity's file renamed, its `id`
 * changed, and every reference to it rewritten in every file (comments and
 * key order kept), with the generated CODEOWNERS and partner guide when they
 * were up to date. All files are planned and the roadmap checked as it would
 * be before the first write; a refusal writes nothing.
 */
export const run = namedEntityCommand<'rename'>(
  async ({ args, flags: options, io, opened, lang }, { kind, id: oldId, found }) => {
    const newId = (args[2] ?? '').trim();
    if (!ID.test(newId))
      throw setupError(lang, 'rename/bad-id', { id: echoArgument(newId), suggestion: kebabCase(newId) || '…' });
    if (newId === oldId) throw setupError(lang, 'rename/same', { id: newId });
    const newRel = relOf(kind, newId);
    if (opened.loaded.known[kind].has(newId) || opened.files.some((file) => file.rel === newRel))
      throw setupError(lang, 'rename/taken', { id: newId, file: `${opened.label}/${newRel}` });

    const byFile = new Map<string, FieldEdit[]>();
    byFile.set(found.file.rel, [{ op: 'set', path: ['id'], value: newId }]);
    for (const reference of referencesOf(opened.loaded.roadmap)) {
      if (reference.kind !== kind || reference.id !== oldId) continue;
      const edits = byFile.get(reference.file) ?? [];
      edits.push({ op: 'set', path: reference.path, value: newId });
      byFile.set(reference.file, edits);
    }
    const planned: PlannedEdit[] = [...byFile].map(([rel, edits]) => {
      const file = opened.files.find((candidate) => candidate.rel === rel)!;
      return { file, edited: editEntity(file.bytes, rel, edits, KEY_ORDERS[kindOf(rel) ?? 'convention']) };
    });
    const writes = plannedEditWrites(opened, planned);
    const renamed = writes.find((write) => write.rel === found.file.rel)!;
    const others = writes.filter((write) => write !== renamed);
    const created = { rel: newRel, bytes: renamed.bytes! };
    const after = checkedAfter(
      opened,
      planned.filter((edit) => edit.file.rel !== found.file.rel),
      [created],
      [found.file.rel],
    );
    if (await refuseInvalid(io, after)) return EXIT.invalid;

    const newLabel = `${opened.label}/${newRel}`;
    const dryRun = options.dryRun;
    writeFiles(
      io,
      lang,
      [
        {
          root: opened.dir,
          rel: newRel,
          label: newLabel,
          before: renamed.before,
          after: renamed.after,
          bytes: renamed.bytes,
          mode: { kind: 'create' },
        },
        ...others,
        ...refreshedGeneratedFiles(opened, after.loaded.roadmap),
      ],
      dryRun,
      [{ root: opened.dir, rel: found.file.rel, label: renamed.label, expected: found.file.bytes }],
    );
    if (dryRun) io.stdout(`${terminalLine(setupMessage('remove/would', lang, { file: renamed.label }))}\n`);
    return EXIT.ok;
  },
);
