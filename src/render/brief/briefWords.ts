/**
 * Every word the brief prints, in French and English, in one place. The
 * English table has the French one's type, so a missing translation does not
 * compile.
 */
import type { HealthReasonCode, Health } from '../../derive/types.js';
import type { Lang } from '../../i18n/lang.js';
import type { ActionStatus, CommitmentStatus } from '../../model/types.js';

const fr = {
  kicker: 'Dossier de séance',
  asOfNote: (date: string) => `Situation arrêtée au ${date}, d’après les fichiers de la feuille de route.`,
  footer: (meeting: string) => `Dossier de séance — ${meeting}`,
  cover: { convention: 'Convention', committee: 'Instance', date: 'Date', place: 'Lieu', chair: 'Présidence', asOf: 'Situation au', invited: 'Membres convoqués' },
  contents: 'Sommaire',
  none: '—',
  listSeparator: ' ; ',
  sections: {
    attendance: 'Présences et quorum',
    agenda: 'Ordre du jour',
    dashboard: 'Tableau de bord',
    changes: (date: string) => `Ce qui a changé depuis la réunion du ${date}`,
    changesFromStart: 'Ce qui a changé depuis le début de la convention',
    since: (date: string) => `Modifications enregistrées depuis le ${date}`,
    sinceUndated: 'Modifications enregistrées depuis la version de référence',
    actions: 'Actions ouvertes et en retard',
    late: 'Engagements en retard',
    postponements: 'Glissements',
    deadlines: (days: number) => `Échéances des ${days} prochains jours`,
    indicators: 'Indicateurs',
    readiness: 'Préparation des partenaires',
    annex: (letter: string, number: number, title: string) => `Annexe ${letter} — Axe ${number} : ${title}`,
  },
  attendance: {
    partner: 'Partenaire',
    rate: 'Présences',
    present: 'présent',
    absent: 'absent',
    unlisted: '—',
    quorum: 'Quorum',
    quorumCell: (present: number, members: number, reached: boolean) => `${present}/${members} ${reached ? 'atteint' : 'non atteint'}`,
    rule: 'Quorum : plus de la moitié des membres (signataires et membres) présents.',
    noMeeting: 'Aucune réunion du comité n’a encore été tenue.',
  },
  agenda: {
    number: 'N°', item: (n: number) => `${n}.`, axis: 'Axe', commitments: 'Engagements concernés', empty: 'L’ordre du jour n’est pas encore fixé.',
    approveMinutes: (date: string) => `Approbation du procès-verbal de la réunion du ${date}`,
    previousDecisions: (date: string) => `Décisions de la réunion du ${date}`,
    noPreviousDecision: (date: string) => `La réunion du ${date} n’a enregistré aucune décision.`,
  },
  postponements: {
    commitment: 'Engagement', lead: 'Pilote', originalDue: 'Échéance initiale', due: 'Échéance en vigueur', moves: 'Reports', days: 'Glissement',
    decisions: 'Décisions', daysValue: (days: string) => `${days} j`,
    empty: 'Aucune échéance n’a été déplacée.',
    total: (moves: number, commitments: number, days: string) =>
      `${moves} déplacement${moves > 1 ? 's' : ''} d’échéance sur ${commitments} engagement${commitments > 1 ? 's' : ''}, ${days} jours de glissement au total.`,
    axis: (label: string, moves: number, days: string) => `${label} : ${moves} déplacement${moves > 1 ? 's' : ''}, ${days} jours`,
  },
  dashboard: {
    axis: 'Axe', progress: 'Avancement', health: 'Santé', commitments: 'Engagements', done: 'Réalisés', late: 'En retard', reasons: 'Pourquoi',
    chartProgress: 'Avancement pondéré des engagements, par axe, coloré selon la santé de l’axe.',
    chartStatus: 'Répartition de tous les engagements par statut à la date de situation.',
    summary: (late: number, overdue: number, open: number) =>
      `${late} engagement${late > 1 ? 's' : ''} en retard ; ${open} action${open > 1 ? 's' : ''} ouverte${open > 1 ? 's' : ''}, dont ${overdue} en retard.`,
    allGood: 'Aucune alerte.',
  },
  health: { green: 'Bon', amber: 'Vigilance', red: 'Alerte' } satisfies Record<Health, string>,
  reasons: {
    'late-weight': (share: string, list: string) => `engagements en retard pesant ${share} de l’axe : ${list}`,
    'blocked-past-due': (list: string) => `bloqué et échéance dépassée : ${list}`,
    late: (share: string, list: string) => `en retard (${share} de l’axe) : ${list}`,
    blocked: (list: string) => `bloqué : ${list}`,
    'late-milestones': (list: string) => `jalons dépassés : ${list}`,
    'indicators-behind': (list: string) => `indicateurs en deçà de la trajectoire : ${list}`,
  } satisfies Record<HealthReasonCode, unknown>,
  status: { planned: 'Prévu', in_progress: 'En cours', blocked: 'Bloqué', done: 'Réalisé', cancelled: 'Abandonné' } satisfies Record<CommitmentStatus, string>,
  actionStatus: { open: 'ouverte', done: 'soldée', cancelled: 'abandonnée' } satisfies Record<ActionStatus, string>,
  changes: {
    date: 'Date', subject: 'Objet', change: 'Changement',
    status: (status: string) => `Statut : ${status}.`,
    milestone: (title: string) => `Jalon atteint : ${title}`,
    measure: (label: string, value: string) => `Nouvelle mesure « ${label} » : ${value}`,
    action: (status: string, text: string) => `Action ${status} : ${text}`,
    empty: 'Rien n’a été enregistré dans les fichiers depuis cette réunion.',
    window: (from: string, to: string) => `Faits datés du ${from} au ${to}.`,
  },
  actions: {
    action: 'Action', owner: 'Responsable', due: 'Échéance', origin: 'Décidée le', state: 'État',
    overdue: 'en retard',
    open: 'ouverte',
    empty: 'Aucune action ouverte.',
    carried: 'Les actions restent inscrites de réunion en réunion jusqu’à ce qu’elles soient soldées.',
  },
  late: { commitment: 'Engagement', axis: 'Axe', lead: 'Pilote', due: 'Échéance', delay: 'Retard', progress: 'Avancement', status: 'Statut', days: (n: string) => `${n} j`, empty: 'Aucun engagement en retard.' },
  deadlines: {
    date: 'Date', kind: 'Nature', subject: 'Objet', owner: 'Responsable',
    kinds: { commitment: 'Engagement', milestone: 'Jalon', action: 'Action' },
    empty: 'Aucune échéance dans cette période.',
  },
  indicators: {
    commitment: 'Engagement', baseline: 'Référence', target: 'Cible', latest: 'Dernière mesure', attainment: 'Atteinte de la cible', expected: 'Attendu à cette date', source: 'Source',
    at: (value: string, date: string) => `${value}\n${date}`,
    noMeasure: 'aucune mesure',
    behind: 'en deçà de la trajectoire',
    chart: (label: string) => `Évolution de « ${label} » vers sa cible`,
    chartTarget: 'cible', chartBaseline: 'référence',
    chartsLimited: (shown: number, total: number) => `Courbes des ${shown} indicateurs les plus utiles à la réunion (engagements à l’ordre du jour, puis indicateurs en deçà de leur trajectoire) ; les ${total} figurent dans le tableau.`,
    empty: 'Aucun indicateur.',
  },
  readiness: {
    partner: 'Partenaire', state: 'État', stale: 'Engagements sans nouvelles', lastReported: 'Dernière nouvelle',
    ready: 'à jour', notReady: 'à relancer', never: 'jamais',
    intro: (date: string | null) => date
      ? `Engagements pilotés, ni réalisés ni abandonnés, sans entrée de journal ni mesure depuis la réunion du ${date}.`
      : 'Engagements pilotés, ni réalisés ni abandonnés, qui n’ont encore rien rapporté.',
  },
  annex: {
    leads: 'Pilotes de l’axe', progress: 'Avancement', health: 'Santé',
    lead: 'Pilote', partners: 'Contributeurs', status: 'Statut', start: 'Début', due: 'Échéance', weight: 'Poids',
    milestone: 'Jalon', milestoneDue: 'Prévu le', milestoneDone: 'Atteint le', milestoneLate: 'en retard',
    empty: 'Aucun engagement dans cet axe.',
  },
  since: { subject: 'Objet', change: 'Changement' },
  messages: {
    unknownMeeting: (id: string, suggestion: string | undefined) => `aucune réunion « ${id} » dans meetings/${suggestion ? ` ; vouliez-vous dire « ${suggestion} » ?` : ''}`,
    noUpcoming: (date: string) => `aucune réunion prévue (status: planned) le ${date} ou après : indiquez-en une avec --meeting <id>`,
    noChromium: (tried: string) => `--pdf demande un Chromium installé localement et aucun n’a été trouvé (cherché : ${tried}). Installez-en un (Debian/Ubuntu : apt-get install chromium) ou indiquez son chemin avec --chromium <chemin> ou CHROMIUM_PATH`,
    namedChromium: (path: string, source: string) => `${source} désigne ${path}, qui n’est pas un exécutable ; corrigez le chemin ou installez Chromium (Debian/Ubuntu : apt-get install chromium)`,
    pdfFailed: (detail: string) => `le PDF n’a pas pu être produit par Chromium : ${detail}`,
  },
};

