/**
 * The fourteen tables of the open-data export (docs/reference/open-data.md), column by column. Ids are the files' ids;
 * columns prefixed `as_of_` are derived figures as of the export's date
 * (src/derive), the others are the files' own values. Lists of ids are
 * written space-separated (an id never holds a space).
 */
import type { Text } from '../../i18n/lang.js';
import type { FieldSpec, FieldType, TableSpec } from './tableSpec.js';

const ID_PATTERN = '[a-z0-9]+(-[a-z0-9]+)*';
const IDS_PATTERN = `(${ID_PATTERN}( ${ID_PATTERN})*)?`;

const STATUSES = ['planned', 'in_progress', 'blocked', 'done', 'cancelled'] as const;

function field(name: string, type: FieldType, fr: string, en: string, extra: Partial<FieldSpec> = {}): FieldSpec {
  return { name, type, description: { fr, en }, ...extra };
}
const id = (name: string, fr: string, en: string, required = true): FieldSpec =>
  field(name, 'string', fr, en, { pattern: ID_PATTERN, required });
const ids = (name: string, fr: string, en: string): FieldSpec =>
  field(name, 'string', `${fr} (identifiants séparés par des espaces)`, `${en} (space-separated ids)`, {
    pattern: IDS_PATTERN,
  });
const text = (name: string, fr: string, en: string, required = false): FieldSpec =>
  field(name, 'string', fr, en, { text: true, required });
const date = (name: string, fr: string, en: string, required = false): FieldSpec =>
  field(name, 'date', fr, en, { required });
const percent = (name: string, fr: string, en: string): FieldSpec =>
  field(name, 'number', `${fr}, en %, arrondi à une décimale`, `${en}, in %, rounded to one decimal`);
const count = (name: string, fr: string, en: string): FieldSpec =>
  field(name, 'integer', fr, en, { required: true, minimum: 0 });
const amount = (name: string, fr: string, en: string, required = false): FieldSpec =>
  field(name, 'number', `${fr}, dans la devise de la convention`, `${en}, in the convention's currency`, {
    minimum: 0,
    required,
  });
const title = (fr: string, en: string): Text => ({ fr, en });
const fk = (fields: string[], resource: string, reference: string[] = ['id']) => ({ fields, resource, reference });

export const CONVENTION: TableSpec = {
  name: 'convention',
  title: title('La convention', 'The convention'),
  primaryKey: ['id'],
  fields: [
    id('id', 'identifiant de la convention', 'id of the convention'),
    text('title', 'titre', 'title', true),
    date('signed_on', 'date de signature', 'date signed', true),
    text('place', 'lieu de signature', 'place signed'),
    field('language', 'string', 'langue des documents', 'language of the documents', {
      enum: ['fr', 'en'],
      required: true,
    }),
    text('territory', 'territoire', 'territory'),
    date('horizon', 'fin de la période initiale', 'end of the initial period'),
    text('committee_name', 'nom de l’instance de pilotage', 'name of the steering committee', true),
    id('committee_chair', 'partenaire qui préside', 'chairing partner', false),
    field('committee_cadence_months', 'integer', 'périodicité du comité, en mois', 'committee cadence, in months', {
      minimum: 0,
    }),
    text('summary', 'résumé', 'summary'),
    text('repository_url', 'adresse du dépôt git', 'address of the git repository'),
    field('currency', 'string', 'devise des montants (ISO 4217)', 'currency of the amounts (ISO 4217)', {
      pattern: '[A-Z]{3}',
      required: true,
    }),
    date('as_of', 'date de calcul des colonnes as_of_', 'date the as_of_ columns are computed at', true),
    date(
      'as_of_last_update',
      'dernier fait daté (journal, mesure, jalon, action close, réunion)',
      'latest dated fact (journal entry, measure, milestone done, action closed, meeting)',
    ),
    date('as_of_last_committee', 'dernier comité tenu', 'latest committee held'),
  ],
  foreignKeys: [fk(['committee_chair'], 'partners')],
};

