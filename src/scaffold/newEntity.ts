/**
 * What `roadmap new commitment|meeting|partner|axis` puts in a new file, from the
 * flags: the fields the schemas require (with the defaults a secretariat would
 * pick), the optional ones given, and an id derived from the title unless
 * `--id` names one. Values are checked by the schema afterwards, with the
 * new file in the roadmap, not here.
 */
import { kebabCase } from '../util/kebabCase.js';
import type { Convention } from '../model/types.js';
import { message } from '../i18n/editingMessages.js';
import type { Lang } from '../i18n/lang.js';

export const NEW_KINDS = ['commitment', 'meeting', 'partner', 'axis'] as const;
export type NewKind = (typeof NEW_KINDS)[number];

export interface NewEntity {
  kind: NewKind;
  data: Record<string, unknown>;
  body: string;
}

/** A required flag that is missing, named as the user types it. */
export interface MissingFlag {
  missing: string;
}

/** The text flags of `roadmap new` the new file is made of, as the command line gave them (the command declares them). */
type NewFlagName =
  | 'title'
  | 'axis'
  | 'lead'
  | 'partners'
  | 'start'
  | 'due'
  | 'date'
  | 'kind'
  | 'place'
  | 'time'
  | 'endTime'
  | 'name'
  | 'shortName'
  | 'role'
  | 'joinedOn'
  | 'representative'
  | 'maintainers'
  | 'shortTitle'
  | 'number'
  | 'leads'
  | 'id';
type Flags = { readonly [Name in NewFlagName]: string | undefined };

/** What the new file depends on in the roadmap it joins. */
export interface NewEntityContext {
  convention: Convention | undefined;
  /** The axis numbers in use: a new axis takes the next one unless --number says otherwise. */
  axisNumbers: readonly number[];
}

export function newEntity(kind: NewKind, flags: Flags, context: NewEntityContext, lang: Lang): NewEntity | MissingFlag {
  switch (kind) {
    case 'commitment':
      return newCommitment(flags, lang);
    case 'meeting':
      return newMeeting(flags, context.convention, lang);
    case 'partner':
      return newPartner(flags);
    case 'axis':
      return newAxis(flags, context.axisNumbers, lang);
  }
}

function newCommitment(flags: Flags, lang: Lang): NewEntity | MissingFlag {
  const title = text(flags.title);
  const missing = firstMissing({ '--title': title, '--axis': flags.axis, '--lead': flags.lead });
  if (missing) return missing;
  return {
    kind: 'commitment',
    data: {
      id: idFrom(flags, title!),
      title,
      axis: flags.axis,
      lead: flags.lead,
      partners: list(flags.partners),
      status: 'planned',
      start: flags.start,
      due: flags.due,
    },
    // The title is in the front matter already; a heading repeating it would show twice in the brief, the site and search.
    body: `\n${message('scaffold/commitment-body', lang)}\n`,
  };
}

/** A committee meeting by default, titled after the committee, chaired by its chair; the id carries the date. */
function newMeeting(flags: Flags, convention: Convention | undefined, lang: Lang): NewEntity | MissingFlag {
  const date = text(flags.date);
  const kind = text(flags.kind) ?? 'committee';
  const title = text(flags.title) ?? (kind === 'committee' ? convention?.committee.name : undefined);
  const missing = firstMissing({ '--date': date, '--title': title });
  if (missing) return missing;
  const derived = kebabCase(title!);
  return {
    kind: 'meeting',
    data: {
      id: idFrom(flags, derived.endsWith(date!) ? derived : `${derived}-${date}`),
      date,
      kind,
      title,
      status: 'planned',
      place: text(flags.place),
      time: text(flags.time),
      end_time: text(flags.endTime),
      chair: kind === 'committee' ? convention?.committee.chair : undefined,
    },
    body: `\n${message('scaffold/meeting-body', lang)}\n`,
  };
}

/** A member of the committee by default; the id comes from the short name, as in `cci-essonne`. */
function newPartner(flags: Flags): NewEntity | MissingFlag {
  const name = text(flags.name) ?? text(flags.title);
  const missing = firstMissing({ '--name': name });
  if (missing) return missing;
  const shortName = text(flags.shortName) ?? name!;
  return {
    kind: 'partner',
    data: {
      id: idFrom(flags, shortName),
      name,
      short_name: shortName,
      kind: text(flags.kind) ?? 'other',
      role: text(flags.role) ?? 'member',
      joined_on: text(flags.joinedOn),
      representative: representative(flags.representative),
      maintainers: list(flags.maintainers),
    },
    body: '',
  };
}

/** Numbered after the last axis unless --number is given; the id comes from the short title, as in `createurs-entreprises`. */
function newAxis(flags: Flags, numbers: readonly number[], lang: Lang): NewEntity | MissingFlag {
  const title = text(flags.title);
  const shortTitle = text(flags.shortTitle);
  const missing = firstMissing({ '--title': title, '--short-title': shortTitle });
  if (missing) return missing;
  return {
    kind: 'axis',
    data: {
      id: idFrom(flags, shortTitle!),
      number: flags.number === undefined ? Math.max(0, ...numbers) + 1 : Number(flags.number),
      title,
      short_title: shortTitle,
      leads: list(flags.leads),
    },
    body: `\n${message('scaffold/axis-body', lang)}\n`,
  };
}

/** `--representative "Jeanne Martin, Présidente"`: the name, then the title after the first comma. */
function representative(value: string | undefined): { name: string; title?: string } | undefined {
  const line = text(value);
  if (line === undefined) return undefined;
  const comma = line.indexOf(',');
  const name = (comma === -1 ? line : line.slice(0, comma)).trim();
  const title = comma === -1 ? '' : line.slice(comma + 1).trim();
  return title === '' ? { name } : { name, title };
}

function idFrom(flags: Flags, title: string): string {
  return text(flags.id) ?? kebabCase(title);
}

/** A flag's text on one line: titles and names never span lines. */
function text(value: string | undefined): string | undefined {
  const line = (value ?? '').replace(/\s+/g, ' ').trim();
  return line === '' ? undefined : line;
}

function list(value: string | undefined): string[] | undefined {
  const items = (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
  return items.length > 0 ? items : undefined;
}

function firstMissing(required: Record<string, unknown>): MissingFlag | undefined {
  const flag = Object.keys(required).find((name) => required[name] === undefined);
  return flag ? { missing: flag } : undefined;
}
