/** The mail that carries a member's convocation: a few lines, the letter attached. */
import { formatWeekdayDate } from '../../i18n/formatWeekdayDate.js';
import type { Lang } from '../../i18n/lang.js';
import type { Meeting, Partner, Roadmap } from '../../model/types.js';
import type { MailDraft } from '../mail/mailToEml.js';
import { meetingPhrase } from './meetingParts.js';
import { meetingMessage } from './meetingWords.js';

export interface ConvocationMailRequest {
  roadmap: Roadmap;
  meeting: Meeting;
  lang: Lang;
  recipient: Partner;
  to: readonly { name: string; email: string }[];
}

export function convocationMail({ roadmap, meeting, lang, recipient, to }: ConvocationMailRequest): MailDraft {
  const word = (key: Parameters<typeof meetingMessage>[0], params?: Parameters<typeof meetingMessage>[2]) =>
    meetingMessage(key, lang, params);
  const convention = roadmap.convention?.data;
  const committee = convention?.committee.name ?? meeting.title;
  const date = formatWeekdayDate(meeting.date, lang);
  const salutation =
    recipient.representative?.salutation?.trim().replace(/[,.;:\s]+$/, '') || word('letter/salutation-default');
  const signer = convention?.secretariat?.name ?? committee;
  return {
    generator: 'meeting convene',
    to,
    subject: word('mail/subject', { committee, date }),
    body: [
      `${salutation},`,
      word('mail/body', {
        meeting: meetingPhrase(meeting.title, committee, lang),
        date,
        convention: convention?.title ?? committee,
      }),
      word('mail/closing'),
      signer,
    ].join('\n\n'),
  };
}
