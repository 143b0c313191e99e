/**
 * The reminder as an `.eml` draft (RFC 5322, MIME): opened by a mail client
 * as a message to send, never sent by roadmap. Every header value that
 * comes from a file is a UTF-8 encoded word (RFC 2047, base64), so no text
 * can add a header or a line; addresses that are not plain `local@domain`
 * are left out. The body is UTF-8 plain text in base64.
 */
import type { Lang } from '../../i18n/lang.js';
import { terminalSafe } from '../../util/sanitize.js';
import type { ReminderMessage } from './buildReminder.js';

/** Printable ASCII without specials, spaces or quotes: nothing in it can close a header or an address. */
const PLAIN_ADDRESS = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;

export interface EmlOptions {
  /** `YYYY-MM-DD`: the Date header, at 09:00 in Paris, so the same input gives the same bytes. */
  date: string;
  messageId: string;
  from: { name: string; email: string };
}

export function reminderToEml(message: ReminderMessage, lang: Lang, options: EmlOptions): string {
  const to = message.to.filter((contact) => PLAIN_ADDRESS.test(contact.email)).map((contact) => mailbox(contact.name, contact.email));
  const headers = [
    'X-Generator: roadmap remind',
    'X-Unsent: 1',
    `Date: ${rfc5322Date(options.date)}`,
    `From: ${mailbox(options.from.name, options.from.email)}`,
    ...(to.length > 0 ? [`To: ${to.join(',\r\n ')}`] : []),
    `Subject: ${encodedWords(message.subject)}`,
    `Message-ID: <${options.messageId}>`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: base64',
    `Content-Language: ${lang}`,
  ];
  return `${headers.join('\r\n')}\r\n\r\n${base64Lines(plainBody(message))}\r\n`;
}

function plainBody(message: ReminderMessage): string {
  const clean = (text: string) => terminalSafe(text).replace(/\r\n?/g, '\n');
  return [
    ...message.paragraphs.before.map(clean),
    ...message.paragraphs.sections.map((section) => [clean(section.title), ...section.items.map((item) => `- ${clean(item)}`)].join('\n')),
    ...message.paragraphs.after.map(clean),
  ].join('\n\n').replace(/\n/g, '\r\n');
}

/** The address on a line of its own (folding white space), so that no line grows past 78 characters. */
function mailbox(name: string, email: string): string {
  return `${encodedWords(name)}\r\n <${email}>`;
}

/** RFC 2047 B-encoded words of at most 75 characters, split between characters, never inside one. */
function encodedWords(text: string): string {
  const clean = terminalSafe(text).replace(/[\r\n\t]+/g, ' ').trim();
  const words: string[] = [];
  let chunk = '';
  for (const character of clean) {
    // 39 bytes of UTF-8 make 52 base64 characters: with `=?UTF-8?B?` and `?=`, 64, so that
    // `Subject: ` and the first word stay within 78 characters (RFC 5322 §2.1.1).
    if (Buffer.byteLength(chunk + character) > 39) {
      words.push(chunk);
      chunk = '';
    }
    chunk += character;
  }
  if (chunk !== '' || words.length === 0) words.push(chunk);
  return words.map((word) => `=?UTF-8?B?${Buffer.from(word, 'utf8').toString('base64')}?=`).join('\r\n ');
}

function base64Lines(text: string): string {
  return (Buffer.from(text, 'utf8').toString('base64').match(/.{1,76}/g) ?? []).join('\r\n');
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `Tue, 1 Dec 2026 09:00:00 +0100`: 09:00 in Paris that day, with Paris's offset then. */
function rfc5322Date(date: string): string {
  const noon = new Date(`${date}T12:00:00Z`);
  const offset = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Paris', timeZoneName: 'longOffset' })
    .formatToParts(noon).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT+01:00';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(offset);
  const zone = match ? `${match[1]}${match[2]}${match[3]}` : '+0100';
  return `${DAYS[noon.getUTCDay()]}, ${noon.getUTCDate()} ${MONTHS[noon.getUTCMonth()]} ${noon.getUTCFullYear()} 09:00:00 ${zone}`;
}
