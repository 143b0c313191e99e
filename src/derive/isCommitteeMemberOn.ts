import type { IsoDate, Partner } from '../model/types.js';

/**
 * Whether a partner sits on the committee on `date`: a signatory or a member
 * that had joined by then (or has no `joined_on`) and had not left on or
 * before that day. The one rule for invitations, attendance and quorum.
 */
export function isCommitteeMemberOn(partner: Partner, date: IsoDate): boolean {
  if (partner.role !== 'signatory' && partner.role !== 'member') return false;
  return (
    (partner.joined_on === undefined || partner.joined_on <= date) &&
    (partner.left_on === undefined || partner.left_on > date)
  );
}
