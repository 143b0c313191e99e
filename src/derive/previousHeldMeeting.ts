import type { IsoDate } from '../model/types.js';
import { compareText } from '../util/compareText.js';
import type { Figures, MeetingFigure } from './types.js';

/**
 * The last committee held before a meeting (any held meeting when no
 * committee was held yet): the one whose minutes the meeting approves and
 * from which "what changed" counts.
 */
export function previousHeldMeeting(figures: Figures, meeting: { id: string; date: IsoDate }): MeetingFigure | null {
  const before = figures.meetings.held
    .filter((held) => held.date < meeting.date && held.id !== meeting.id)
    .sort((a, b) => compareText(a.date, b.date));
  return before.filter((held) => held.kind === 'committee').at(-1) ?? before.at(-1) ?? null;
}
