import type { Io } from '../../io/io.js';
import { derive } from '../../derive/derive.js';
import { diffRoadmaps } from '../../diff/diffRoadmaps.js';
import type { Lang } from '../../i18n/lang.js';
import type { DiffReport, RevisionSide } from '../../render/diff/diffReport.js';
import type { OpenedRoadmap } from './openRoadmap.js';
import { openRevision, repositoryOf, type OpenedRevision } from './openRevision.js';

export interface DiffRequest {
  /** The roadmap folder of the working tree, absolute. */
  dir: string;
  lang: Lang | undefined;
  asOf: string;
  from: string;
  /** null = the working tree. */
  to: string | null;
  /** The working tree already read and checked by the command (brief --since), so it is read once. */
  working?: OpenedRoadmap;
}

/** Both revisions read, checked, derived and compared: what `diff` prints and `brief --since` includes. */
export function buildDiffReport(io: Io, request: DiffRequest): { report: DiffReport; lang: Lang; invalid: boolean } {
  const repo = repositoryOf(io, request.dir);
  const from = openRevision(io, repo, request.from, request);
  const to = openRevision(io, repo, request.to, request);
  const invalid = from.opened.errors > 0 || to.opened.errors > 0;
  const state = ({ opened }: OpenedRevision) => ({
    roadmap: opened.loaded.roadmap,
    figures: derive(opened.loaded.roadmap, request.asOf),
  });
  return {
    report: {
      asOf: request.asOf,
      from: side(from),
      to: side(to),
      diff: invalid ? null : diffRoadmaps(state(from), state(to)),
    },
    lang: to.opened.lang,
    invalid,
  };
}

function side({ opened, rev, commit, folder }: OpenedRevision): RevisionSide {
  return {
    rev,
    commit,
    folder,
    errors: opened.errors > 0 ? opened.results().filter((result) => result.severity === 'error') : [],
  };
}
