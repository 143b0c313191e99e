import type { Lang } from '../i18n/lang.js';
import type { Partner } from '../model/types.js';
import { echoArgument } from '../util/echoArgument.js';
import { closestMatch } from '../util/closestMatch.js';
import { editEntity } from '../edit/editEntity.js';
import { fieldChange, type FieldEdit } from '../edit/fieldEdits.js';
import { KEY_ORDERS } from '../edit/keyOrders.js';
import { setupMessage } from '../i18n/setupMessages.js';
import type { Flags } from './flags/commandFlags.js';
import {
  choiceValue,
  dateValue,
  nameAndEmail,
  nameAndMore,
  setupError,
  textFlag,
  wordList,
} from './setup/setupFlags.js';
import { entityCommand } from './setup/findForEdit.js';
import { writeEntityEdits } from './setup/writeEntityEdits.js';

export const PARTNER_KINDS = ['territory', 'cci', 'cma', 'agency', 'state', 'region', 'funder', 'other'] as const;
export const PARTNER_ROLES = ['signatory', 'member', 'witness', 'observer'] as const;

/**
 * `roadmap edit partner <id>`: a partner's reference data (names, kind, role,
 * dates of joining and leaving, representative, maintainers, contacts), no
 * journal entry. An empty value (`--territory ""`) removes an optional field.
 */
export const run = entityCommand<'edit partner', Partner>(
  ({ args }) => ({ kind: 'partner', id: args[0] ?? '' }),
  async ({ flags: options, io, opened, lang }, found) => {
    const data = found.entity.data;
    const edits: FieldEdit[] = [
      ...fieldChange(['name'], textFlag('--name', options.name, lang, true)),
      ...fieldChange(['short_name'], textFlag('--short-name', options.shortName, lang, true)),
      ...fieldChange(['kind'], choiceValue('--kind', options.kind, PARTNER_KINDS, lang)),
      ...fieldChange(['role'], choiceValue('--role', options.role, PARTNER_ROLES, lang)),
      ...fieldChange(['joined_on'], dateValue('--joined-on', options.joinedOn, lang)),
      ...fieldChange(['left_on'], dateValue('--left-on', options.leftOn, lang)),
      ...fieldChange(['territory'], textFlag('--territory', options.territory, lang)),
      ...representativeEdits(data, options, lang),
      ...fieldChange(['maintainers'], wordList(options.maintainers)),
      ...contactEdits(data, options, lang),
    ];
    if (edits.length === 0) throw setupError(lang, 'edit/nothing', { command: 'edit partner' });
    const edited = editEntity(found.file.bytes, found.file.rel, edits, KEY_ORDERS.partner);
    return writeEntityEdits(io, opened, [{ file: found.file, edited }], options.dryRun);
  },
);

/** `--representative "Name, Title"` replaces the person (and their title); `--salutation` how letters to them open. */
function representativeEdits(data: Partner, options: Flags<'edit partner'>, lang: Lang): FieldEdit[] {
  const edits: FieldEdit[] = [];
  if (options.representative !== undefined) {
    if (textFlag('--representative', options.representative, lang) === '')
      return [{ op: 'delete', path: ['representative'] }];
    const person = nameAndMore('--representative', options.representative, lang)!;
    edits.push(
      { op: 'set', path: ['representative', 'name'], value: person.name },
      ...fieldChange(['representative', 'title'], person.more ?? ''),
    );
  }
  const salutation = textFlag('--salutation', options.salutation, lang);
  if (salutation !== undefined) {
    if (data.representative === undefined && options.representative === undefined && salutation !== '')
      throw setupError(lang, 'edit/salutation-without-representative', { id: data.id });
    edits.push(...fieldChange(['representative', 'salutation'], salutation));
  }
  return edits;
}

/** `--add-contact "Name email[, role]"` and `--remove-contact <email>`, repeatable; removals first, by e-mail. */
function contactEdits(data: Partner, options: Flags<'edit partner'>, lang: Lang): FieldEdit[] {
  const contacts = (data.contacts ?? []).map((contact) => contact.email.toLowerCase());
  const edits: FieldEdit[] = [];
  const removed = options.removeContact.map((occurrence) => occurrence.value.trim().toLowerCase());
  for (const email of removed) {
    const index = contacts.indexOf(email);
    if (index === -1) {
      const guess = closestMatch(email, contacts);
      throw setupError(lang, 'edit/unknown-contact', {
        id: data.id,
        email: echoArgument(email),
        known: contacts.join(', ') || setupMessage('list/none', lang),
        suggestion: guess ? setupMessage('flag/suggestion', lang, { id: guess }) : '',
      });
    }
    // Removed from the end backwards, so the positions of the others stay right.
    contacts[index] = '';
  }
  const positions = contacts.flatMap((email, index) => (email === '' ? [index] : [])).sort((a, b) => b - a);
  for (const index of positions) edits.push({ op: 'remove', path: ['contacts'], index });
  for (const occurrence of options.addContact) {
    const contact = nameAndEmail('--add-contact', occurrence.value, lang, true)!;
    if (contacts.includes(contact.email.toLowerCase()))
      throw setupError(lang, 'edit/contact-exists', { id: data.id, email: contact.email });
    contacts.push(contact.email.toLowerCase());
    edits.push({ op: 'append', path: ['contacts'], item: contact });
  }
  return edits;
}
