/**
 * A mail draft as an `.eml` file (RFC 5322, MIME): opened by a mail client
 * as a message to send, never sent by roadmap. Every header value that
 * comes from a file is a UTF-8 encoded word (RFC 2047, base64), so no text
 * can add a header or a line; addresses that are not plain `local@domain`
 * are left out. The body is UTF-8 plain text in base64; attachments (a
 * convocation's PDF) follow it in a multipart/mixed message.
 */
import type { Lang } from '../../i18n/lang.js';
import { terminalSafe } from '../../util/sanitize.js';

/** Printable ASCII without specials, spaces or quotes: nothing in it can close a header or an address. */
const PLAIN_ADDRESS =
  /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;

export interface EmlOptions {
  /** `YYYY-MM-DD`: the Date header, at 09:00 in Paris, so the same input gives the same bytes. */
  date: string;
  messageId: string;
  from: { name: string; email: string };
}

export interface MailDraft {
  /** The command that made it, in the X-Generator header (what tells a rerun the file is its own). */
  generator: string;
  to: readonly { name: string; email: string }[];
  subject: string;
  /** Plain text, lines separated by `\n`. */
  body: string;
  attachments?: readonly Attachment[];
}

export interface Attachment {
  /** A plain ASCII file name (`convocation-cci.pdf`). */
  name: string;
  mime: string;
  bytes: Uint8Array;
}

/** Cannot occur in base64 text (`=` only pads the end of a line), so no part can close the message early. */
const BOUNDARY = '=_roadmap_part';

/** Whether an address can go into a header as it is. */
export function isPlainAddress(email: string): boolean {
  return PLAIN_ADDRESS.test(email);
}

export function mailToEml(draft: MailDraft, lang: Lang, options: EmlOptions): string {
  const to = draft.to
    .filter((contact) => PLAIN_ADDRESS.test(contact.email))
    .map((contact) => mailbox(contact.name, contact.email));
  const attachments = draft.attachments ?? [];
  const text = ['Content-Type: text/plain; charset=UTF-8', 'Content-Transfer-Encoding: base64'];
  const headers = [
    `X-Generator: roadmap ${draft.generator}`,
    'X-Unsent: 1',
    `Date: ${rfc5322Date(options.date)}`,
    `From: ${mailbox(options.from.name, options.from.email)}`,
    ...(to.length > 0 ? [`To: ${to.join(',\r\n ')}`] : []),
    `Subject: ${encodedWords(draft.subject)}`,
    `Message-ID: <${options.messageId}>`,
    'MIME-Version: 1.0',
    ...(attachments.length > 0 ? [`Content-Type: multipart/mixed; boundary="${BOUNDARY}"`] : text),
    `Content-Language: ${lang}`,
  ];
  const body = base64Lines(Buffer.from(plainText(draft.body), 'utf8'));
  if (attachments.length === 0) return `${headers.join('\r\n')}\r\n\r\n${body}\r\n`;
  const parts = [
    `${text.join('\r\n')}\r\n\r\n${body}`,
    ...attachments.map((attachment) => {
      const name = attachment.name.replace(/[^A-Za-z0-9._-]/g, '_');
      return [
        `Content-Type: ${attachment.mime}; name="${name}"`,
        `Content-Disposition: attachment; filename="${name}"`,
        'Content-Transfer-Encoding: base64',
        '',
        base64Lines(attachment.bytes),
      ].join('\r\n');
    }),
  ];
  return `${headers.join('\r\n')}\r\n\r\n${parts.map((part) => `--${BOUNDARY}\r\n${part}\r\n`).join('')}--${BOUNDARY}--\r\n`;
}

function plainText(text: string): string {
  return terminalSafe(text).replace(/\r\n?/g, '\n').replace(/\n/g, '\r\n');
}
/** The address on a line of its own (folding white space), so that no line grows past 78 characters. */
function mailbox(name: string, email: string): string {
  return `${encodedWords(name)}\r\n <${email}>`;
}

/** RFC 2047 B-encoded words of at most 75 characters, split between characters, never inside one. */
function encodedWords(text: string): string {
  const clean = terminalSafe(text)
    .replace(/[\r\n\t]+/g, ' ')
    .trim();
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

function base64Lines(bytes: Uint8Array): string {
  return (
    Buffer.from(bytes)
      .toString('base64')
      .match(/.{1,76}/g) ?? []
  ).join('\r\n');
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `Tue, 1 Dec 2026 09:00:00 +0100`: 09:00 in Paris that day, with Paris's offset then. */
function rfc5322Date(date: string): string {
  const noon = new Date(`${date}T12:00:00Z`);
  const offset =
    new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Paris', timeZoneName: 'longOffset' })
      .formatToParts(noon)
      .find((part) => part.type === 'timeZoneName')?.value ?? 'GMT+01:00';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(offset);
  const zone = match ? `${match[1]}${match[2]}${match[3]}` : '+0100';
  return `${DAYS[noon.getUTCDay()]}, ${noon.getUTCDate()} ${MONTHS[noon.getUTCMonth()]} ${noon.getUTCFullYear()} 09:00:00 ${zone}`;
}
