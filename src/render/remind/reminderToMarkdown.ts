import type { Lang } from '../../i18n/lang.js';
import type { Block, Document } from '../document/document.js';
import { documentToMarkdown } from '../document/documentToMarkdown.js';
import { remindMessage } from './remindWords.js';
import type { ReminderMessage } from './buildReminder.js';

/** The reminder as markdown, to read or paste: through the one document model, its subject as its title, recipients first. */
export function reminderToMarkdown(message: ReminderMessage, lang: Lang): string {
  return documentToMarkdown(reminderDocument(message, lang));
}

/** The reminder as a Document: a letter whose subject is its heading, then the recipients, the paragraphs and one section per kind of fact owed. */
export function reminderDocument(message: ReminderMessage, lang: Lang): Document {
  const word = (key: Parameters<typeof remindMessage>[0]) => remindMessage(key, lang);
  const paragraphs = (texts: readonly string[]): Block[] => texts.map((text) => ({ kind: 'paragraph', text }));
  const recipients: Block =
    message.to.length > 0
      ? {
          kind: 'facts',
          items: [
            {
              label: word('to-label'),
              value: message.to.map((contact) => `${contact.name} <${contact.email}>`).join(', '),
            },
          ],
        }
      : { kind: 'paragraph', text: word('no-contact'), tone: 'muted' };
  return {
    lang,
    generator: 'remind',
    layout: 'letter',
    letterhead: message.letterhead,
    title: message.subject,
    contents: '',
    sections: [
      {
        id: 'message',
        title: '',
        blocks: [
          { kind: 'subject', label: '', text: message.subject },
          recipients,
          ...paragraphs(message.paragraphs.before),
        ],
      },
      ...message.paragraphs.sections.map((section, index) => ({
        id: `owed-${index + 1}`,
        title: section.title,
        blocks: [{ kind: 'list' as const, items: section.items }],
      })),
      {
        id: 'closing',
        title: '',
        blocks: [
          ...paragraphs(message.paragraphs.after),
          { kind: 'paragraph', text: word('draft-note'), tone: 'muted' },
        ],
      },
    ],
    footer: message.subject,
  };
}
