/**
 * Which flags each command takes, declared once: main configures commander
 * from it and hands the command one typed object (`Flags<'report'>`), so a
 * command never reads `Record<string, unknown>` nor coerces a value itself.
 * Absent switches are `false`, absent values `undefined`, an absent
 * repeatable flag an empty list of occurrences, and `--format` one of the
 * command's formats, checked once (the first is the default).
 */
import type { Occurrence } from './occurrences.js';
import { OPTIONS, type OptionName } from './options.js';

interface DeclaredFlags {
  options: readonly OptionName[];
  /** Accepted --format values, the first being the default. */
  formats?: readonly string[];
  /** Flags that may be given several times: each value is kept, in order, with its position. */
  repeatable?: readonly OptionName[];
}

const COMMON = ['dir', 'lang', 'debug'] as const;
const MEETING_DOCUMENT = { options: [...COMMON, 'asOf', 'out', 'pdf', 'docx', 'odt', 'chromium', 'dryRun'] } as const;

export const COMMAND_FLAGS = {
  validate: {
    options: [...COMMON, 'asOf', 'strict', 'changedSince'],
    formats: ['pretty', 'json', 'github', 'gitlab', 'junit', 'markdown', 'sarif'],
  },
  report: {
    options: [...COMMON, 'asOf', 'by', 'axis', 'partner', 'out', 'dryRun'],
    formats: ['table', 'markdown', 'json', 'csv', 'xlsx', 'ods'],
  },
  actions: {
    options: [...COMMON, 'asOf', 'owner', 'status', 'overdue', 'out', 'dryRun'],
    formats: ['table', 'markdown', 'json', 'csv', 'xlsx', 'ods'],
  },
  brief: { options: [...COMMON, 'asOf', 'meeting', 'out', 'pdf', 'docx', 'odt', 'chromium', 'since', 'dryRun'] },
  'meeting convene': {
    options: [...COMMON, 'asOf', 'out', 'pdf', 'docx', 'odt', 'chromium', 'on', 'perMember', 'dryRun'],
  },
  'meeting sheet': MEETING_DOCUMENT,
  'meeting minutes': MEETING_DOCUMENT,
  'meeting record': {
    options: [
      ...COMMON,
      'present',
      'excused',
      'decision',
      'action',
      'owner',
      'due',
      'people',
      'guestPresent',
      'approveMinutes',
      'chairedBy',
      'secretary',
      'minutes',
      'dryRun',
    ],
    repeatable: ['decision', 'action', 'owner', 'due', 'people', 'guestPresent', 'approveMinutes'],
  },
  remind: { options: [...COMMON, 'asOf', 'meeting', 'out', 'dryRun'] },
  collect: { options: [...COMMON, 'asOf', 'partner', 'out', 'dryRun'] },
  import: { options: [...COMMON, 'on', 'dryRun'] },
  close: { options: [...COMMON, 'on', 'cancelled', 'note', 'dryRun'] },
  site: { options: [...COMMON, 'asOf', 'out', 'baseUrl', 'dryRun'] },
  export: { options: [...COMMON, 'asOf', 'out', 'dryRun'], formats: ['datapackage'] },
  portfolio: {
    options: ['lang', 'debug', 'asOf', 'out', 'timeout', 'staleMonths', 'cache', 'dryRun'],
    formats: ['table', 'markdown', 'json', 'csv', 'xlsx', 'ods'],
  },
  new: {
    options: [
      ...COMMON,
      'title',
      'name',
      'shortName',
      'kind',
      'role',
      'joinedOn',
      'representative',
      'maintainers',
      'shortTitle',
      'number',
      'leads',
      'axis',
      'lead',
      'partners',
      'start',
      'due',
      'milestone',
      'description',
      'date',
      'place',
      'time',
      'endTime',
      'agenda',
      'guest',
      'id',
      'cost',
      'funder',
      'dryRun',
    ],
    repeatable: ['milestone', 'agenda', 'guest', 'funder'],
  },
  update: {
    options: [
      ...COMMON,
      'status',
      'progress',
      'due',
      'decision',
      'milestoneDone',
      'measure',
      'source',
      'addMilestone',
      'milestoneDue',
      'addIndicator',
      'label',
      'unit',
      'baseline',
      'target',
      'cost',
      'funder',
      'committed',
      'paid',
      'ref',
      'note',
      'on',
      'dryRun',
    ],
    // Collected so that a second --decision is refused rather than silently replacing the first.
    repeatable: ['decision', 'addMilestone', 'funder', 'committed', 'paid', 'ref'],
  },
  'edit convention': {
    options: [
      ...COMMON,
      'title',
      'place',
      'territory',
      'horizon',
      'summary',
      'chair',
      'cadence',
      'repository',
      'branch',
      'secretariat',
      'secretariatPhone',
      'secretariatAddress',
      'secretariatOrganisation',
      'secretariatCity',
      'addLogo',
      'removeLogo',
      'currency',
      'tolerance',
      'dryRun',
    ],
    repeatable: ['addLogo', 'removeLogo'],
  },
  'edit partner': {
    options: [
      ...COMMON,
      'name',
      'shortName',
      'kind',
      'role',
      'joinedOn',
      'leftOn',
      'territory',
      'representative',
      'salutation',
      'maintainers',
      'addContact',
      'removeContact',
      'dryRun',
    ],
    repeatable: ['addContact', 'removeContact'],
  },
  'edit axis': { options: [...COMMON, 'title', 'shortTitle', 'number', 'leads', 'description', 'dryRun'] },
  'edit meeting': {
    options: [
      ...COMMON,
      'title',
      'date',
      'time',
      'endTime',
      'place',
      'kind',
      'chair',
      'addAgenda',
      'agendaAxis',
      'agendaCommitments',
      'removeAgenda',
      'moveAgenda',
      'addGuest',
      'removeGuest',
      'minutes',
      'dryRun',
    ],
    repeatable: [
      'addAgenda',
      'agendaAxis',
      'agendaCommitments',
      'removeAgenda',
      'moveAgenda',
      'addGuest',
      'removeGuest',
    ],
  },
  remove: { options: [...COMMON, 'dryRun'] },
  rename: { options: [...COMMON, 'dryRun'] },
  guide: { options: [...COMMON, 'write', 'dryRun'] },
  diff: { options: [...COMMON, 'asOf'], formats: ['pretty', 'markdown', 'json'] },
  owners: { options: [...COMMON, 'write', 'changedSince', 'dryRun'], formats: ['text', 'markdown', 'json'] },
  calendar: { options: [...COMMON, 'output', 'dryRun'] },
  schema: { options: [...COMMON, 'out', 'dryRun'] },
  init: { options: ['lang', 'debug', 'title', 'signedOn', 'language', 'ci', 'install', 'site', 'openData', 'dryRun'] },
  explain: { options: ['lang', 'debug'] },
} as const satisfies Record<string, DeclaredFlags>;

