/**
 * The words of `roadmap report` and `roadmap actions`, in French and English.
 * Statuses, health and its reasons are the brief's words, so that a committee
 * reads the same labels in the report and in its briefing pack.
 */
import { EMPTY_WORDS, HEADING_WORDS } from '../../i18n/headingWords.js';
import type { Lang, Text } from '../../i18n/lang.js';
import { messageTable } from '../../i18n/messageTable.js';
import { tableLabels } from '../../i18n/tableLabels.js';
import { YES_NO } from '../../i18n/vocabulary.js';
import { briefWords, type BriefWords } from '../brief/briefWords.js';

/** The report's own columns, shared by its tables by axis, by partner and by commitment. */
const COLUMNS = {
  progress: { fr: 'Avancement (%)', en: 'Progress (%)' },
  unknown: { fr: 'Avancement non renseigné', en: 'Progress not reported' },
  postponed: { fr: 'Engagements reportés', en: 'Postponed commitments' },
  daysMoved: { fr: 'Glissement (jours)', en: 'Slip (days)' },
} as const satisfies Record<string, Text>;

const MESSAGES = {
  heading: { fr: '{title} — situation au {date}', en: '{title} — as of {date}' },
  'scope/axis': { fr: 'Axe : {title}', en: 'Axis: {title}' },
  'scope/partner': { fr: 'Partenaire : {name}', en: 'Partner: {name}' },
  'axes/byStatus': { fr: 'Statut : {status}', en: 'Status: {status}' },
  'axes/reason': { fr: 'Axe {number} — {health} : {reasons}', en: 'Axis {number} — {health}: {reasons}' },
  'partners/stale': { fr: '{partner} — sans nouvelles : {list}', en: '{partner} — no news on: {list}' },
  'partners/lastNews': { fr: '{title} (dernière nouvelle : {date})', en: '{title} (last news: {date})' },
  'coverage/withoutLead': { fr: 'Axes sans pilote : {list}.', en: 'Axes nobody leads: {list}.' },
  'axes/title': { fr: 'Avancement par axe', en: 'Progress by axis' },
  'axes/number': HEADING_WORDS.number,
  'axes/axis': HEADING_WORDS.axis,
  'axes/commitments': HEADING_WORDS.commitments,
  'axes/done': HEADING_WORDS.commitmentsDone,
  'axes/late': HEADING_WORDS.commitmentsLate,
  'axes/lateMilestones': HEADING_WORDS.lateMilestones,
  'axes/progress': COLUMNS.progress,
  'axes/unknown': COLUMNS.unknown,
  'axes/health': HEADING_WORDS.health,
  'axes/postponed': COLUMNS.postponed,
  'axes/daysMoved': COLUMNS.daysMoved,
  'axes/reasonSeparator': { fr: ' ; ', en: '; ' },
  'axes/empty': { fr: 'Aucun axe.', en: 'No axis.' },
  'partners/title': { fr: 'Avancement par partenaire', en: 'Progress by partner' },
  'partners/partner': HEADING_WORDS.partner,
  'partners/led': HEADING_WORDS.commitmentsLed,
  'partners/contributed': { fr: 'Contributions', en: 'Contributions' },
  'partners/late': HEADING_WORDS.commitmentsLate,
  'partners/progress': COLUMNS.progress,
  'partners/unknown': COLUMNS.unknown,
  'partners/openActions': HEADING_WORDS.openActions,
  'partners/overdueActions': HEADING_WORDS.overdueActions,
  'partners/readiness': { fr: 'Avant le comité', en: 'Before the committee' },
  'partners/postponed': COLUMNS.postponed,
  'partners/daysMoved': COLUMNS.daysMoved,
  'partners/empty': { fr: 'Aucun partenaire.', en: 'No partner.' },
  'commitments/title': { fr: 'Avancement par engagement', en: 'Progress by commitment' },
  'commitments/id': HEADING_WORDS.id,
  'commitments/commitment': HEADING_WORDS.commitment,
  'commitments/axis': HEADING_WORDS.axis,
  'commitments/lead': HEADING_WORDS.lead,
  'commitments/status': HEADING_WORDS.status,
  'commitments/progress': COLUMNS.progress,
  'commitments/due': HEADING_WORDS.due,
  'commitments/daysLate': { fr: 'Retard (jours)', en: 'Late (days)' },
  'commitments/originalDue': { fr: 'Échéance initiale', en: 'Original due' },
  'commitments/moves': HEADING_WORDS.moves,
  'commitments/daysMoved': COLUMNS.daysMoved,
  'commitments/empty': EMPTY_WORDS.commitments,
  'coverage/title': { fr: 'Qui pilote et contribue à quoi', en: 'Who leads and contributes to what' },
  'coverage/axis': HEADING_WORDS.axis,
  'coverage/axisLeads': { fr: 'Chefs de file de l’axe', en: 'Axis leads' },
  'coverage/leads': { fr: 'Pilotes d’engagements', en: 'Commitment leads' },
  'coverage/contributors': { fr: 'Contributeurs aux engagements', en: 'Commitment contributors' },
  'coverage/everyAxisLed': { fr: 'Chaque axe a au moins un pilote.', en: 'Every axis has at least one lead.' },
  'indicators/title': HEADING_WORDS.indicators,
  'indicators/commitment': HEADING_WORDS.commitment,
  'indicators/indicator': HEADING_WORDS.indicator,
  'indicators/unit': HEADING_WORDS.unit,
  'indicators/baseline': HEADING_WORDS.baseline,
  'indicators/target': HEADING_WORDS.target,
  'indicators/latest': HEADING_WORDS.latestMeasure,
  'indicators/date': HEADING_WORDS.measuredOn,
  'indicators/attainment': { fr: 'Atteinte (%)', en: 'Attainment (%)' },
  'indicators/expected': { fr: 'Attendu à cette date (%)', en: 'Expected by then (%)' },
  'indicators/empty': EMPTY_WORDS.indicators,
  'actions/title': { fr: 'Actions décidées en réunion', en: 'Actions decided in meetings' },
  'actions/id': HEADING_WORDS.action,
  'actions/text': { fr: 'Intitulé', en: 'Text' },
  'actions/meeting': { fr: 'Réunion du', en: 'Meeting of' },
  'actions/owner': HEADING_WORDS.owner,
  'actions/due': HEADING_WORDS.due,
  'actions/status': HEADING_WORDS.state,
  'actions/closedOn': { fr: 'Soldée le', en: 'Closed on' },
  'actions/overdue': { fr: 'En retard', en: 'Overdue' },
  'actions/yes': YES_NO.yes,
  'actions/no': YES_NO.no,
  'actions/empty': { fr: 'Aucune action ne correspond.', en: 'No action matches.' },
} as const satisfies Record<string, Text>;

