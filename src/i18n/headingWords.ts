/**
 * The words of headings: how a column, a section or a sheet names the roadmap's
 * things and fields (« Axe », « Échéance », « Dernière mesure »), in French and
 * English, capitalised as a heading says them. The brief, the report, the
 * website, the workbooks, the meeting documents and the diff refer to these, so
 * that one column reads the same everywhere. Words inside a phrase (statuses,
 * roles, « en retard ») are in vocabulary.ts.
 */
import type { Text } from './lang.js';

export const HEADING_WORDS = {
  // The roadmap's things.
  convention: { fr: 'Convention', en: 'Convention' },
  axis: { fr: 'Axe', en: 'Axis' },
  axes: { fr: 'Axes', en: 'Axes' },
  partner: { fr: 'Partenaire', en: 'Partner' },
  partners: { fr: 'Partenaires', en: 'Partners' },
  commitment: { fr: 'Engagement', en: 'Commitment' },
  commitments: { fr: 'Engagements', en: 'Commitments' },
  milestone: { fr: 'Jalon', en: 'Milestone' },
  indicator: { fr: 'Indicateur', en: 'Indicator' },
  indicators: { fr: 'Indicateurs', en: 'Indicators' },
  meetings: { fr: 'Réunions', en: 'Meetings' },
  decision: { fr: 'Décision', en: 'Decision' },
  decisions: { fr: 'Décisions', en: 'Decisions' },
  action: { fr: 'Action', en: 'Action' },
  actions: { fr: 'Actions', en: 'Actions' },

  // Their fields.
  id: { fr: 'Identifiant', en: 'Id' },
  number: { fr: 'N°', en: 'No.' },
  label: { fr: 'Libellé', en: 'Label' },
  date: { fr: 'Date', en: 'Date' },
  place: { fr: 'Lieu', en: 'Place' },
  chair: { fr: 'Présidence', en: 'Chair' },
  agenda: { fr: 'Ordre du jour', en: 'Agenda' },
  territory: { fr: 'Territoire', en: 'Territory' },
  role: { fr: 'Rôle', en: 'Role' },
  /** What kind of thing a row is (a partner's kind, a deadline's). */
  kind: { fr: 'Nature', en: 'Kind' },
  lead: { fr: 'Pilote', en: 'Lead' },
  contributors: { fr: 'Contributeurs', en: 'Contributors' },
  owner: { fr: 'Responsable', en: 'Owner' },
  start: { fr: 'Début', en: 'Start' },
  due: { fr: 'Échéance', en: 'Due' },
  /** A commitment's status. */
  status: { fr: 'Statut', en: 'Status' },
  /** Where an action, a partner's readiness or a meeting stands. */
  state: { fr: 'État', en: 'State' },
  progress: { fr: 'Avancement', en: 'Progress' },
  health: { fr: 'Santé', en: 'Health' },
  /** The reasons given for an axis's health. */
  why: { fr: 'Pourquoi', en: 'Why' },
  /** How many times a due date moved. */
  moves: { fr: 'Reports', en: 'Moves' },
  decidedOn: { fr: 'Décidée le', en: 'Decided on' },
  unit: { fr: 'Unité', en: 'Unit' },
  baseline: { fr: 'Référence', en: 'Baseline' },
  target: { fr: 'Cible', en: 'Target' },
  latestMeasure: { fr: 'Dernière mesure', en: 'Latest measure' },
  measuredOn: { fr: 'Mesurée le', en: 'Measured on' },
  expected: { fr: 'Attendu à cette date', en: 'Expected by then' },
  source: { fr: 'Source', en: 'Source' },
  funding: { fr: 'Financement', en: 'Funding' },
  funder: { fr: 'Financeur', en: 'Funder' },
  /** An amount planned (the money column), not the status « prévu ». */
  plannedAmount: { fr: 'Prévu', en: 'Planned' },
  /** An amount committed (the money column). */
  committedAmount: { fr: 'Engagé', en: 'Committed' },
  /** What a row of changes or deadlines is about. */
  subject: { fr: 'Objet', en: 'Subject' },
  change: { fr: 'Changement', en: 'Change' },

  // Counts of an axis's or a partner's commitments and actions.
  commitmentsDone: { fr: 'Réalisés', en: 'Done' },
  commitmentsLate: { fr: 'En retard', en: 'Late' },
  commitmentsLed: { fr: 'Engagements pilotés', en: 'Commitments led' },
  openActions: { fr: 'Actions ouvertes', en: 'Open actions' },
  overdueActions: { fr: 'Actions en retard', en: 'Overdue actions' },
  lateMilestones: { fr: 'Jalons en retard', en: 'Late milestones' },

  // Sections.
  dashboard: { fr: 'Tableau de bord', en: 'Dashboard' },
  attendanceAndQuorum: { fr: 'Présences et quorum', en: 'Attendance and quorum' },
} as const satisfies Record<string, Text>;

/** What a table or a list says when it has no row. */
export const EMPTY_WORDS = {
  commitments: { fr: 'Aucun engagement.', en: 'No commitment.' },
  indicators: { fr: 'Aucun indicateur.', en: 'No indicator.' },
} as const satisfies Record<string, Text>;
