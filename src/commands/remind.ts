/**
 * `roadmap remind`: before a meeting, one draft per partner that owes
 * something (commitments without news since the last held meeting, overdue
 * actions, indicators without a measure, late milestones), as markdown and
 * as an `.eml` a mail client opens ready to send. Nothing is ever sent.
 */
import { previousHeldMeeting } from '../derive/previousHeldMeeting.js';
import { reminders } from '../derive/reminders.js';
import { formatDate } from '../i18n/formatDate.js';
import { EXIT } from '../io/io.js';
import { REPLY_DAYS_BEFORE } from '../render/meeting/buildConvocation.js';
import { buildReminder } from '../render/remind/buildReminder.js';
import { isPlainAddress } from '../render/mail/mailToEml.js';
import { reminderToEml } from '../render/remind/reminderToEml.js';
import { reminderToMarkdown } from '../render/remind/reminderToMarkdown.js';
import { remindMessage } from '../render/remind/remindWords.js';
import { addDays } from '../util/dates.js';
import { documentsRoot } from './output/documentsRoot.js';
import { findMeeting } from './opening/findMeeting.js';
import { roadmapCommand } from './opening/roadmapCommand.js';
import { writeDocuments } from '../write/writeDocuments.js';

/** Where a draft's sender stays to be filled in by the mail client (`.invalid` can never be delivered). */
const NO_SENDER = 'secretariat@roadmap.invalid';

export const run = roadmapCommand<'remind'>(({ flags, io, roadmap, lang, asOf, dir, figures }) => {
  const meeting = findMeeting(
    roadmap.meetings.map((entity) => entity.data),
    flags.meeting,
    figures.meetings.next?.id,
    lang,
    formatDate(asOf, lang),
  );
  const previous = previousHeldMeeting(figures, meeting);
  const owed = reminders(
    figures,
    roadmap.partners.map((entity) => entity.data),
    previous?.date ?? null,
  );
  if (owed.length === 0) {
    io.stdout(`${remindMessage('nobody', lang, { date: meeting.date })}\n`);
    return EXIT.ok;
  }
  const committee = roadmap.convention?.data.committee;
  const secretariat = roadmap.convention?.data.secretariat;
  const chair = roadmap.partners.find((entity) => entity.data.id === (meeting.chair ?? committee?.chair))?.data;
  // The secretariat sends; without its address, the chair's first contact; else the client fills it in.
  const sender =
    secretariat?.email && isPlainAddress(secretariat.email)
      ? { name: secretariat.name, email: secretariat.email }
      : (chair?.contacts?.[0] ?? { name: secretariat?.name ?? committee?.name ?? meeting.title, email: NO_SENDER });
  const replyBy = addDays(meeting.date, -REPLY_DAYS_BEFORE);
  const messages = owed.map((reminder) => {
    const message = buildReminder(roadmap, figures, meeting, previous, reminder, replyBy, lang);
    // Never a draft from the sender to itself: a partner reached only through the sender gets its reminder in markdown.
    const to = message.to.filter((contact) => contact.email.toLowerCase() !== sender.email.toLowerCase());
    return { reminder, message: { ...message, to }, mail: to.length > 0 || message.to.length === 0 };
  });
  const write = writeDocuments(io, lang, {
    root: documentsRoot(flags.out, io.cwd, dir),
    folder: `${meeting.id}/reminders`,
    names: messages.flatMap(({ reminder, mail }) => [
      `${reminder.partner}.md`,
      ...(mail ? [`${reminder.partner}.eml`] : []),
    ]),
    dryRun: flags.dryRun,
    roadmapDir: dir,
  });
  if (flags.dryRun) return EXIT.ok;
  for (const { reminder, message, mail } of messages) {
    write(`${reminder.partner}.md`, Buffer.from(reminderToMarkdown(message, lang)));
    if (!mail) continue;
    write(
      `${reminder.partner}.eml`,
      Buffer.from(
        reminderToEml(message, lang, {
          date: asOf,
          messageId: `remind-${meeting.id}-${reminder.partner}-${asOf}@roadmap.invalid`,
          from: sender,
        }),
      ),
    );
  }
  return EXIT.ok;
});
