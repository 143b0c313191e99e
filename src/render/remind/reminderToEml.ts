/** The reminder as an `.eml` draft (see mailToEml.ts): its paragraphs and lists as plain text. */
import type { Lang } from '../../i18n/lang.js';
import { mailToEml, type EmlOptions } from '../mail/mailToEml.js';
import type { ReminderMessage } from './buildReminder.js';

export type { EmlOptions };

export function reminderToEml(message: ReminderMessage, lang: Lang, options: EmlOptions): string {
  return mailToEml(
    { generator: 'remind', to: message.to, subject: message.subject, body: plainBody(message) },
    lang,
    options,
  );
}

function plainBody(message: ReminderMessage): string {
  return [
    ...message.paragraphs.before,
    ...message.paragraphs.sections.map((section) =>
      [section.title, ...section.items.map((item) => `- ${item}`)].join('\n'),
    ),
    ...message.paragraphs.after,
  ].join('\n\n');
}
