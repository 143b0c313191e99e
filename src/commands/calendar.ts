import { resolve, dirname, basename } from 'node:path';
import { EXIT } from '../io/io.js';
import { message } from '../i18n/editingMessages.js';
import { calendarToIcs } from '../render/calendar/calendarToIcs.js';
import { roadmapCommand } from './opening/roadmapCommand.js';
import { planOverwrite } from '../write/planOverwrite.js';
import { writeFiles } from '../write/writeFiles.js';
import { shownPath } from '../util/shownPath.js';

/**
 * `roadmap calendar`: the iCalendar file on standard output, or written
 * safely to `--output <file>` (replacing only an earlier calendar).
 */
export const run = roadmapCommand<'calendar'>(({ flags, io, roadmap, lang }) => {
  const ics = calendarToIcs(roadmap, lang);
  if (flags.output === undefined) {
    io.stdout(ics);
    return EXIT.ok;
  }
  const path = resolve(io.cwd, flags.output);
  const label = shownPath(io.cwd, path);
  const write = planOverwrite(
    {
      root: dirname(path),
      rel: basename(path),
      label,
      after: ics,
      isOurs: (current) => current.startsWith('BEGIN:VCALENDAR'),
    },
    lang,
  );
  if (write) writeFiles(io, lang, [write], flags.dryRun);
  else io.stdout(`${message('write/no-change', lang, { file: label })}\n`);
  return EXIT.ok;
});
