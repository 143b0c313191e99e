import { formatDate } from '../../../i18n/formatDate.js';
import { count, percent, text, type Sheet } from '../../sheet/sheet.js';
import { alertTone, type ReportContext } from '../reportContext.js';

/** Progress by partner, with whether each one has news on what it leads since the previous committee. */
export function partnersSheet(ctx: ReportContext): Sheet {
  const words = ctx.words.partners;
  const readiness = new Map(ctx.figures.readiness.map((entry) => [entry.partner, entry]));
  return {
    title: words.title,
    columns: [
      { label: words.partner },
      { label: words.led, numeric: true },
      { label: words.contributed, numeric: true },
      { label: words.late, numeric: true },
      { label: words.progress, numeric: true },
      { label: words.unknown, numeric: true },
      { label: words.openActions, numeric: true },
      { label: words.overdueActions, numeric: true },
      { label: words.postponed, numeric: true },
      { label: words.daysMoved, numeric: true },
      { label: words.readiness },
    ],
    rows: ctx.figures.partners.map((partner) => {
      const ready = readiness.get(partner.id)?.ready ?? true;
      return [
        text(partner.shortName),
        count(partner.led),
        count(partner.contributed),
        count(partner.late, alertTone(partner.late)),
        percent(partner.progress, undefined, partner.unknown > 0 ? ctx.words.progressUnknown : undefined),
        count(partner.unknown),
        count(partner.openActions),
        count(partner.overdueActions, alertTone(partner.overdueActions)),
        count(partner.postponements.postponed),
        count(partner.postponements.daysMoved),
        text(ready ? ctx.words.readiness.ready : ctx.words.readiness.notReady, ready ? 'good' : 'warn'),
      ];
    }),
    notes: [
      ...(ctx.figures.readiness.some((entry) => !entry.ready)
        ? [
            ctx.words.readiness.intro(
              ctx.figures.previousCommittee && formatDate(ctx.figures.previousCommittee.date, ctx.lang),
            ),
          ]
        : []),
      ...ctx.figures.readiness
        .filter((entry) => !entry.ready)
        .map((entry) =>
          words.stale(
            ctx.partnerName(entry.partner),
            entry.stale
              .map((stale) =>
                words.lastNews(
                  ctx.commitmentTitle(stale.commitment),
                  stale.lastReported === null ? ctx.words.readiness.never : formatDate(stale.lastReported, ctx.lang),
                ),
              )
              .join(', '),
          ),
        ),
    ],
    empty: words.empty,
  };
}