type Words = typeof fr;

const en: Words = {
  kicker: 'Committee briefing pack',
  asOfNote: (date: string) => `Situation as of ${date}, as recorded in the roadmap files.`,
  footer: (meeting: string) => `Briefing pack — ${meeting}`,
  cover: { convention: 'Convention', committee: 'Committee', date: 'Date', place: 'Place', chair: 'Chair', asOf: 'Situation as of', invited: 'Members invited' },
  contents: 'Contents',
  none: '—',
  listSeparator: '; ',
  sections: {
    attendance: 'Attendance and quorum',
    agenda: 'Agenda',
    dashboard: 'Dashboard',
    changes: (date: string) => `What changed since the meeting of ${date}`,
    changesFromStart: 'What changed since the convention began',
    since: (date: string) => `Changes recorded since ${date}`,
    sinceUndated: 'Changes recorded since the reference version',
    actions: 'Open and overdue actions',
    late: 'Late commitments',
    postponements: 'Postponements',
    deadlines: (days: number) => `Deadlines in the next ${days} days`,
    indicators: 'Indicators',
    readiness: 'Partner readiness',
    annex: (letter: string, number: number, title: string) => `Annex ${letter} — Axis ${number}: ${title}`,
  },
  attendance: {
    partner: 'Partner',
    rate: 'Attended',
    present: 'present',
    absent: 'absent',
    unlisted: '—',
    quorum: 'Quorum',
    quorumCell: (present: number, members: number, reached: boolean) => `${present}/${members} ${reached ? 'reached' : 'not reached'}`,
    rule: 'Quorum: more than half of the members (signatories and members) present.',
    noMeeting: 'The committee has not met yet.',
  },
  agenda: {
    number: 'No.', item: (n: number) => `${n}.`, axis: 'Axis', commitments: 'Commitments concerned', empty: 'The agenda is not set yet.',
    approveMinutes: (date: string) => `Approval of the minutes of the meeting of ${date}`,
    previousDecisions: (date: string) => `Decisions of the meeting of ${date}`,
    noPreviousDecision: (date: string) => `The meeting of ${date} recorded no decision.`,
  },
  postponements: {
    commitment: 'Commitment', lead: 'Lead', originalDue: 'Original due date', due: 'Due date in force', moves: 'Moves', days: 'Slip',
    decisions: 'Decisions', daysValue: (days: string) => `${days} d`,
    empty: 'No due date has moved.',
    total: (moves: number, commitments: number, days: string) =>
      `${moves} due-date move${moves > 1 ? 's' : ''} over ${commitments} commitment${commitments > 1 ? 's' : ''}, ${days} days of slip in all.`,
    axis: (label: string, moves: number, days: string) => `${label}: ${moves} move${moves > 1 ? 's' : ''}, ${days} days`,
  },
  dashboard: {
    axis: 'Axis', progress: 'Progress', health: 'Health', commitments: 'Commitments', done: 'Done', late: 'Late', reasons: 'Why',
    chartProgress: 'Weighted progress of the commitments, per axis, coloured by the axis health.',
    chartStatus: 'All commitments by status as of the date.',
    summary: (late: number, overdue: number, open: number) =>
      `${late} late commitment${late === 1 ? '' : 's'}; ${open} open action${open === 1 ? '' : 's'}, ${overdue} of them overdue.`,
    allGood: 'No alerts.',
  },
  health: { green: 'On track', amber: 'At risk', red: 'Off track' },
  reasons: {
    'late-weight': (share: string, list: string) => `late commitments carrying ${share} of the axis: ${list}`,
    'blocked-past-due': (list: string) => `blocked and past due: ${list}`,
    late: (share: string, list: string) => `late (${share} of the axis): ${list}`,
    blocked: (list: string) => `blocked: ${list}`,
    'late-milestones': (list: string) => `milestones past due: ${list}`,
    'indicators-behind': (list: string) => `indicators behind their path: ${list}`,
  },
  status: { planned: 'Planned', in_progress: 'In progress', blocked: 'Blocked', done: 'Done', cancelled: 'Cancelled' },
  actionStatus: { open: 'open', done: 'done', cancelled: 'cancelled' },
  changes: {
    date: 'Date', subject: 'Subject', change: 'Change',
    status: (status: string) => `Status: ${status}.`,
    milestone: (title: string) => `Milestone reached: ${title}`,
    measure: (label: string, value: string) => `New measure of “${label}”: ${value}`,
    action: (status: string, text: string) => `Action ${status}: ${text}`,
    empty: 'Nothing was recorded in the files since that meeting.',
    window: (from: string, to: string) => `Facts dated from ${from} to ${to}.`,
  },
  actions: {
    action: 'Action', owner: 'Owner', due: 'Due', origin: 'Decided on', state: 'State',
    overdue: 'overdue',
    open: 'open',
    empty: 'No open action.',
    carried: 'Actions are carried over from meeting to meeting until they are closed.',
  },
  late: { commitment: 'Commitment', axis: 'Axis', lead: 'Lead', due: 'Due', delay: 'Late by', progress: 'Progress', status: 'Status', days: (n: string) => `${n} d`, empty: 'No late commitment.' },
  deadlines: {
    date: 'Date', kind: 'Kind', subject: 'Subject', owner: 'Owner',
    kinds: { commitment: 'Commitment', milestone: 'Milestone', action: 'Action' },
    empty: 'No deadline in this period.',
  },
  indicators: {
    commitment: 'Commitment', baseline: 'Baseline', target: 'Target', latest: 'Latest measure', attainment: 'Target attainment', expected: 'Expected by then', source: 'Source',
    at: (value: string, date: string) => `${value}\n${date}`,
    noMeasure: 'no measure',
    behind: 'behind its path',
    chart: (label: string) => `“${label}” towards its target`,
    chartTarget: 'target', chartBaseline: 'baseline',
    chartsLimited: (shown: number, total: number) => `Trends of the ${shown} indicators most useful to the meeting (commitments on the agenda, then indicators behind their path); all ${total} are in the table.`,
    empty: 'No indicator.',
  },
  readiness: {
    partner: 'Partner', state: 'State', stale: 'Commitments without news', lastReported: 'Last news',
    ready: 'up to date', notReady: 'to chase', never: 'never',
    intro: (date: string | null) => date
      ? `Commitments led, neither done nor cancelled, with no journal entry or measure since the meeting of ${date}.`
      : 'Commitments led, neither done nor cancelled, that have reported nothing yet.',
  },
  annex: {
    leads: 'Axis leads', progress: 'Progress', health: 'Health',
    lead: 'Lead', partners: 'Contributors', status: 'Status', start: 'Start', due: 'Due', weight: 'Weight',
    milestone: 'Milestone', milestoneDue: 'Due', milestoneDone: 'Reached on', milestoneLate: 'late',
    empty: 'No commitment in this axis.',
  },
  since: { subject: 'Subject', change: 'Change' },
  messages: {
    unknownMeeting: (id: string, suggestion: string | undefined) => `no meeting "${id}" in meetings/${suggestion ? `; did you mean "${suggestion}"?` : ''}`,
    noUpcoming: (date: string) => `no planned meeting (status: planned) on or after ${date}: name one with --meeting <id>`,
    noChromium: (tried: string) => `--pdf needs a locally installed Chromium and none was found (looked in: ${tried}). Install one (Debian/Ubuntu: apt-get install chromium) or give its path with --chromium <path> or CHROMIUM_PATH`,
    namedChromium: (path: string, source: string) => `${source} names ${path}, which is not an executable; fix the path or install Chromium (Debian/Ubuntu: apt-get install chromium)`,
    pdfFailed: (detail: string) => `Chromium could not produce the PDF: ${detail}`,
  },
};

export type BriefWords = Words;

export function briefWords(lang: Lang): BriefWords {
  return lang === 'fr' ? fr : en;
}
