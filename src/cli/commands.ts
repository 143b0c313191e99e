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
  /** Flags that may be given several times: each value is kept, in order, with its position. */
  repeatable?: readonly OptionName[];
  /** Per-command wording of a shared flag. */
  describe?: Partial<Record<OptionName, Text>>;
  load: () => Promise<{ run: CommandRun }>;
}

/** What a group of sub-commands is for (`roadmap meeting --help`). */
export const COMMAND_GROUPS: Readonly<Record<string, Text>> = {
  meeting: { fr: 'le cycle du comité : convocation, feuille d’émargement, relevé, procès-verbal', en: 'the committee cycle: convocation, attendance sheet, recording, minutes' },
};

const COMMON: readonly OptionName[] = ['dir', 'lang', 'debug'];

const DRY_RUN_LISTS: Text = { fr: 'lister les fichiers qui seraient écrits, sans rien écrire', en: 'list the files it would write and write nothing' };

const WORKBOOK_OUT: Text = { fr: 'fichier du classeur avec --format xlsx ou ods (un classeur ne s’affiche jamais dans le terminal)', en: 'workbook file with --format xlsx or ods (a workbook is never printed to the terminal)' };
const WORKBOOK_DRY_RUN: Text = { fr: 'dire quel classeur serait écrit, sans rien écrire', en: 'say which workbook would be written, and write nothing' };

const MEETING_DOCUMENTS = {
  convene: { fr: 'la convocation des membres invités (markdown, HTML, PDF)', en: 'the convocation to the members invited (markdown, HTML, PDF)' },
  sheet: { fr: 'la feuille d’émargement à imprimer, une ligne par personne invitée (markdown, HTML, PDF)', en: 'the attendance sheet to print, one row per invited person (markdown, HTML, PDF)' },
  minutes: { fr: 'le procès-verbal d’une réunion tenue : présences, quorum, décisions, actions (markdown, HTML, PDF)', en: 'the minutes of a held meeting: attendance, quorum, decisions, actions (markdown, HTML, PDF)' },
} as const satisfies Record<string, Text>;

const MEETING_LOADERS = {
  convene: () => import('../commands/meetingConvene.js'),
  sheet: () => import('../commands/meetingSheet.js'),
  minutes: () => import('../commands/meetingMinutes.js'),
} as const;

