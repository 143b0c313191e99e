/**
 * The files of a new roadmap (`roadmap init`): a convention, one partner that
 * chairs the committee, one axis it leads, the committee's first meeting
 * (planned), and a CI workflow ready to copy. Every example value is valid,
 * so `roadmap validate` passes right away; the header comment of each file
 * says to replace them.
 */
import { message, type MessageKey, type MessageParams } from '../i18n/editingMessages.js';
import type { Lang } from '../i18n/lang.js';
import { kebabCase } from '../util/kebabCase.js';
import { addDays } from '../util/dates.js';
import { entityFile, type NewFile } from './entityFile.js';

export interface SkeletonOptions {
  lang: Lang;
  today: string;
  /** The roadmap folder as the CI workflow names it, from the repository root. */
  ciDir: string;
  /** templates/init/roadmap.yml, with `{dir}` to fill. */
  workflowTemplate: string;
}

export function skeleton(options: SkeletonOptions): NewFile[] {
  const { lang, today } = options;
  const say = <Key extends MessageKey>(key: Key, ...params: MessageParams<Key>) => message(key, lang, ...params);
  const committee = say('init/committee');
  const meetingDate = addDays(today, 90);
  const partner = kebabCase(say('init/partner-short-name'));
  const files = [
    entityFile('convention', {
      id: kebabCase(say('init/convention-title')),
      title: say('init/convention-title'),
      signed_on: today,
      language: lang,
      committee: { name: committee, chair: partner, cadence_months: 4 },
    }),
    entityFile('partner', {
      id: partner,
      name: say('init/partner-name'),
      short_name: say('init/partner-short-name'),
      kind: 'territory',
      role: 'signatory',
      joined_on: today,
      maintainers: [say('init/maintainers')],
    }),
    entityFile('axis', { id: kebabCase(say('init/axis-short-title')), number: 1, title: say('init/axis-title'), short_title: say('init/axis-short-title'), leads: [partner] }, `\n${say('init/axis-body')}\n`),
    entityFile('meeting', {
      id: `${kebabCase(committee)}-${meetingDate}`,
      date: meetingDate,
      kind: 'committee',
      title: committee,
      status: 'planned',
      chair: partner,
    }, `\n${say('scaffold/meeting-body')}\n`),
  ].map((file) => ({ rel: file.rel, text: withHeader(file, say('init/replace-me')) }));
  files.push({
    rel: '.github/workflows/roadmap.yml',
    text: options.workflowTemplate.replace(/\{dir\}/g, options.ciDir),
  });
  return files;
}

/** A comment on the first line of the YAML, after the `---` of a markdown file. */
function withHeader(file: NewFile, comment: string): string {
  const line = `# ${comment}\n`;
  return file.text.startsWith('---\n') ? `---\n${line}${file.text.slice(4)}` : line + file.text;
}
