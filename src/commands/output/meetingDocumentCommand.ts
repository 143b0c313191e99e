/**
 * The meeting documents' common run: open the roadmap, find the meeting named
 * on the command line, refuse a meeting the document does not fit, build the
 * document from Figures and write it like the brief (`<out>/<meeting>/`).
 */
import type { CommandRun } from '../commandInput.js';
import type { Figures } from '../../derive/types.js';
import { formatDate } from '../../i18n/formatDate.js';
import type { Lang } from '../../i18n/lang.js';
import { EXIT, UsageError } from '../../io/io.js';
import type { Entity, Meeting, Roadmap } from '../../model/types.js';
import type { Document } from '../../render/document/document.js';
import { meetingMessage, type MeetingMessageKey } from '../../render/meeting/meetingWords.js';
import { terminalLine } from '../../util/sanitize.js';
import { chromiumPath } from '../../pdf/chromiumPath.js';
import { documentsRoot } from './documentsRoot.js';
import { findMeeting } from '../opening/findMeeting.js';
import { roadmapCommand } from '../opening/roadmapCommand.js';
import { writeDocument } from '../shared/writeDocument.js';

export interface MeetingDocumentSpec {
  /** File name without extension. */
  name: string;
  /** Why this meeting cannot have the document (a message key), or undefined. */
  refuse: (meeting: Meeting) => MeetingMessageKey | undefined;
  build: (roadmap: Roadmap, figures: Figures, meeting: Entity<Meeting>, lang: Lang) => Document;
}

/** The three meeting documents take the same flags: one type serves them all. */
export function meetingDocumentCommand(spec: MeetingDocumentSpec): CommandRun<'meeting convene'> {
  return roadmapCommand<'meeting convene'>(async (run) => {
    const { args, flags, io, roadmap, lang, asOf, dir } = run;
    const meeting = findMeeting(roadmap.meetings.map((entity) => entity.data), args[0], undefined, lang, formatDate(asOf, lang));
    const refusal = spec.refuse(meeting);
    if (refusal) throw new UsageError(terminalLine(meetingMessage(refusal, lang, { id: meeting.id, status: meeting.status })));
    const chromium = flags.pdf ? chromiumPath(flags.chromium, io, lang) : undefined;
    const entity = roadmap.meetings.find((candidate) => candidate.data === meeting)!;
    const doc = spec.build(roadmap, run.figures, entity, lang);
    await writeDocument(io, lang, doc, {
      root: documentsRoot(flags.out, io.cwd, dir),
      folder: meeting.id, name: spec.name, chromium, asOf, dryRun: flags.dryRun,
    });
    return EXIT.ok;
  });
}
