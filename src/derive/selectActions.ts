import type { ActionStatus } from '../model/types.js';
import type { ActionFigures } from './types.js';

export interface ActionFilter {
  owner?: string;
  /** Status as of the date, not the file's. */
  status?: ActionStatus;
  overdue?: boolean;
}

/** The actions `roadmap actions --owner/--status/--overdue` lists. */
export function selectActions(actions: readonly ActionFigures[], filter: ActionFilter): ActionFigures[] {
  return actions.filter(
    (action) =>
      (filter.owner === undefined || action.owner === filter.owner) &&
      (filter.status === undefined || action.status === filter.status) &&
      (!filter.overdue || action.overdue),
  );
}
