/**
 * The command table: name, arguments, flags and a lazy loader. Nothing of a
 * command is imported until it runs, so `--help` and `--version` stay fast.
 */
import type { CommandRun } from '../commands/commandInput.js';
import type { Text } from '../i18n/lang.js';
import type { OptionName } from './options.js';

export interface CommandSpec {
  /** `validate`, or `<group> <name>` for a sub-command (`meeting record`). */
  name: string;
  /** commander argument syntax, e.g. '<commitment>' or '<from> [to]'. */
  args?: string;
  summary: Text;
  options: readonly OptionName[];
  /** Accepted --format values, the first being the default. */
  formats?: readonly string[];
  /** Per-command wording of a shared flag. */
  describe?: Partial<Record<OptionName, Text>>;
  load: () => Promise<{ run: CommandRun }>;
}

/** What a group of sub-commands is for (`roadmap meeting --help`). */
export const COMMAND_GROUPS: Readonly<Record<string, Text>> = {
  meeting: { fr: 'le cycle du comité : convocation, feuille d’émargement, relevé, compte rendu', en: 'the committee cycle: convocation, attendance sheet, recording, minutes' },
};

const COMMON: readonly OptionName[] = ['dir', 'lang', 'debug'];

export const COMMANDS: readonly CommandSpec[] = [
  {
    name: 'validate', summary: { fr: 'vérifier les fichiers de la feuille de route et pointer fichier:ligne:colonne', en: 'check the roadmap files and point at file:line:col' },
    options: [...COMMON, 'asOf', 'strict', 'changedSince'], formats: ['pretty', 'json', 'github', 'gitlab', 'junit', 'markdown'],
    load: () => import('../commands/validate.js'),
  },
  {
    name: 'report', summary: { fr: 'avancement par axe et par partenaire à une date', en: 'progress per axis and per partner as of a date' },
    options: [...COMMON, 'asOf', 'by', 'axis', 'partner'], formats: ['table', 'markdown', 'json', 'csv'],
    describe: { by: { fr: 'all (par défaut : axes, partenaires, couverture et indicateurs), axis ou partner', en: 'all (default: axes, partners, coverage and indicators), axis or partner' } },
    load: () => import('../commands/report.js'),
  },
  {
    name: 'actions', summary: { fr: 'les actions décidées, d’une réunion à l’autre', en: 'action items across meetings' },
    options: [...COMMON, 'asOf', 'owner', 'status', 'overdue'], formats: ['table', 'markdown', 'json', 'csv'],
    describe: { status: { fr: 'seulement les actions de ce statut : open (ouverte), done (réalisée) ou cancelled (annulée)', en: 'only actions with this status: open, done or cancelled' } },
    load: () => import('../commands/actions.js'),
  },
  {
    name: 'brief', summary: { fr: 'le dossier du comité (markdown, HTML, PDF)', en: 'the committee briefing pack (markdown, HTML, PDF)' },
    options: [...COMMON, 'asOf', 'meeting', 'out', 'pdf', 'chromium', 'since'],
    load: () => import('../commands/brief.js'),
  },
  {
    name: 'new', args: '<kind>', summary: { fr: 'créer le fichier d’un engagement, d’une réunion ou d’un partenaire', en: 'scaffold a commitment, meeting or partner file' },
    options: [...COMMON, 'title', 'name', 'shortName', 'kind', 'role', 'axis', 'lead', 'partners', 'start', 'due', 'date', 'place', 'id', 'dryRun'],
    describe: { axis: { fr: 'axe du nouvel engagement', en: 'axis of the new commitment' } },
    load: () => import('../commands/new.js'),
  },
  {
    name: 'update', args: '<commitment>', summary: { fr: 'modifier un engagement et ajouter une entrée à son journal', en: 'edit a commitment in place and append a journal entry' },
    options: [...COMMON, 'status', 'progress', 'milestoneDone', 'measure', 'note', 'on', 'dryRun'],
    describe: { status: { fr: 'nouveau statut : planned, in_progress, blocked, done ou cancelled', en: 'new status: planned, in_progress, blocked, done or cancelled' } },
    load: () => import('../commands/update.js'),
  },
  {
    name: 'diff', args: '<from> [to]', summary: { fr: 'ce qui a changé entre deux révisions git, par le sens', en: 'what changed between two git revisions, by meaning' },
    options: [...COMMON, 'asOf'], formats: ['pretty', 'markdown', 'json'],
    load: () => import('../commands/diff.js'),
  },
  {
    name: 'owners', summary: { fr: 'CODEOWNERS tiré des mainteneurs des partenaires ; qui doit approuver un changement', en: 'CODEOWNERS from partners’ maintainers; who must approve a change' },
    options: [...COMMON, 'write', 'changedSince', 'dryRun'], formats: ['text', 'markdown', 'json'],
    load: () => import('../commands/owners.js'),
  },
  {
    name: 'calendar', summary: { fr: 'un fichier iCalendar des réunions, échéances et jalons', en: 'an iCalendar file of meetings, due dates and milestones' },
    options: [...COMMON, 'output', 'dryRun'],
    load: () => import('../commands/calendar.js'),
  },
  {
    name: 'schema', summary: { fr: 'écrire les schémas JSON et les réglages d’éditeur qui les associent aux fichiers', en: 'write the JSON Schemas and the editor settings that bind them' },
    options: [...COMMON, 'out', 'dryRun'],
    load: () => import('../commands/schema.js'),
  },
  {
    name: 'init', args: '<dir>', summary: { fr: 'un squelette de feuille de route, neuf et valide, pour un autre partenariat', en: 'a new, valid roadmap skeleton for another partnership' },
    options: ['lang', 'debug', 'dryRun'],
    load: () => import('../commands/init.js'),
  },
  {
    name: 'explain', args: '[rule-id]', summary: { fr: 'ce que vérifie une règle de validation, pourquoi, avec un exemple faux et un juste (sans identifiant : toutes les règles)', en: 'what a validation rule checks, why, with a wrong and a right example (no id: list every rule)' },
    options: ['lang', 'debug'],
    load: () => import('../commands/explain.js'),
  },
];
