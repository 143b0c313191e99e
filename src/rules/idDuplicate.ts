import type { Segment } from '../diagnostics/diagnostic.js';
import type { Rule, RuleContext } from './context.js';

/** id/duplicate: ids unique per kind; decisions and actions across all meetings; indicators within a commitment. */
export const idDuplicate: Rule = (context) => {
  const { partners, axes, commitments, meetings } = context.roadmap;
  for (const entities of [partners, axes, commitments, meetings]) {
    const seen = new Map<string, string>();
    for (const entity of entities) check(context, seen, entity.data.id, entity.file, ['id'], entity.file);
  }
  for (const list of ['decisions', 'actions'] as const) {
    const seen = new Map<string, string>();
    for (const meeting of meetings) {
      for (const [index, item] of (meeting.data[list] ?? []).entries()) {
        check(context, seen, item.id, meeting.file, [list, index, 'id'], `${meeting.file} ${list}[${index}]`);
      }
    }
  }
  for (const commitment of commitments) {
    const seen = new Map<string, string>();
    for (const [index, indicator] of (commitment.data.indicators ?? []).entries()) {
      check(context, seen, indicator.id, commitment.file, ['indicators', index, 'id'], `indicators[${index}]`);
    }
  }
};

function check(
  context: RuleContext,
  seen: Map<string, string>,
  id: string,
  file: string,
  path: Segment[],
  where: string,
): void {
  const other = seen.get(id);
  if (other === undefined) seen.set(id, where);
  else context.report('id/duplicate', file, path, { id, other });
}