type SectionName = 'axes' | 'partners' | 'commitments' | 'coverage' | 'indicators' | 'actions';

const word = messageTable(MESSAGES);
const labels = <Section extends SectionName>(section: Section, lang: Lang) => tableLabels(MESSAGES, section, lang);

function reportOnlyWords(lang: Lang) {
  return {
    heading: (title: string, date: string) => word('heading', lang, { title, date }),
    scope: {
      axis: (title: string) => word('scope/axis', lang, { title }),
      partner: (name: string) => word('scope/partner', lang, { name }),
    },
    axes: {
      ...labels('axes', lang),
      byStatus: (status: string) => word('axes/byStatus', lang, { status }),
      reason: (number: number, health: string, reasons: string) =>
        word('axes/reason', lang, { number, health, reasons }),
    },
    partners: {
      ...labels('partners', lang),
      stale: (partner: string, list: string) => word('partners/stale', lang, { partner, list }),
      lastNews: (title: string, date: string) => word('partners/lastNews', lang, { title, date }),
    },
    commitments: labels('commitments', lang),
    coverage: {
      ...labels('coverage', lang),
      withoutLead: (list: string) => word('coverage/withoutLead', lang, { list }),
    },
    indicators: labels('indicators', lang),
    actions: labels('actions', lang),
  };
}

export type ReportWords = ReturnType<typeof reportOnlyWords> &
  Pick<BriefWords, 'status' | 'actionStatus' | 'health' | 'reasons' | 'readiness' | 'none' | 'progressUnknown'>;

export function reportWords(lang: Lang): ReportWords {
  const { status, actionStatus, health, reasons, readiness, none, progressUnknown } = briefWords(lang);
  return { ...reportOnlyWords(lang), status, actionStatus, health, reasons, readiness, none, progressUnknown };
}
