import type { RuleId } from '../diagnostics/catalogue.js';
import type { Segment } from '../diagnostics/diagnostic.js';
import type { EntityKind } from '../model/types.js';
import type { Rule, RuleContext } from './context.js';
import { closestMatch } from '../util/closestMatch.js';

type RefKind = Extract<EntityKind, 'partner' | 'axis' | 'commitment'>;

const RULE = {
  partner: 'ref/unknown-partner',
  axis: 'ref/unknown-axis',
  commitment: 'ref/unknown-commitment',
} as const satisfies Record<RefKind, RuleId>;

/** ref/unknown-*: every reference to a partner, axis or commitment resolves to an existing id. */
export const references: Rule = (context) => {
  const { convention, axes, commitments, meetings } = context.roadmap;
  const ref = (kind: RefKind, file: string, path: Segment[], value: string | undefined) => {
    if (value !== undefined && !context.known[kind].has(value)) unknown(context, kind, file, path, value);
  };
  const refs = (kind: RefKind, file: string, path: Segment[], values: string[] | undefined) =>
    values?.forEach((value, index) => ref(kind, file, [...path, index], value));

  if (convention) ref('partner', convention.file, ['committee', 'chair'], convention.data.committee.chair);
  for (const { data, file } of axes) refs('partner', file, ['leads'], data.leads);
  for (const { data, file } of commitments) {
    ref('axis', file, ['axis'], data.axis);
    ref('partner', file, ['lead'], data.lead);
    refs('partner', file, ['partners'], data.partners);
  }
  for (const { data, file } of meetings) {
    ref('partner', file, ['chair'], data.chair);
    data.attendees?.forEach((attendee, i) => ref('partner', file, ['attendees', i, 'partner'], attendee.partner));
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

function unknown(context: RuleContext, kind: RefKind, file: string, path: Segment[], value: string): void {
  const ids = [...context.known[kind]].sort();
  const closest = closestMatch(value, ids);
  const near = ids.filter((id) => id !== closest && (id.includes(value) || value.includes(id)));
  const shown = [...(closest ? [closest] : []), ...near].slice(0, 3);
  const list = shown.length > 0 ? shown : ids.slice(0, 6);
  context.report(RULE[kind], file, path, { value, suggestion: list.join(', ') + (list.length < ids.length && shown.length === 0 ? ', …' : '') || '∅' });
}
