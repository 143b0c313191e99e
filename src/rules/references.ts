import type { RuleId } from '../diagnostics/catalogue.js';
import type { Segment } from '../diagnostics/diagnostic.js';
import type { EntityKind } from '../model/types.js';
import type { Rule, RuleContext } from './context.js';
import { closestMatch } from '../util/closestMatch.js';
import { stemOf } from '../read/layout.js';

type RefKind = Extract<EntityKind, 'partner' | 'axis' | 'commitment' | 'meeting'> | 'decision';

const RULE = {
  partner: 'ref/unknown-partner',
  axis: 'ref/unknown-axis',
  commitment: 'ref/unknown-commitment',
  meeting: 'ref/unknown-meeting',
  decision: 'ref/unknown-decision',
} as const satisfies Record<RefKind, RuleId>;

/** ref/unknown-*: every reference to a partner, axis, commitment, meeting or decision resolves to an existing id. */
export const references: Rule = (context) => {
  const { convention, axes, commitments, meetings } = context.roadmap;
  const decisions = knownDecisions(context);
  const known = (kind: RefKind): ReadonlySet<string> | undefined =>
    kind === 'decision' ? decisions : context.known[kind];
  const ref = (kind: RefKind, file: string, path: Segment[], value: string | undefined) => {
    const ids = known(kind);
    if (value !== undefined && ids !== undefined && !ids.has(value)) unknown(context, kind, ids, file, path, value);
  };
  const refs = (kind: RefKind, file: string, path: Segment[], values: string[] | undefined): void => {
    for (const [index, value] of (values ?? []).entries()) ref(kind, file, [...path, index], value);
  };

  if (convention) {
    ref('partner', convention.file, ['committee', 'chair'], convention.data.committee.chair);
    ref('partner', convention.file, ['secretariat', 'organisation'], convention.data.secretariat?.organisation);
  }
  for (const { data, file } of axes) refs('partner', file, ['leads'], data.leads);
  for (const { data, file } of commitments) {
    ref('axis', file, ['axis'], data.axis);
    ref('partner', file, ['lead'], data.lead);
    refs('partner', file, ['partners'], data.partners);
    for (const [i, entry] of (data.updates ?? []).entries())
      ref('decision', file, ['updates', i, 'decision'], entry.decision);
    for (const [i, funder] of (data.budget?.funders ?? []).entries())
      ref('partner', file, ['budget', 'funders', i, 'partner'], funder.partner);
  }
  for (const { data, file } of meetings) {
    ref('partner', file, ['chair'], data.chair);
    refs('meeting', file, ['approved_minutes'], data.approved_minutes);
    for (const [i, attendee] of (data.attendees ?? []).entries())
      ref('partner', file, ['attendees', i, 'partner'], attendee.partner);
    data.agenda?.forEach((item, i) => {
      ref('axis', file, ['agenda', i, 'axis'], item.axis);
      refs('commitment', file, ['agenda', i, 'commitments'], item.commitments);
    });
    data.decisions?.forEach((decision, i) => {
      refs('axis', file, ['decisions', i, 'axes'], decision.axes);
      refs('commitment', file, ['decisions', i, 'commitments'], decision.commitments);
    });
    data.actions?.forEach((action, i) => {
      ref('partner', file, ['actions', i, 'owner'], action.owner);
      ref('commitment', file, ['actions', i, 'commitment'], action.commitment);
    });
  }
};

/**
 * Decision ids of every meeting; undefined when a meeting file did not load
 * (its decisions are unknown, and one broken file must not cascade into
 * false "unknown decision" errors).
 */
function knownDecisions(context: RuleContext): ReadonlySet<string> | undefined {
  const loaded = new Set(context.roadmap.meetings.flatMap((meeting) => [meeting.data.id, stemOf(meeting.file)]));
  if ([...context.known.meeting].some((id) => !loaded.has(id))) return undefined;
  return new Set(
    context.roadmap.meetings.flatMap((meeting) => (meeting.data.decisions ?? []).map((decision) => decision.id)),
  );
}

function unknown(
  context: RuleContext,
  kind: RefKind,
  known: ReadonlySet<string>,
  file: string,
  path: Segment[],
  value: string,
): void {
  const ids = [...known].sort();
  const closest = closestMatch(value, ids);
  const near = ids.filter((id) => id !== closest && (id.includes(value) || value.includes(id)));
  const shown = [...(closest ? [closest] : []), ...near].slice(0, 3);
  const list = shown.length > 0 ? shown : ids.slice(0, 6);
  context.report(RULE[kind], file, path, {
    value,
    suggestion: list.join(', ') + (list.length < ids.length && shown.length === 0 ? ', …' : '') || '∅',
  });
}
