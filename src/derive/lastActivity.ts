import type { Figures } from './types.js';
import type { IsoDate } from '../model/types.js';

export interface LastActivity {
  /** The latest dated fact on or before as-of: journal entry, measure, milestone done, action closed, meeting held. */
  lastUpdate: IsoDate | null;
  /** The latest committee meeting held on or before as-of. */
  lastCommittee: IsoDate | null;
}

/** When a convention last moved, as a portfolio and its data package show it (docs/reference/open-data.md). */
export function lastActivity(figures: Figures): LastActivity {
  let lastUpdate: IsoDate | null = null;
  const later = (date: IsoDate | null): void => {
    if (date !== null && (lastUpdate === null || date > lastUpdate)) lastUpdate = date;
  };
  for (const commitment of figures.commitments) {
    for (const entry of commitment.journal) later(entry.date);
    for (const milestone of commitment.milestones) later(milestone.doneOn);
  }
  for (const indicator of figures.indicators) later(indicator.latest?.date ?? null);
  for (const action of figures.actions) later(action.closedOn);
  let lastCommittee: IsoDate | null = null;
  for (const meeting of figures.meetings.held) {
    later(meeting.date);
    if (meeting.kind === 'committee' && (lastCommittee === null || meeting.date > lastCommittee))
      lastCommittee = meeting.date;
  }
  return { lastUpdate, lastCommittee };
}
