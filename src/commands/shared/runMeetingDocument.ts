/**
 * The meeting documents' common run: open the roadmap, find the meeting named
 * on the command line, refuse a meeting the document does not fit, build the
 * document from Figures and write it like the brief (`<out>/<meeting>/`).
 */
import type { CommandInput } from '../commandInput.js';
import { derive } from '../../derive/derive.js';
import type { Figures } from '../../derive/types.js';
import { formatDate } from '../../i18n/formatDate.js';
import type { Lang } from '../../i18n/lang.js';
import { EXIT, UsageError } from '../../io/io.js';
import type { Entity, Meeting, Roadmap } from '../../model/types.js';
import type { Document } from '../../render/document/document.js';
import { meetingMessage, type MeetingMessageKey } from '../../render/meeting/meetingWords.js';
import { terminalLine } from '../../util/sanitize.js';
import { chromiumPath } from './chromiumPath.js';
import { documentsRoot } from './documentsRoot.js';
import { findMeeting } from './findMeeting.js';
import { openRoadmap, refuseInvalid } from './openRoadmap.js';
import { resolveRoadmapFlags } from './resolveOptions.js';
import { writeDocument } from './writeDocument.js';

export interface MeetingDocumentSpec {
  /** File name without extension. */
  name: string;
  /** Why this meeting cannot have the document (a message key), or undefined. */
  refuse: (meeting: Meeting) => MeetingMessageKey | undefined;
  build: (roadmap: Roadmap, figures: Figures, meeting: Entity<Meeting>, lang: Lang) => Document;
}

export async function runMeetingDocument({ args, options, io }: CommandInput, spec: MeetingDocumentSpec): Promise<number> {
  const opened = openRoadmap(io, resolveRoadmapFlags(io, options));
  if (await refuseInvalid(io, opened)) return EXIT.invalid;
  const { roadmap } = opened.loaded;
  const lang = opened.lang;
  const meeting = findMeeting(roadmap.meetings.map((entity) => entity.data), args[0], undefined, lang, formatDate(opened.asOf, lang));
  const refusal = spec.refuse(meeting);
  if (refusal) throw new UsageError(terminalLine(meetingMessage(refusal, lang, { id: meeting.id, status: meeting.status })));
  const chromium = options.pdf ? chromiumPath(options.chromium, io, lang) : undefined;
  const entity = roadmap.meetings.find((candidate) => candidate.data === meeting)!;
  const doc = spec.build(roadmap, derive(roadmap, opened.asOf), entity, lang);
  await writeDocument(io, lang, doc, {
    root: documentsRoot(options.out, io.cwd, opened.dir),
    folder: meeting.id, name: spec.name, chromium, asOf: opened.asOf, dryRun: options.dryRun === true, roadmapDir: opened.dir,
    docx: options.docx === true, odt: options.odt === true,
  });
  return EXIT.ok;
}