export const PARTNERS: TableSpec = {
  name: 'partners',
  title: title('Les partenaires', 'The partners'),
  primaryKey: ['id'],
  fields: [
    id('id', 'identifiant du partenaire', 'id of the partner'),
    text('name', 'nom', 'name', true),
    text('short_name', 'nom court', 'short name', true),
    field('kind', 'string', 'nature', 'kind', {
      enum: ['territory', 'cci', 'cma', 'agency', 'state', 'region', 'funder', 'other'],
      required: true,
    }),
    field('role', 'string', 'rôle dans la convention', 'role in the convention', {
      enum: ['signatory', 'member', 'witness', 'observer'],
      required: true,
    }),
    date('joined_on', 'date d’entrée', 'date joined'),
    date('left_on', 'date de départ', 'date left'),
    text('territory', 'territoire', 'territory'),
    text('representative_name', 'nom du représentant', 'name of the representative'),
    text('representative_title', 'fonction du représentant', 'title of the representative'),
    count('as_of_led', 'engagements pilotés (hors annulés)', 'commitments led (cancelled excluded)'),
    count('as_of_contributed', 'engagements où il contribue', 'commitments contributed to'),
    count('as_of_late', 'engagements pilotés en retard', 'commitments led that are late'),
    percent(
      'as_of_progress',
      'avancement moyen pondéré des engagements pilotés',
      'weighted mean progress of the commitments led',
    ),
    count(
      'as_of_unknown',
      'engagements pilotés à l’avancement non renseigné',
      'commitments led whose progress is unknown',
    ),
    count('as_of_open_actions', 'actions ouvertes', 'open actions'),
    count('as_of_overdue_actions', 'actions en retard', 'overdue actions'),
  ],
  foreignKeys: [],
};

export const AXES: TableSpec = {
  name: 'axes',
  title: title('Les axes stratégiques', 'The strategic axes'),
  primaryKey: ['id'],
  fields: [
    id('id', 'identifiant de l’axe', 'id of the axis'),
    field('number', 'integer', 'numéro (ordre d’affichage)', 'number (display order)', { required: true, minimum: 1 }),
    text('title', 'titre', 'title', true),
    text('short_title', 'titre court', 'short title', true),
    ids('leads', 'partenaires pilotes', 'lead partners'),
    count('as_of_commitments', 'engagements (hors annulés)', 'commitments (cancelled excluded)'),
    count('as_of_done', 'engagements réalisés', 'commitments done'),
    count('as_of_late', 'engagements en retard', 'late commitments'),
    percent('as_of_progress', 'avancement moyen pondéré', 'weighted mean progress'),
    count('as_of_unknown', 'engagements à l’avancement non renseigné', 'commitments whose progress is unknown'),
    field('as_of_health', 'string', 'santé : green (vert), amber (orange), red (rouge)', 'health: green, amber, red', {
      enum: ['green', 'amber', 'red'],
      required: true,
    }),
    count('as_of_late_milestones', 'jalons en retard', 'late milestones'),
    ...STATUSES.map((status) =>
      count(`as_of_status_${status}`, `engagements au statut ${status}`, `commitments whose status is ${status}`),
    ),
  ],
  foreignKeys: [],
};

export const COMMITMENTS: TableSpec = {
  name: 'commitments',
  title: title('Les engagements', 'The commitments'),
  primaryKey: ['id'],
  fields: [
    id('id', 'identifiant de l’engagement', 'id of the commitment'),
    text('title', 'titre', 'title', true),
    id('axis', 'axe', 'axis'),
    id('lead', 'partenaire pilote', 'lead partner'),
    ids('partners', 'partenaires contributeurs', 'contributing partners'),
    field('status', 'string', 'statut inscrit dans le fichier', 'status written in the file', {
      enum: STATUSES,
      required: true,
    }),
    date('start', 'date de début', 'start date'),
    date('due', 'échéance inscrite dans le fichier', 'due date written in the file'),
    field('progress', 'number', 'avancement déclaré, en %', 'declared progress, in %', { minimum: 0, maximum: 100 }),
    field('weight', 'number', 'poids dans les moyennes', 'weight in the means', { required: true }),
    amount('cost', 'coût total prévu', 'total planned cost'),
    field('as_of_status', 'string', 'statut à la date de calcul (journal)', 'status as of the date (journal)', {
      enum: STATUSES,
      required: true,
    }),
    percent(
      'as_of_progress',
      'avancement effectif (vide : non renseigné ou annulé)',
      'effective progress (empty: unknown or cancelled)',
    ),
    date('as_of_due', 'échéance en vigueur à la date de calcul', 'due date in force as of the date'),
    field('as_of_late', 'boolean', 'en retard à la date de calcul', 'late as of the date', { required: true }),
    count('as_of_days_late', 'jours de retard', 'days late'),
    count('as_of_postponements', 'reports et avances d’échéance enregistrés', 'due-date moves recorded'),
    date('as_of_last_reported', 'dernière nouvelle (journal ou mesure)', 'latest news (journal entry or measure)'),
  ],
  foreignKeys: [fk(['axis'], 'axes'), fk(['lead'], 'partners')],
};

export const MILESTONES: TableSpec = {
  name: 'milestones',
  title: title('Les jalons', 'The milestones'),
  primaryKey: ['commitment', 'number'],
  fields: [
    id('commitment', 'engagement', 'commitment'),
    field(
      'number',
      'integer',
      'rang du jalon dans l’engagement (à partir de 1)',
      'position of the milestone in the commitment (from 1)',
      { required: true, minimum: 1 },
    ),
    text('title', 'titre', 'title', true),
    date('due', 'échéance', 'due date'),
    date('done_on', 'date de réalisation', 'date done'),
    field('as_of_late', 'boolean', 'en retard à la date de calcul', 'late as of the date', { required: true }),
  ],
  foreignKeys: [fk(['commitment'], 'commitments')],
};

