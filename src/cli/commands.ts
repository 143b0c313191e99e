/**
 * The command table: name, arguments, flags and a lazy loader. Nothing of a
 * command is imported until it runs, so `--help` and `--version` stay fast.
 */
import type { CommandRun } from '../commands/commandInput.js';
import type { OptionName } from './options.js';

export interface CommandSpec {
  /** `validate`, or `<group> <name>` for a sub-command (`meeting record`). */
  name: string;
  /** commander argument syntax, e.g. '<commitment>' or '<from> [to]'. */
  args?: string;
  summary: string;
  options: readonly OptionName[];
  /** Accepted --format values, the first being the default. */
  formats?: readonly string[];
  /** Per-command wording of a shared flag. */
  describe?: Partial<Record<OptionName, string>>;
  load: () => Promise<{ run: CommandRun }>;
}

/** What a group of sub-commands is for (`roadmap meeting --help`). */
export const COMMAND_GROUPS: Readonly<Record<string, string>> = {
  meeting: 'the committee cycle: convocation, attendance sheet, recording, minutes',
};

const COMMON: readonly OptionName[] = ['dir', 'lang', 'debug'];

export const COMMANDS: readonly CommandSpec[] = [
  {
    name: 'validate', summary: 'check the roadmap files (SPEC §4) and point at file:line:col',
    options: [...COMMON, 'asOf', 'strict', 'changedSince'], formats: ['pretty', 'json', 'github', 'gitlab', 'junit', 'markdown'],
    load: () => import('../commands/validate.js'),
  },
  {
    name: 'report', summary: 'progress per axis and per partner as of a date',
    options: [...COMMON, 'asOf', 'by', 'axis', 'partner'], formats: ['table', 'markdown', 'json', 'csv'],
    describe: { by: 'all (default: axes, partners, coverage and indicators), axis or partner' },
    load: () => import('../commands/report.js'),
  },
  {
    name: 'actions', summary: 'action items across meetings',
    options: [...COMMON, 'asOf', 'owner', 'status', 'overdue'], formats: ['table', 'markdown', 'json', 'csv'],
    describe: { status: 'only actions with this status: open, done or cancelled' },
    load: () => import('../commands/actions.js'),
  },
  {
    name: 'brief', summary: 'the committee briefing pack (markdown, HTML, PDF)',
    options: [...COMMON, 'asOf', 'meeting', 'out', 'pdf', 'chromium', 'since'],
    load: () => import('../commands/brief.js'),
  },
  {
    name: 'site', summary: 'the public website: dashboard, one page per axis, partner, commitment and meeting, feed, search',
    options: [...COMMON, 'asOf', 'out', 'baseUrl', 'dryRun'],
    describe: { out: 'output folder (default: public)', dryRun: 'list the files it would write and write nothing' },
    load: () => import('../commands/site.js'),
  },
  {
    name: 'new', args: '<kind>', summary: 'scaffold a commitment, meeting or partner file',
    options: [...COMMON, 'title', 'name', 'shortName', 'kind', 'role', 'axis', 'lead', 'partners', 'start', 'due', 'date', 'place', 'id', 'dryRun'],
    describe: { axis: 'axis of the new commitment' },
    load: () => import('../commands/new.js'),
  },
  {
    name: 'update', args: '<commitment>', summary: 'edit a commitment in place and append a journal entry',
    options: [...COMMON, 'status', 'progress', 'milestoneDone', 'measure', 'note', 'on', 'dryRun'],
    describe: { status: 'new status: planned, in_progress, blocked, done or cancelled' },
    load: () => import('../commands/update.js'),
  },
  {
    name: 'diff', args: '<from> [to]', summary: 'what changed between two git revisions, by meaning',
    options: [...COMMON, 'asOf'], formats: ['pretty', 'markdown', 'json'],
    load: () => import('../commands/diff.js'),
  },
  {
    name: 'owners', summary: 'CODEOWNERS from partners\' maintainers; who must approve a change',
    options: [...COMMON, 'write', 'changedSince', 'dryRun'], formats: ['text', 'markdown', 'json'],
    load: () => import('../commands/owners.js'),
  },
  {
    name: 'calendar', summary: 'an iCalendar file of meetings, due dates and milestones',
    options: [...COMMON, 'output', 'dryRun'],
    load: () => import('../commands/calendar.js'),
  },
  {
    name: 'schema', summary: 'write the JSON Schemas and the editor settings that bind them',
    options: [...COMMON, 'out', 'dryRun'],
    load: () => import('../commands/schema.js'),
  },
  {
    name: 'init', args: '<dir>', summary: 'a new, valid roadmap skeleton for another partnership',
    options: ['lang', 'debug', 'dryRun'],
    load: () => import('../commands/init.js'),
  },
  {
    name: 'explain', args: '[rule-id]', summary: 'what a validation rule checks, why, with a wrong and a right example (no id: list every rule)',
    options: ['lang', 'debug'],
    load: () => import('../commands/explain.js'),
  },
];
