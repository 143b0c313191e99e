/** The sentences of a review routing, shared by the text and markdown renderers. */
import type { Lang } from '../../i18n/lang.js';
import { ownersMessage, type OwnersMessageKey } from '../../owners/ownersMessages.js';
import type { OwnerReason } from '../../owners/ownership.js';
import type { RoutingReport } from './routingReport.js';

export interface RoutingOutline {
  title: string;
  since: string;
  rows: { file: string; owners: string; handles: string[] }[];
  /** "one partner" or, plainly, "several partners: each must approve". */
  verdict: string | null;
  severalPartners: boolean;
  /** Every handle that must approve; renderers phrase them (code spans in markdown). */
  approvers: string[];
  unowned: string | null;
}

const REASONS = {
  'partner-file': 'route/as-partner',
  lead: 'route/as-lead',
  chair: 'route/as-chair',
} as const satisfies Record<OwnerReason, OwnersMessageKey>;

export function routingOutline(report: RoutingReport, lang: Lang, safe: (text: string) => string): RoutingOutline {
  const { routing } = report;
  const partner = (id: string) => routing.partners.find((candidate) => candidate.id === id)!;
  const named = (file: string) => `${report.label}/${file}`;
  const rows = routing.files.map(({ file, owners }) => ({
    file: safe(named(file)),
    owners:
      owners.length === 0
        ? ownersMessage('route/nobody', lang)
        : owners
            .map(
              (owner) =>
                `${safe(partner(owner.partner).name)} (${safe(owner.partner)}, ${ownersMessage(REASONS[owner.reason], lang)})`,
            )
            .join(', '),
    handles: owners.flatMap((owner) => partner(owner.partner).maintainers),
  }));
  const names = routing.partners.map((p) => safe(p.name)).join(', ');
  const count = routing.partners.length;
  return {
    title: ownersMessage('route/title', lang),
    since:
      routing.files.length === 0
        ? ownersMessage('route/none', lang)
        : ownersMessage('route/since', lang, {
            rev: safe(report.rev),
            base: report.base.slice(0, 7),
            count: routing.files.length,
          }),
    rows,
    verdict: count === 0 ? null : ownersMessage(count > 1 ? 'route/several' : 'route/one', lang, { count, names }),
    severalPartners: count > 1,
    approvers: routing.approvers,
    unowned:
      routing.unowned.length === 0
        ? null
        : ownersMessage('route/unowned', lang, { files: routing.unowned.map((file) => safe(named(file))).join(', ') }),
  };
}
