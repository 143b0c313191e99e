import { relative, resolve, dirname, basename } from 'node:path';
import type { CommandInput } from './commandInput.js';
import { EXIT } from '../io/io.js';
import { message } from '../i18n/editingMessages.js';
import { calendarToIcs } from '../render/calendar/calendarToIcs.js';
import { terminalLine } from '../util/sanitize.js';
import { openRoadmap, refuseInvalid } from './shared/openRoadmap.js';
import { resolveRoadmapFlags } from './shared/resolveOptions.js';
import { planOverwrite } from '../write/planOverwrite.js';
import { writeFiles } from '../write/writeFiles.js';

/**
 * `roadmap calendar`: the iCalendar file on standard output, or written
 * safely to `--output <file>` (replacing only an earlier calendar).
 */
export async function run({ options, io }: CommandInput): Promise<number> {
  const flags = resolveRoadmapFlags(io, options);
  const opened = openRoadmap(io, flags);
  if (await refuseInvalid(io, opened)) return EXIT.invalid;
  const ics = calendarToIcs(opened.loaded.roadmap, opened.lang);
  if (typeof options.output !== 'string') {
    io.stdout(ics);
    return EXIT.ok;
  }
  const path = resolve(io.cwd, options.output);
  const label = terminalLine(relative(io.cwd, path) || basename(path));
  const write = planOverwrite({ root: dirname(path), rel: basename(path), label, after: ics, isOurs: (current) => current.startsWith('BEGIN:VCALENDAR') }, opened.lang);
  if (write) writeFiles(io, opened.lang, [write], options.dryRun === true);
  else io.stdout(`${message('write/no-change', opened.lang, { file: label })}\n`);
  return EXIT.ok;
}
