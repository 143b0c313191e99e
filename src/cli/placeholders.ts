/**
 * The placeholders of the help (`--out <dir>`, `update <commitment>`) in the reader's
 * language: commander names a flag after its long form only, so what stands between
 * the brackets is free text, and a French secretariat reads `--out <dossier>`.
 */
import type { Lang } from '../i18n/lang.js';

const FRENCH: Readonly<Record<string, string>> = {
  'action-id': 'id-action',
  amount: 'montant',
  axis: 'axe',
  commitment: 'engagement',
  date: 'date',
  dir: 'dossier',
  email: 'courriel',
  file: 'fichier',
  from: 'depuis',
  handles: 'comptes',
  host: 'hébergeur',
  index: 'numéro',
  indicator: 'indicateur',
  kind: 'type',
  lang: 'langue',
  meeting: 'réunion',
  months: 'mois',
  name: 'nom',
  Name: 'Nom',
  new: 'nouveau',
  old: 'ancien',
  organisation: 'organisme',
  partner: 'partenaire',
  path: 'chemin',
  percent: 'pourcentage',
  rev: 'révision',
  role: 'fonction',
  'rule-id': 'id-règle',
  seconds: 'secondes',
  spec: 'paquet',
  status: 'statut',
  text: 'texte',
  title: 'titre',
  to: 'vers',
  value: 'valeur',
  view: 'vue',
};

/** A flag's syntax with its value's placeholder replaced (`--out <dir>` → `--out <file>`); a switch stays a switch. */
export function withPlaceholder(flags: string, placeholder: string | undefined): string {
  return placeholder === undefined ? flags : flags.replace(/<[^>]*>/, `<${placeholder}>`);
}

/** `syntax` with each word between < > or [ ] said in `lang`; a word it does not know (`yaml`, `HH`) is kept. */
export function placeholdersIn(syntax: string, lang: Lang): string {
  if (lang === 'en') return syntax;
  return syntax.replace(/<[^>]*>|\[[^\]]*\]/g, (placeholder) =>
    placeholder.replace(/[A-Za-z][\w-]*/g, (word) => FRENCH[word] ?? word),
  );
}
