import { EXIT } from '../io/io.js';
import { message } from '../i18n/editingMessages.js';
import { closestMatch } from '../util/closestMatch.js';
import { closeAction } from '../edit/closeAction.js';
import { factDate } from './flags/dateFlag.js';
import { usageError } from './flags/usageError.js';
import { refuseInvalid } from './opening/openRoadmap.js';
import { roadmapCommand } from './opening/roadmapCommand.js';
import { writeEditedFile } from './output/writeEditedFile.js';
import { actionStatusWord } from '../i18n/vocabulary.js';

/**
 * `roadmap close <action-id>`: closes an action in the meeting file where it
 * was decided (done, or cancelled with --cancelled), dated --on (today by
 * default, never after today nor before the meeting), with an optional note.
 * Same safe edit as `update`: comments kept, whole roadmap re-checked first.
 */
export const run = roadmapCommand<'close'>(
  async ({ args, flags, io, opened, lang }) => {
    const id = (args[0] ?? '').trim();
    const found = opened.loaded.roadmap.meetings
      .flatMap((meeting) => (meeting.data.actions ?? []).map((action, index) => ({ meeting, action, index })))
      .find((candidate) => candidate.action.id === id);
    if (!found) {
      // A meeting file that does not load hides its actions: its diagnostics say why, rather than "no such action".
      if (await refuseInvalid(io, opened)) return EXIT.invalid;
      const ids = opened.loaded.roadmap.meetings.flatMap((meeting) =>
        (meeting.data.actions ?? []).map((action) => action.id),
      );
      const guess = closestMatch(id, ids);
      throw usageError(lang, 'close/unknown-action', {
        id,
        suggestion: guess ? message('update/suggestion', lang, { id: guess }) : '',
      });
    }
    const { meeting, action, index } = found;
    if (action.status !== 'open' && action.closed_on !== undefined) {
      throw usageError(lang, 'close/already-closed', {
        id,
        status: actionStatusWord(action.status === 'cancelled' ? 'cancelled' : 'done', lang),
        date: action.closed_on,
      });
    }
    const on = factDate(io, '--on', flags.on, lang);
    if (on < meeting.data.date) throw usageError(lang, 'close/before-meeting', { id, date: meeting.data.date, on });
    const note = flags.note?.trim() ?? '';

    const rel = meeting.file;
    const file = opened.files.find((candidate) => candidate.rel === rel)!;
    const status = flags.cancelled ? 'cancelled' : 'done';
    return writeEditedFile(
      io,
      lang,
      opened,
      file,
      (doc) => closeAction(doc, { index, status, on, note: note === '' ? undefined : note }),
      flags.dryRun,
    );
  },
  { refuseInvalid: false },
);
