import type { Result } from '../../diagnostics/diagnostic.js';
import type { RoadmapDiff } from '../../diff/types.js';

/** One side of `roadmap diff`: a commit, or the working tree. */
export interface RevisionSide {
  /** The name the user gave (`main`, `HEAD~3`); null for the working tree. */
  rev: string | null;
  commit: string | null;
  /** Where the roadmap folder was on that side (repository-relative, trailing slash). */
  folder: string;
  /** Its errors, when the roadmap is invalid on that side. */
  errors: Result[];
}

/** Everything a diff renderer prints. `diff` is null when a side is invalid. */
export interface DiffReport {
  asOf: string;
  from: RevisionSide;
  to: RevisionSide;
  diff: RoadmapDiff | null;
}
