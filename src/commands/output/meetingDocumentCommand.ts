/**
 * The meeting documents' common run: open the roadmap, find the meeting named
 * on the command line, refuse a meeting the document does not fit, build the
 * document(s) from Figures and write them like the brief (`<out>/<meeting>/`).
 */
import type { CommandRun } from '../commandInput.js';
import { derive } from '../../derive/derive.js';
import type { Figures } from '../../derive/types.js';
import { formatDate } from '../../i18n/formatDate.js';
import type { Lang } from '../../i18n/lang.js';
import { EXIT, UsageError, type Io } from '../../io/io.js';
import type { Entity, Meeting, Roadmap } from '../../model/types.js';
import { chromiumPath } from '../../pdf/chromiumPath.js';
import type { Document } from '../../render/document/document.js';
import { meetingMessage, type MeetingMessageKey } from '../../render/meeting/meetingWords.js';
import { terminalLine } from '../../util/sanitize.js';
import type { Flags } from '../flags/commandFlags.js';
import { findMeeting } from '../opening/findMeeting.js';
import { roadmapCommand } from '../opening/roadmapCommand.js';
import { writeDocumentSet, type DocumentMail, type NamedDocument } from './writeDocument.js';
import { documentsRoot } from './documentsRoot.js';

type MeetingDocumentCommand = 'meeting convene' | 'meeting sheet' | 'meeting minutes';

export interface MeetingDocumentInput<Command extends MeetingDocumentCommand> {
  roadmap: Roadmap;
  figures: Figures;
  meeting: Entity<Meeting>;
  lang: Lang;
  /** The file name without extension, in the document's language. */
  name: string;
  /** The date the command computes for (--as-of, or the meeting's own date for a record). */
  asOf: string;
  /** The command's own flags (`--on`, `--per-member` of the convocation). */
  flags: Flags<Command>;
  io: Io;
}

export interface MeetingDocumentSpec<Command extends MeetingDocumentCommand> {
  /** File name without extension, per language (`proces-verbal`, `minutes`). */
  name: Record<Lang, string>;
  /** Why this meeting cannot have the document (a message key), or undefined. */
  refuse: (meeting: Meeting) => MeetingMessageKey | undefined;
  /** The date figures are computed for: the as-of date, unless the document is a record of its meeting's day. */
  asOf?: (meeting: Meeting, asOf: string) => string;
  build: (input: MeetingDocumentInput<Command>) => Document | { docs: NamedDocument[]; mails: DocumentMail[] };
}

export function meetingDocumentCommand<Command extends MeetingDocumentCommand>(
  spec: MeetingDocumentSpec<Command>,
): CommandRun<Command> {
  return roadmapCommand<Command>(async (run) => {
    const { args, io, roadmap, lang, dir } = run;
    // The flags every meeting document takes (those of `meeting sheet`); the command's own ones go to build.
    const flags = run.flags as unknown as Flags<'meeting sheet'>;
    const meeting = findMeeting(
      roadmap.meetings.map((entity) => entity.data),
      args[0],
      undefined,
      lang,
      formatDate(run.asOf, lang),
    );
    const refusal = spec.refuse(meeting);
    if (refusal)
      throw new UsageError(terminalLine(meetingMessage(refusal, lang, { id: meeting.id, status: meeting.status })));
    const chromium = flags.pdf ? chromiumPath(flags.chromium, io, lang) : undefined;
    const entity = roadmap.meetings.find((candidate) => candidate.data === meeting)!;
    const asOf = spec.asOf ? spec.asOf(meeting, run.asOf) : run.asOf;
    const name = spec.name[lang];
    // A record's figures are those of its meeting's day, not of --as-of.
    const figures = asOf === run.asOf ? run.figures : derive(roadmap, asOf);
    const built = spec.build({ roadmap, figures, meeting: entity, lang, name, asOf, flags: run.flags, io });
    const set = 'docs' in built ? built : { docs: [{ name, doc: built }], mails: [] };
    await writeDocumentSet(io, lang, set.docs, set.mails, {
      root: documentsRoot(flags.out, io.cwd, dir),
      folder: meeting.id,
      chromium,
      asOf,
      dryRun: flags.dryRun,
      roadmapDir: dir,
      docx: flags.docx,
      odt: flags.odt,
    });
    return EXIT.ok;
  });
}
