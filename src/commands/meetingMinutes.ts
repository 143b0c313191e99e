/** `roadmap meeting minutes <meeting>`: the minutes (procès-verbal) of a held meeting, as markdown, HTML and, with --pdf, PDF. */
import { buildMinutes } from '../render/meeting/buildMinutes.js';
import { meetingDocumentCommand } from './output/meetingDocumentCommand.js';

export const run = meetingDocumentCommand({
  name: 'minutes',
  refuse: (meeting) => (meeting.status === 'held' ? undefined : 'refuse/not-held'),
  build: buildMinutes,
});
