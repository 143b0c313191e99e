import type { IsoDate, Partner } from '../model/types.js';

/**
 * The committee on a date: partners whose role is signatory or member, who
 * had joined by then (or whose joining date is not recorded) and had not
 * left — those invited to a meeting of that day and counted for its quorum.
 */
export function committeeMembersOn(partners: readonly Partner[], date: IsoDate): Partner[] {
  return partners.filter((partner) => (partner.role === 'signatory' || partner.role === 'member')
    && (partner.joined_on === undefined || partner.joined_on <= date)
    && (partner.left_on === undefined || partner.left_on > date));
}
