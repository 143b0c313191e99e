import type { Reminder } from '../../derive/reminders.js';
import type { Figures, MeetingFigure } from '../../derive/types.js';
import { frenchArticle } from '../../i18n/frenchArticle.js';
import type { Lang } from '../../i18n/lang.js';
import type { Meeting, Partner, Roadmap } from '../../model/types.js';
import type { Letterhead } from '../document/document.js';
import { letterheadOf } from '../document/letterheadOf.js';
import { conventionPhrase, meetingPhrase, ofCommittee } from '../meeting/meetingParts.js';
import { remindMessage } from './remindWords.js';

/** A reminder as data: plain, possibly hostile text that each renderer escapes for its own syntax. */
export interface ReminderMessage {
  partner: string;
  to: { name: string; email: string }[];
  subject: string;
  /** The convention and the secretariat (and logos), atop the markdown. */
  letterhead: Letterhead | undefined;
  paragraphs: { before: string[]; sections: { title: string; items: string[] }[]; after: string[] };
}

/** One partner's reminder before `meeting`, from its Reminder figures. */
export function buildReminder(
  roadmap: Roadmap,
  figures: Figures,
  meeting: Meeting,
  previous: MeetingFigure | null,
  reminder: Reminder,
  replyBy: string,
  lang: Lang,
): ReminderMessage {
  const word = (key: Parameters<typeof remindMessage>[0], params?: Parameters<typeof remindMessage>[2]) =>
    remindMessage(key, lang, params);
  const partner = roadmap.partners.find((entity) => entity.data.id === reminder.partner)!.data as Partner;
  const committee = roadmap.convention?.data.committee.name ?? meeting.title;
  const titleOf = (id: string) => figures.commitments.find((commitment) => commitment.id === id)?.title ?? id;
  const since = previous ? word('since/previous', { date: previous.date }) : word('since/start');
  const conventionData = roadmap.convention?.data;
  const sections = [
    {
      title: word('section/without-news', { since }),
      items: reminder.withoutNews.map((item) =>
        word('item/without-news', {
          title: titleOf(item.commitment),
          since: item.lastReported ?? startOf(item.commitment),
        }),
      ),
    },
    {
      title: word('section/overdue-actions'),
      items: reminder.overdueActions.map((action) =>
        word('item/action', { text: action.text, meeting: action.meetingDate, due: action.due ?? '' }),
      ),
    },
    {
      title: word('section/indicators', { since }),
      items: reminder.indicatorsWithoutMeasure.map((indicator) =>
        indicator.latest
          ? word('item/indicator', {
              label: indicator.label,
              title: titleOf(indicator.commitment),
              since: indicator.latest.date,
            })
          : word('item/no-measure', {
              label: indicator.label,
              title: titleOf(indicator.commitment),
              since: indicator.baseline.date,
            }),
      ),
    },
    {
      title: word('section/late-milestones'),
      items: reminder.lateMilestones.map((milestone) =>
        word('item/milestone', {
          milestone: milestone.title,
          title: titleOf(milestone.commitment),
          due: milestone.due,
        }),
      ),
    },
  ].filter((section) => section.items.length > 0);
  const ofPartner = (name: string) => (lang === 'fr' ? frenchArticle(name, 'de') : `from ${name}`);
  const convention = conventionData
    ? conventionPhrase(conventionData.title, lang).replace(/^ (de la|of the) /, '')
    : committee;
  return {
    partner: partner.id,
    to: (partner.contacts ?? []).map((contact) => ({ name: contact.name, email: contact.email })),
    subject: word('subject', { committee, date: meeting.date, ofPartner: ofPartner(partner.short_name) }),
    letterhead: letterheadOf(roadmap, lang),
    paragraphs: {
      before: [
        word('greeting'),
        word('intro', {
          meeting: meetingPhrase(meeting.title, committee, lang),
          convention,
          date: meeting.date,
          ofPartner: ofPartner(partner.name),
          replyBy,
        }),
      ],
      sections,
      after: [
        word('how-to'),
        word('closing'),
        conventionData?.secretariat?.name ?? word('signature', { ofCommittee: ofCommittee(committee, lang) }),
      ],
    },
  };

  /** When a commitment that never reported began: its start, else the convention's signature. */
  function startOf(id: string): string {
    return (
      roadmap.commitments.find((entity) => entity.data.id === id)?.data.start ??
      conventionData?.signed_on ??
      meeting.date
    );
  }
}
