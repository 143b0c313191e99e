/**
 * The tables of a portfolio's data package: one row per convention, one per
 * axis of each convention, the roll-ups, and the sources that could not be
 * read. Same conventions as tableSpecs.ts (as_of figures, ISO dates, dot
 * decimals, percentages to one decimal).
 */
import type { FieldSpec, FieldType, TableSpec } from './tableSpec.js';

const ID_PATTERN = '[a-z0-9]+(-[a-z0-9]+)*';
const f = (name: string, type: FieldType, fr: string, en: string, extra: Partial<FieldSpec> = {}): FieldSpec => ({
  name,
  type,
  description: { fr, en },
  ...extra,
});
const count = (name: string, fr: string, en: string): FieldSpec =>
  f(name, 'integer', fr, en, { required: true, minimum: 0 });
const progressFields: readonly FieldSpec[] = [
  count('commitments', 'engagements (hors annulés)', 'commitments (cancelled excluded)'),
  count('done', 'engagements réalisés', 'commitments done'),
  count('late', 'engagements en retard', 'late commitments'),
  count('unknown', 'engagements à l’avancement non renseigné', 'commitments whose progress is unknown'),
  f(
    'progress',
    'number',
    'avancement moyen pondéré, en %, arrondi à une décimale',
    'weighted mean progress, in %, rounded to one decimal',
  ),
];
const amount = (name: string, fr: string, en: string): FieldSpec =>
  f(name, 'number', fr, en, { required: true, minimum: 0 });

export const PORTFOLIO_CONVENTIONS: TableSpec = {
  name: 'conventions',
  title: { fr: 'Les conventions', en: 'The conventions' },
  primaryKey: ['id'],
  foreignKeys: [],
  fields: [
    f('id', 'string', 'identifiant dans le portefeuille', 'id in the portfolio', {
      required: true,
      pattern: ID_PATTERN,
    }),
    f('source', 'string', 'd’où viennent ses données', 'where its data comes from', { required: true, text: true }),
    f('ok', 'boolean', 'source lue et valide', 'source read and valid', { required: true }),
    f(
      'convention_id',
      'string',
      'identifiant de la convention dans ses fichiers',
      'id of the convention in its files',
      { pattern: ID_PATTERN },
    ),
    f('title', 'string', 'titre', 'title', { text: true }),
    f('territory', 'string', 'territoire', 'territory', { text: true }),
    f('site', 'string', 'site de la convention', 'the convention’s website', { text: true }),
    ...progressFields.map((field) => ({ ...field, required: false })),
    f('health', 'string', 'santé la plus mauvaise de ses axes', 'worst health of its axes', {
      enum: ['green', 'amber', 'red'],
    }),
    f('last_update', 'date', 'dernier fait daté', 'latest dated fact'),
    f('last_committee', 'date', 'dernier comité tenu', 'latest committee held'),
    f('problem', 'string', 'ce qui empêche de la compter', 'what keeps it from being counted', { text: true }),
  ],
};

export const PORTFOLIO_AXES: TableSpec = {
  name: 'convention_axes',
  title: { fr: 'Les axes de chaque convention', en: 'Each convention’s axes' },
  primaryKey: ['convention', 'axis'],
  foreignKeys: [{ fields: ['convention'], resource: 'conventions', reference: ['id'] }],
  fields: [
    f('convention', 'string', 'convention', 'convention', { required: true, pattern: ID_PATTERN }),
    f('axis', 'string', 'identifiant de l’axe', 'id of the axis', { required: true, pattern: ID_PATTERN }),
    f('number', 'integer', 'numéro', 'number', { required: true, minimum: 1 }),
    f('title', 'string', 'titre', 'title', { required: true, text: true }),
    ...progressFields,
    f('health', 'string', 'santé', 'health', { required: true, enum: ['green', 'amber', 'red'] }),
  ],
};

const rollup = (name: string, key: string, fr: string, en: string, extra: readonly FieldSpec[] = []): TableSpec => ({
  name,
  title: { fr, en },
  primaryKey: [key],
  foreignKeys: [],
  fields: [
    f(key, 'string', fr, en, { required: key !== 'territory', text: true }),
    count('conventions', 'conventions', 'conventions'),
    ...extra,
    ...progressFields,
  ],
});

export const PORTFOLIO_AXIS_TITLES = rollup('axis_titles', 'title', 'Par titre d’axe', 'Per axis title');
export const PORTFOLIO_PARTNER_KINDS = rollup('partner_kinds', 'kind', 'Par nature de partenaire', 'Per partner kind', [
  count('partners', 'partenaires', 'partners'),
]);
export const PORTFOLIO_TERRITORIES: TableSpec = {
  ...rollup('territories', 'territory', 'Par territoire', 'Per territory'),
  primaryKey: [],
};

export const PORTFOLIO_MONEY: TableSpec = {
  name: 'money',
  title: { fr: 'Financements par devise', en: 'Funding per currency' },
  primaryKey: ['currency'],
  foreignKeys: [],
  fields: [
    f('currency', 'string', 'devise (ISO 4217)', 'currency (ISO 4217)', { required: true, pattern: '[A-Z]{3}' }),
    count('conventions', 'conventions', 'conventions'),
    amount('cost', 'coût', 'cost'),
    amount('planned', 'prévu', 'planned'),
    amount('committed', 'engagé', 'committed'),
    amount('paid', 'mandaté', 'paid'),
  ],
};

export const PORTFOLIO_TABLE_SPECS: readonly TableSpec[] = [
  PORTFOLIO_CONVENTIONS,
  PORTFOLIO_AXES,
  PORTFOLIO_AXIS_TITLES,
  PORTFOLIO_PARTNER_KINDS,
  PORTFOLIO_TERRITORIES,
  PORTFOLIO_MONEY,
];
