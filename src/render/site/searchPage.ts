import type { SiteContext } from './siteContext.js';
import type { SitePage } from './sitePage.js';

/**
 * The search page: the search box when scripts run (Pagefind), and in any
 * case the lists that reach every page without a script.
 */
export function searchPage(ctx: SiteContext, index: { extraBundles: readonly string[] } | undefined): SitePage {
  const { word } = ctx;
  const available = index !== undefined;
  return {
    ref: { kind: 'search' },
    lang: ctx.lang,
    title: word('search'),
    lead: available ? word('searchNoScript') : word('searchUnavailable'),
    search: { available, extraBundles: index?.extraBundles ?? [] },
    sections: [
      {
        id: 'axes',
        title: word('axes'),
        blocks: [
          {
            kind: 'links',
            empty: ctx.brief.none,
            items: ctx.figures.axes.map((axis) => ({
              text: word('axisTitle', { number: axis.number, title: axis.title }),
              to: { kind: 'axis', id: axis.id },
            })),
          },
        ],
      },
      {
        id: 'partners',
        title: word('partners'),
        blocks: [
          {
            kind: 'links',
            empty: ctx.brief.none,
            items: ctx.figures.partners.map((partner) => ctx.partnerLink(partner.id)),
          },
        ],
      },
      {
        id: 'meetings',
        title: word('meetings'),
        blocks: [
          { kind: 'links', empty: ctx.brief.none, items: [{ text: word('meetings'), to: { kind: 'meetings' } }] },
        ],
      },
    ],
  };
}
