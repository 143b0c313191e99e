/** The name of every field a diff can report, in French and English, by its path within the entity. */
import type { Lang, Text } from '../../i18n/lang.js';

const FIELD_LABELS = {
  // Convention
  signed_on: { fr: 'date de signature', en: 'signing date' },
  place: { fr: 'lieu', en: 'place' },
  language: { fr: 'langue', en: 'language' },
  territory: { fr: 'territoire', en: 'territory' },
  horizon: { fr: 'horizon', en: 'horizon' },
  'committee.name': { fr: 'nom du comité', en: 'committee name' },
  'committee.chair': { fr: 'présidence du comité', en: 'committee chair' },
  'committee.cadence_months': { fr: 'cadence du comité (mois)', en: 'committee cadence (months)' },
  summary: { fr: 'résumé', en: 'summary' },
  'repository.url': { fr: 'adresse du dépôt', en: 'repository address' },
  'repository.branch': { fr: 'branche du dépôt', en: 'repository branch' },
  // Shared
  title: { fr: 'titre', en: 'title' },
  name: { fr: 'nom', en: 'name' },
  kind: { fr: 'type', en: 'kind' },
  status: { fr: 'statut', en: 'status' },
  // Partners
  short_name: { fr: 'nom court', en: 'short name' },
  role: { fr: 'rôle', en: 'role' },
  joined_on: { fr: 'date d’adhésion', en: 'joining date' },
  left_on: { fr: 'date de départ', en: 'leaving date' },
  'representative.name': { fr: 'représentant', en: 'representative' },
  'representative.title': { fr: 'fonction du représentant', en: 'representative’s title' },
  maintainers: { fr: 'mainteneurs', en: 'maintainers' },
  contacts: { fr: 'contacts', en: 'contacts' },
  'contacts.name': { fr: 'nom du contact', en: 'contact name' },
  'contacts.email': { fr: 'courriel du contact', en: 'contact e-mail' },
  'contacts.role': { fr: 'fonction du contact', en: 'contact role' },
  // Axes
  number: { fr: 'numéro', en: 'number' },
  short_title: { fr: 'titre court', en: 'short title' },
  leads: { fr: 'chefs de file', en: 'leads' },
  // Commitments
  axis: { fr: 'axe', en: 'axis' },
  lead: { fr: 'pilote', en: 'lead' },
  partners: { fr: 'contributeurs', en: 'contributors' },
  start: { fr: 'début', en: 'start' },
  due: { fr: 'échéance', en: 'due date' },
  progress: { fr: 'avancement déclaré', en: 'declared progress' },
  weight: { fr: 'poids', en: 'weight' },
  milestones: { fr: 'jalons', en: 'milestones' },
  'milestones.title': { fr: 'titre du jalon', en: 'milestone title' },
  'milestones.due': { fr: 'échéance du jalon', en: 'milestone due date' },
  'milestones.done_on': { fr: 'date de réalisation du jalon', en: 'milestone done date' },
  indicators: { fr: 'indicateurs', en: 'indicators' },
  'indicators.label': { fr: 'libellé de l’indicateur', en: 'indicator label' },
  'indicators.unit': { fr: 'unité de l’indicateur', en: 'indicator unit' },
  'indicators.baseline.value': { fr: 'valeur de référence', en: 'baseline value' },
  'indicators.baseline.date': { fr: 'date de référence', en: 'baseline date' },
  'indicators.target.value': { fr: 'valeur cible', en: 'target value' },
  'indicators.target.date': { fr: 'date cible', en: 'target date' },
  'indicators.measures': { fr: 'mesures', en: 'measures' },
  'indicators.measures.value': { fr: 'valeur mesurée', en: 'measured value' },
  'indicators.measures.source': { fr: 'source de la mesure', en: 'measure source' },
  updates: { fr: 'journal', en: 'journal' },
  'updates.text': { fr: 'texte du journal', en: 'journal text' },
  'updates.status': { fr: 'statut au journal', en: 'journal status' },
  'updates.due': { fr: 'nouvelle échéance au journal', en: 'journal new due date' },
  'updates.previous_due': { fr: 'échéance remplacée au journal', en: 'journal replaced due date' },
  'updates.decision': { fr: 'décision au journal', en: 'journal decision' },
  // Meetings
  date: { fr: 'date', en: 'date' },
  time: { fr: 'heure de début', en: 'start time' },
  end_time: { fr: 'heure de fin', en: 'end time' },
  chair: { fr: 'présidence', en: 'chair' },
  attendees: { fr: 'participants', en: 'attendees' },
  'attendees.people': { fr: 'personnes présentes', en: 'people' },
  'attendees.present': { fr: 'présence', en: 'presence' },
  'attendees.excused': { fr: 'excusé', en: 'excused' },
  guests: { fr: 'invités', en: 'guests' },
  'guests.organisation': { fr: 'organisme de l’invité', en: 'guest organisation' },
  agenda: { fr: 'ordre du jour', en: 'agenda' },
  'agenda.axis': { fr: 'axe du point à l’ordre du jour', en: 'agenda item axis' },
  'agenda.commitments': { fr: 'engagements du point à l’ordre du jour', en: 'agenda item commitments' },
  decisions: { fr: 'décisions', en: 'decisions' },
  'decisions.text': { fr: 'texte de la décision', en: 'decision text' },
  'decisions.axes': { fr: 'axes de la décision', en: 'decision axes' },
  'decisions.commitments': { fr: 'engagements de la décision', en: 'decision commitments' },
  actions: { fr: 'actions', en: 'actions' },
  'actions.text': { fr: 'texte de l’action', en: 'action text' },
  'actions.owner': { fr: 'responsable de l’action', en: 'action owner' },
  'actions.due': { fr: 'échéance de l’action', en: 'action due date' },
  'actions.status': { fr: 'statut de l’action', en: 'action status' },
  'actions.closed_on': { fr: 'date de clôture de l’action', en: 'action closing date' },
  'actions.commitment': { fr: 'engagement de l’action', en: 'action commitment' },
} satisfies Record<string, Text>;

/** A field's name for people; a field this table does not know yet is shown by its path. */
export function fieldLabel(field: string, lang: Lang): string {
  return (FIELD_LABELS as Record<string, Text>)[field]?.[lang] ?? field;
}

/** The paths the table names, for the test that checks every schema field has a label. */
export const LABELLED_FIELDS: readonly string[] = Object.keys(FIELD_LABELS);
