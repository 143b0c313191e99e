/**
 * `roadmap meeting convene <meeting>`: the convocation, a letter, as markdown,
 * self-contained HTML and, with --pdf, PDF; dated --on (default today). With
 * --per-member, also one letter per invited member and, for each member with
 * contacts, an `.eml` draft to them carrying that letter (its PDF when
 * printed). Nothing is sent; the secretariat never drafts a mail to itself.
 */
import { invitedPartners } from '../derive/invitedPartners.js';
import { isPlainAddress, mailToEml } from '../render/mail/mailToEml.js';
import { buildConvocation } from '../render/meeting/buildConvocation.js';
import { convocationMail } from '../render/meeting/convocationMail.js';
import { dateOrToday } from './flags/dateFlag.js';
import { meetingDocumentCommand } from './output/meetingDocumentCommand.js';
import type { DocumentMail, NamedDocument } from './output/writeDocument.js';

/** Where a draft's sender stays to be filled in by the mail client (`.invalid` can never be delivered). */
const NO_SENDER = 'secretariat@roadmap.invalid';

export const run = meetingDocumentCommand<'meeting convene'>({
  name: { fr: 'convocation', en: 'convocation' },
  refuse: (meeting) => (meeting.status === 'cancelled' ? 'refuse/cancelled' : undefined),
  build: ({ roadmap, figures, meeting, lang, name, asOf, flags, io }) => {
    const sentOn = dateOrToday(io, '--on', flags.on, lang);
    const request = { roadmap, figures, meeting: meeting.data, lang, sentOn };
    const docs: NamedDocument[] = [{ name, doc: buildConvocation(request) }];
    const mails: DocumentMail[] = [];
    if (!flags.perMember) return { docs, mails };
    const secretariat = roadmap.convention?.data.secretariat;
    const from =
      secretariat?.email && isPlainAddress(secretariat.email)
        ? { name: secretariat.name, email: secretariat.email }
        : {
            name: secretariat?.name ?? roadmap.convention?.data.committee.name ?? meeting.data.title,
            email: NO_SENDER,
          };
    const sender = from.email.toLowerCase();
    for (const { partner } of invitedPartners(
      roadmap.partners.map((entity) => entity.data),
      meeting.data,
    )) {
      const letter = `${name}-${partner.id}`;
      docs.push({ name: letter, doc: buildConvocation({ ...request, recipient: partner }) });
      // Never a draft from the secretariat to itself: a partner reached only through the sender gets its letter alone.
      const to = (partner.contacts ?? []).filter(
        (contact) => contact.email.toLowerCase() !== sender && isPlainAddress(contact.email),
      );
      if (to.length === 0) continue;
      const mail = convocationMail({ roadmap, meeting: meeting.data, lang, recipient: partner, to });
      mails.push({
        name: letter,
        carries: letter,
        eml: (attachment) =>
          mailToEml({ ...mail, attachments: [attachment] }, lang, {
            date: sentOn,
            messageId: `convene-${meeting.data.id}-${partner.id}-${asOf}@roadmap.invalid`,
            from,
          }),
      });
    }
    return { docs, mails };
  },
});
