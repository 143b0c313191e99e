/**
 * `roadmap brief`: the committee briefing pack for one meeting, as markdown,
 * self-contained HTML and, with --pdf, a PDF printed by a local Chromium.
 */
import type { CommandInput } from './commandInput.js';
import { EXIT } from '../io/io.js';
import { derive } from '../derive/derive.js';
import { buildBrief } from '../render/brief/buildBrief.js';
import { formatDate } from '../i18n/formatDate.js';
import { chromiumPath } from './shared/chromiumPath.js';
import { documentsRoot } from './shared/documentsRoot.js';
import { findMeeting } from './shared/findMeeting.js';
import { openRoadmap, refuseInvalid } from './shared/openRoadmap.js';
import { resolveRoadmapFlags } from './shared/resolveOptions.js';
import { writeDocument } from './shared/writeDocument.js';

export async function run({ options, io }: CommandInput): Promise<number> {
  const flags = resolveRoadmapFlags(io, options);
  const opened = openRoadmap(io, flags);
  if (await refuseInvalid(io, opened)) return EXIT.invalid;
  const { roadmap } = opened.loaded;
  const figures = derive(roadmap, opened.asOf);
  const meeting = findMeeting(roadmap.meetings.map((entity) => entity.data), options.meeting, figures.meetings.next?.id, opened.lang, formatDate(opened.asOf, opened.lang));
  const chromium = options.pdf ? chromiumPath(options.chromium, io, opened.lang) : undefined;

  const since = typeof options.since === 'string'
    ? (await import('./shared/briefSince.js')).briefSince(io, opened, options.since, flags)
    : undefined;
  const doc = buildBrief({ roadmap, figures, meeting, lang: opened.lang, since });
  await writeDocument(io, opened.lang, doc, {
    root: documentsRoot(options.out, io.cwd, opened.dir),
    folder: meeting.id, name: 'brief', chromium, asOf: opened.asOf, dryRun: options.dryRun === true,
  });
  return EXIT.ok;
}

