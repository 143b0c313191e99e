/** `roadmap meeting sheet <meeting>`: the attendance sheet (feuille d'émargement) to print, as markdown, HTML and, with --pdf, PDF. */
import type { CommandInput } from './commandInput.js';
import { buildAttendanceSheet } from '../render/meeting/buildAttendanceSheet.js';
import { runMeetingDocument } from './shared/runMeetingDocument.js';

export function run(input: CommandInput): Promise<number> {
  return runMeetingDocument(input, {
    name: { fr: 'feuille-emargement', en: 'attendance-sheet' },
    refuse: (meeting) => (meeting.status === 'cancelled' ? 'refuse/cancelled' : undefined),
    build: ({ roadmap, figures, meeting, lang }) => buildAttendanceSheet(roadmap, figures, meeting.data, lang),
  });
}
