/**
 * Every word `roadmap init` writes or says, in French and English: the
 * skeleton's example values, the comments and step names of the CI files,
 * the refusals and the next steps.
 */
import { messageTable } from '../i18n/messageTable.js';
import type { Text } from '../i18n/lang.js';
import { WHO_MUST_APPROVE } from '../owners/ownersMessages.js';

export const initWord = messageTable({
  // The skeleton's example values (valid, so `roadmap validate` passes at once).
  'skeleton/replace-me': {
    fr: 'Squelette créé par roadmap init : remplacez les valeurs d’exemple.',
    en: 'Skeleton made by roadmap init: replace the example values.',
  },
  'skeleton/convention-title': { fr: 'Convention de partenariat', en: 'Partnership agreement' },
  'skeleton/committee': { fr: 'Comité de pilotage', en: 'Steering committee' },
  'skeleton/partner-name': { fr: 'Territoire chef de file', en: 'Lead territory' },
  'skeleton/partner-short-name': { fr: 'Territoire', en: 'Territory' },
  'skeleton/maintainers': { fr: '@organisation/equipe', en: '@organisation/team' },
  'skeleton/axis-title': { fr: 'Premier axe stratégique', en: 'First strategic axis' },
  'skeleton/axis-short-title': { fr: 'Axe 1', en: 'Axis 1' },
  'skeleton/commitment-title': { fr: 'Premier engagement', en: 'First commitment' },
  'gitignore/header': {
    fr: 'Écrit par les commandes roadmap : produit de nouveau à chaque fois, jamais versionné.',
    en: 'Written by roadmap commands: made again every time, never committed.',
  },
  'gitignore/briefs': {
    fr: 'Dossiers de séance, convocations, procès-verbaux et brouillons de relance (ils contiennent des adresses électroniques).',
    en: 'Briefing packs, convocations, minutes and reminder drafts (they hold e-mail addresses).',
  },
  'gitignore/site': { fr: 'Le site produit par roadmap site.', en: 'The website made by roadmap site.' },
  'gitignore/calendar': {
    fr: 'Calendriers (roadmap calendar --output) et courriels (.eml) écrits hors de briefs/.',
    en: 'Calendars (roadmap calendar --output) and e-mails (.eml) written outside briefs/.',
  },
  'skeleton/signature': { fr: 'Signature', en: 'Signature' },
  'skeleton/signature-title': { fr: 'Signature de la convention', en: 'Signing of the agreement' },
  'skeleton/signature-minutes': {
    fr: 'La convention a été signée ce jour par les partenaires signataires.',
    en: 'The agreement was signed on this day by the signatory partners.',
  },
  'skeleton/signature-planned': { fr: 'Signature prévue de la convention.', en: 'Planned signing of the agreement.' },
  'skeleton/milestone': { fr: 'Lancement', en: 'Launch' },
  'skeleton/indicator-id': { fr: 'entreprises-accompagnees', en: 'firms-supported' },
  'skeleton/indicator-label': { fr: 'Entreprises accompagnées', en: 'Firms supported' },
  'skeleton/indicator-unit': { fr: 'entreprises', en: 'firms' },

  // The CI files: comments and the step names shown on the git host.
  'ci/header': {
    fr: 'Vérifie la feuille de route à chaque demande de fusion qui la touche (annotations au fichier, à la ligne et à la colonne près), puis à chaque envoi sur la branche {branch}.',
    en: 'Checks the roadmap on every pull request that touches it (annotations at the exact file, line and column), then on every push to {branch}.',
  },
  'ci/made-by': { fr: 'Écrit par roadmap init ({tool}).', en: 'Written by roadmap init ({tool}).' },
  'ci/tool': {
    fr: 'La version de l’outil est fixée ici : changez-la pour mettre l’outil à jour.',
    en: 'The tool’s version is pinned here: change it to update the tool.',
  },
  'ci/history': {
    fr: 'Tout l’historique : --changed-since et diff partent de la branche cible.',
    en: 'The whole history: --changed-since and diff start from the target branch.',
  },
  'ci/base': {
    fr: 'Par l’environnement plutôt qu’en ligne : un nom de branche n’est jamais lu comme du shell.',
    en: 'Through the environment rather than inline: a branch name is never read as shell.',
  },
  'ci/report-only': {
    fr: 'Pour information seulement : une révision cassée est déjà signalée par la vérification.',
    en: 'Reporting only: a broken revision is already reported by the check.',
  },
  'step/install': { fr: 'Installer roadmap', en: 'Install roadmap' },
  'step/validate-changed': {
    fr: 'Vérifier les fichiers modifiés par la demande',
    en: 'Check the files this pull request changed',
  },
  'step/validate-all': { fr: 'Vérifier toute la feuille de route', en: 'Check the whole roadmap' },
  'step/diff': { fr: 'Ce qui change, en clair', en: 'What changed, by meaning' },
  'step/owners': WHO_MUST_APPROVE,
  'step/site': { fr: 'Construire le site', en: 'Build the website' },
  'step/open-data': { fr: 'Exporter les données ouvertes', en: 'Export the open data' },
  'ci/open-data': {
    fr: 'Les données ouvertes (paquet de données Frictionless) sont publiées dans data/ : c’est l’adresse data/datapackage.json qu’un portefeuille de conventions lit.',
    en: 'The open data (a Frictionless data package) is published under data/: data/datapackage.json is the address a portfolio of conventions reads.',
  },
  'ci/site': {
    fr: 'Le site public de la feuille de route, publié à chaque envoi sur la branche {branch}.',
    en: 'The roadmap’s public website, published on every push to {branch}.',
  },
  'ci/gitlab-reports': {
    fr: 'Rapports lus par GitLab : Code Quality (dans la demande de fusion) et JUnit (onglet Tests).',
    en: 'Reports GitLab reads: Code Quality (in the merge request) and JUnit (Tests tab).',
  },
  'ci/gitlab-changed': {
    fr: 'Dans une demande de fusion, seuls les fichiers modifiés depuis la base sont vérifiés un à un.',
    en: 'In a merge request, only the files changed since the base are checked one by one.',
  },

  // Refusals and the next steps.
  'refuse/not-a-folder': {
    fr: '{dir} existe et n’est pas un dossier. Rien n’a été écrit.',
    en: '{dir} exists and is not a folder. Nothing was written.',
  },
  'refuse/exists': {
    fr: 'init n’écrase aucun fichier, et ceux-ci existent déjà : {files}. Rien n’a été écrit ; déplacez-les ou choisissez un autre dossier.',
    en: 'init never overwrites a file, and these already exist: {files}. Nothing was written; move them or choose another folder.',
  },
  'refuse/ci': {
    fr: '--ci attend github ou gitlab, pas « {value} ».',
    en: '--ci expects github or gitlab, not "{value}".',
  },
  'refuse/install': {
    fr: '--install attend une seule ligne (un nom de paquet, une archive ou une URL git), sans « $ », accent grave ni tiret au début : rien qu’un shell ou la CI interpréterait.',
    en: '--install expects one line (a package name, a tarball or a git URL), with no "$", backtick nor leading hyphen: nothing a shell or the CI would interpret.',
  },
  'refuse/language': {
    fr: '--language attend fr ou en, pas « {value} ».',
    en: '--language expects fr or en, not "{value}".',
  },
  'next/title': { fr: 'Dépôt prêt dans {dir}. Et maintenant :', en: 'Repository ready in {dir}. Next steps:' },
  'next/facts': {
    fr: 'Remplacez les valeurs d’exemple de roadmap/ par celles de votre partenariat, sans toucher au YAML : roadmap edit convention, roadmap new partner|axis|commitment, roadmap rename, roadmap remove (voir roadmap edit --help) ; puis vérifiez : roadmap validate',
    en: 'Replace the example values in roadmap/ with your partnership’s, without touching YAML: roadmap edit convention, roadmap new partner|axis|commitment, roadmap rename, roadmap remove (see roadmap edit --help); then check: roadmap validate',
  },
  'next/owners': {
    fr: 'Après chaque changement de responsables, régénérez {codeowners} : roadmap owners --write',
    en: 'After any change of maintainers, regenerate {codeowners}: roadmap owners --write',
  },
  'next/owners-gitlab': {
    fr: 'Après chaque changement de responsables, régénérez {codeowners} : roadmap owners > {codeowners}',
    en: 'After any change of maintainers, regenerate {codeowners}: roadmap owners > {codeowners}',
  },
  'next/commit': {
    fr: 'Enregistrez et publiez : `git add -A && git commit -m "Feuille de route" && git push`',
    en: 'Commit and publish: `git add -A && git commit -m "Roadmap" && git push`',
  },
  'next/github': {
    fr: 'Sur GitHub, protégez la branche {branch} : vérification « roadmap » obligatoire et approbation des propriétaires du code (Settings → Branches).',
    en: 'On GitHub, protect the {branch} branch: require the "roadmap" check and code owners’ review (Settings → Branches).',
  },
  'next/gitlab': {
    fr: 'Sur GitLab, protégez la branche {branch} : pipeline réussi et approbation des propriétaires du code obligatoires (Settings → Merge requests, Repository → Protected branches).',
    en: 'On GitLab, protect the {branch} branch: require a successful pipeline and code owners’ approval (Settings → Merge requests, Repository → Protected branches).',
  },
  'next/site-github': {
    fr: 'Pour le site : Settings → Pages → Source : GitHub Actions.',
    en: 'For the website: Settings → Pages → Source: GitHub Actions.',
  },
  'next/partners': {
    fr: 'Envoyez aux partenaires le guide {guide} : il explique comment mettre à jour un engagement depuis le navigateur ; roadmap guide --write le récrit à partir des données du jour.',
    en: 'Send partners the guide {guide}: it explains how to update a commitment from the browser; roadmap guide --write rewrites it from today’s data.',
  },
  'next/not-top': {
    fr: 'Attention : {dir} n’est pas la racine du dépôt git ({top}) ; la forge ne lit {ci} qu’à la racine.',
    en: 'Warning: {dir} is not the top of the git repository ({top}); the git host reads {ci} only at the top.',
  },
} satisfies Record<string, Text>);
