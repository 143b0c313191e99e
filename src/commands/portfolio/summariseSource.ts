/**
 * The map step of a portfolio, for one source already on disk: a roadmap
 * folder is read and validated as `validate` would (any error and the source
 * counts only as a problem), a data package is read back and checked against
 * its Table Schemas; then the convention is derived as of the portfolio's
 * date and reduced to its summary. Runs in a worker thread, once per
 * convention; never throws for a bad source.
 */
import { checkFiles } from '../../check/checkFiles.js';
import { derive } from '../../derive/derive.js';
import { conventionSummary, moneySummary, type ConventionSummary } from '../../derive/portfolio/conventionSummary.js';
import type { Lang } from '../../i18n/lang.js';
import { packageRoadmap } from '../../model/openData/packageRoadmap.js';
import { problem, type SourceProblem } from '../../diagnostics/sourceProblem.js';
import {
  DESCRIPTOR_FILE,
  MAX_DESCRIPTOR_BYTES,
  MAX_TABLE_BYTES,
  readDataPackageFile,
} from '../../read/readDataPackageFile.js';
import { readFolder } from '../../read/readFolder.js';
import { terminalLine } from '../../util/sanitize.js';

export interface SourceJob {
  id: string;
  /** A roadmap folder or a data package folder, on disk. */
  kind: 'folder' | 'package';
  dir: string;
  territory: string | null;
  asOf: string;
  today: string;
  lang: Lang;
}

export type SourceOutcome =
  | { id: string; ok: true; summary: ConventionSummary }
  | { id: string; ok: false; problem: SourceProblem };

export function summariseSource(job: SourceJob): SourceOutcome {
  try {
    return job.kind === 'folder' ? fromFolder(job) : fromPackage(job);
  } catch (error) {
    // A bug of ours on one source must not stop the portfolio: it becomes that source's problem.
    return {
      id: job.id,
      ok: false,
      problem: problem('internal', { detail: String((error as Error)?.message ?? error).slice(0, 200) }),
    };
  }
}

function fromFolder(job: SourceJob): SourceOutcome {
  const contents = readFolder(job.dir);
  const checked = checkFiles(job.dir, contents.files, contents.problems, {
    asOf: job.asOf,
    today: job.today,
    lang: job.lang,
    explicitLang: true,
  });
  if (checked.errors > 0) {
    const first = checked.results().find((result) => result.severity === 'error');
    const where = first ? `${first.file}${first.line ? `:${first.line}` : ''}` : '';
    return {
      id: job.id,
      ok: false,
      problem: problem('source/invalid-roadmap', {
        errors: checked.errors,
        where: terminalLine(where).slice(0, 200),
        message: terminalLine(first?.message ?? '').slice(0, 300),
      }),
    };
  }
  const { roadmap } = checked.loaded;
  const figures = derive(roadmap, job.asOf);
  return { id: job.id, ok: true, summary: conventionSummary(roadmap, figures, job.territory, moneySummary(figures)) };
}

function fromPackage(job: SourceJob): SourceOutcome {
  const descriptor = readDataPackageFile(job.dir, DESCRIPTOR_FILE, MAX_DESCRIPTOR_BYTES);
  if (!descriptor.ok)
    return {
      id: job.id,
      ok: false,
      problem:
        descriptor.reason === 'too-large'
          ? problem('package/too-large', { table: DESCRIPTOR_FILE })
          : problem('package/descriptor', { detail: descriptor.reason }),
    };
  const read = packageRoadmap(descriptor.text, (path) => readDataPackageFile(job.dir, path, MAX_TABLE_BYTES));
  if (!read.ok) return { id: job.id, ok: false, problem: read.problem };
  const figures = derive(read.roadmap, job.asOf);
  return {
    id: job.id,
    ok: true,
    summary: conventionSummary(read.roadmap, figures, job.territory, moneySummary(figures)),
  };
}
