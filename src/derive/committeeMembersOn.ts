import type { IsoDate, Partner } from '../model/types.js';
import { isCommitteeMemberOn } from './isCommitteeMemberOn.js';

/** The committee on a date: those invited to a meeting of that day and counted for its quorum. */
export function committeeMembersOn(partners: readonly Partner[], date: IsoDate): Partner[] {
  return partners.filter((partner) => isCommitteeMemberOn(partner, date));
}
