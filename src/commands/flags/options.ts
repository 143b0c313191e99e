/**
 * Every flag of every command, once: commander is configured from this
 * table, `roadmap <command> --help` prints it, and the type of each value a
 * command reads is worked out from its syntax (commandFlags.ts): `<value>`
 * gives a string, a bare switch a boolean.
 */
import type { Text } from '../../i18n/lang.js';

export interface OptionSpec {
  flags: string;
  description: Text;
}

export const OPTIONS = {
  dir: {
    flags: '--dir <path>',
    description: {
      fr: 'dossier de la feuille de route (par défaut : le dossier le plus proche, d’ici jusqu’à la racine du dépôt git, qui contient convention.yaml ou roadmap/convention.yaml)',
      en: "roadmap folder (default: the nearest folder, from here up to the git repository's top, that holds convention.yaml or roadmap/convention.yaml)",
    },
  },
  asOf: {
    flags: '--as-of <date>',
    description: {
      fr: 'calculer à cette date, AAAA-MM-JJ (par défaut : aujourd’hui à Paris)',
      en: 'compute as of this date, YYYY-MM-DD (default: today in Europe/Paris)',
    },
  },
  lang: {
    flags: '--lang <lang>',
    description: {
      fr: 'langue des messages et des documents : fr ou en (par défaut : celle de la convention)',
      en: "language of messages and documents: fr or en (default: the convention's language)",
    },
  },
  strict: {
    flags: '--strict',
    description: { fr: 'sortir avec le code 1 aussi sur les avertissements', en: 'exit 1 on warnings too' },
  },
  changedSince: {
    flags: '--changed-since <rev>',
    description: {
      fr: 'limiter les vérifications par fichier aux fichiers modifiés depuis cette révision git',
      en: 'limit per-file checks to files changed since this git revision',
    },
  },
  by: {
    flags: '--by <view>',
    description: {
      fr: 'axis, partner, indicator, commitment, funding ou all (all ajoute la couverture axe × partenaire ; en CSV, une seule vue donne un seul tableau)',
      en: 'axis, partner, indicator, commitment, funding or all (all adds the axis × partner coverage; in CSV, a single view is one table)',
    },
  },
  axis: { flags: '--axis <id>', description: { fr: 'seulement cet axe', en: 'only this axis' } },
  partner: { flags: '--partner <id>', description: { fr: 'seulement ce partenaire', en: 'only this partner' } },
  owner: {
    flags: '--owner <partner>',
    description: {
      fr: 'seulement les actions dont ce partenaire est responsable',
      en: 'only actions owned by this partner',
    },
  },
  status: {
    flags: '--status <status>',
    description: {
      fr: 'seulement les actions de ce statut : open, done ou cancelled',
      en: 'only actions with this status: open, done or cancelled',
    },
  },
  overdue: { flags: '--overdue', description: { fr: 'seulement les actions en retard', en: 'only overdue actions' } },
  meeting: {
    flags: '--meeting <id>',
    description: {
      fr: 'la réunion (par défaut : la prochaine prévue à partir de la date de calcul)',
      en: 'the meeting (default: the next planned one on or after the as-of date)',
    },
  },
  out: { flags: '--out <dir>', description: { fr: 'dossier de sortie', en: 'output folder' } },
  pdf: {
    flags: '--pdf',
    description: {
      fr: 'produire aussi un PDF avec un Chromium installé localement',
      en: 'also render a PDF with a locally installed Chromium',
    },
  },
  docx: {
    flags: '--docx',
    description: {
      fr: 'produire aussi un document Word (DOCX) modifiable',
      en: 'also write an editable Word document (DOCX)',
    },
  },
  odt: {
    flags: '--odt',
    description: {
      fr: 'produire aussi un document OpenDocument (ODT) modifiable, pour LibreOffice',
      en: 'also write an editable OpenDocument text (ODT), for LibreOffice',
    },
  },
  chromium: {
    flags: '--chromium <path>',
    description: {
      fr: 'exécutable Chromium pour --pdf (par défaut : $CHROMIUM_PATH, puis les emplacements habituels)',
      en: 'Chromium executable for --pdf (default: $CHROMIUM_PATH, then the usual system locations)',
    },
  },
  since: {
    flags: '--since <rev>',
    description: {
      fr: 'ajouter une section « changements depuis » tirée de cette révision git',
      en: 'add a "changes since" section built from this git revision',
    },
  },
  dryRun: {
    flags: '--dry-run',
    description: {
      fr: 'afficher la modification sous forme de diff unifié sans rien écrire',
      en: 'print the change as a unified diff and write nothing',
    },
  },
  write: {
    flags: '--write',
    description: { fr: 'écrire le fichier au lieu de l’afficher', en: 'write the file instead of printing it' },
  },
  perMember: {
    flags: '--per-member',
    description: {
      fr: 'écrire aussi une lettre par membre invité, et un brouillon .eml à ses contacts avec la lettre jointe',
      en: 'also write one letter per invited member, and an .eml draft to its contacts with the letter attached',
    },
  },
  on: {
    flags: '--on <date>',
    description: {
      fr: 'date de la modification, AAAA-MM-JJ (par défaut : aujourd’hui à Paris)',
      en: 'date of the change, YYYY-MM-DD (default: today in Europe/Paris)',
    },
  },
  title: {
    flags: '--title <text>',
    description: {
      fr: 'titre de la nouvelle entité (son identifiant en est tiré)',
      en: 'title of the new entity (its id is derived from it)',
    },
  },
  name: { flags: '--name <text>', description: { fr: 'nom du nouveau partenaire', en: 'name of the new partner' } },
  shortName: {
    flags: '--short-name <text>',
    description: { fr: 'nom court du nouveau partenaire', en: 'short name of the new partner' },
  },
  kind: {
    flags: '--kind <kind>',
    description: {
      fr: 'type du nouveau partenaire ou de la nouvelle réunion',
      en: 'kind of the new partner or meeting',
    },
  },
  role: {
    flags: '--role <role>',
    description: {
      fr: 'rôle du nouveau partenaire : signatory, member, witness ou observer',
      en: 'role of the new partner: signatory, member, witness or observer',
    },
  },
  lead: {
    flags: '--lead <partner>',
    description: { fr: 'partenaire pilote du nouvel engagement', en: 'lead partner of the new commitment' },
  },
  partners: {
    flags: '--partners <ids>',
    description: {
      fr: 'partenaires contributeurs, séparés par des virgules',
      en: 'contributing partners, comma-separated',
    },
  },
  start: { flags: '--start <date>', description: { fr: 'date de début, AAAA-MM-JJ', en: 'start date, YYYY-MM-DD' } },
  due: { flags: '--due <date>', description: { fr: 'échéance, AAAA-MM-JJ', en: 'due date, YYYY-MM-DD' } },
  date: {
    flags: '--date <date>',
    description: { fr: 'date de la nouvelle réunion, AAAA-MM-JJ', en: 'date of the new meeting, YYYY-MM-DD' },
  },
  place: {
    flags: '--place <text>',
    description: { fr: 'lieu de la nouvelle réunion', en: 'place of the new meeting' },
  },
  time: {
    flags: '--time <HH:MM>',
    description: {
      fr: 'heure de début de la nouvelle réunion, heure de Paris (HH:MM)',
      en: 'start time of the new meeting, Paris time (HH:MM)',
    },
  },
  endTime: {
    flags: '--end-time <HH:MM>',
    description: {
      fr: 'heure de fin de la nouvelle réunion, heure de Paris (HH:MM)',
      en: 'end time of the new meeting, Paris time (HH:MM)',
    },
  },
  id: {
    flags: '--id <id>',
    description: {
      fr: 'identifiant explicite au lieu de celui tiré du titre',
      en: 'explicit id instead of the one derived from the title',
    },
  },
  progress: {
    flags: '--progress <percent>',
    description: { fr: 'nouvel avancement, de 0 à 100', en: 'new progress, 0 to 100' },
  },
  milestoneDone: {
    flags: '--milestone-done <index|title>',
    description: {
      fr: 'marquer un jalon comme réalisé (numéro à partir de 1 ou titre)',
      en: 'mark a milestone done (1-based index or title)',
    },
  },
  measure: {
    flags: '--measure <indicator=value>',
    description: { fr: 'enregistrer une mesure d’un indicateur', en: 'record a measure of an indicator' },
  },
  note: { flags: '--note <text>', description: { fr: 'texte de l’entrée de journal', en: 'journal entry text' } },
  shortTitle: {
    flags: '--short-title <text>',
    description: {
      fr: 'titre court du nouvel axe (tableaux et graphiques)',
      en: 'short title of the new axis (tables and charts)',
    },
  },
  number: {
    flags: '--number <n>',
    description: {
      fr: 'numéro du nouvel axe (par défaut : le premier libre)',
      en: 'number of the new axis (default: the next free one)',
    },
  },
  leads: {
    flags: '--leads <ids>',
    description: {
      fr: 'partenaires pilotes du nouvel axe, séparés par des virgules',
      en: 'lead partners of the new axis, comma-separated',
    },
  },
  joinedOn: {
    flags: '--joined-on <date>',
    description: {
      fr: 'date d’entrée du nouveau partenaire, AAAA-MM-JJ',
      en: 'date the new partner joined, YYYY-MM-DD',
    },
  },
  representative: {
    flags: '--representative <name[, title]>',
    description: {
      fr: 'qui représente le nouveau partenaire, par exemple « Jeanne Martin, Présidente »',
      en: 'who represents the new partner, e.g. "Jeanne Martin, Présidente"',
    },
  },
  maintainers: {
    flags: '--maintainers <handles>',
    description: {
      fr: 'comptes ou équipes de la forge git qui approuvent les fichiers du partenaire, séparés par des virgules',
      en: "git host handles or teams that approve the partner's files, comma-separated",
    },
  },
  decision: {
    flags: '--decision <text>',
    description: { fr: 'une décision du comité', en: 'a decision of the committee' },
  },
  cost: {
    flags: '--cost <amount>',
    description: {
      fr: 'coût total prévu de l’engagement, dans la devise de la convention (au plus deux décimales)',
      en: 'total planned cost of the commitment, in the convention’s currency (at most two decimals)',
    },
  },
  funder: {
    flags: '--funder <partner=amount>',
    description: {
      fr: 'part prévue d’un cofinanceur, par exemple cci-essonne=30000 (répétable)',
      en: 'planned share of a co-funder, e.g. cci-essonne=30000 (repeatable)',
    },
  },
  committed: {
    flags: '--committed <partner=amount>',
    description: {
      fr: 'montant engagé par un cofinanceur (vote, commande, convention), daté --on (répétable)',
      en: 'amount committed by a co-funder (vote, order, agreement), dated --on (repeatable)',
    },
  },
  paid: {
    flags: '--paid <partner=amount>',
    description: {
      fr: 'montant mandaté ou versé par un cofinanceur, daté --on (répétable)',
      en: 'amount paid by a co-funder, dated --on (repeatable)',
    },
  },
  ref: {
    flags: '--ref <text>',
    description: {
      fr: 'la pièce d’un montant engagé ou payé (délibération, bon de commande, mandat)',
      en: 'the document behind an amount committed or paid (vote, order, payment order)',
    },
  },
  source: {
    flags: '--source <text>',
    description: { fr: 'd’où vient la mesure (avec --measure)', en: 'where the measure comes from (with --measure)' },
  },
  present: {
    flags: '--present <ids>',
    description: {
      fr: 'membres du comité présents, identifiants séparés par des virgules',
      en: 'committee members present, comma-separated partner ids',
    },
  },
  excused: {
    flags: '--excused <ids>',
    description: {
      fr: 'membres du comité absents excusés, identifiants séparés par des virgules',
      en: 'committee members absent with apologies, comma-separated partner ids',
    },
  },
  action: {
    flags: '--action <text>',
    description: {
      fr: 'une action décidée en séance, suivie de son --owner et, si besoin, de son --due',
      en: 'an action decided at the meeting, followed by its --owner and optional --due',
    },
  },
  cancelled: {
    flags: '--cancelled',
    description: { fr: 'clore comme abandonnée plutôt que soldée', en: 'close as cancelled instead of done' },
  },
  output: {
    flags: '--output <file>',
    description: {
      fr: 'écrire dans ce fichier au lieu de la sortie standard',
      en: 'write to this file instead of standard output',
    },
  },
  signedOn: {
    flags: '--signed-on <date>',
    description: {
      fr: 'date de signature de la convention, AAAA-MM-JJ (par défaut : aujourd’hui)',
      en: 'date the agreement was signed, YYYY-MM-DD (default: today)',
    },
  },
  language: {
    flags: '--language <lang>',
    description: {
      fr: 'langue de la nouvelle feuille de route et des fichiers écrits avec elle : fr ou en (par défaut : --lang, sinon fr)',
      en: 'language of the new roadmap and of the files written with it: fr or en (default: --lang, else fr)',
    },
  },
  ci: {
    flags: '--ci <host>',
    description: {
      fr: 'forge git dont configurer l’intégration continue : github (par défaut) ou gitlab',
      en: 'git host whose CI to set up: github (default) or gitlab',
    },
  },
  install: {
    flags: '--install <spec>',
    description: {
      fr: 'ce que la CI installe avec npm install --global (par défaut : cette version de roadmap-governance) ; une archive, une URL git ou une autre version',
      en: 'what CI installs with npm install --global (default: this version of roadmap-governance); a tarball, a git URL or another version',
    },
  },
  site: {
    flags: '--site',
    description: {
      fr: 'publier aussi le site de la feuille de route depuis la CI (GitHub Pages ou GitLab Pages)',
      en: "also publish the roadmap's website from CI (GitHub Pages or GitLab Pages)",
    },
  },
  openData: {
    flags: '--open-data',
    description: {
      fr: 'publier aussi depuis la CI le paquet de données ouvertes de la feuille de route, avec le site (GitHub Pages ou GitLab Pages, dossier data/)',
      en: "also publish the roadmap's open-data package from CI, with the site (GitHub Pages or GitLab Pages, folder data/)",
    },
  },
  timeout: {
    flags: '--timeout <seconds>',
    description: {
      fr: 'abandonner une source http ou git qui ne répond pas après ce nombre de secondes (par défaut : 30)',
      en: 'give up an http or git source that does not answer after this many seconds (default: 30)',
    },
  },
  staleMonths: {
    flags: '--stale-months <n>',
    description: {
      fr: 'signaler les conventions dont la dernière mise à jour ou le dernier comité date de plus de n mois (par défaut : stale_months du fichier, sinon 6)',
      en: "list conventions whose last update or last committee is more than n months old (default: the file's stale_months, else 6)",
    },
  },
  cache: {
    flags: '--cache <dir>',
    description: {
      fr: 'dossier où garder les clones git et les paquets téléchargés (par défaut : .roadmap-cache à côté du fichier du portefeuille)',
      en: 'folder that keeps git clones and downloaded packages (default: .roadmap-cache beside the portfolio file)',
    },
  },
  baseUrl: {
    flags: '--base-url <url>',
    description: {
      fr: 'adresse publique du site (liens absolus du flux Atom), par exemple https://exemple.github.io/feuille-de-route/',
      en: 'public address of the site (absolute links in the Atom feed), e.g. https://example.github.io/roadmap/',
    },
  },
  // Set-up and reference data (roadmap edit, remove, rename, guide; new flags of new, update, meeting record).
  leftOn: {
    flags: '--left-on <date>',
    description: {
      fr: 'date de départ du partenaire, AAAA-MM-JJ (vide : l’effacer)',
      en: 'date the partner left, YYYY-MM-DD (empty: clear it)',
    },
  },
  territory: {
    flags: '--territory <text>',
    description: { fr: 'territoire couvert (vide : l’effacer)', en: 'territory covered (empty: clear it)' },
  },
  salutation: {
    flags: '--salutation <text>',
    description: {
      fr: 'comment s’ouvre une lettre au représentant, par exemple « Madame la Présidente »',
      en: 'how a letter to the representative opens, e.g. "Madame la Présidente"',
    },
  },
  addContact: {
    flags: '--add-contact <"name email[, role]">',
    description: {
      fr: 'ajouter un contact, par exemple "Marie Dupont marie@exemple.fr, Chargée de mission" (répétable)',
      en: 'add a contact, e.g. "Marie Dupont marie@example.org, Project officer" (repeatable)',
    },
  },
  removeContact: {
    flags: '--remove-contact <email>',
    description: {
      fr: 'retirer le contact de ce courriel (répétable)',
      en: 'remove the contact with this e-mail (repeatable)',
    },
  },
  description: {
    flags: '--description <text>',
    description: {
      fr: 'description en markdown (remplace le texte sous l’en-tête)',
      en: 'description in markdown (replaces the text below the front matter)',
    },
  },
  horizon: {
    flags: '--horizon <date>',
    description: {
      fr: 'fin de la période initiale de la convention, AAAA-MM-JJ',
      en: "end of the convention's initial period, YYYY-MM-DD",
    },
  },
  summary: {
    flags: '--summary <text>',
    description: {
      fr: 'résumé de la convention (vide : l’effacer)',
      en: 'summary of the convention (empty: clear it)',
    },
  },
  chair: { flags: '--chair <partner>', description: { fr: 'partenaire qui préside', en: 'partner who chairs' } },
  cadence: {
    flags: '--cadence <months>',
    description: { fr: 'nombre de mois entre deux comités', en: 'months between two committee meetings' },
  },
  repository: {
    flags: '--repository <url>',
    description: {
      fr: 'adresse du dépôt git des fichiers (liens « modifier cette page »)',
      en: 'address of the files\' git repository ("edit this page" links)',
    },
  },
  branch: {
    flags: '--branch <name>',
    description: { fr: 'branche du dépôt (avec --repository)', en: 'branch of the repository (with --repository)' },
  },
  secretariat: {
    flags: '--secretariat <"name email">',
    description: {
      fr: 'le secrétariat qui convoque et relance : nom et courriel',
      en: 'the secretariat that convenes and reminds: name and e-mail',
    },
  },
  secretariatPhone: {
    flags: '--secretariat-phone <text>',
    description: { fr: 'téléphone du secrétariat', en: "the secretariat's phone number" },
  },
  secretariatAddress: {
    flags: '--secretariat-address <text>',
    description: { fr: 'adresse postale du secrétariat', en: "the secretariat's postal address" },
  },
  secretariatOrganisation: {
    flags: '--secretariat-organisation <partner>',
    description: { fr: 'partenaire qui tient le secrétariat', en: 'partner that runs the secretariat' },
  },
  secretariatCity: {
    flags: '--secretariat-city <text>',
    description: {
      fr: 'ville d’envoi des courriers (par défaut : le lieu de la convention)',
      en: "city letters are sent from (default: the convention's place)",
    },
  },
  addLogo: {
    flags: '--add-logo <file>',
    description: {
      fr: 'copier cette image (PNG, JPEG, SVG) dans assets/ et l’ajouter aux logos (répétable)',
      en: 'copy this image (PNG, JPEG, SVG) into assets/ and add it to the logos (repeatable)',
    },
  },
  removeLogo: {
    flags: '--remove-logo <file>',
    description: {
      fr: 'retirer ce logo de la convention (répétable ; l’image reste dans assets/)',
      en: 'remove this logo from the convention (repeatable; the image stays in assets/)',
    },
  },
  currency: {
    flags: '--currency <code>',
    description: {
      fr: 'devise des montants, code ISO 4217 (par défaut : EUR)',
      en: 'currency of amounts, ISO 4217 code (default: EUR)',
    },
  },
  tolerance: {
    flags: '--tolerance <points>',
    description: {
      fr: 'points de retard tolérés d’un indicateur sur sa droite avant qu’il soit « en retard » (par défaut : 10)',
      en: 'points an indicator may lag its straight line before it counts as behind (default: 10)',
    },
  },
  addAgenda: {
    flags: '--add-agenda <title>',
    description: {
      fr: 'ajouter un point à l’ordre du jour, suivi si besoin de --agenda-axis et --agenda-commitments (répétable)',
      en: 'add an agenda item, optionally followed by --agenda-axis and --agenda-commitments (repeatable)',
    },
  },
  agendaAxis: {
    flags: '--agenda-axis <axis>',
    description: { fr: 'axe du point d’ordre du jour qui précède', en: 'axis of the agenda item before it' },
  },
  agendaCommitments: {
    flags: '--agenda-commitments <ids>',
    description: {
      fr: 'engagements du point d’ordre du jour qui précède, séparés par des virgules',
      en: 'commitments of the agenda item before it, comma-separated',
    },
  },
  removeAgenda: {
    flags: '--remove-agenda <n>',
    description: {
      fr: 'retirer le point n de l’ordre du jour (à partir de 1 ; répétable)',
      en: 'remove agenda item n (from 1; repeatable)',
    },
  },
  moveAgenda: {
    flags: '--move-agenda <n:m>',
    description: {
      fr: 'déplacer le point n de l’ordre du jour à la place m (répétable)',
      en: 'move agenda item n to position m (repeatable)',
    },
  },
  addGuest: {
    flags: '--add-guest <"name, organisation">',
    description: {
      fr: 'inviter une personne qui ne représente pas un partenaire (répétable)',
      en: 'invite a person who does not represent a partner (repeatable)',
    },
  },
  removeGuest: {
    flags: '--remove-guest <name>',
    description: { fr: 'retirer cet invité (répétable)', en: 'remove this guest (repeatable)' },
  },
  milestone: {
    flags: '--milestone <"title@date">',
    description: {
      fr: 'un jalon et son échéance, par exemple "Lancement@2027-03-31" (répétable)',
      en: 'a milestone and its due date, e.g. "Launch@2027-03-31" (repeatable)',
    },
  },
  agenda: {
    flags: '--agenda <title>',
    description: { fr: 'un point de l’ordre du jour (répétable)', en: 'an agenda item (repeatable)' },
  },
  guest: {
    flags: '--guest <"name, organisation">',
    description: {
      fr: 'une personne invitée qui ne représente pas un partenaire (répétable)',
      en: 'an invited person who does not represent a partner (repeatable)',
    },
  },
  addMilestone: {
    flags: '--add-milestone <"title@date">',
    description: {
      fr: 'ajouter un jalon et son échéance (répétable)',
      en: 'add a milestone with its due date (repeatable)',
    },
  },
  milestoneDue: {
    flags: '--milestone-due <"n|title=date">',
    description: {
      fr: 'reporter ou avancer un jalon (numéro ou titre) à cette date ; avec --decision, la décision qui l’a voulu',
      en: 'move a milestone (number or title) to this date; with --decision, the decision behind it',
    },
  },
  addIndicator: {
    flags: '--add-indicator <id>',
    description: {
      fr: 'ajouter un indicateur, avec --label, --baseline, --target et si besoin --unit',
      en: 'add an indicator, with --label, --baseline, --target and optional --unit',
    },
  },
  label: {
    flags: '--label <text>',
    description: { fr: 'libellé de l’indicateur ajouté', en: 'label of the indicator added' },
  },
  unit: {
    flags: '--unit <text>',
    description: { fr: 'unité de l’indicateur ajouté', en: 'unit of the indicator added' },
  },
  baseline: {
    flags: '--baseline <"value@date">',
    description: {
      fr: 'valeur de départ de l’indicateur et sa date, par exemple 0@2026-01-01',
      en: "the indicator's baseline value and its date, e.g. 0@2026-01-01",
    },
  },
  target: {
    flags: '--target <"value@date">',
    description: {
      fr: 'valeur cible de l’indicateur et sa date, par exemple 120@2028-12-31',
      en: "the indicator's target value and its date, e.g. 120@2028-12-31",
    },
  },
  people: {
    flags: '--people <partner="Name, Name">',
    description: {
      fr: 'qui représentait ce partenaire, noms séparés par des virgules (répétable)',
      en: 'who represented this partner, names comma-separated (repeatable)',
    },
  },
  guestPresent: {
    flags: '--guest-present <name>',
    description: {
      fr: 'cet invité était présent (répétable ; les autres invités sont notés absents)',
      en: 'this guest attended (repeatable; the other guests are recorded absent)',
    },
  },
  approveMinutes: {
    flags: '--approve-minutes <meeting>',
    description: {
      fr: 'réunion antérieure dont le compte rendu a été approuvé (répétable)',
      en: 'earlier meeting whose minutes were approved (repeatable)',
    },
  },
  chairedBy: {
    flags: '--chaired-by <name>',
    description: { fr: 'la personne qui a présidé la séance', en: 'the person who chaired the meeting' },
  },
  minutes: {
    flags: '--minutes <file.md>',
    description: {
      fr: 'le compte rendu : le texte markdown de ce fichier remplace celui sous l’en-tête de la réunion',
      en: "the minutes: the markdown of this file replaces the text below the meeting's front matter",
    },
  },
  secretary: {
    flags: '--secretary <name>',
    description: { fr: 'le ou la secrétaire de séance', en: 'the secretary of the meeting' },
  },
  debug: {
    flags: '--debug',
    description: { fr: 'afficher la pile d’appels des erreurs internes', en: 'print stack traces of internal errors' },
  },
} as const satisfies Record<string, OptionSpec>;

export type OptionName = keyof typeof OPTIONS;
