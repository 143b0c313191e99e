import { pagePath } from './sitePage.js';
import type { SiteContext } from './siteContext.js';

export interface SearchRecord {
  /** The page, relative to the site's root. */
  path: string;
  title: string;
  /** What search looks in: the title and the description written in the file. */
  content: string;
}

/** One record per entity page: titles and descriptions, as the search promises. */
export function* searchRecords(ctx: SiteContext): Generator<SearchRecord> {
  for (const entity of ctx.roadmap.axes) {
    const title = ctx.word('axisTitle', { number: entity.data.number, title: entity.data.title });
    yield {
      path: pagePath({ kind: 'axis', id: entity.data.id }),
      title,
      content: `${title}\n${entity.data.short_title}\n${entity.body}`,
    };
  }
  for (const entity of ctx.roadmap.partners) {
    const partner = entity.data;
    yield {
      path: pagePath({ kind: 'partner', id: partner.id }),
      title: partner.name,
      content: [partner.name, partner.short_name, partner.representative?.name ?? '', partner.territory ?? ''].join(
        '\n',
      ),
    };
  }
  for (const entity of ctx.roadmap.commitments) {
    yield {
      path: pagePath({ kind: 'commitment', id: entity.data.id }),
      title: entity.data.title,
      content: `${entity.data.title}\n${entity.body}`,
    };
  }
  for (const entity of ctx.roadmap.meetings) {
    // A meeting's result says when it met: several share a title (« Comité territorial — … »).
    const title = `${entity.data.title} (${ctx.date(entity.data.date)})`;
    yield {
      path: pagePath({ kind: 'meeting', id: entity.data.id }),
      title,
      content: `${title}\n${entity.body}`,
    };
  }
}