export const COMMANDS: readonly CommandSpec[] = [
  {
    name: 'validate', summary: { fr: 'vérifier les fichiers de la feuille de route et pointer fichier:ligne:colonne', en: 'check the roadmap files and point at file:line:col' },
    options: [...COMMON, 'asOf', 'strict', 'changedSince'], formats: ['pretty', 'json', 'github', 'gitlab', 'junit', 'markdown', 'sarif'],
    load: () => import('../commands/validate.js'),
  },
  {
    name: 'report', summary: { fr: 'avancement par axe et par partenaire à une date', en: 'progress per axis and per partner as of a date' },
    options: [...COMMON, 'asOf', 'by', 'axis', 'partner', 'out', 'dryRun'], formats: ['table', 'markdown', 'json', 'csv', 'xlsx', 'ods'],
    describe: {
      out: WORKBOOK_OUT,
      dryRun: WORKBOOK_DRY_RUN,
      by: {
        fr: 'all (par défaut : axes, partenaires, couverture et indicateurs), axis, partner, indicator, commitment ou funding (plan de financement : prévu, engagé, payé)',
        en: 'all (default: axes, partners, coverage and indicators), axis, partner, indicator, commitment or funding (financing plan: planned, committed, paid)',
      },
    },
    load: () => import('../commands/report.js'),
  },
  {
    name: 'actions', summary: { fr: 'les actions décidées, d’une réunion à l’autre', en: 'action items across meetings' },
    options: [...COMMON, 'asOf', 'owner', 'status', 'overdue', 'out', 'dryRun'], formats: ['table', 'markdown', 'json', 'csv', 'xlsx', 'ods'],
    describe: { out: WORKBOOK_OUT, dryRun: WORKBOOK_DRY_RUN, status: { fr: 'seulement les actions de ce statut : open (ouverte), done (réalisée) ou cancelled (annulée)', en: 'only actions with this status: open, done or cancelled' } },
    load: () => import('../commands/actions.js'),
  },
  {
    name: 'brief', summary: { fr: 'le dossier du comité (markdown, HTML, PDF)', en: 'the committee briefing pack (markdown, HTML, PDF)' },
    options: [...COMMON, 'asOf', 'meeting', 'out', 'pdf', 'docx', 'odt', 'chromium', 'since', 'dryRun'],
    describe: { dryRun: DRY_RUN_LISTS },
    load: () => import('../commands/brief.js'),
  },
  ...(['convene', 'sheet', 'minutes'] as const).map((document): CommandSpec => ({
    name: `meeting ${document}`, args: '<meeting>',
    summary: MEETING_DOCUMENTS[document],
    options: [...COMMON, 'asOf', 'out', 'pdf', 'docx', 'odt', 'chromium', ...(document === 'convene' ? (['on', 'perMember'] as const) : []), 'dryRun'],
    describe: {
      dryRun: DRY_RUN_LISTS,
      on: { fr: 'date d’envoi de la lettre, AAAA-MM-JJ (par défaut : aujourd’hui à Paris)', en: 'date the letter is sent, YYYY-MM-DD (default: today in Europe/Paris)' },
      out: { fr: 'dossier de sortie (par défaut : briefs/ à côté du dossier de la feuille de route), un dossier par réunion', en: 'output folder (default: briefs/ beside the roadmap folder), one folder per meeting' },
    },
    load: () => MEETING_LOADERS[document](),
  })),
  {
    name: 'meeting record', args: '<meeting>', summary: { fr: 'enregistrer une réunion tenue : présences, décisions, actions', en: 'record a meeting as held: attendance, decisions, actions' },
    options: [...COMMON, 'present', 'excused', 'decision', 'action', 'owner', 'due', 'dryRun'],
    repeatable: ['decision', 'action', 'owner', 'due'],
    describe: {
      decision: { fr: 'une décision prise (répétable)', en: 'a decision taken (repeatable)' },
      action: { fr: 'une action décidée, suivie de son --owner et, si besoin, de son --due (répétable)', en: 'an action decided, followed by its --owner and optional --due (repeatable)' },
      owner: { fr: 'partenaire responsable de l’--action qui précède', en: 'partner in charge of the --action before it' },
      due: { fr: 'échéance de l’--action qui précède, AAAA-MM-JJ', en: 'due date of the --action before it, YYYY-MM-DD' },
    },
    load: () => import('../commands/meetingRecord.js'),
  },
  {
    name: 'remind', summary: { fr: 'une relance par partenaire qui doit une nouvelle avant une réunion (brouillons markdown et .eml ; n’envoie jamais de courriel)', en: 'one reminder per partner that owes something before a meeting (markdown and .eml drafts; never sends mail)' },
    options: [...COMMON, 'asOf', 'meeting', 'out', 'dryRun'],
    describe: {
      dryRun: DRY_RUN_LISTS,
      out: { fr: 'dossier de sortie (par défaut : briefs/ à côté du dossier de la feuille de route) ; les brouillons vont dans <réunion>/reminders/', en: 'output folder (default: briefs/ beside the roadmap folder); drafts go to <meeting>/reminders/' },
    },
    load: () => import('../commands/remind.js'),
  },
  {
    name: 'collect', summary: { fr: 'le classeur que les partenaires remplissent avant un comité : un engagement ouvert par ligne, colonnes à remplir', en: 'the workbook partners fill in before a committee: one open commitment per row, columns to fill' },
    options: [...COMMON, 'asOf', 'partner', 'out', 'dryRun'],
    describe: {
      partner: { fr: 'seulement les engagements que ce partenaire pilote (par défaut : tous)', en: 'only the commitments this partner leads (default: all)' },
      out: { fr: 'le classeur à écrire : <fichier.xlsx> ou <fichier.ods>', en: 'the workbook to write: <file.xlsx> or <file.ods>' },
      asOf: { fr: 'valeurs actuelles à cette date, AAAA-MM-JJ (par défaut : aujourd’hui à Paris)', en: 'current values as of this date, YYYY-MM-DD (default: today in Europe/Paris)' },
      dryRun: WORKBOOK_DRY_RUN,
    },
    load: () => import('../commands/collect.js'),
  },
  {
    name: 'import', args: '<file>', summary: { fr: 'appliquer un classeur rempli (XLSX, ODS ou CSV) comme roadmap update, tout ou rien', en: 'apply a filled-in workbook (XLSX, ODS or CSV) as roadmap update would, all or nothing' },
    options: [...COMMON, 'on', 'dryRun'],
    describe: {
      on: { fr: 'date des entrées de journal et des mesures importées, AAAA-MM-JJ, jamais après aujourd’hui (par défaut : aujourd’hui à Paris)', en: 'date of the imported journal entries and measures, YYYY-MM-DD, never after today (default: today in Europe/Paris)' },
    },
    load: () => import('../commands/import.js'),
  },
  {
    name: 'close', args: '<action-id>', summary: { fr: 'clore une action dans le fichier de la réunion qui l’a décidée', en: 'close an action in the meeting file where it was decided' },
    options: [...COMMON, 'on', 'cancelled', 'note', 'dryRun'],
    describe: {
      on: { fr: 'date où elle a été réalisée ou annulée, AAAA-MM-JJ, jamais après aujourd’hui (par défaut : aujourd’hui à Paris)', en: 'date it was done or cancelled, YYYY-MM-DD, never after today (default: today in Europe/Paris)' },
      note: { fr: 'ce qui a été fait, ou pourquoi elle est annulée', en: 'what was done, or why it was cancelled' },
    },
    load: () => import('../commands/close.js'),
  },
  {
    name: 'site', summary: { fr: 'le site public : tableau de bord, une page par axe, partenaire, engagement et réunion, flux, recherche', en: 'the public website: dashboard, one page per axis, partner, commitment and meeting, feed, search' },
    options: [...COMMON, 'asOf', 'out', 'baseUrl', 'dryRun'],
    describe: { out: { fr: 'dossier de sortie (par défaut : public)', en: 'output folder (default: public)' }, dryRun: DRY_RUN_LISTS },
    load: () => import('../commands/site.js'),
  },
  {
    name: 'new', args: '<kind>', summary: { fr: 'créer le fichier d’un engagement, d’une réunion, d’un partenaire ou d’un axe', en: 'scaffold a commitment, meeting, partner or axis file' },
    options: [...COMMON, 'title', 'name', 'shortName', 'kind', 'role', 'joinedOn', 'representative', 'maintainers', 'shortTitle', 'number', 'leads', 'axis', 'lead', 'partners', 'start', 'due', 'date', 'place', 'time', 'endTime', 'id', 'cost', 'funder', 'dryRun'],
    repeatable: ['funder'],
    describe: { axis: { fr: 'axe du nouvel engagement', en: 'axis of the new commitment' } },
    load: () => import('../commands/new.js'),
  },
  {
    name: 'update', args: '<commitment>', summary: { fr: 'modifier un engagement et ajouter une entrée à son journal', en: 'edit a commitment in place and append a journal entry' },
    options: [...COMMON, 'status', 'progress', 'due', 'decision', 'milestoneDone', 'measure', 'source', 'cost', 'funder', 'committed', 'paid', 'ref', 'note', 'on', 'dryRun'],
    // Collected so that a second --decision is refused rather than silently replacing the first.
    repeatable: ['decision', 'funder', 'committed', 'paid', 'ref'],
    describe: {
      status: { fr: 'nouveau statut : planned, in_progress, blocked, done ou cancelled', en: 'new status: planned, in_progress, blocked, done or cancelled' },
      due: { fr: 'nouvelle échéance (report ou avance), AAAA-MM-JJ', en: 'new due date (a postponement or an advance), YYYY-MM-DD' },
      decision: { fr: 'identifiant de la décision du comité à l’origine du changement, par exemple d-2026-12-01', en: 'id of the committee decision behind the change, e.g. d-2026-12-01' },
      on: { fr: 'date de la modification, AAAA-MM-JJ, jamais après aujourd’hui (par défaut : aujourd’hui à Paris)', en: 'date of the change, YYYY-MM-DD, never after today (default: today in Europe/Paris)' },
    },
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
    name: 'init', args: '[dir]', summary: { fr: 'préparer le dépôt d’un partenariat : squelette de feuille de route, CI, modèles, guide', en: 'set up a partnership’s repository: roadmap skeleton, CI, templates, guide' },
    options: ['lang', 'debug', 'title', 'signedOn', 'language', 'ci', 'install', 'site', 'dryRun'],
    describe: { title: { fr: 'titre de la convention (son identifiant en est tiré)', en: 'title of the agreement (its id is derived from it)' } },
    load: () => import('../commands/init.js'),
  },
  {
    name: 'explain', args: '[rule-id]', summary: { fr: 'ce que vérifie une règle de validation, pourquoi, avec un exemple faux et un juste (sans identifiant : toutes les règles)', en: 'what a validation rule checks, why, with a wrong and a right example (no id: list every rule)' },
    options: ['lang', 'debug'],
    load: () => import('../commands/explain.js'),
  },
];