export const INDICATORS: TableSpec = {
  name: 'indicators',
  title: title('Les indicateurs', 'The indicators'),
  primaryKey: ['commitment', 'id'],
  fields: [
    id('commitment', 'engagement', 'commitment'),
    id('id', 'identifiant de l’indicateur dans l’engagement', 'id of the indicator within the commitment'),
    text('label', 'libellé', 'label', true),
    text('unit', 'unité', 'unit'),
    field('baseline_value', 'number', 'valeur de référence', 'baseline value', { required: true }),
    date('baseline_date', 'date de la valeur de référence', 'date of the baseline', true),
    field('target_value', 'number', 'valeur cible', 'target value', { required: true }),
    date('target_date', 'date de la cible', 'date of the target', true),
    field('as_of_latest_value', 'number', 'dernière mesure', 'latest measure'),
    date('as_of_latest_date', 'date de la dernière mesure', 'date of the latest measure'),
    percent('as_of_attainment', 'atteinte de la cible', 'attainment of the target'),
    field('as_of_behind', 'boolean', 'en deçà de la trajectoire', 'behind its straight line', { required: true }),
  ],
  foreignKeys: [fk(['commitment'], 'commitments')],
};

export const MEASURES: TableSpec = {
  name: 'measures',
  title: title('Les mesures des indicateurs', 'The indicators’ measures'),
  primaryKey: ['commitment', 'indicator', 'number'],
  fields: [
    id('commitment', 'engagement', 'commitment'),
    id('indicator', 'indicateur', 'indicator'),
    field(
      'number',
      'integer',
      'rang de la mesure dans le fichier (à partir de 1)',
      'position of the measure in the file (from 1)',
      { required: true, minimum: 1 },
    ),
    date('date', 'date', 'date', true),
    field('value', 'number', 'valeur', 'value', { required: true }),
    text('source', 'source', 'source'),
  ],
  foreignKeys: [fk(['commitment', 'indicator'], 'indicators', ['commitment', 'id'])],
};

export const MEETINGS: TableSpec = {
  name: 'meetings',
  title: title('Les réunions', 'The meetings'),
  primaryKey: ['id'],
  fields: [
    id('id', 'identifiant de la réunion', 'id of the meeting'),
    date('date', 'date', 'date', true),
    field('kind', 'string', 'nature', 'kind', {
      enum: ['signature', 'committee', 'technical', 'workshop', 'other'],
      required: true,
    }),
    text('title', 'titre', 'title', true),
    field('status', 'string', 'statut', 'status', { enum: ['planned', 'held', 'cancelled'], required: true }),
    text('place', 'lieu', 'place'),
    field('time', 'string', 'heure de début, heure de Paris', 'start time, Paris time', {
      pattern: '[0-2][0-9]:[0-5][0-9]',
    }),
    field('end_time', 'string', 'heure de fin, heure de Paris', 'end time, Paris time', {
      pattern: '[0-2][0-9]:[0-5][0-9]',
    }),
    id('chair', 'partenaire qui préside', 'chairing partner', false),
  ],
  foreignKeys: [fk(['chair'], 'partners')],
};

export const JOURNAL: TableSpec = {
  name: 'journal',
  title: title('Le journal des engagements', 'The commitments’ journal'),
  primaryKey: ['commitment', 'number'],
  fields: [
    id('commitment', 'engagement', 'commitment'),
    field(
      'number',
      'integer',
      'rang de l’entrée dans le journal (à partir de 1)',
      'position of the entry in the journal (from 1)',
      { required: true, minimum: 1 },
    ),
    date('date', 'date', 'date', true),
    text('text', 'texte', 'text', true),
    field('status', 'string', 'changement de statut ce jour-là', 'change of status that day', { enum: STATUSES }),
    date('due', 'nouvelle échéance', 'new due date'),
    date('previous_due', 'échéance remplacée', 'due date replaced'),
    id('decision', 'décision du comité à l’origine', 'committee decision behind it', false),
    field('milestone', 'integer', 'rang du jalon reporté', 'position of the milestone moved', { minimum: 1 }),
  ],
  foreignKeys: [fk(['commitment'], 'commitments'), fk(['decision'], 'decisions')],
};

export const ATTENDANCE: TableSpec = {
  name: 'attendance',
  title: title('Les présences', 'The attendance'),
  primaryKey: ['meeting', 'partner'],
  fields: [
    id('meeting', 'réunion', 'meeting'),
    id('partner', 'partenaire', 'partner'),
    field('present', 'boolean', 'présent', 'present', { required: true }),
    field('excused', 'boolean', 'absent excusé', 'absent with apologies', { required: true }),
  ],
  foreignKeys: [fk(['meeting'], 'meetings'), fk(['partner'], 'partners')],
};

