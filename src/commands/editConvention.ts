import { basename, extname, resolve } from 'node:path';
import type { Lang } from '../i18n/lang.js';
import type { Convention } from '../model/types.js';
import { readUserFile } from '../read/readUserFile.js';
import { echoArgument } from '../util/echoArgument.js';
import { kebabCase } from '../util/kebabCase.js';
import { setupMessage } from '../i18n/setupMessages.js';
import { editEntity } from '../edit/editEntity.js';
import { fieldChange, type FieldEdit } from '../edit/fieldEdits.js';
import { KEY_ORDERS } from '../edit/keyOrders.js';
import { EXIT, type Io } from '../io/io.js';
import { refuseInvalid, type OpenedRoadmap } from './opening/openRoadmap.js';
import type { Flags } from './flags/commandFlags.js';
import { writeFiles } from '../write/writeFiles.js';
import { dateValue, intValue, nameAndEmail, numberValue, refValue, setupError, textFlag } from './setup/setupFlags.js';
import { entityCommand } from './setup/findForEdit.js';
import { checkedAfter, plannedEditWrites, type PlannedNewFile } from './setup/writeEntityEdits.js';

/** Logos the documents and the site can show (`logos` in schemas/convention.schema.json), and how large one may be. */
const LOGO_TYPES = ['.png', '.jpg', '.jpeg', '.svg'];
const LOGO_MAX_BYTES = 2 * 1024 * 1024;

/**
 * `roadmap edit convention`: the convention's reference data — title, place,
 * territory, horizon, summary, the committee's chair and cadence, the
 * repository, the secretariat, logos (`--add-logo` copies the image into
 * `assets/`), currency and health tolerance. No journal entry. An empty
 * value removes an optional field.
 */
export const run = entityCommand<'edit convention', Convention>(
  () => ({ kind: 'convention', id: '' }),
  async ({ flags: options, io, opened, lang }, found) => {
    const partners = opened.loaded.known.partner;
    const edits: FieldEdit[] = [
      ...fieldChange(['title'], textFlag('--title', options.title, lang, true)),
      ...fieldChange(['place'], textFlag('--place', options.place, lang)),
      ...fieldChange(['territory'], textFlag('--territory', options.territory, lang)),
      ...fieldChange(['horizon'], dateValue('--horizon', options.horizon, lang)),
      ...fieldChange(['summary'], textFlag('--summary', options.summary, lang)),
      ...fieldChange(
        ['committee', 'chair'],
        options.chair === '' ? '' : refValue('--chair', options.chair, partners, opened.label, lang),
      ),
      ...fieldChange(
        ['committee', 'cadence_months'],
        options.cadence === '' ? '' : intValue('--cadence', options.cadence, 1, 120, lang),
      ),
      ...repositoryEdits(found.entity.data, options, lang),
      ...secretariatEdits(found.entity.data, options, partners, opened.label, lang),
      ...fieldChange(['currency'], currencyValue(options.currency, lang)),
      ...fieldChange(
        ['health', 'tolerance'],
        options.tolerance === undefined ? undefined : toleranceValue(options.tolerance, lang),
      ),
    ];
    const logos = logoEdits(io, found.entity.data, options, lang);
    edits.push(...logos.edits);
    if (edits.length === 0) throw setupError(lang, 'edit/nothing', { command: 'edit convention' });
    const edited = editEntity(found.file.bytes, found.file.rel, edits, KEY_ORDERS.convention);
    return writeWithAssets(io, opened, { file: found.file, edited }, logos.copies, options.dryRun);
  },
);

async function writeWithAssets(
  io: Io,
  opened: OpenedRoadmap,
  edit: Parameters<typeof plannedEditWrites>[1][number],
  copies: readonly PlannedNewFile[],
  dryRun: boolean,
): Promise<number> {
  const writes = plannedEditWrites(opened, [edit]);
  if (await refuseInvalid(io, checkedAfter(opened, [edit], [], [], copies))) return EXIT.invalid;
  writeFiles(
    io,
    opened.lang,
    [
      ...copies.map((copy) => ({
        root: opened.dir,
        rel: copy.rel,
        label: `${opened.label}/${copy.rel}`,
        after: setupMessage('edit/binary', opened.lang, { bytes: copy.bytes.length }),
        bytes: copy.bytes,
        mode: { kind: 'create' as const },
      })),
      ...writes,
    ],
    dryRun,
  );
  return EXIT.ok;
}

