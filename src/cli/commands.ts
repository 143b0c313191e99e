/**
 * The command table: name, arguments, flags and a lazy loader. Nothing of a
 * command is imported until it runs, so `--help` and `--version` stay fast.
 */
import type { CommandRun } from '../commands/commandInput.js';
import type { CommandName } from '../commands/flags/commandFlags.js';
import type { OptionName } from '../commands/flags/options.js';
import type { Text } from '../i18n/lang.js';

/** One command; its flags are declared in commands/flags/commandFlags.ts, under the same name. */
interface OneCommandSpec<Command extends CommandName> {
  /** `validate`, or `<group> <name>` for a sub-command (`meeting record`). */
  name: Command;
  /** commander argument syntax, e.g. '<commitment>' or '<from> [to]'. */
  args?: string;
  summary: Text;
  /** Per-command wording of a shared flag. */
  describe?: Partial<Record<OptionName, Text>>;
  /** Per-command placeholder of a shared flag's value, in English (`--out <file>` where a file is written, not a folder). */
  placeholder?: Partial<Record<OptionName, string>>;
  load: () => Promise<{ run: CommandRun<Command> }>;
}

/** Any command of the table: its name ties its loader to the flags its `run` is typed with. */
export type CommandSpec = { [Command in CommandName]: OneCommandSpec<Command> }[CommandName];

/** What a group of sub-commands is for (`roadmap meeting --help`). */
export const COMMAND_GROUPS: Readonly<Record<string, Text>> = {
  meeting: {
    fr: 'le cycle du comité : convocation, feuille d’émargement, relevé, procès-verbal',
    en: 'the committee cycle: convocation, attendance sheet, recording, minutes',
  },
  edit: {
    fr: 'modifier les données de référence (convention, partenaire, axe, réunion), sans entrée de journal',
    en: 'change reference data (convention, partner, axis, meeting), with no journal entry',
  },
};

/** How the shared flags read when they change an existing entity rather than name a new one. */
const EDIT_WORDS: Partial<Record<OptionName, Text>> = {
  title: { fr: 'nouveau titre', en: 'new title' },
  name: { fr: 'nouveau nom', en: 'new name' },
  shortName: { fr: 'nouveau nom court', en: 'new short name' },
  shortTitle: { fr: 'nouveau titre court', en: 'new short title' },
  kind: { fr: 'nouveau type', en: 'new kind' },
  role: {
    fr: 'nouveau rôle : signatory, member, witness ou observer',
    en: 'new role: signatory, member, witness or observer',
  },
  joinedOn: { fr: 'date d’entrée, AAAA-MM-JJ', en: 'date it joined, YYYY-MM-DD' },
  representative: {
    fr: 'qui représente le partenaire, « Nom, Fonction » (vide : l’effacer)',
    en: 'who represents the partner, "Name, Title" (empty: clear it)',
  },
  maintainers: {
    fr: 'comptes ou équipes de la forge qui approuvent ses fichiers, séparés par des virgules (remplace la liste)',
    en: 'git host handles or teams that approve its files, comma-separated (replaces the list)',
  },
  number: { fr: 'nouveau numéro (libre)', en: 'new number (a free one)' },
  leads: {
    fr: 'partenaires pilotes, séparés par des virgules (remplace la liste)',
    en: 'lead partners, comma-separated (replaces the list)',
  },
  date: { fr: 'nouvelle date, AAAA-MM-JJ', en: 'new date, YYYY-MM-DD' },
  place: { fr: 'lieu (vide : l’effacer)', en: 'place (empty: clear it)' },
  time: { fr: 'heure de début, heure de Paris (HH:MM)', en: 'start time, Paris time (HH:MM)' },
  endTime: { fr: 'heure de fin, heure de Paris (HH:MM)', en: 'end time, Paris time (HH:MM)' },
};

const DRY_RUN_LISTS: Text = {
  fr: 'lister les fichiers qui seraient écrits, sans rien écrire',
  en: 'list the files it would write and write nothing',
};

