/**
 * Every word the brief prints, in French and English, in one message table;
 * `briefWords(lang)` hands the renderers that language's labels and sentences.
 */
import type { HealthReasonCode, Health } from '../../derive/types.js';
import { EMPTY_WORDS, HEADING_WORDS } from '../../i18n/headingWords.js';
import type { Lang, Text } from '../../i18n/lang.js';
import { messageTable } from '../../i18n/messageTable.js';
import { tableLabels } from '../../i18n/tableLabels.js';
import type { ActionStatus, CommitmentStatus } from '../../model/types.js';
import {
  ACTION_STATUS_WORDS,
  ATTENDANCE_WORDS,
  capitalised,
  COMMITMENT_STATUS_WORDS,
  HEALTH_WORDS,
  LATE_WORDS,
  pluralCategory,
  PROGRESS_UNKNOWN,
  unknownCount,
  wordsOf,
} from '../../i18n/vocabulary.js';

const MESSAGES = {
  kicker: { fr: 'Dossier de séance', en: 'Committee briefing pack' },
  asOfNote: {
    fr: 'Situation arrêtée au {date}, d’après les fichiers de la feuille de route.',
    en: 'Situation as of {date}, as recorded in the roadmap files.',
  },
  footer: { fr: 'Dossier de séance — {meeting}', en: 'Briefing pack — {meeting}' },
  contents: { fr: 'Sommaire', en: 'Contents' },
  none: { fr: '—', en: '—' },
  listSeparator: { fr: ' ; ', en: '; ' },
  'cover/convention': HEADING_WORDS.convention,
  'cover/committee': { fr: 'Instance', en: 'Committee' },
  'cover/date': HEADING_WORDS.date,
  'cover/place': HEADING_WORDS.place,
  'cover/chair': HEADING_WORDS.chair,
  'cover/asOf': { fr: 'Situation au', en: 'Situation as of' },
  'cover/invited': { fr: 'Membres convoqués', en: 'Members invited' },
  'sections/attendance': HEADING_WORDS.attendanceAndQuorum,
  'sections/agenda': HEADING_WORDS.agenda,
  'sections/dashboard': HEADING_WORDS.dashboard,
  'sections/changes': {
    fr: 'Ce qui a changé depuis la réunion du {date}',
    en: 'What changed since the meeting of {date}',
  },
  'sections/changesFromStart': {
    fr: 'Ce qui a changé depuis le début de la convention',
    en: 'What changed since the convention began',
  },
  'sections/since': { fr: 'Modifications enregistrées depuis le {date}', en: 'Changes recorded since {date}' },
  'sections/sinceUndated': {
    fr: 'Modifications enregistrées depuis la version de référence',
    en: 'Changes recorded since the reference version',
  },
  'sections/actions': { fr: 'Actions ouvertes et en retard', en: 'Open and overdue actions' },
  'sections/late': { fr: 'Engagements en retard', en: 'Late commitments' },
  'sections/postponements': { fr: 'Glissements', en: 'Postponements' },
  'sections/deadlines': { fr: 'Échéances des {days} prochains jours', en: 'Deadlines in the next {days} days' },
  'sections/indicators': HEADING_WORDS.indicators,
  'sections/readiness': { fr: 'Préparation des partenaires', en: 'Partner readiness' },
  'sections/annex': { fr: 'Annexe {letter} — Axe {number} : {title}', en: 'Annex {letter} — Axis {number}: {title}' },
  'attendance/partner': HEADING_WORDS.partner,
  'attendance/rate': { fr: 'Présences', en: 'Attended' },
  'attendance/present': ATTENDANCE_WORDS.present,
  'attendance/absent': ATTENDANCE_WORDS.absent,
  'attendance/unlisted': { fr: '—', en: '—' },
  'attendance/quorum': { fr: 'Quorum', en: 'Quorum' },
  'attendance/quorumCell.reached': { fr: '{present}/{members} atteint', en: '{present}/{members} reached' },
  'attendance/quorumCell.notReached': { fr: '{present}/{members} non atteint', en: '{present}/{members} not reached' },
  'attendance/rule': {
    fr: 'Quorum : plus de la moitié des membres (signataires et membres) présents.',
    en: 'Quorum: more than half of the members (signatories and members) present.',
  },
  'attendance/noMeeting': {
    fr: 'Aucune réunion du comité n’a encore été tenue.',
    en: 'The committee has not met yet.',
  },
  'agenda/number': HEADING_WORDS.number,
  'agenda/item': { fr: '{n}.', en: '{n}.' },
  'agenda/axis': HEADING_WORDS.axis,
  'agenda/commitments': { fr: 'Engagements concernés', en: 'Commitments concerned' },
  'agenda/empty': { fr: 'L’ordre du jour n’est pas encore fixé.', en: 'The agenda is not set yet.' },
  'agenda/approveMinutes': {
    fr: 'Approbation du procès-verbal de la réunion du {date}',
    en: 'Approval of the minutes of the meeting of {date}',
  },
  'agenda/previousDecisions': { fr: 'Décisions de la réunion du {date}', en: 'Decisions of the meeting of {date}' },
  'agenda/noPreviousDecision': {
    fr: 'La réunion du {date} n’a enregistré aucune décision.',
    en: 'The meeting of {date} recorded no decision.',
  },
  'postponements/commitment': HEADING_WORDS.commitment,
  'postponements/lead': HEADING_WORDS.lead,
  'postponements/originalDue': { fr: 'Échéance initiale', en: 'Original due date' },
  'postponements/due': { fr: 'Échéance en vigueur', en: 'Due date in force' },
  'postponements/moves': HEADING_WORDS.moves,
  'postponements/days': { fr: 'Glissement', en: 'Slip' },
  'postponements/decisions': HEADING_WORDS.decisions,
  'postponements/daysValue': { fr: '{days} j', en: '{days} d' },
  'postponements/empty': { fr: 'Aucune échéance n’a été déplacée.', en: 'No due date has moved.' },
  'postponements/total': {
    fr: '{moves} sur {commitments}, {days} jours de glissement au total.',
    en: '{moves} over {commitments}, {days} days of slip in all.',
  },
  'postponements/total.moves.one': { fr: '{n} déplacement d’échéance', en: '{n} due-date move' },
  'postponements/total.moves.other': { fr: '{n} déplacements d’échéance', en: '{n} due-date moves' },
  'postponements/total.commitments.one': { fr: '{n} engagement', en: '{n} commitment' },
  'postponements/total.commitments.other': { fr: '{n} engagements', en: '{n} commitments' },
  'postponements/axis': { fr: '{label} : {moves}, {days} jours', en: '{label}: {moves}, {days} days' },
  'postponements/axis.moves.one': { fr: '{n} déplacement', en: '{n} move' },
  'postponements/axis.moves.other': { fr: '{n} déplacements', en: '{n} moves' },
  'dashboard/axis': HEADING_WORDS.axis,
  'dashboard/progress': HEADING_WORDS.progress,
  'dashboard/health': HEADING_WORDS.health,
  'dashboard/commitments': HEADING_WORDS.commitments,
  'dashboard/done': HEADING_WORDS.commitmentsDone,
  'dashboard/late': HEADING_WORDS.commitmentsLate,
  'dashboard/reasons': HEADING_WORDS.why,
  'dashboard/chartProgress': {
    fr: 'Avancement pondéré des engagements, par axe, coloré selon la santé de l’axe.',
    en: 'Weighted progress of the commitments, per axis, coloured by the axis health.',
  },
  'dashboard/chartStatus': {
    fr: 'Répartition de tous les engagements par statut à la date de situation.',
    en: 'All commitments by status as of the date.',
  },
  'dashboard/summary': {
    fr: '{late} ; {open}, dont {overdue} en retard.',
    en: '{late}; {open}, {overdue} of them overdue.',
  },
  'dashboard/summary.late.one': { fr: '{n} engagement en retard', en: '{n} late commitment' },
  'dashboard/summary.late.other': { fr: '{n} engagements en retard', en: '{n} late commitments' },
  'dashboard/summary.open.one': { fr: '{n} action ouverte', en: '{n} open action' },
  'dashboard/summary.open.other': { fr: '{n} actions ouvertes', en: '{n} open actions' },
  'dashboard/allGood': { fr: 'Aucune alerte.', en: 'No alerts.' },
  'reasons/late-weight': {
    fr: 'engagements en retard pesant {share} de l’axe : {list}',
    en: 'late commitments carrying {share} of the axis: {list}',
  },
  'reasons/blocked-past-due': { fr: 'bloqué et échéance dépassée : {list}', en: 'blocked and past due: {list}' },
  'reasons/late': { fr: 'en retard ({share} de l’axe) : {list}', en: 'late ({share} of the axis): {list}' },
  'reasons/blocked': { fr: 'bloqué : {list}', en: 'blocked: {list}' },
  'reasons/late-milestones': { fr: 'jalons dépassés : {list}', en: 'milestones past due: {list}' },
  'reasons/indicators-behind': {
    fr: 'indicateurs en deçà de la trajectoire : {list}',
    en: 'indicators behind their path: {list}',
  },
  'changes/date': HEADING_WORDS.date,
  'changes/subject': HEADING_WORDS.subject,
  'changes/change': HEADING_WORDS.change,
  'changes/status': { fr: 'Statut : {status}.', en: 'Status: {status}.' },
  'changes/milestone': { fr: 'Jalon atteint : {title}', en: 'Milestone reached: {title}' },
  'changes/measure': { fr: 'Nouvelle mesure « {label} » : {value}', en: 'New measure of “{label}”: {value}' },
  'changes/action': { fr: 'Action {status} : {text}', en: 'Action {status}: {text}' },
  'changes/empty': {
    fr: 'Rien n’a été enregistré dans les fichiers depuis cette réunion.',
    en: 'Nothing was recorded in the files since that meeting.',
  },
  'changes/window': { fr: 'Faits datés du {from} au {to}.', en: 'Facts dated from {from} to {to}.' },
  'actions/action': HEADING_WORDS.action,
  'actions/owner': HEADING_WORDS.owner,
  'actions/due': HEADING_WORDS.due,
  'actions/origin': HEADING_WORDS.decidedOn,
  'actions/state': HEADING_WORDS.state,
  'actions/overdue': LATE_WORDS.action,
  'actions/open': ACTION_STATUS_WORDS.open,
  'actions/empty': { fr: 'Aucune action ouverte.', en: 'No open action.' },
  'actions/carried': {
    fr: 'Les actions restent inscrites de réunion en réunion jusqu’à ce qu’elles soient soldées.',
    en: 'Actions are carried over from meeting to meeting until they are closed.',
  },
  'late/commitment': HEADING_WORDS.commitment,
  'late/axis': HEADING_WORDS.axis,
  'late/lead': HEADING_WORDS.lead,
  'late/due': HEADING_WORDS.due,
  'late/delay': { fr: 'Retard', en: 'Late by' },
  'late/progress': HEADING_WORDS.progress,
  'late/status': HEADING_WORDS.status,
  'late/days': { fr: '{n} j', en: '{n} d' },
  'late/empty': { fr: 'Aucun engagement en retard.', en: 'No late commitment.' },
  'deadlines/date': HEADING_WORDS.date,
  'deadlines/kind': HEADING_WORDS.kind,
  'deadlines/subject': HEADING_WORDS.subject,
  'deadlines/owner': HEADING_WORDS.owner,
  'deadlines/empty': { fr: 'Aucune échéance dans cette période.', en: 'No deadline in this period.' },
  'deadlineKinds/commitment': HEADING_WORDS.commitment,
  'deadlineKinds/milestone': HEADING_WORDS.milestone,
  'deadlineKinds/action': HEADING_WORDS.action,
  'indicators/commitment': HEADING_WORDS.commitment,
  'indicators/baseline': HEADING_WORDS.baseline,
  'indicators/target': HEADING_WORDS.target,
  'indicators/latest': HEADING_WORDS.latestMeasure,
  'indicators/attainment': { fr: 'Atteinte de la cible', en: 'Target attainment' },
  'indicators/expected': HEADING_WORDS.expected,
  'indicators/source': HEADING_WORDS.source,
  'indicators/at': { fr: '{value}\n{date}', en: '{value}\n{date}' },
  'indicators/noMeasure': { fr: 'aucune mesure', en: 'no measure' },
  'indicators/behind': { fr: 'en deçà de la trajectoire', en: 'behind its path' },
  'indicators/chart': { fr: 'Évolution de « {label} » vers sa cible', en: '“{label}” towards its target' },
  'indicators/chartTarget': { fr: 'cible', en: 'target' },
  'indicators/chartBaseline': { fr: 'référence', en: 'baseline' },
  'indicators/chartsLimited': {
    fr: 'Courbes des {shown} indicateurs les plus utiles à la réunion (engagements à l’ordre du jour, puis indicateurs en deçà de leur trajectoire) ; les {total} figurent dans le tableau.',
    en: 'Trends of the {shown} indicators most useful to the meeting (commitments on the agenda, then indicators behind their path); all {total} are in the table.',
  },
  'indicators/empty': EMPTY_WORDS.indicators,
  'readiness/partner': HEADING_WORDS.partner,
  'readiness/state': HEADING_WORDS.state,
  'readiness/stale': { fr: 'Engagements sans nouvelles', en: 'Commitments without news' },
  'readiness/lastReported': { fr: 'Dernière nouvelle', en: 'Last news' },
  'readiness/ready': { fr: 'à jour', en: 'up to date' },
  'readiness/notReady': { fr: 'à relancer', en: 'to chase' },
  'readiness/never': { fr: 'jamais', en: 'never' },
  'readiness/intro': {
    fr: 'Engagements pilotés, ni réalisés ni abandonnés, sans entrée de journal ni mesure depuis la réunion du {date}.',
    en: 'Commitments led, neither done nor cancelled, with no journal entry or measure since the meeting of {date}.',
  },
  'readiness/intro.noMeeting': {
    fr: 'Engagements pilotés, ni réalisés ni abandonnés, qui n’ont encore rien rapporté.',
    en: 'Commitments led, neither done nor cancelled, that have reported nothing yet.',
  },
  'annex/leads': { fr: 'Pilotes de l’axe', en: 'Axis leads' },
  'annex/progress': HEADING_WORDS.progress,
  'annex/health': HEADING_WORDS.health,
  'annex/lead': HEADING_WORDS.lead,
  'annex/partners': HEADING_WORDS.contributors,
  'annex/status': HEADING_WORDS.status,
  'annex/start': HEADING_WORDS.start,
  'annex/due': HEADING_WORDS.due,
  'annex/weight': { fr: 'Poids', en: 'Weight' },
  'annex/milestone': HEADING_WORDS.milestone,
  'annex/milestoneDue': { fr: 'Prévu le', en: 'Due' },
  'annex/milestoneDone': { fr: 'Atteint le', en: 'Reached on' },
  'annex/milestoneLate': LATE_WORDS.milestone,
  'annex/empty': { fr: 'Aucun engagement dans cet axe.', en: 'No commitment in this axis.' },
  'since/subject': HEADING_WORDS.subject,
  'since/change': HEADING_WORDS.change,
  'messages/unknownMeeting': { fr: 'aucune réunion « {id} » dans meetings/', en: 'no meeting "{id}" in meetings/' },
  'messages/unknownMeeting.suggestion': {
    fr: 'aucune réunion « {id} » dans meetings/ ; vouliez-vous dire « {suggestion} » ?',
    en: 'no meeting "{id}" in meetings/; did you mean "{suggestion}"?',
  },
  'messages/noUpcoming': {
    fr: 'aucune réunion prévue (status: planned) le {date} ou après : indiquez-en une avec --meeting <id>',
    en: 'no planned meeting (status: planned) on or after {date}: name one with --meeting <id>',
  },
  'messages/noChromium': {
    fr: '--pdf demande un Chromium installé localement et aucun n’a été trouvé (cherché : {tried}). Installez-en un (Debian/Ubuntu : apt-get install chromium) ou indiquez son chemin avec --chromium <chemin> ou CHROMIUM_PATH',
    en: '--pdf needs a locally installed Chromium and none was found (looked in: {tried}). Install one (Debian/Ubuntu: apt-get install chromium) or give its path with --chromium <path> or CHROMIUM_PATH',
  },
  'messages/namedChromium': {
    fr: '{source} désigne {path}, qui n’est pas un exécutable ; corrigez le chemin ou installez Chromium (Debian/Ubuntu : apt-get install chromium)',
    en: '{source} names {path}, which is not an executable; fix the path or install Chromium (Debian/Ubuntu: apt-get install chromium)',
  },
  'messages/pdfFailed': {
    fr: 'le PDF n’a pas pu être produit par Chromium : {detail}',
    en: 'Chromium could not produce the PDF: {detail}',
  },
} as const satisfies Record<string, Text>;

