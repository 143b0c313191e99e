import type { Reminder } from '../../derive/reminders.js';
import type { Figures, MeetingFigure } from '../../derive/types.js';
import { formatDate } from '../../i18n/formatDate.js';
import type { Lang } from '../../i18n/lang.js';
import type { Meeting, Partner, Roadmap } from '../../model/types.js';
import { remindMessage } from './remindWords.js';

/** A reminder as data: plain, possibly hostile text that each renderer escapes for its own syntax. */
export interface ReminderMessage {
  partner: string;
  to: { name: string; email: string }[];
  subject: string;
  paragraphs: { before: string[]; sections: { title: string; items: string[] }[]; after: string[] };
}

/** One partner's reminder before `meeting`, from its Reminder figures. */
export function buildReminder(roadmap: Roadmap, figures: Figures, meeting: Meeting, previous: MeetingFigure | null, reminder: Reminder, replyBy: string, lang: Lang): ReminderMessage {
  const word = (key: Parameters<typeof remindMessage>[0], params?: Parameters<typeof remindMessage>[2]) => remindMessage(key, lang, params);
  const partner = roadmap.partners.find((entity) => entity.data.id === reminder.partner)!.data as Partner;
  const committee = roadmap.convention?.data.committee.name ?? meeting.title;
  const titleOf = (id: string) => figures.commitments.find((commitment) => commitment.id === id)?.title ?? id;
  const since = previous ? word('since/previous', { date: previous.date }) : word('since/start');
  const sections = [
    { title: word('section/without-news', { since }), items: reminder.withoutNews.map((item) => word('item/without-news', { title: titleOf(item.commitment), last: item.lastReported ? formatDate(item.lastReported, lang) : word('item/never') })) },
    { title: word('section/overdue-actions'), items: reminder.overdueActions.map((action) => word('item/action', { text: action.text, meeting: action.meetingDate, due: action.due ?? '' })) },
    { title: word('section/indicators', { since }), items: reminder.indicatorsWithoutMeasure.map((indicator) => word('item/indicator', { label: indicator.label, title: titleOf(indicator.commitment), last: indicator.latest ? formatDate(indicator.latest.date, lang) : word('item/never') })) },
    { title: word('section/late-milestones'), items: reminder.lateMilestones.map((milestone) => word('item/milestone', { milestone: milestone.title, title: titleOf(milestone.commitment), due: milestone.due })) },
  ].filter((section) => section.items.length > 0);
  return {
    partner: partner.id,
    to: (partner.contacts ?? []).map((contact) => ({ name: contact.name, email: contact.email })),
    subject: word('subject', { committee, date: meeting.date, partner: partner.short_name }),
    paragraphs: {
      before: [word('greeting'), word('intro', { title: meeting.title, date: meeting.date, partner: partner.name, replyBy })],
      sections,
      after: [word('how-to'), word('closing'), word('signature', { committee })],
    },
  };
}
