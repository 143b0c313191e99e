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
  const opened = await openForBrief(io, options);
  if (opened === undefined) return EXIT.invalid;
  const { roadmap, figures, meeting, since, lang, asOf, dir } = opened;
  const chromium = options.pdf ? chromiumPath(options.chromium, io, lang) : undefined;
  const doc = buildBrief({ roadmap, figures, meeting, lang, since });
  await writeDocument(io, lang, doc, {
    root: documentsRoot(options.out, io.cwd, dir),
    folder: meeting.id, name: 'brief', chromium, asOf, dryRun: options.dryRun === true, roadmapDir: dir,
    docx: options.docx === true, odt: options.odt === true,
  });
  return EXIT.ok;
}

/**
 * What the brief needs of the roadmap's opening, and nothing else: the raw files, their YAML
 * trees and the diagnostics become garbage before the brief is built (about 50 MiB less live
 * heap on 10 000 commitments, and so less room the collector lets garbage take).
 */
async function openForBrief(io: CommandInput['io'], options: CommandInput['options']) {
  const flags = resolveRoadmapFlags(io, options);
  const opened = openRoadmap(io, { ...flags, detach: true });
  if (await refuseInvalid(io, opened)) return undefined;
  const { roadmap } = opened.loaded;
  const figures = derive(roadmap, opened.asOf);
  const meeting = findMeeting(roadmap.meetings.map((entity) => entity.data), options.meeting, figures.meetings.next?.id, opened.lang, formatDate(opened.asOf, opened.lang));
  const since = typeof options.since === 'string'
    ? (await import('./shared/briefSince.js')).briefSince(io, opened, options.since, flags)
    : undefined;
  return { roadmap, figures, meeting, since, lang: opened.lang, asOf: opened.asOf, dir: opened.dir };
}