export const DECISIONS: TableSpec = {
  name: 'decisions',
  title: title('Les décisions', 'The decisions'),
  primaryKey: ['id'],
  fields: [
    id('id', 'identifiant de la décision', 'id of the decision'),
    id('meeting', 'réunion', 'meeting'),
    field('number', 'integer', 'numéro dans la réunion', 'number within the meeting', { required: true, minimum: 1 }),
    text('text', 'texte', 'text', true),
    ids('axes', 'axes concernés', 'axes concerned'),
    ids('commitments', 'engagements concernés', 'commitments concerned'),
  ],
  foreignKeys: [fk(['meeting'], 'meetings')],
};

export const ACTIONS: TableSpec = {
  name: 'actions',
  title: title('Les actions', 'The actions'),
  primaryKey: ['id'],
  fields: [
    id('id', 'identifiant de l’action', 'id of the action'),
    id('meeting', 'réunion qui l’a décidée', 'meeting that decided it'),
    text('text', 'texte', 'text', true),
    id('owner', 'partenaire responsable', 'partner in charge'),
    date('due', 'échéance', 'due date'),
    field('status', 'string', 'statut inscrit dans le fichier', 'status written in the file', {
      enum: ['open', 'done', 'cancelled'],
      required: true,
    }),
    date('closed_on', 'date de clôture', 'date closed'),
    id('commitment', 'engagement lié', 'related commitment', false),
    text('note', 'note de clôture', 'closing note'),
    field('as_of_status', 'string', 'statut à la date de calcul', 'status as of the date', {
      enum: ['open', 'done', 'cancelled'],
    }),
    field('as_of_overdue', 'boolean', 'en retard à la date de calcul', 'overdue as of the date'),
  ],
  foreignKeys: [fk(['meeting'], 'meetings'), fk(['owner'], 'partners'), fk(['commitment'], 'commitments')],
};

export const FUNDING: TableSpec = {
  name: 'funding',
  title: title('Le plan de financement', 'The financing plan'),
  primaryKey: ['commitment', 'number'],
  fields: [
    id('commitment', 'engagement', 'commitment'),
    field(
      'number',
      'integer',
      'rang du cofinanceur dans le plan (à partir de 1)',
      'position of the co-funder in the plan (from 1)',
      { required: true, minimum: 1 },
    ),
    id('partner', 'cofinanceur', 'co-funder'),
    amount('planned', 'part prévue', 'planned share', true),
    amount('as_of_committed', 'montant engagé à la date de calcul', 'amount committed as of the date'),
    amount('as_of_paid', 'montant mandaté ou versé à la date de calcul', 'amount paid as of the date'),
  ],
  foreignKeys: [fk(['commitment'], 'commitments'), fk(['partner'], 'partners')],
};

export const FUNDING_ENTRIES: TableSpec = {
  name: 'funding_entries',
  title: title('Les engagements et paiements des cofinanceurs', 'The co-funders’ commitments and payments'),
  primaryKey: ['commitment', 'funder', 'kind', 'number'],
  fields: [
    id('commitment', 'engagement', 'commitment'),
    field(
      'funder',
      'integer',
      'rang du cofinanceur dans le plan (table funding)',
      'position of the co-funder in the plan (table funding)',
      { required: true, minimum: 1 },
    ),
    id('partner', 'cofinanceur', 'co-funder'),
    field('kind', 'string', 'committed (engagé) ou paid (mandaté, versé)', 'committed or paid', {
      enum: ['committed', 'paid'],
      required: true,
    }),
    field('number', 'integer', 'rang dans le fichier (à partir de 1)', 'position in the file (from 1)', {
      required: true,
      minimum: 1,
    }),
    date('date', 'date', 'date', true),
    amount('amount', 'montant', 'amount', true),
    text(
      'ref',
      'référence (délibération, bon de commande, convention financière)',
      'reference (vote, order, financing agreement)',
    ),
  ],
  foreignKeys: [fk(['commitment', 'funder'], 'funding', ['commitment', 'number']), fk(['partner'], 'partners')],
};

/** In the order docs/reference/open-data.md lists them; a table's foreign keys point at tables before or beside it. */
export const TABLE_SPECS: readonly TableSpec[] = [
  CONVENTION,
  PARTNERS,
  AXES,
  COMMITMENTS,
  MILESTONES,
  INDICATORS,
  MEASURES,
  JOURNAL,
  MEETINGS,
  ATTENDANCE,
  DECISIONS,
  ACTIONS,
  FUNDING,
  FUNDING_ENTRIES,
];