const word = messageTable(MESSAGES);
const labels = <Group extends string>(group: Group, lang: Lang) => tableLabels(MESSAGES, group, lang);

const plural = pluralCategory;

function wordsIn(lang: Lang) {
  return {
    kicker: word('kicker', lang),
    asOfNote: (date: string) => word('asOfNote', lang, { date }),
    footer: (meeting: string) => word('footer', lang, { meeting }),
    cover: labels('cover', lang),
    contents: word('contents', lang),
    none: word('none', lang),
    listSeparator: word('listSeparator', lang),
    sections: {
      ...labels('sections', lang),
      changes: (date: string) => word('sections/changes', lang, { date }),
      since: (date: string) => word('sections/since', lang, { date }),
      deadlines: (days: number) => word('sections/deadlines', lang, { days }),
      annex: (letter: string, number: number, title: string) => word('sections/annex', lang, { letter, number, title }),
    },
    attendance: {
      ...labels('attendance', lang),
      quorumCell: (present: number, members: number, reached: boolean) =>
        word(reached ? 'attendance/quorumCell.reached' : 'attendance/quorumCell.notReached', lang, {
          present,
          members,
        }),
    },
    agenda: {
      ...labels('agenda', lang),
      item: (n: number) => word('agenda/item', lang, { n }),
      approveMinutes: (date: string) => word('agenda/approveMinutes', lang, { date }),
      previousDecisions: (date: string) => word('agenda/previousDecisions', lang, { date }),
      noPreviousDecision: (date: string) => word('agenda/noPreviousDecision', lang, { date }),
    },
    postponements: {
      ...labels('postponements', lang),
      daysValue: (days: string) => word('postponements/daysValue', lang, { days }),
      total: (moves: number, commitments: number, days: string) =>
        word('postponements/total', lang, {
          moves: word(`postponements/total.moves.${plural(moves, lang)}`, lang, { n: moves }),
          commitments: word(`postponements/total.commitments.${plural(commitments, lang)}`, lang, { n: commitments }),
          days,
        }),
      axis: (label: string, moves: number, days: string) =>
        word('postponements/axis', lang, {
          label,
          moves: word(`postponements/axis.moves.${plural(moves, lang)}`, lang, { n: moves }),
          days,
        }),
    },
    dashboard: {
      ...labels('dashboard', lang),
      summary: (late: number, overdue: number, open: number) =>
        word('dashboard/summary', lang, {
          late: word(`dashboard/summary.late.${plural(late, lang)}`, lang, { n: late }),
          open: word(`dashboard/summary.open.${plural(open, lang)}`, lang, { n: open }),
          overdue,
        }),
    },
    health: wordsOf(HEALTH_WORDS, lang) satisfies Record<Health, string>,
    progressUnknown: PROGRESS_UNKNOWN[lang],
    unknownCount: (n: number) => unknownCount(n, lang),
    reasons: {
      'late-weight': (share: string, list: string) => word('reasons/late-weight', lang, { share, list }),
      'blocked-past-due': (list: string) => word('reasons/blocked-past-due', lang, { list }),
      late: (share: string, list: string) => word('reasons/late', lang, { share, list }),
      blocked: (list: string) => word('reasons/blocked', lang, { list }),
      'late-milestones': (list: string) => word('reasons/late-milestones', lang, { list }),
      'indicators-behind': (list: string) => word('reasons/indicators-behind', lang, { list }),
    } satisfies Record<HealthReasonCode, unknown>,
    status: wordsOf(COMMITMENT_STATUS_WORDS, lang, capitalised) satisfies Record<CommitmentStatus, string>,
    actionStatus: wordsOf(ACTION_STATUS_WORDS, lang) satisfies Record<ActionStatus, string>,
    changes: {
      ...labels('changes', lang),
      status: (status: string) => word('changes/status', lang, { status }),
      milestone: (title: string) => word('changes/milestone', lang, { title }),
      measure: (label: string, value: string) => word('changes/measure', lang, { label, value }),
      action: (status: string, text: string) => word('changes/action', lang, { status, text }),
      window: (from: string, to: string) => word('changes/window', lang, { from, to }),
    },
    actions: labels('actions', lang),
    late: { ...labels('late', lang), days: (n: string) => word('late/days', lang, { n }) },
    deadlines: { ...labels('deadlines', lang), kinds: labels('deadlineKinds', lang) },
    indicators: {
      ...labels('indicators', lang),
      at: (value: string, date: string) => word('indicators/at', lang, { value, date }),
      chart: (label: string) => word('indicators/chart', lang, { label }),
      chartsLimited: (shown: number, total: number) => word('indicators/chartsLimited', lang, { shown, total }),
    },
    readiness: {
      ...labels('readiness', lang),
      intro: (date: string | null) =>
        date ? word('readiness/intro', lang, { date }) : word('readiness/intro.noMeeting', lang),
    },
    annex: labels('annex', lang),
    since: labels('since', lang),
    messages: {
      unknownMeeting: (id: string, suggestion: string | undefined) =>
        suggestion
          ? word('messages/unknownMeeting.suggestion', lang, { id, suggestion })
          : word('messages/unknownMeeting', lang, { id }),
      noUpcoming: (date: string) => word('messages/noUpcoming', lang, { date }),
      noChromium: (tried: string) => word('messages/noChromium', lang, { tried }),
      namedChromium: (path: string, source: string) => word('messages/namedChromium', lang, { path, source }),
      pdfFailed: (detail: string) => word('messages/pdfFailed', lang, { detail }),
    },
  };
}

export type BriefWords = ReturnType<typeof wordsIn>;

const BY_LANG: Record<Lang, BriefWords> = { fr: wordsIn('fr'), en: wordsIn('en') };

export function briefWords(lang: Lang): BriefWords {
  return BY_LANG[lang];
}
