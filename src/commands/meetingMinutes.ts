/**
 * `roadmap meeting minutes <meeting>`: the minutes (procès-verbal) of a held
 * meeting, as markdown, HTML and, with --pdf, PDF. They are a record: every
 * state is computed as of the meeting's date, whatever day they are made.
 */
import { buildMinutes } from '../render/meeting/buildMinutes.js';
import { meetingDocumentCommand } from './output/meetingDocumentCommand.js';

export const run = meetingDocumentCommand<'meeting minutes'>({
  name: { fr: 'proces-verbal', en: 'minutes' },
  refuse: (meeting) => (meeting.status === 'held' ? undefined : 'refuse/not-held'),
  asOf: (meeting) => meeting.date,
  build: ({ roadmap, figures, meeting, lang }) => buildMinutes(roadmap, figures, meeting, lang),
});
