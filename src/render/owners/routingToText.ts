import type { Lang } from '../../i18n/lang.js';
import { ownersMessage } from '../../owners/ownersMessages.js';
import { terminalLine } from '../../util/sanitize.js';
import { routingOutline } from './routingOutline.js';
import type { RoutingReport } from './routingReport.js';

/** `roadmap owners --changed-since` for a terminal or a CI log. */
export function routingToText(report: RoutingReport, lang: Lang): string {
  const outline = routingOutline(report, lang, terminalLine);
  const out = [outline.title, outline.since];
  for (const row of outline.rows)
    out.push(`  ${row.file} — ${row.owners}${row.handles.length > 0 ? ` : ${row.handles.join(' ')}` : ''}`);
  if (outline.verdict) out.push(outline.verdict);
  if (outline.approvers.length > 0)
    out.push(ownersMessage('route/approvers', lang, { handles: outline.approvers.join(', ') }));
  if (outline.unowned) out.push(outline.unowned);
  return `${out.join('\n')}\n`;
}
