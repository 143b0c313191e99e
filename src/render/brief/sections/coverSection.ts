import { invitedPartners } from '../../../derive/invitedPartners.js';
import type { Meeting } from '../../../model/types.js';
import type { BriefContext } from '../briefContext.js';
import type { Document } from '../../document/document.js';

/** Convention, meeting, date in words, place, chair, and the date the figures stand at. */
export function coverSection(ctx: BriefContext, meeting: Meeting): Document['cover'] {
  const { words } = ctx;
  const convention = ctx.roadmap.convention?.data;
  const chair = meeting.chair ?? convention?.committee.chair;
  // Who is invited: the committee's members on the meeting's date (and any partner its file lists), typed attendees or not.
  const invited =
    meeting.status === 'planned'
      ? invitedPartners(
          ctx.roadmap.partners.map((entity) => entity.data),
          meeting,
        ).map(({ partner }) => partner.short_name)
      : [];
  const facts = [
    { label: words.cover.convention, value: convention?.title ?? words.none },
    { label: words.cover.committee, value: convention?.committee.name ?? words.none },
    { label: words.cover.date, value: ctx.date(meeting.date) },
    ...(meeting.place ? [{ label: words.cover.place, value: meeting.place }] : []),
    ...(chair ? [{ label: words.cover.chair, value: chairLine(ctx, chair) }] : []),
    ...(invited.length > 0 ? [{ label: words.cover.invited, value: invited.join(', ') }] : []),
    { label: words.cover.asOf, value: ctx.date(ctx.figures.asOf) },
  ];
  return {
    kicker: words.kicker,
    title: meeting.title,
    // The committee is named once, in the facts.
    subtitle: '',
    facts,
    note: words.asOfNote(ctx.date(ctx.figures.asOf)),
  };
}

/** The chair as a committee names it: organisation, then its representative in brackets. */
export function chairLine(ctx: BriefContext, partnerId: string): string {
  const representative = ctx.roadmap.partners.find((entity) => entity.data.id === partnerId)?.data.representative;
  const person = representative ? [representative.name, representative.title].filter(Boolean).join(', ') : '';
  return person ? `${ctx.partnerName(partnerId)} (${person})` : ctx.partnerName(partnerId);
}
