import { escapeMarkdown } from '../../util/escapeMarkdown.js';
import type { Lang } from '../../i18n/lang.js';
import { typeset } from '../document/typeset.js';
import { markdownMarker } from '../document/generatedMarker.js';
import { remindMessage } from './remindWords.js';
import type { ReminderMessage } from './buildReminder.js';

/** The reminder as markdown, to read or paste: recipients and subject first, every text from files escaped. */
export function reminderToMarkdown(message: ReminderMessage, lang: Lang): string {
  const text = (value: string) => escapeMarkdown(typeset(value, lang));
  const recipients = message.to.length > 0
    ? message.to.map((contact) => `${text(contact.name)} \\<${text(contact.email)}\\>`).join(', ')
    : `*${text(remindMessage('no-contact', lang))}*`;
  const lines = [
    markdownMarker('remind'), '',
    `# ${text(message.subject)}`, '',
    `- **${text(remindMessage('to-label', lang))}** — ${recipients}`, '',
    ...message.paragraphs.before.flatMap((paragraph) => [text(paragraph), '']),
    ...message.paragraphs.sections.flatMap((section) => [`## ${text(section.title)}`, '', ...section.items.map((item) => `- ${text(item)}`), '']),
    ...message.paragraphs.after.flatMap((paragraph) => [text(paragraph), '']),
    `*${text(remindMessage('draft-note', lang))}*`,
  ];
  return `${lines.join('\n')}\n`;
}
