import { message } from '../i18n/editingMessages.js';
import { LANGS } from '../i18n/lang.js';
import type { Rule } from './context.js';

/** What `roadmap new meeting` puts in the body, in either language. */
const PLACEHOLDERS = LANGS.map((lang) => message('scaffold/meeting-body', lang));

/** meeting/minutes-placeholder: a held meeting whose minutes are still the scaffold's « Compte rendu à rédiger ». */
export const meetingMinutesPlaceholder: Rule = ({ roadmap, report }) => {
  for (const { data, file, body } of roadmap.meetings) {
    if (data.status !== 'held') continue;
    const text = PLACEHOLDERS.find((placeholder) => body.includes(placeholder));
    if (text !== undefined) report('meeting/minutes-placeholder', file, ['status'], { id: data.id, text });
  }
};
