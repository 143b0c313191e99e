/** `roadmap meeting sheet <meeting>`: the attendance sheet (feuille d'émargement) to print, as markdown, HTML and, with --pdf, PDF. */
import { buildAttendanceSheet } from '../render/meeting/buildAttendanceSheet.js';
import { meetingDocumentCommand } from './output/meetingDocumentCommand.js';

export const run = meetingDocumentCommand<'meeting sheet'>({
  name: { fr: 'feuille-emargement', en: 'attendance-sheet' },
  refuse: (meeting) => (meeting.status === 'cancelled' ? 'refuse/cancelled' : undefined),
  build: ({ roadmap, figures, meeting, lang }) => buildAttendanceSheet(roadmap, figures, meeting.data, lang),
});
