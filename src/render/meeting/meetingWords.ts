/**
 * The words of the meeting documents (convocation, attendance sheet, minutes)
 * in French and English. Templates use `{name}`; `{name:date}` shows a date in
 * words.
 */
import { HEADING_WORDS } from '../../i18n/headingWords.js';
import { messageTable } from '../../i18n/messageTable.js';
import type { Text } from '../../i18n/lang.js';
import { ATTENDANCE_WORDS, PARTNER_ROLE_WORDS, THING_WORDS } from '../../i18n/vocabulary.js';

/** A blank left for a name written by hand on the printed sheet or minutes. */
const NAME_TO_FILL = { fr: '(nom à compléter)', en: '(name to fill in)' } as const satisfies Text;

const MESSAGES = {
  'fact/committee': { fr: 'Comité', en: 'Committee' },
  'fact/date': HEADING_WORDS.date,
  'fact/time': { fr: 'Heure', en: 'Time' },
  'fact/place': HEADING_WORDS.place,
  'fact/chair': HEADING_WORDS.chair,
  'fact/reply-by': { fr: 'Réponse attendue avant le', en: 'Please reply by' },
  'time/range': { fr: 'de {start} à {end}', en: '{start} to {end}' },
  'place/unknown': { fr: 'lieu à préciser', en: 'place to be confirmed' },
  'time/unknown': { fr: 'heure à préciser', en: 'time to be confirmed' },

  'convene/kicker': { fr: 'Convocation', en: 'Notice of meeting' },
  'convene/title': { fr: 'Convocation — {title}', en: 'Notice of meeting — {title}' },
  'convene/note': {
    fr: 'Convocation adressée par la présidence du comité aux membres au {date:date}, et aux invités.',
    en: 'Sent by the committee chair to its members as of {date:date}, and to its guests.',
  },
  'convene/letter': { fr: 'Convocation', en: 'Notice' },
  'convene/salutation': { fr: 'Madame, Monsieur,', en: 'Dear member,' },
  'convene/invitation': {
    fr: 'Vous êtes invité(e) à la réunion « {title} » du {committee}, le {date:date}, {time}, {place}.',
    en: 'You are invited to the meeting "{title}" of the {committee} on {date:date}, {time}, {place}.',
  },
  'convene/reading': {
    fr: 'Vous trouverez ci-dessous l’ordre du jour et les documents à lire avant la séance.',
    en: 'The agenda and the documents to read before the meeting follow.',
  },
  'convene/reply': {
    fr: 'Merci de confirmer votre présence, ou de vous faire excuser et de désigner un représentant, avant le {date:date}.',
    en: 'Please confirm your attendance, or send your apologies and name a substitute, by {date:date}.',
  },
  'convene/closing': {
    fr: 'Veuillez agréer, Madame, Monsieur, l’expression de nos salutations distinguées.',
    en: 'Yours sincerely,',
  },
  'convene/signature': { fr: 'Pour le comité, la présidence : {chair}', en: 'For the committee, the chair: {chair}' },
  'convene/invited': { fr: 'Destinataires', en: 'Recipients' },
  'convene/documents': { fr: 'Documents à lire', en: 'Documents to read' },
  'convene/brief': {
    fr: 'Dossier de séance de la réunion du {date:date} (brief.html, ou brief.pdf pour l’imprimer)',
    en: 'Briefing pack for the meeting of {date:date} (brief.html, or brief.pdf to print)',
  },
  'convene/previous-minutes': {
    fr: 'Procès-verbal de la réunion du {date:date} (minutes.html dans le dossier de cette réunion)',
    en: 'Minutes of the meeting of {date:date} (minutes.html in that meeting’s folder)',
  },
  'convene/footer': { fr: 'Convocation — {title}, {date:date}', en: 'Notice of meeting — {title}, {date:date}' },

  'letter/salutation-default': { fr: 'Madame, Monsieur', en: 'Madam, Sir' },
  'letter/chair-of': { fr: 'Présidence {ofCommittee}', en: 'Chair {ofCommittee}' },
  'letter/committee-secretariat': { fr: 'Secrétariat {ofCommittee}', en: 'Secretariat {ofCommittee}' },
  'letter/all-members': { fr: 'Mesdames et Messieurs les membres {ofCommittee}', en: 'The members {ofCommittee}' },
  'letter/dateline': { fr: '{city}, le {date:date}', en: '{city}, {date:date}' },
  'letter/dateline-no-city': { fr: 'Le {date:date}', en: '{date:date}' },
  'letter/subject-label': { fr: 'Objet :', en: 'Subject:' },
  'letter/subject': {
    fr: 'Convocation à la réunion {ofCommittee} du {date}',
    en: 'Notice of the meeting {ofCommittee} of {date}',
  },
  'letter/recipients': { fr: 'Destinataires :', en: 'Recipients:' },
  'letter/guest-mark': { fr: ' (invité)', en: ' (guest)' },
  'letter/invitation': {
    fr: 'J’ai l’honneur de vous convier à la réunion {meeting}{convention}, qui se tiendra le {date}{time}{place}.',
    en: 'I am pleased to invite you to the meeting {meeting}{convention}, to be held on {date}{time}{place}.',
  },
  'letter/agenda-follows': {
    fr: 'Vous trouverez ci-dessous l’ordre du jour de la séance et les documents à lire pour la préparer.',
    en: 'The agenda of the meeting and the documents to read beforehand follow.',
  },
  'letter/document-brief': {
    fr: 'Dossier de séance de la réunion du {date}, joint à ce courrier',
    en: 'Briefing pack for the meeting of {date}, enclosed',
  },
  'letter/document-minutes': {
    fr: 'Procès-verbal de la réunion du {date:date}, soumis à votre approbation',
    en: 'Minutes of the meeting of {date:date}, for your approval',
  },
  'letter/reply': {
    fr: 'Je vous remercie de bien vouloir confirmer votre présence, ou vous faire excuser et désigner votre représentant, avant le {date}, auprès de : {to}.',
    en: 'Please confirm your attendance, or send your apologies and name a substitute, by {date}, to: {to}.',
  },
  'letter/answer-secretariat': { fr: 'secrétariat du comité', en: 'the committee’s secretariat' },
  'letter/closing': {
    fr: 'Je vous prie d’agréer, {salutation}, l’expression de mes salutations distinguées.',
    en: 'Please accept, {salutation}, the assurance of my highest consideration.',
  },
  'letter/signature-role': { fr: 'Pour la présidence {ofCommittee},', en: 'For the chair {ofCommittee},' },
  'letter/signature-secretariat': { fr: 'Pour le secrétariat,', en: 'For the secretariat,' },
  'letter/time-range': { fr: 'de {start} à {end}', en: 'from {start} to {end}' },
  'letter/time-at': { fr: 'à {start}', en: 'at {start}' },

  'mail/subject': { fr: 'Convocation — {committee}, {date}', en: 'Notice of meeting — {committee}, {date}' },
  'mail/body': {
    fr: 'Veuillez trouver ci-joint votre convocation à la réunion {meeting} du {date} (convention « {convention} »), avec son ordre du jour et les documents à lire.',
    en: 'Please find attached your notice of the meeting {meeting} on {date} (convention "{convention}"), with its agenda and the documents to read.',
  },
  'mail/closing': { fr: 'Bien cordialement,', en: 'Kind regards,' },

  'agenda/title': HEADING_WORDS.agenda,
  'agenda/approve-minutes': {
    fr: 'Approbation du procès-verbal de la réunion du {date:date}',
    en: 'Approval of the minutes of the meeting of {date:date}',
  },
  'agenda/about': { fr: '{title} ({about})', en: '{title} ({about})' },
  'agenda/empty': { fr: 'Ordre du jour à venir.', en: 'Agenda to follow.' },

  'column/organisation': { fr: 'Organisation', en: 'Organisation' },
  'column/person': { fr: 'Nom', en: 'Name' },
  'column/capacity': { fr: 'Qualité', en: 'Capacity' },
  'column/signature': { fr: 'Signature', en: 'Signature' },
  'column/attendance': { fr: 'Présence', en: 'Attendance' },
  'column/represented-by': { fr: 'Représenté par', en: 'Represented by' },
  'role/signatory': PARTNER_ROLE_WORDS.signatory,
  'role/member': PARTNER_ROLE_WORDS.member,
  'role/guest': THING_WORDS.guest,
  'role/other': { fr: 'participant', en: 'participant' },
  'person/to-fill': NAME_TO_FILL,

  'sheet/kicker': { fr: 'Feuille d’émargement', en: 'Attendance sheet' },
  'sheet/note': {
    fr: 'Chaque personne présente signe en face de son nom ; les lignes vides servent aux personnes non prévues.',
    en: 'Everyone present signs next to their name; blank lines are for people not on the list.',
  },
  'sheet/members': { fr: 'Membres du comité', en: 'Committee members' },
  'sheet/guests': { fr: 'Invités et autres participants', en: 'Guests and other participants' },
  'sheet/banner': {
    fr: '{title} — {date:date} — feuille d’émargement',
    en: '{title} — {date:date} — attendance sheet',
  },
  'sheet/title': { fr: 'Feuille d’émargement — {date:date}', en: 'Attendance sheet — {date:date}' },
  'sheet/footer': { fr: 'Feuille d’émargement — {title}, {date:date}', en: 'Attendance sheet — {title}, {date:date}' },

  'minutes/kicker': { fr: 'Procès-verbal', en: 'Minutes' },
  'minutes/note': {
    fr: 'Procès-verbal établi d’après le fichier de la réunion ; à approuver lors de la réunion suivante.',
    en: 'Drawn from the meeting’s file; to be approved at the next meeting.',
  },
  'minutes/attendance': HEADING_WORDS.attendanceAndQuorum,
  'minutes/present': ATTENDANCE_WORDS.present,
  'minutes/excused': { fr: 'excusé', en: 'sent apologies' },
  'minutes/absent': ATTENDANCE_WORDS.absent,
  'minutes/quorum-reached': {
    fr: 'Quorum atteint : {present} sur {members} membres présents (il en fallait {needed}, la majorité absolue).',
    en: 'Quorum reached: {present} of {members} members present ({needed} needed, a strict majority).',
  },
  'minutes/quorum-missed': {
    fr: 'Quorum non atteint : {present} sur {members} membres présents (il en fallait {needed}, la majorité absolue).',
    en: 'Quorum not reached: {present} of {members} members present ({needed} needed, a strict majority).',
  },
  'minutes/guests': { fr: 'Invités : {list}.', en: 'Guests: {list}.' },
  'minutes/approval': { fr: 'Approbation du procès-verbal précédent', en: 'Approval of the previous minutes' },
  'minutes/approval-text': {
    fr: 'Le procès-verbal de la réunion du {date:date} est soumis à l’approbation du comité.',
    en: 'The minutes of the meeting of {date:date} are submitted to the committee for approval.',
  },
  'minutes/no-previous': {
    fr: 'Première réunion du comité : pas de procès-verbal précédent.',
    en: 'The committee’s first meeting: no previous minutes.',
  },
  'minutes/decisions': HEADING_WORDS.decisions,
  'minutes/no-decision': { fr: 'Aucune décision enregistrée.', en: 'No decision recorded.' },
  'minutes/actions': HEADING_WORDS.actions,
  'minutes/no-action': { fr: 'Aucune action décidée.', en: 'No action decided.' },
  'minutes/body': { fr: 'Compte rendu des débats', en: 'Record of the discussion' },
  'minutes/no-body': {
    fr: 'Pas de compte rendu rédigé dans le fichier de la réunion.',
    en: 'No record written in the meeting’s file.',
  },
  'minutes/footer': { fr: 'Procès-verbal — {title}, {date:date}', en: 'Minutes — {title}, {date:date}' },
  'fact/chaired-by': { fr: 'Présidence de séance', en: 'Chaired by' },
  'fact/secretary': { fr: 'Secrétaire de séance', en: 'Secretary' },
  'minutes/approved': {
    fr: 'Le comité approuve le procès-verbal de la réunion du {date:date}.',
    en: 'The committee approves the minutes of the meeting of {date:date}.',
  },
  'minutes/approval-not-recorded': {
    fr: 'Aucune approbation n’est enregistrée pour le procès-verbal de la réunion du {date:date}.',
    en: 'No approval is recorded for the minutes of the meeting of {date:date}.',
  },
  'minutes/decision-number': { fr: 'Décision n°\u00a0{number}', en: 'Decision no.\u00a0{number}' },
  'minutes/decision-about': { fr: 'Concerne : {list}.', en: 'About: {list}.' },
  'minutes/follow-up': {
    fr: 'Suivi des actions des réunions précédentes',
    en: 'Follow-up of earlier meetings’ actions',
  },
  'minutes/follow-up-summary': {
    fr: 'Actions closes depuis la réunion précédente : {closed} ; toujours ouvertes : {open}, dont {overdue} en retard.',
    en: 'Actions closed since the previous meeting: {closed}; still open: {open}, of which {overdue} overdue.',
  },
  'minutes/no-follow-up': {
    fr: 'Aucune action décidée lors des réunions précédentes n’était ouverte ou n’a été close depuis.',
    en: 'No action decided at earlier meetings was open or has been closed since.',
  },
  'minutes/state-done': { fr: 'soldée le {date:date}', en: 'done on {date:date}' },
  'minutes/state-cancelled': { fr: 'abandonnée le {date:date}', en: 'cancelled on {date:date}' },
  'minutes/state-overdue': { fr: 'ouverte, en retard', en: 'open, overdue' },
  'minutes/signature-chair': { fr: 'Présidence de séance', en: 'Chair of the meeting' },
  'minutes/signature-secretary': { fr: 'Secrétaire de séance', en: 'Secretary of the meeting' },
  'minutes/name-to-fill': NAME_TO_FILL,
  'column/decided-on': HEADING_WORDS.decidedOn,
  'column/decision': HEADING_WORDS.decision,
  'column/about': { fr: 'Concerne', en: 'About' },
  'column/action': HEADING_WORDS.action,
  'column/owner': HEADING_WORDS.owner,
  'column/due': HEADING_WORDS.due,
  'column/state': { fr: 'État au {date:date}', en: 'State on {date:date}' },

  'refuse/not-held': {
    fr: 'la réunion « {id} » n’est pas tenue (statut : {status}) : son procès-verbal s’écrit après la séance (roadmap meeting record {id})',
    en: 'meeting "{id}" is not held (status: {status}): its minutes come after it (roadmap meeting record {id})',
  },
  'refuse/cancelled': {
    fr: 'la réunion « {id} » est annulée : pas de convocation ni de feuille d’émargement',
    en: 'meeting "{id}" is cancelled: no notice and no attendance sheet',
  },
} satisfies Record<string, Text>;

export type MeetingMessageKey = keyof typeof MESSAGES;

export const meetingMessage = messageTable(MESSAGES);
