import type { Axis } from '../model/types.js';
import { editEntity } from '../edit/editEntity.js';
import { fieldChange, type FieldEdit } from '../edit/fieldEdits.js';
import { KEY_ORDERS } from '../edit/keyOrders.js';
import { intValue, MAX_AXIS_NUMBER, refList, setupError, textFlag } from './setup/setupFlags.js';
import { entityCommand } from './setup/findForEdit.js';
import { writeEntityEdits } from './setup/writeEntityEdits.js';

/**
 * `roadmap edit axis <id>`: an axis's titles, number (free, or refused naming
 * its holder), leads, and its description (`--description` replaces the
 * markdown body), no journal entry.
 */
export const run = entityCommand<'edit axis', Axis>(
  ({ args }) => ({ kind: 'axis', id: args[0] ?? '' }),
  async ({ flags: options, io, opened, lang }, found) => {
    const number = intValue('--number', options.number, 1, MAX_AXIS_NUMBER, lang);
    if (number !== undefined) {
      const holder = opened.loaded.roadmap.axes.find(
        (axis) => axis.data.number === number && axis.data.id !== found.entity.data.id,
      );
      if (holder)
        throw setupError(lang, 'edit/number-taken', {
          number,
          id: holder.data.id,
          free: Math.max(0, ...opened.loaded.roadmap.axes.map((axis) => axis.data.number)) + 1,
        });
    }
    const edits: FieldEdit[] = [
      ...fieldChange(['title'], textFlag('--title', options.title, lang, true)),
      ...fieldChange(['short_title'], textFlag('--short-title', options.shortTitle, lang, true)),
      ...fieldChange(['number'], number),
      ...fieldChange(['leads'], refList('--leads', options.leads, opened.loaded.known.partner, opened.label, lang)),
    ];
    const body = options.description;
    if (edits.length === 0 && body === undefined) throw setupError(lang, 'edit/nothing', { command: 'edit axis' });
    const edited = editEntity(found.file.bytes, found.file.rel, edits, KEY_ORDERS.axis, body);
    return writeEntityEdits(io, opened, [{ file: found.file, edited }], options.dryRun);
  },
);
