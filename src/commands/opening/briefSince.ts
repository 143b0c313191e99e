import type { Lang } from '../../i18n/lang.js';
import type { Io } from '../../io/io.js';
import type { SinceChanges } from '../../render/brief/sections/sinceSection.js';
import { sinceChanges } from '../../render/diff/sinceChanges.js';
import { commitDate } from '../../git/commitDate.js';
import { buildDiffReport } from './buildDiffReport.js';
import { repositoryOf } from './openRevision.js';
import type { OpenedRoadmap } from './openRoadmap.js';
import { requireGit } from './requireGit.js';

/** `brief --since <rev>`: the diff engine's changes from `rev` to the working tree, for the brief's section. */
export function briefSince(
  io: Io,
  opened: OpenedRoadmap,
  rev: string,
  flags: { dir: string; lang: Lang | undefined },
): SinceChanges {
  const { report } = buildDiffReport(io, {
    dir: flags.dir,
    lang: flags.lang,
    asOf: opened.asOf,
    from: rev,
    to: null,
    working: opened,
  });
  // A committee reads a date, not a revision name: the day of the commit the changes start from.
  const date = report.from.commit ? requireGit(io, commitDate(repositoryOf(io, flags.dir), report.from.commit)) : null;
  return { ...sinceChanges(report, opened.lang, rev), date };
}
