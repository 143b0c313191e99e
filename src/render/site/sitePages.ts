import type { IndicatorFigures } from '../../derive/types.js';
import { axisPage } from './axisPage.js';
import { commitmentPage } from './commitmentPage.js';
import { homePage } from './homePage.js';
import { meetingPage } from './meetingPage.js';
import { meetingsPage } from './meetingsPage.js';
import { partnerPage } from './partnerPage.js';
import type { SiteContext } from './siteContext.js';
import type { PageRef, SitePage } from './sitePage.js';

/** Every page of the site, in the order they are written: the refs first (to plan), then each model, one at a time. */
export function pageRefs(ctx: SiteContext): PageRef[] {
  return [
    { kind: 'home' },
    { kind: 'meetings' },
    { kind: 'search' },
    ...ctx.figures.axes.map((axis) => ({ kind: 'axis' as const, id: axis.id })),
    ...ctx.figures.partners.map((partner) => ({ kind: 'partner' as const, id: partner.id })),
    ...ctx.figures.commitments.map((commitment) => ({ kind: 'commitment' as const, id: commitment.id })),
    ...ctx.roadmap.meetings.map((entity) => ({ kind: 'meeting' as const, id: entity.data.id })),
  ];
}

/**
 * The page models, built lazily: a large roadmap never holds more than one
 * page (and its HTML) in memory at a time. All but the search page
 * (searchPage.ts), which waits for the search index.
 */
export function* sitePages(ctx: SiteContext): Generator<SitePage> {
  yield homePage(ctx);
  yield meetingsPage(ctx);
  const axes = new Map(ctx.roadmap.axes.map((entity) => [entity.data.id, entity]));
  for (const axis of ctx.figures.axes) yield axisPage(ctx, axis, axes.get(axis.id));
  const partners = new Map(ctx.roadmap.partners.map((entity) => [entity.data.id, entity]));
  for (const partner of ctx.figures.partners) yield partnerPage(ctx, partner, partners.get(partner.id));
  const commitments = new Map(ctx.roadmap.commitments.map((entity) => [entity.data.id, entity]));
  const indicators = new Map<string, IndicatorFigures[]>();
  for (const indicator of ctx.figures.indicators) {
    const list = indicators.get(indicator.commitment);
    if (list) list.push(indicator);
    else indicators.set(indicator.commitment, [indicator]);
  }
  for (const commitment of ctx.figures.commitments)
    yield commitmentPage(ctx, commitment, commitments.get(commitment.id), indicators.get(commitment.id) ?? []);
  for (const entity of ctx.roadmap.meetings) yield meetingPage(ctx, entity);
}
