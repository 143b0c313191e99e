/** `roadmap meeting convene <meeting>`: the convocation, as markdown, self-contained HTML and, with --pdf, PDF. */
import { buildConvocation } from '../render/meeting/buildConvocation.js';
import { meetingDocumentCommand } from './output/meetingDocumentCommand.js';

export const run = meetingDocumentCommand({
  name: 'convocation',
  refuse: (meeting) => (meeting.status === 'cancelled' ? 'refuse/cancelled' : undefined),
  build: (roadmap, figures, meeting, lang) => buildConvocation(roadmap, figures, meeting.data, lang),
});
