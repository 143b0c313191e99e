/**
 * Every place a roadmap refers to a partner, axis, commitment or meeting by
 * its id, with the key path of the reference: what `remove` refuses over and
 * what `rename` rewrites. The fields other issues add (the secretariat's
 * organisation, funders, approved minutes) are read when present.
 */
import type { Segment } from '../diagnostics/diagnostic.js';
import type { Roadmap } from './types.js';

export type ReferencedKind = 'partner' | 'axis' | 'commitment' | 'meeting';

export interface Reference {
  kind: ReferencedKind;
  id: string;
  /** The file that refers, relative to the roadmap folder. */
  file: string;
  path: Segment[];
}

export function referencesOf(roadmap: Roadmap): Reference[] {
  const found: Reference[] = [];
  const one = (kind: ReferencedKind, file: string, path: Segment[], id: unknown) => {
    if (typeof id === 'string') found.push({ kind, id, file, path });
  };
  const many = (kind: ReferencedKind, file: string, path: Segment[], ids: unknown) => {
    if (Array.isArray(ids))
      ids.forEach((id, index) => {
        one(kind, file, [...path, index], id);
      });
  };
  const { convention } = roadmap;
  if (convention) {
    one('partner', convention.file, ['committee', 'chair'], convention.data.committee?.chair);
    one(
      'partner',
      convention.file,
      ['secretariat', 'organisation'],
      (convention.data as { secretariat?: { organisation?: unknown } }).secretariat?.organisation,
    );
  }
  for (const { data, file } of roadmap.axes) many('partner', file, ['leads'], data.leads);
  for (const { data, file } of roadmap.commitments) {
    one('axis', file, ['axis'], data.axis);
    one('partner', file, ['lead'], data.lead);
    many('partner', file, ['partners'], data.partners);
    const funders = (data as { budget?: { funders?: { partner?: unknown }[] } }).budget?.funders;
    if (Array.isArray(funders))
      funders.forEach((funder, index) => {
        one('partner', file, ['budget', 'funders', index, 'partner'], funder?.partner);
      });
  }
  for (const { data, file } of roadmap.meetings) {
    one('partner', file, ['chair'], data.chair);
    data.attendees?.forEach((attendee, index) => {
      one('partner', file, ['attendees', index, 'partner'], attendee.partner);
    });
    data.agenda?.forEach((item, index) => {
      one('axis', file, ['agenda', index, 'axis'], item.axis);
      many('commitment', file, ['agenda', index, 'commitments'], item.commitments);
    });
    many('meeting', file, ['approved_minutes'], (data as { approved_minutes?: unknown }).approved_minutes);
    data.decisions?.forEach((decision, index) => {
      many('axis', file, ['decisions', index, 'axes'], decision.axes);
      many('commitment', file, ['decisions', index, 'commitments'], decision.commitments);
    });
    data.actions?.forEach((action, index) => {
      one('partner', file, ['actions', index, 'owner'], action.owner);
      one('commitment', file, ['actions', index, 'commitment'], action.commitment);
    });
  }
  return found;
}
