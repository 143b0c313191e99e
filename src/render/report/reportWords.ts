/**
 * The words of `roadmap report` and `roadmap actions`, in French and English.
 * Statuses, health and its reasons are the brief's words, so that a committee
 * reads the same labels in the report and in its briefing pack.
 */
import type { Lang } from '../../i18n/lang.js';
import type { CoverageRole } from '../../derive/types.js';
import { briefWords, type BriefWords } from '../brief/briefWords.js';

const fr = {
  heading: (title: string, date: string) => `${title} — situation au ${date}`,
  scope: { axis: (title: string) => `Axe : ${title}`, partner: (name: string) => `Partenaire : ${name}` },
  axes: {
    title: 'Avancement par axe',
    number: 'N°', axis: 'Axe', commitments: 'Engagements', done: 'Réalisés', late: 'En retard', lateMilestones: 'Jalons en retard',
    progress: 'Avancement (%)', health: 'Santé', byStatus: (status: string) => `Statut : ${status}`,
    postponed: 'Engagements reportés', daysMoved: 'Glissement (jours)',
    reason: (number: number, health: string, reasons: string) => `Axe ${number} — ${health} : ${reasons}`,
    reasonSeparator: ' ; ',
    empty: 'Aucun axe.',
  },
  partners: {
    title: 'Avancement par partenaire',
    partner: 'Partenaire', led: 'Pilote', contributed: 'Contribue', late: 'En retard', progress: 'Avancement (%)',
    openActions: 'Actions ouvertes', overdueActions: 'Actions en retard', readiness: 'Avant le comité',
    postponed: 'Engagements reportés', daysMoved: 'Glissement (jours)',
    stale: (partner: string, list: string) => `${partner} — sans nouvelles : ${list}`,
    lastNews: (title: string, date: string) => `${title} (dernière nouvelle : ${date})`,
    empty: 'Aucun partenaire.',
  },
  commitments: {
    title: 'Avancement par engagement',
    id: 'Identifiant', commitment: 'Engagement', axis: 'Axe', lead: 'Pilote', status: 'Statut', progress: 'Avancement (%)',
    due: 'Échéance', daysLate: 'Retard (jours)', originalDue: 'Échéance initiale', moves: 'Reports', daysMoved: 'Glissement (jours)',
    empty: 'Aucun engagement.',
  },
  coverage: {
    title: 'Qui pilote et contribue à quoi',
    axis: 'Axe', leads: 'Pilotes', contributors: 'Contributeurs',
    withoutLead: (list: string) => `Axes sans pilote : ${list}.`,
    everyAxisLed: 'Chaque axe a au moins un pilote.',
  },
  indicators: {
    title: 'Indicateurs',
    commitment: 'Engagement', indicator: 'Indicateur', unit: 'Unité', baseline: 'Référence', target: 'Cible',
    latest: 'Dernière mesure', date: 'Mesurée le', attainment: 'Atteinte (%)', expected: 'Attendu à cette date (%)',
    empty: 'Aucun indicateur.',
  },
  actions: {
    title: 'Actions décidées en réunion',
    id: 'Action', text: 'Intitulé', meeting: 'Réunion du', owner: 'Responsable', due: 'Échéance', status: 'État',
    closedOn: 'Soldée le', overdue: 'En retard', yes: 'oui', no: 'non',
    empty: 'Aucune action ne correspond.',
  },
  roles: { lead: 'pilote', contributor: 'contributeur' } satisfies Record<CoverageRole, string>,
  usage: {
    unknown: (flag: string, id: string, folder: string, suggestion: string | undefined) =>
      `${flag} : aucun identifiant « ${id} » dans ${folder}/${suggestion ? ` ; vouliez-vous dire « ${suggestion} » ?` : ''}`,
    choice: (flag: string, value: string, choices: string) => `${flag} doit valoir ${choices}, pas « ${value} »`,
  },
};

type ReportOnlyWords = typeof fr;

const en: ReportOnlyWords = {
  heading: (title: string, date: string) => `${title} — as of ${date}`,
  scope: { axis: (title: string) => `Axis: ${title}`, partner: (name: string) => `Partner: ${name}` },
  axes: {
    title: 'Progress by axis',
    number: 'No.', axis: 'Axis', commitments: 'Commitments', done: 'Done', late: 'Late', lateMilestones: 'Late milestones',
    progress: 'Progress (%)', health: 'Health', byStatus: (status: string) => `Status: ${status}`,
    postponed: 'Postponed commitments', daysMoved: 'Slip (days)',
    reason: (number: number, health: string, reasons: string) => `Axis ${number} — ${health}: ${reasons}`,
    reasonSeparator: '; ',
    empty: 'No axis.',
  },
  partners: {
    title: 'Progress by partner',
    partner: 'Partner', led: 'Leads', contributed: 'Contributes', late: 'Late', progress: 'Progress (%)',
    openActions: 'Open actions', overdueActions: 'Overdue actions', readiness: 'Before the committee',
    postponed: 'Postponed commitments', daysMoved: 'Slip (days)',
    stale: (partner: string, list: string) => `${partner} — no news on: ${list}`,
    lastNews: (title: string, date: string) => `${title} (last news: ${date})`,
    empty: 'No partner.',
  },
  commitments: {
    title: 'Progress by commitment',
    id: 'Id', commitment: 'Commitment', axis: 'Axis', lead: 'Lead', status: 'Status', progress: 'Progress (%)',
    due: 'Due', daysLate: 'Late (days)', originalDue: 'Original due', moves: 'Moves', daysMoved: 'Slip (days)',
    empty: 'No commitment.',
  },
  coverage: {
    title: 'Who leads and contributes to what',
    axis: 'Axis', leads: 'Leads', contributors: 'Contributors',
    withoutLead: (list: string) => `Axes nobody leads: ${list}.`,
    everyAxisLed: 'Every axis has at least one lead.',
  },
  indicators: {
    title: 'Indicators',
    commitment: 'Commitment', indicator: 'Indicator', unit: 'Unit', baseline: 'Baseline', target: 'Target',
    latest: 'Latest measure', date: 'Measured on', attainment: 'Attainment (%)', expected: 'Expected by then (%)',
    empty: 'No indicator.',
  },
  actions: {
    title: 'Actions decided in meetings',
    id: 'Action', text: 'Text', meeting: 'Meeting of', owner: 'Owner', due: 'Due', status: 'State',
    closedOn: 'Closed on', overdue: 'Overdue', yes: 'yes', no: 'no',
    empty: 'No action matches.',
  },
  roles: { lead: 'lead', contributor: 'contributor' },
  usage: {
    unknown: (flag: string, id: string, folder: string, suggestion: string | undefined) =>
      `${flag}: no id "${id}" in ${folder}/${suggestion ? `; did you mean "${suggestion}"?` : ''}`,
    choice: (flag: string, value: string, choices: string) => `${flag} must be ${choices}, not "${value}"`,
  },
};

export type ReportWords = ReportOnlyWords & Pick<BriefWords, 'status' | 'actionStatus' | 'health' | 'reasons' | 'readiness' | 'none'>;

export function reportWords(lang: Lang): ReportWords {
  const { status, actionStatus, health, reasons, readiness, none } = briefWords(lang);
  return { ...(lang === 'fr' ? fr : en), status, actionStatus, health, reasons, readiness, none };
}