export type CommandName = keyof typeof COMMAND_FLAGS;

type Declared<Command extends CommandName> = (typeof COMMAND_FLAGS)[Command];
type Repeated<Command extends CommandName> =
  Declared<Command> extends { repeatable: readonly (infer Name)[] } ? Name : never;
/** `--as-of <date>` takes a value; `--dry-run` is a switch. */
type TakesValue<Name extends OptionName> = (typeof OPTIONS)[Name]['flags'] extends `${string}<${string}>`
  ? true
  : false;
type FlagValue<Command extends CommandName, Name extends OptionName> =
  Name extends Repeated<Command> ? readonly Occurrence[] : TakesValue<Name> extends true ? string | undefined : boolean;

/** The typed flags of one command, as main hands them to it. */
export type Flags<Command extends CommandName> = {
  readonly [Name in Declared<Command>['options'][number]]: FlagValue<Command, Name>;
} & (Declared<Command> extends { formats: readonly (infer Format)[] } ? { readonly format: Format } : unknown);

/** Whether the command line gave the flag: a value, a switch set, or at least one occurrence of a repeatable flag. */
export function isGiven(value: string | boolean | readonly Occurrence[] | undefined): boolean {
  return Array.isArray(value) ? value.length > 0 : value !== undefined && value !== false;
}

/** Whether a flag takes a value (`--out <dir>`) rather than being a switch (`--pdf`). */
export function takesValue(name: OptionName): boolean {
  return OPTIONS[name].flags.includes('<');
}

/** The flags a command declares, for code that walks every command (main, the help). */
export function declaredFlags(command: CommandName): DeclaredFlags {
  return COMMAND_FLAGS[command];
}
