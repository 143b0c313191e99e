import type { ReviewRouting } from '../../owners/routeReview.js';

/** What `roadmap owners --changed-since` prints. */
export interface RoutingReport {
  rev: string;
  /** The commit changes are counted from. */
  base: string;
  /** How files are named: the roadmap folder's name (`roadmap`). */
  label: string;
  routing: ReviewRouting;
}
