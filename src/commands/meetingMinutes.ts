/** `roadmap meeting minutes <meeting>`: the minutes (procès-verbal) of a held meeting, as markdown, HTML and, with --pdf, PDF. */
import type { CommandInput } from './commandInput.js';
import { buildMinutes } from '../render/meeting/buildMinutes.js';
import { runMeetingDocument } from './shared/runMeetingDocument.js';

export function run(input: CommandInput): Promise<number> {
  return runMeetingDocument(input, {
    name: 'minutes',
    refuse: (meeting) => (meeting.status === 'held' ? undefined : 'refuse/not-held'),
    build: buildMinutes,
  });
}