function repositoryEdits(data: Convention, options: Flags<'edit convention'>, lang: Lang): FieldEdit[] {
  const url = textFlag('--repository', options.repository, lang);
  const branch = textFlag('--branch', options.branch, lang);
  if (url === '') return [{ op: 'delete', path: ['repository'] }];
  if (url !== undefined && !/^(https?:\/\/|git@)[^\s]+$/.test(url))
    throw setupError(lang, 'edit/bad-url', { flag: '--repository', value: echoArgument(url) });
  if (branch !== undefined && branch !== '' && !/^[\w./-]+$/.test(branch))
    throw setupError(lang, 'edit/bad-branch', { value: echoArgument(branch) });
  if (branch !== undefined && url === undefined && data.repository === undefined)
    throw setupError(lang, 'edit/branch-without-repository');
  return [...fieldChange(['repository', 'url'], url), ...fieldChange(['repository', 'branch'], branch)];
}

/** `--secretariat "<name> <email>"` and its details; `--secretariat ""` removes the whole block. */
function secretariatEdits(
  data: Convention,
  options: Flags<'edit convention'>,
  partners: Iterable<string>,
  folder: string,
  lang: Lang,
): FieldEdit[] {
  if (options.secretariat !== undefined && textFlag('--secretariat', options.secretariat, lang) === '')
    return [{ op: 'delete', path: ['secretariat'] }];
  const who = nameAndEmail('--secretariat', options.secretariat, lang, false);
  const details: FieldEdit[] = [
    ...fieldChange(
      ['secretariat', 'organisation'],
      options.secretariatOrganisation === ''
        ? ''
        : refValue('--secretariat-organisation', options.secretariatOrganisation, partners, folder, lang),
    ),
    ...fieldChange(['secretariat', 'phone'], textFlag('--secretariat-phone', options.secretariatPhone, lang)),
    ...fieldChange(['secretariat', 'address'], textFlag('--secretariat-address', options.secretariatAddress, lang)),
    ...fieldChange(['secretariat', 'city'], textFlag('--secretariat-city', options.secretariatCity, lang)),
  ];
  const existing = (data as { secretariat?: unknown }).secretariat;
  if (who === undefined && existing === undefined && details.length > 0)
    throw setupError(lang, 'edit/secretariat-first');
  return [
    ...(who
      ? [
          { op: 'set' as const, path: ['secretariat', 'name'], value: who.name },
          { op: 'set' as const, path: ['secretariat', 'email'], value: who.email },
        ]
      : []),
    ...details,
  ];
}

function currencyValue(value: string | undefined, lang: Lang): string | undefined {
  const text = textFlag('--currency', value, lang);
  if (text === undefined || text === '') return text;
  if (!/^[A-Za-z]{3}$/.test(text)) throw setupError(lang, 'edit/bad-currency', { value: echoArgument(text) });
  return text.toUpperCase();
}

function toleranceValue(value: string, lang: Lang): number | '' {
  if (value.trim() === '') return '';
  const number = numberValue('--tolerance', value, lang);
  if (number < 0 || number > 100) throw setupError(lang, 'edit/bad-tolerance', { value: echoArgument(value) });
  return number;
}

/** `--add-logo <file>` (copied into assets/, kebab-cased name) and `--remove-logo <file|assets/file>`, repeatable. */
function logoEdits(
  io: Io,
  data: Convention,
  options: Flags<'edit convention'>,
  lang: Lang,
): { edits: FieldEdit[]; copies: PlannedNewFile[] } {
  const logos = [...((data as { logos?: string[] }).logos ?? [])];
  const edits: FieldEdit[] = [];
  for (const occurrence of options.removeLogo) {
    const wanted = occurrence.value.trim();
    const index = logos.findIndex(
      (logo) => logo === wanted || logo === `assets/${wanted}` || basename(logo) === basename(wanted),
    );
    if (index === -1)
      throw setupError(lang, 'edit/unknown-logo', {
        value: echoArgument(wanted),
        known: logos.join(', ') || setupMessage('list/none', lang),
      });
    edits.push({ op: 'remove', path: ['logos'], index });
    logos.splice(index, 1);
  }
  const copies: PlannedNewFile[] = [];
  for (const occurrence of options.addLogo) {
    const source = resolve(io.cwd, occurrence.value);
    const extension = extname(source).toLowerCase();
    if (!LOGO_TYPES.includes(extension))
      throw setupError(lang, 'edit/logo-type', { value: echoArgument(occurrence.value) });
    const read = readUserFile(source, LOGO_MAX_BYTES);
    if (!read.ok)
      throw setupError(lang, read.reason === 'too-large' ? 'edit/logo-too-large' : 'edit/logo-unreadable', {
        value: echoArgument(occurrence.value),
      });
    const rel = `assets/${kebabCase(basename(source, extname(source))) || 'logo'}${extension === '.jpeg' ? '.jpg' : extension}`;
    if (logos.includes(rel)) throw setupError(lang, 'edit/logo-exists', { value: rel });
    logos.push(rel);
    copies.push({ rel, bytes: read.bytes });
    edits.push({ op: 'append', path: ['logos'], item: rel });
  }
  return { edits, copies };
}