const WORKBOOK_OUT: Text = {
  fr: 'fichier du classeur avec --format xlsx ou ods (un classeur ne s’affiche jamais dans le terminal)',
  en: 'workbook file with --format xlsx or ods (a workbook is never printed to the terminal)',
};
const WORKBOOK_DRY_RUN: Text = {
  fr: 'dire quel classeur serait écrit, sans rien écrire',
  en: 'say which workbook would be written, and write nothing',
};

const MEETING_DOCUMENTS = {
  convene: {
    fr: 'la convocation des membres invités (markdown, HTML, PDF)',
    en: 'the convocation to the members invited (markdown, HTML, PDF)',
  },
  sheet: {
    fr: 'la feuille d’émargement à imprimer, une ligne par personne invitée (markdown, HTML, PDF)',
    en: 'the attendance sheet to print, one row per invited person (markdown, HTML, PDF)',
  },
  minutes: {
    fr: 'le procès-verbal d’une réunion tenue : présences, quorum, décisions, actions (markdown, HTML, PDF)',
    en: 'the minutes of a held meeting: attendance, quorum, decisions, actions (markdown, HTML, PDF)',
  },
} as const satisfies Record<string, Text>;

const MEETING_LOADERS = {
  convene: () => import('../commands/meetingConvene.js'),
  sheet: () => import('../commands/meetingSheet.js'),
  minutes: () => import('../commands/meetingMinutes.js'),
} as const;

