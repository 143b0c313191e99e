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
  /** Flags that may be given several times: each value is kept, in order, with its position. */
  repeatable?: readonly OptionName[];
  /** Per-command wording of a shared flag. */
  describe?: Partial<Record<OptionName, string>>;
  load: () => Promise<{ run: CommandRun }>;
}

/** What a group of sub-commands is for (`roadmap meeting --help`). */
export const COMMAND_GROUPS: Readonly<Record<string, string>> = {
  meeting: 'the committee cycle: convocation, attendance sheet, recording, minutes',
};

const COMMON: readonly OptionName[] = ['dir', 'lang', 'debug'];

const MEETING_DOCUMENTS = {
  convene: 'the convocation to the members invited (markdown, HTML, PDF)',
  sheet: 'the attendance sheet to print, one row per invited person (markdown, HTML, PDF)',
  minutes: 'the minutes of a held meeting: attendance, quorum, decisions, actions (markdown, HTML, PDF)',
} as const;

const MEETING_LOADERS = {
  convene: () => import('../commands/meetingConvene.js'),
  sheet: () => import('../commands/meetingSheet.js'),
  minutes: () => import('../commands/meetingMinutes.js'),
} as const;

export const COMMANDS: readonly CommandSpec[] = [
  {
    name: 'validate', summary: 'check the roadmap files (SPEC §4) and point at file:line:col',
    options: [...COMMON, 'asOf', 'strict', 'changedSince'], formats: ['pretty', 'json', 'github', 'gitlab', 'junit', 'markdown', 'sarif'],
    load: () => import('../commands/validate.js'),
  },
  {
    name: 'report', summary: 'progress per axis and per partner as of a date',
    options: [...COMMON, 'asOf', 'by', 'axis', 'partner'], formats: ['table', 'markdown', 'json', 'csv'],
    describe: { by: 'all (default: axes, partners, coverage and indicators), axis, partner or commitment' },
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
    options: [...COMMON, 'asOf', 'meeting', 'out', 'pdf', 'chromium', 'since', 'dryRun'],
    describe: { dryRun: 'list the files it would write and write nothing' },
    load: () => import('../commands/brief.js'),
  },
  ...(['convene', 'sheet', 'minutes'] as const).map((document): CommandSpec => ({
    name: `meeting ${document}`, args: '<meeting>',
    summary: MEETING_DOCUMENTS[document],
    options: [...COMMON, 'asOf', 'out', 'pdf', 'chromium', 'dryRun'],
    describe: { dryRun: 'list the files it would write and write nothing', out: 'output folder (default: briefs/ beside the roadmap folder), one folder per meeting' },
    load: () => MEETING_LOADERS[document](),
  })),
  {
    name: 'remind', summary: 'one reminder per partner that owes something before a meeting (markdown and .eml drafts; never sends mail)',
    options: [...COMMON, 'asOf', 'meeting', 'out', 'dryRun'],
    describe: { dryRun: 'list the files it would write and write nothing', out: 'output folder (default: briefs/ beside the roadmap folder); drafts go to <meeting>/reminders/' },
    load: () => import('../commands/remind.js'),
  },
  {
    name: 'new', args: '<kind>', summary: 'scaffold a commitment, meeting, partner or axis file',
    options: [...COMMON, 'title', 'name', 'shortName', 'kind', 'role', 'joinedOn', 'representative', 'maintainers', 'shortTitle', 'number', 'leads', 'axis', 'lead', 'partners', 'start', 'due', 'date', 'place', 'id', 'dryRun'],
    describe: { axis: 'axis of the new commitment' },
    load: () => import('../commands/new.js'),
  },
  {
    name: 'update', args: '<commitment>', summary: 'edit a commitment in place and append a journal entry',
    options: [...COMMON, 'status', 'progress', 'due', 'decision', 'milestoneDone', 'measure', 'source', 'note', 'on', 'dryRun'],
    // Collected so that a second --decision is refused rather than silently replacing the first.
    repeatable: ['decision'],
    describe: {
      status: 'new status: planned, in_progress, blocked, done or cancelled',
      due: 'new due date (a postponement or an advance), YYYY-MM-DD',
      decision: 'id of the committee decision behind the change, e.g. d-2026-12-01',
      on: 'date of the change, YYYY-MM-DD, never after today (default: today in Europe/Paris)',
    },
    load: () => import('../commands/update.js'),
  },
  {
    name: 'meeting record', args: '<meeting>', summary: 'record a meeting as held: attendance, decisions, actions',
    options: [...COMMON, 'present', 'excused', 'decision', 'action', 'owner', 'due', 'dryRun'],
    repeatable: ['decision', 'action', 'owner', 'due'],
    describe: {
      decision: 'a decision taken (repeatable)',
      action: 'an action decided, followed by its --owner and optional --due (repeatable)',
      owner: 'partner in charge of the --action before it',
      due: 'due date of the --action before it, YYYY-MM-DD',
    },
    load: () => import('../commands/meetingRecord.js'),
  },
  {
    name: 'close', args: '<action-id>', summary: 'close an action in the meeting file where it was decided',
    options: [...COMMON, 'on', 'cancelled', 'note', 'dryRun'],
    describe: {
      on: 'date it was done or cancelled, YYYY-MM-DD, never after today (default: today in Europe/Paris)',
      note: 'what was done, or why it was cancelled',
    },
    load: () => import('../commands/close.js'),
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
    name: 'init', args: '[dir]', summary: 'a new, valid roadmap skeleton for another partnership',
    options: ['lang', 'debug', 'title', 'signedOn', 'language', 'ci', 'install', 'site', 'dryRun'],
    describe: { title: 'title of the agreement (its id is derived from it)' },
    load: () => import('../commands/init.js'),
  },
  {
    name: 'explain', args: '[rule-id]', summary: 'what a validation rule checks, why, with a wrong and a right example (no id: list every rule)',
    options: ['lang', 'debug'],
    load: () => import('../commands/explain.js'),
  },
];
