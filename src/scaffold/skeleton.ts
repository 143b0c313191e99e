/**
 * The files of a new roadmap (`roadmap init`): a convention, one partner that
 * chairs the committee, one axis it leads, one example commitment (with a
 * milestone and an indicator, so the partner guide has a worked example), and
 * the committee's first meeting (planned). Every example value is valid, so
 * `roadmap validate` passes right away; the header comment of each file says
 * to replace them, and the `.md` files carry the modeline that binds their
 * front matter to its schema in an editor.
 */
import { message } from '../i18n/editingMessages.js';
import type { Lang } from '../i18n/lang.js';
import type { EntityKind } from '../model/types.js';
import { LAYOUT } from '../read/layout.js';
import { kebabCase } from '../util/kebabCase.js';
import { addDays } from '../util/dates.js';
import { nextFrenchWorkingDay } from '../util/frenchHolidays.js';
import { modeline } from './editorBinding.js';
import { entityFile, type NewFile } from './entityFile.js';
import { initWord } from './initWords.js';

export interface SkeletonOptions {
  /** The language of the convention and of the example values. */
  lang: Lang;
  today: string;
  title?: string;
  signedOn?: string;
  /** The schemas folder seen from a `.md` entity file, for the modeline; none: no modeline. */
  schemasFromEntity?: string;
}

export function skeleton(options: SkeletonOptions): NewFile[] {
  const { lang, today } = options;
  const say = (key: Parameters<typeof initWord>[0]) => initWord(key, lang);
  const signedOn = options.signedOn ?? today;
  // Dates ahead of both today and the signature: nothing is late, nothing recorded in the future.
  // biome-ignore lint/complexity/useMathMinMax: ISO dates are strings, compared as text; Math.max would give NaN.
  const ahead = signedOn > today ? signedOn : today;
  const title = options.title ?? say('skeleton/convention-title');
  const committee = say('skeleton/committee');
  // The first committee falls on a working day: Monday to Friday, not a French public holiday.
  const meetingDate = nextFrenchWorkingDay(addDays(ahead, 90));
  const partner = kebabCase(say('skeleton/partner-short-name'));
  const axis = kebabCase(say('skeleton/axis-short-title'));
  const files = [
    entityFile('convention', {
      id: kebabCase(title),
      title,
      signed_on: signedOn,
      language: lang,
      committee: { name: committee, chair: partner, cadence_months: 4 },
    }),
    entityFile('partner', {
      id: partner,
      name: say('skeleton/partner-name'),
      short_name: say('skeleton/partner-short-name'),
      kind: 'territory',
      role: 'signatory',
      joined_on: signedOn,
      maintainers: [say('skeleton/maintainers')],
    }),
    entityFile(
      'axis',
      {
        id: axis,
        number: 1,
        title: say('skeleton/axis-title'),
        short_title: say('skeleton/axis-short-title'),
        leads: [partner],
      },
      `\n${message('scaffold/axis-body', lang)}\n`,
    ),
    entityFile(
      'commitment',
      {
        id: kebabCase(say('skeleton/commitment-title')),
        title: say('skeleton/commitment-title'),
        axis,
        lead: partner,
        status: 'planned',
        start: signedOn,
        due: addDays(ahead, 365),
        milestones: [{ title: say('skeleton/milestone'), due: addDays(ahead, 120) }],
        indicators: [
          {
            id: say('skeleton/indicator-id'),
            label: say('skeleton/indicator-label'),
            unit: say('skeleton/indicator-unit'),
            baseline: { value: 0, date: signedOn },
            target: { value: 50, date: addDays(ahead, 365) },
          },
        ],
      },
      `\n${message('scaffold/commitment-body', lang)}\n`,
    ),
    // The signature is the partnership's first fact: recorded held on the day, once that day has come.
    entityFile(
      'meeting',
      {
        id: `${kebabCase(say('skeleton/signature'))}-${signedOn}`,
        date: signedOn,
        kind: 'signature',
        title: say('skeleton/signature-title'),
        status: signedOn <= today ? 'held' : 'planned',
        ...(signedOn <= today ? { attendees: [{ partner, present: true }] } : {}),
      },
      `\n${say(signedOn <= today ? 'skeleton/signature-minutes' : 'skeleton/signature-planned')}\n`,
    ),
    entityFile(
      'meeting',
      {
        id: `${kebabCase(committee)}-${meetingDate}`,
        date: meetingDate,
        kind: 'committee',
        title: committee,
        status: 'planned',
        chair: partner,
      },
      `\n${message('scaffold/meeting-body', lang)}\n`,
    ),
  ];
  return files.map((file) => ({
    rel: file.rel,
    text: withHeader(file, kindOf(file.rel), say('skeleton/replace-me'), options.schemasFromEntity),
  }));
}

function kindOf(rel: string): EntityKind {
  return LAYOUT.find((layout) => layout.folder !== '' && rel.startsWith(`${layout.folder}/`))?.kind ?? 'convention';
}

/** A comment on the first lines of the YAML, after the `---` of a markdown file (with its modeline). */
function withHeader(file: NewFile, kind: EntityKind, comment: string, schemasFromEntity: string | undefined): string {
  if (!file.text.startsWith('---\n')) return `# ${comment}\n${file.text}`;
  const binding = schemasFromEntity === undefined ? '' : `${modeline(kind, schemasFromEntity)}\n`;
  return `---\n${binding}# ${comment}\n${file.text.slice(4)}`;
}
