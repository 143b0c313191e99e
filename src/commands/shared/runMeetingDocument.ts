/**
 * The meeting documents' common run: open the roadmap, find the meeting named
 * on the command line, refuse a meeting the document does not fit, build the
 * document(s) from Figures and write them like the brief (`<out>/<meeting>/`).
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
import { writeDocumentSet, type DocumentMail, type NamedDocument } from './writeDocument.js';

export interface MeetingDocumentInput {
  roadmap: Roadmap;
  figures: Figures;
  meeting: Entity<Meeting>;
  lang: Lang;
  /** The file name without extension, in the document's language. */
  name: string;
  /** The date the command computes for (--as-of, or the meeting's own date for a record). */
  asOf: string;
}

export interface MeetingDocumentSpec {
  /** File name without extension, per language (`proces-verbal`, `minutes`). */
  name: Record<Lang, string>;
  /** Why this meeting cannot have the document (a message key), or undefined. */
  refuse: (meeting: Meeting) => MeetingMessageKey | undefined;
  /** The date figures are computed for: the as-of date, unless the document is a record of its meeting's day. */
  asOf?: (meeting: Meeting, asOf: string) => string;
  build: (input: MeetingDocumentInput) => Document | { docs: NamedDocument[]; mails: DocumentMail[] };
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
  const asOf = spec.asOf ? spec.asOf(meeting, opened.asOf) : opened.asOf;
  const name = spec.name[lang];
  const built = spec.build({ roadmap, figures: derive(roadmap, asOf), meeting: entity, lang, name, asOf });
  const set = 'docs' in built ? built : { docs: [{ name, doc: built }], mails: [] };
  await writeDocumentSet(io, lang, set.docs, set.mails, {
    root: documentsRoot(options.out, io.cwd, opened.dir),
    folder: meeting.id, chromium, asOf, dryRun: options.dryRun === true, roadmapDir: opened.dir,
    docx: options.docx === true, odt: options.odt === true,
  });
  return EXIT.ok;
}
