/**
 * `roadmap brief`: the committee briefing pack for one meeting, as markdown,
 * self-contained HTML and, with --pdf, a PDF printed by a local Chromium.
 */
import { EXIT } from '../io/io.js';
import { buildBrief } from '../render/brief/buildBrief.js';
import { formatDate } from '../i18n/formatDate.js';
import { chromiumPath } from '../pdf/chromiumPath.js';
import { documentsRoot } from './output/documentsRoot.js';
import { findMeeting } from './opening/findMeeting.js';
import { detachedRoadmapCommand, type OpenedRun } from './opening/roadmapCommand.js';
import { writeDocument } from './output/writeDocument.js';

export const run = detachedRoadmapCommand(
  async ({ flags, io, roadmap, figures, lang, asOf, dir }, { meeting, since }) => {
    const chromium = flags.pdf ? chromiumPath(flags.chromium, io, lang) : undefined;
    const doc = buildBrief({ roadmap, figures, meeting, lang, since });
    await writeDocument(io, lang, doc, {
      root: documentsRoot(flags.out, io.cwd, dir),
      folder: meeting.id,
      name: 'brief',
      chromium,
      asOf,
      dryRun: flags.dryRun,
      roadmapDir: dir,
      docx: flags.docx,
      odt: flags.odt,
    });
    return EXIT.ok;
  },
  meetingAndChanges,
);

/**
 * The meeting, and with --since the changes from that revision: found while
 * the working tree's files are still at hand, so that they are read once.
 */
async function meetingAndChanges({ flags, io, roadmap, figures, lang, asOf, opened, folder }: OpenedRun<'brief'>) {
  const meeting = findMeeting(
    roadmap.meetings.map((entity) => entity.data),
    flags.meeting,
    figures.meetings.next?.id,
    lang,
    formatDate(asOf, lang),
  );
  const since =
    flags.since === undefined
      ? undefined
      : (await import('./opening/briefSince.js')).briefSince(io, opened, flags.since, folder);
  return { meeting, since };
}
