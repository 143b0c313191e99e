/** `roadmap meeting convene <meeting>`: the convocation, as markdown, self-contained HTML and, with --pdf, PDF. */
import type { CommandInput } from './commandInput.js';
import { buildConvocation } from '../render/meeting/buildConvocation.js';
import { runMeetingDocument } from './shared/runMeetingDocument.js';

export function run(input: CommandInput): Promise<number> {
  return runMeetingDocument(input, {
    name: 'convocation',
    refuse: (meeting) => (meeting.status === 'cancelled' ? 'refuse/cancelled' : undefined),
    build: (roadmap, figures, meeting, lang) => buildConvocation(roadmap, figures, meeting.data, lang),
  });
}