export const COMMANDS: readonly CommandSpec[] = [
  {
    name: 'validate',
    summary: {
      fr: 'vérifier les fichiers de la feuille de route et pointer fichier:ligne:colonne',
      en: 'check the roadmap files and point at file:line:col',
    },
    load: () => import('../commands/validate.js'),
  },
  {
    name: 'report',
    summary: {
      fr: 'avancement par axe et par partenaire à une date',
      en: 'progress per axis and per partner as of a date',
    },
    placeholder: { out: 'file' },
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
    name: 'actions',
    summary: { fr: 'les actions décidées, d’une réunion à l’autre', en: 'action items across meetings' },
    placeholder: { out: 'file' },
    describe: {
      out: WORKBOOK_OUT,
      dryRun: WORKBOOK_DRY_RUN,
      status: {
        fr: 'seulement les actions de ce statut : open (ouverte), done (soldée) ou cancelled (abandonnée)',
        en: 'only actions with this status: open, done or cancelled',
      },
    },
    load: () => import('../commands/actions.js'),
  },
  {
    name: 'brief',
    summary: {
      fr: 'le dossier du comité (markdown, HTML, PDF)',
      en: 'the committee briefing pack (markdown, HTML, PDF)',
    },
    describe: { dryRun: DRY_RUN_LISTS },
    load: () => import('../commands/brief.js'),
  },
  ...(['convene', 'sheet', 'minutes'] as const).map(
    (document) =>
      ({
        name: `meeting ${document}` as const,
        args: '<meeting>',
        summary: MEETING_DOCUMENTS[document],
        describe: {
          dryRun: DRY_RUN_LISTS,
          on: {
            fr: 'date d’envoi de la lettre, AAAA-MM-JJ (par défaut : aujourd’hui à Paris)',
            en: 'date the letter is sent, YYYY-MM-DD (default: today in Europe/Paris)',
          },
          out: {
            fr: 'dossier de sortie (par défaut : briefs/ à côté du dossier de la feuille de route), un dossier par réunion',
            en: 'output folder (default: briefs/ beside the roadmap folder), one folder per meeting',
          },
        },
        load: () => MEETING_LOADERS[document](),
      }) as CommandSpec,
  ),
  {
    name: 'meeting record',
    args: '<meeting>',
    summary: {
      fr: 'enregistrer une réunion tenue : présences, décisions, actions',
      en: 'record a meeting as held: attendance, decisions, actions',
    },
    describe: {
      decision: { fr: 'une décision prise (répétable)', en: 'a decision taken (repeatable)' },
      action: {
        fr: 'une action décidée, suivie de son --owner et, si besoin, de son --due (répétable)',
        en: 'an action decided, followed by its --owner and optional --due (repeatable)',
      },
      owner: {
        fr: 'partenaire responsable de l’--action qui précède',
        en: 'partner in charge of the --action before it',
      },
      due: {
        fr: 'échéance de l’--action qui précède, AAAA-MM-JJ',
        en: 'due date of the --action before it, YYYY-MM-DD',
      },
    },
    load: () => import('../commands/meetingRecord.js'),
  },
  {
    name: 'remind',
    summary: {
      fr: 'une relance par partenaire qui doit une nouvelle avant une réunion (brouillons markdown et .eml ; n’envoie jamais de courriel)',
      en: 'one reminder per partner that owes something before a meeting (markdown and .eml drafts; never sends mail)',
    },
    describe: {
      dryRun: DRY_RUN_LISTS,
      out: {
        fr: 'dossier de sortie (par défaut : briefs/ à côté du dossier de la feuille de route) ; les brouillons vont dans <réunion>/reminders/',
        en: 'output folder (default: briefs/ beside the roadmap folder); drafts go to <meeting>/reminders/',
      },
    },
    load: () => import('../commands/remind.js'),
  },
  {
    name: 'collect',
    summary: {
      fr: 'le classeur que les partenaires remplissent avant un comité : un engagement ouvert par ligne, colonnes à remplir',
      en: 'the workbook partners fill in before a committee: one open commitment per row, columns to fill',
    },
    placeholder: { out: 'file' },
    describe: {
      partner: {
        fr: 'seulement les engagements que ce partenaire pilote (par défaut : tous)',
        en: 'only the commitments this partner leads (default: all)',
      },
      out: {
        fr: 'le classeur à écrire : <fichier.xlsx> ou <fichier.ods>',
        en: 'the workbook to write: <file.xlsx> or <file.ods>',
      },
      asOf: {
        fr: 'valeurs actuelles à cette date, AAAA-MM-JJ (par défaut : aujourd’hui à Paris)',
        en: 'current values as of this date, YYYY-MM-DD (default: today in Europe/Paris)',
      },
      dryRun: WORKBOOK_DRY_RUN,
    },
    load: () => import('../commands/collect.js'),
  },
  {
    name: 'import',
    args: '<file>',
    summary: {
      fr: 'appliquer un classeur rempli (XLSX, ODS ou CSV) comme roadmap update, tout ou rien',
      en: 'apply a filled-in workbook (XLSX, ODS or CSV) as roadmap update would, all or nothing',
    },
    describe: {
      on: {
        fr: 'date des entrées de journal et des mesures importées, AAAA-MM-JJ, jamais après aujourd’hui (par défaut : aujourd’hui à Paris)',
        en: 'date of the imported journal entries and measures, YYYY-MM-DD, never after today (default: today in Europe/Paris)',
      },
    },
    load: () => import('../commands/import.js'),
  },
  {
    name: 'close',
    args: '<action-id>',
    summary: {
      fr: 'clore une action dans le fichier de la réunion qui l’a décidée',
      en: 'close an action in the meeting file where it was decided',
    },
    describe: {
      on: {
        fr: 'date où elle a été soldée ou abandonnée, AAAA-MM-JJ, jamais après aujourd’hui (par défaut : aujourd’hui à Paris)',
        en: 'date it was done or cancelled, YYYY-MM-DD, never after today (default: today in Europe/Paris)',
      },
      note: { fr: 'ce qui a été fait, ou pourquoi elle est abandonnée', en: 'what was done, or why it was cancelled' },
    },
    load: () => import('../commands/close.js'),
  },
  {
    name: 'site',
    summary: {
      fr: 'le site public : tableau de bord, une page par axe, partenaire, engagement et réunion, flux, recherche',
      en: 'the public website: dashboard, one page per axis, partner, commitment and meeting, feed, search',
    },
    describe: {
      out: { fr: 'dossier de sortie (par défaut : public)', en: 'output folder (default: public)' },
      dryRun: DRY_RUN_LISTS,
    },
    load: () => import('../commands/site.js'),
  },
  {
    name: 'export',
    summary: {
      fr: 'la feuille de route en données ouvertes : un paquet de données Frictionless (un CSV par table et datapackage.json)',
      en: 'the roadmap as open data: a Frictionless data package (one CSV per table and datapackage.json)',
    },
    describe: {
      out: {
        fr: 'dossier où écrire le paquet de données (obligatoire)',
        en: 'folder to write the data package to (required)',
      },
      dryRun: DRY_RUN_LISTS,
    },
    load: () => import('../commands/export.js'),
  },
  {
    name: 'portfolio',
    args: '[portfolio.yaml]',
    summary: {
      fr: 'une vue sur de nombreuses conventions : rapport, site et paquet de données, à partir de dossiers, de dépôts git ou de paquets publiés',
      en: 'one view across many conventions: report, site and data package, from folders, git repositories or published packages',
    },
    describe: {
      out: {
        fr: 'dossier où écrire le rapport, le site (site/) et le paquet de données (data/) (obligatoire)',
        en: 'folder to write the report, the site (site/) and the data package (data/) to (required)',
      },
      dryRun: DRY_RUN_LISTS,
    },
    load: () => import('../commands/portfolio.js'),
  },
  {
    name: 'new',
    args: '<kind>',
    summary: {
      fr: 'créer le fichier d’un engagement, d’une réunion, d’un partenaire ou d’un axe',
      en: 'scaffold a commitment, meeting, partner or axis file',
    },
    describe: {
      axis: { fr: 'axe du nouvel engagement', en: 'axis of the new commitment' },
      description: {
        fr: 'description en markdown du nouvel engagement ou du nouvel axe',
        en: 'markdown description of the new commitment or axis',
      },
    },
    load: () => import('../commands/new.js'),
  },
  {
    name: 'update',
    args: '<commitment>',
    summary: {
      fr: 'modifier un engagement et ajouter une entrée à son journal',
      en: 'edit a commitment in place and append a journal entry',
    },
    // `meeting record --decision <text>` records a decision; `update --decision <id>` names one.
    placeholder: { decision: 'id' },
    describe: {
      status: {
        fr: 'nouveau statut : planned, in_progress, blocked, done ou cancelled',
        en: 'new status: planned, in_progress, blocked, done or cancelled',
      },
      due: {
        fr: 'nouvelle échéance (report ou avance), AAAA-MM-JJ',
        en: 'new due date (a postponement or an advance), YYYY-MM-DD',
      },
      decision: {
        fr: 'identifiant de la décision du comité à l’origine du changement, par exemple d-2026-12-01',
        en: 'id of the committee decision behind the change, e.g. d-2026-12-01',
      },
      on: {
        fr: 'date de la modification, AAAA-MM-JJ, jamais après aujourd’hui (par défaut : aujourd’hui à Paris)',
        en: 'date of the change, YYYY-MM-DD, never after today (default: today in Europe/Paris)',
      },
    },
    load: () => import('../commands/update.js'),
  },
  {
    name: 'edit convention',
    summary: {
      fr: 'modifier la convention : titre, lieu, comité, dépôt, secrétariat, logos, devise, tolérance',
      en: 'change the convention: title, place, committee, repository, secretariat, logos, currency, tolerance',
    },
    describe: {
      ...EDIT_WORDS,
      chair: { fr: 'partenaire qui préside le comité', en: 'partner who chairs the committee' },
    },
    load: () => import('../commands/editConvention.js'),
  },
  {
    name: 'edit partner',
    args: '<id>',
    summary: {
      fr: 'modifier un partenaire : noms, rôle, entrée et départ, représentant, mainteneurs, contacts',
      en: 'change a partner: names, role, joining and leaving, representative, maintainers, contacts',
    },
    describe: {
      ...EDIT_WORDS,
      kind: {
        fr: 'nouveau type : territory, cci, cma, agency, state, region, funder ou other',
        en: 'new kind: territory, cci, cma, agency, state, region, funder or other',
      },
    },
    load: () => import('../commands/editPartner.js'),
  },
  {
    name: 'edit axis',
    args: '<id>',
    summary: {
      fr: 'modifier un axe : titres, numéro, pilotes, description',
      en: 'change an axis: titles, number, leads, description',
    },
    describe: EDIT_WORDS,
    load: () => import('../commands/editAxis.js'),
  },
  {
    name: 'edit meeting',
    args: '<id>',
    summary: {
      fr: 'modifier une réunion : titre, date, heure, lieu, présidence, ordre du jour, invités',
      en: 'change a meeting: title, date, time, place, chair, agenda, guests',
    },
    describe: {
      ...EDIT_WORDS,
      kind: {
        fr: 'nouveau type : signature, committee, technical, workshop ou other',
        en: 'new kind: signature, committee, technical, workshop or other',
      },
      chair: {
        fr: 'partenaire qui préside la réunion (vide : l’effacer)',
        en: 'partner who chairs the meeting (empty: clear it)',
      },
    },
    load: () => import('../commands/editMeeting.js'),
  },
  {
    name: 'remove',
    args: '<kind> <id>',
    summary: {
      fr: 'supprimer le fichier d’un partenaire, d’un axe, d’un engagement ou d’une réunion, s’il n’est plus cité nulle part',
      en: 'delete a partner, axis, commitment or meeting file, once nothing refers to it',
    },
    describe: {
      dryRun: {
        fr: 'dire ce qui serait supprimé, sans rien supprimer',
        en: 'say what would be deleted and delete nothing',
      },
    },
    load: () => import('../commands/remove.js'),
  },
  {
    name: 'rename',
    args: '<kind> <old> <new>',
    summary: {
      fr: 'renommer un identifiant : le fichier et chaque référence dans chaque fichier, commentaires gardés',
      en: 'rename an id: the file and every reference in every file, comments kept',
    },
    load: () => import('../commands/rename.js'),
  },
  {
    name: 'guide',
    summary: {
      fr: 'le guide du partenaire écrit à partir des données du jour (--write : docs/guide-partenaire.md)',
      en: "the partner guide written from today's data (--write: docs/partner-guide.md)",
    },
    describe: {
      write: {
        fr: 'écrire le guide dans docs/ à la racine du dépôt au lieu de l’afficher',
        en: "write the guide into docs/ at the repository's top instead of printing it",
      },
    },
    load: () => import('../commands/guide.js'),
  },
  {
    name: 'diff',
    args: '<from> [to]',
    summary: {
      fr: 'ce qui a changé entre deux révisions git, par le sens',
      en: 'what changed between two git revisions, by meaning',
    },
    load: () => import('../commands/diff.js'),
  },
  {
    name: 'owners',
    summary: {
      fr: 'CODEOWNERS tiré des mainteneurs des partenaires ; qui doit approuver un changement',
      en: 'CODEOWNERS from partners’ maintainers; who must approve a change',
    },
    load: () => import('../commands/owners.js'),
  },
  {
    name: 'calendar',
    summary: {
      fr: 'un fichier iCalendar des réunions, échéances et jalons',
      en: 'an iCalendar file of meetings, due dates and milestones',
    },
    load: () => import('../commands/calendar.js'),
  },
  {
    name: 'schema',
    summary: {
      fr: 'écrire les schémas JSON et les réglages d’éditeur qui les associent aux fichiers',
      en: 'write the JSON Schemas and the editor settings that bind them',
    },
    load: () => import('../commands/schema.js'),
  },
  {
    name: 'init',
    args: '[dir]',
    summary: {
      fr: 'préparer le dépôt d’un partenariat : squelette de feuille de route, CI, modèles, guide',
      en: 'set up a partnership’s repository: roadmap skeleton, CI, templates, guide',
    },
    describe: {
      title: {
        fr: 'titre de la convention (son identifiant en est tiré)',
        en: 'title of the agreement (its id is derived from it)',
      },
    },
    load: () => import('../commands/init.js'),
  },
  {
    name: 'explain',
    args: '[rule-id]',
    summary: {
      fr: 'ce que vérifie une règle de validation, pourquoi, avec un exemple faux et un juste (sans identifiant : toutes les règles)',
      en: 'what a validation rule checks, why, with a wrong and a right example (no id: list every rule)',
    },
    load: () => import('../commands/explain.js'),
  },
];
