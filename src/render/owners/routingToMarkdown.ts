import { escapeMarkdown } from '../../util/escapeMarkdown.js';
import type { Lang } from '../../i18n/lang.js';
import { terminalLine } from '../../util/sanitize.js';
import { ownersMessage } from '../../owners/ownersMessages.js';
import { routingOutline } from './routingOutline.js';
import type { RoutingReport } from './routingReport.js';

/** `roadmap owners --changed-since --format markdown`, for GITHUB_STEP_SUMMARY: handles in code spans so nobody is notified. */
export function routingToMarkdown(report: RoutingReport, lang: Lang): string {
  const outline = routingOutline(report, lang, (text) => escapeMarkdown(terminalLine(text)));
  const out = [`# ${outline.title}`, '', outline.since];
  if (outline.rows.length > 0) {
    out.push(
      '',
      `| ${ownersMessage('route/file', lang)} | ${ownersMessage('route/partner', lang)} | ${ownersMessage('route/handles', lang)} |`,
      '| --- | --- | --- |',
    );
    for (const row of outline.rows)
      out.push(`| ${row.file} | ${row.owners} | ${row.handles.map(codeSpan).join(' ')} |`);
  }
  if (outline.verdict) out.push('', outline.severalPartners ? `> ⚠️ **${outline.verdict}**` : outline.verdict);
  if (outline.approvers.length > 0)
    out.push('', ownersMessage('route/approvers', lang, { handles: outline.approvers.map(codeSpan).join(', ') }));
  if (outline.unowned) out.push('', `> ❗ ${outline.unowned}`);
  return `${out.join('\n')}\n`;
}

/** Handles and paths in code spans: readable, and a handle there notifies nobody. */
function codeSpan(text: string): string {
  return `\`${text.replace(/`/g, "'")}\``;
}
