/**
 * Every rule of the catalogue, triggered by a small fixture (the base roadmap
 * with one file broken), and its message and fix checked word for word in
 * French and in English. Expected texts are written by hand.
 */
import { mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { catalogue } from '../src/diagnostics/catalogue.js';
import type { Result } from '../src/diagnostics/diagnostic.js';
import type { Lang } from '../src/i18n/lang.js';
import { openRoadmap } from '../src/commands/opening/openRoadmap.js';
import { CODEOWNERS_MARKERS } from '../src/owners/renderCodeowners.js';
import { guideRenderer } from '../src/commands/setup/generatedFiles.js';
import { FIXTURES, roadmapFrom, tempDir } from './helpers/cli.js';

const AS_OF = '2026-11-25';
const BASE = join(FIXTURES, 'base', 'roadmap');
const GUICHET = readFileSync(join(BASE, 'commitments', 'guichet-unique.md'), 'utf8');
const MEETING = readFileSync(join(BASE, 'meetings', 'comite-2018-11-15.md'), 'utf8');
const CCI = readFileSync(join(BASE, 'partners', 'cci.yaml'), 'utf8');

/** The base commitment with some of its text replaced. */
function guichet(...replacements: [string, string][]): string {
  return edit(GUICHET, replacements);
}

function meeting(...replacements: [string, string][]): string {
  return edit(MEETING, replacements);
}

function edit(text: string, replacements: [string, string][]): string {
  let out = text;
  for (const [from, to] of replacements) {
    if (!out.includes(from)) throw new Error(`fixture text not found: ${from}`);
    out = out.replace(from, to);
  }
  return out;
}

type Expected = Record<Lang, [message: string, fix: string]>;

interface Case {
  rule: string;
  files?: Record<string, string | Uint8Array | null>;
  /** Changes to the copied roadmap that `files` cannot express (links, folders). */
  prepare?: (root: string) => void;
  /** The committed .github/CODEOWNERS validate would find around the roadmap. */
  codeowners?: string;
  /** The partner guide committed beside the roadmap (guide/out-of-date). */
  guide?: string;
  expected: Expected;
}

const X_NOTE = {
  fr: 'Pour garder une note libre, préfixez son nom par « x- » (par exemple « x-note »).',
  en: 'To keep a free note, prefix its name with "x-" (for example "x-note").',
};

const CASES: Case[] = [
  {
    rule: 'read/unreadable',
    prepare: (root) => symlinkSync('boucle.md', join(root, 'commitments', 'boucle.md')),
    expected: {
      fr: [
        'Le fichier ne peut pas être lu (lien symbolique en boucle).',
        'Vérifiez les droits du fichier et qu’il ne s’agit pas d’un lien cassé ou en boucle.',
      ],
      en: [
        'The file cannot be read (symbolic link loop).',
        'Check the file permissions and that it is not a broken or looping link.',
      ],
    },
  },
  {
    rule: 'read/too-large',
    files: { 'commitments/enorme.md': `---\nid: enorme\n---\n${'x'.repeat(1024 * 1024)}` },
    expected: {
      fr: [
        'Le fichier fait 1048595 octets, au-delà de la limite de 1048576 octets.',
        'Raccourcissez-le : déplacez les longues annexes dans un document lié.',
      ],
      en: [
        'The file is 1048595 bytes, over the 1048576-byte limit.',
        'Shorten it: move long annexes to a linked document.',
      ],
    },
  },
  {
    rule: 'read/symlink-outside',
    prepare: (root) => symlinkSync('/etc/hostname', join(root, 'partners', 'dehors.yaml')),
    expected: {
      fr: [
        'Ce lien symbolique pointe hors du dossier de la feuille de route ; il n’a pas été lu.',
        'Remplacez le lien par le fichier lui-même.',
      ],
      en: [
        'This symbolic link points outside the roadmap folder; it was not read.',
        'Replace the link with the file itself.',
      ],
    },
  },
  {
    rule: 'read/not-a-file',
    prepare: (root) => mkdirSync(join(root, 'commitments', 'dossier.md')),
    expected: {
      fr: ['« commitments/dossier.md » est un dossier, pas un fichier.', 'Renommez ou supprimez ce dossier.'],
      en: ['"commitments/dossier.md" is a folder, not a file.', 'Rename or remove this folder.'],
    },
  },
  {
    rule: 'read/unexpected-file',
    files: { 'partners/cma.yml': 'id: cma\n' },
    expected: {
      fr: [
        'Ce fichier n’est pas lu : seuls les fichiers .yaml sont attendus ici.',
        'Renommez-le avec la bonne extension, ou déplacez-le hors du dossier.',
      ],
      en: [
        'This file is not read: only .yaml files are expected here.',
        'Rename it with the right extension, or move it out of the folder.',
      ],
    },
  },
  {
    rule: 'read/unexpected-place',
    files: { 'Commitments/perdu.md': '---\nid: perdu\n---\n' },
    expected: {
      fr: [
        '« Commitments » n’est pas lu : le dossier de la feuille de route ne contient que convention.yaml et les dossiers partners/, axes/, commitments/ et meetings/.',
        'Déplacez-le hors du dossier de la feuille de route, ou mettez ses fichiers dans le bon dossier, au nom écrit en minuscules (commitments/, pas Commitments/).',
      ],
      en: [
        '"Commitments" is not read: the roadmap folder holds only convention.yaml and the partners/, axes/, commitments/ and meetings/ folders.',
        'Move it out of the roadmap folder, or put its files in the right folder, named in lower case (commitments/, not Commitments/).',
      ],
    },
  },
  {
    rule: 'read/missing-convention',
    files: { 'convention.yaml': null },
    expected: {
      fr: [
        'Il n’y a pas de fichier convention.yaml dans ce dossier.',
        'Créez convention.yaml (voir `roadmap init`) ou indiquez le bon dossier avec --dir.',
      ],
      en: [
        'There is no convention.yaml in this folder.',
        'Create convention.yaml (see `roadmap init`) or point at the right folder with --dir.',
      ],
    },
  },
  {
    rule: 'encoding/not-utf8',
    // Windows-1252's apostrophe (0x92), as pasted from a word processor.
    files: { 'partners/cci.yaml': Buffer.from('id: cci\nname: l\x92accueil\n', 'latin1') },
    expected: {
      fr: [
        'Le fichier n’est pas en UTF-8 (octet invalide à la position 15).',
        'Enregistrez le fichier en UTF-8 (dans l’éditeur : « Enregistrer avec l’encodage » → UTF-8).',
      ],
      en: [
        'The file is not UTF-8 (invalid byte at offset 15).',
        'Save the file as UTF-8 (in the editor: "Save with encoding" → UTF-8).',
      ],
    },
  },
  {
    rule: 'encoding/utf16',
    files: { 'partners/cci.yaml': Buffer.from('\ufeffid: cci\n', 'utf16le') },
    expected: {
      fr: ['Le fichier est en UTF-16 ; seul l’UTF-8 est accepté.', 'Enregistrez le fichier en UTF-8.'],
      en: ['The file is UTF-16; only UTF-8 is accepted.', 'Save the file as UTF-8.'],
    },
  },
  {
    rule: 'encoding/binary',
    files: { 'partners/cci.yaml': Uint8Array.from([0x69, 0x64, 0x00, 0x01]) },
    expected: {
      fr: [
        'Le fichier contient un caractère nul : ce n’est pas un fichier texte.',
        'Remplacez-le par le fichier texte attendu.',
      ],
      en: ['The file contains a NUL character: it is not a text file.', 'Replace it with the expected text file.'],
    },
  },
  {
    rule: 'file/empty',
    files: { 'partners/cci.yaml': '' },
    expected: {
      fr: ['Le fichier est vide.', 'Remplissez-le (voir `roadmap new`) ou supprimez-le.'],
      en: ['The file is empty.', 'Fill it in (see `roadmap new`) or delete it.'],
    },
  },
  {
    rule: 'file/too-many-problems',
    files: { 'partners/cci.yaml': CCI + Array.from({ length: 150 }, (_, i) => `champ-${i}: 1\n`).join('') },
    expected: {
      fr: [
        'Ce fichier a encore 50 problèmes : ils ne sont pas listés.',
        'Corrigez les problèmes listés, puis relancez la validation : le fichier est sans doute très abîmé ou n’est pas le bon.',
      ],
      en: [
        'This file has 50 problems beyond these: they are not listed.',
        'Fix the problems listed, then validate again: the file is probably badly damaged or the wrong one.',
      ],
    },
  },
  {
    rule: 'frontmatter/missing',
    files: { 'commitments/guichet-unique.md': GUICHET.slice(4) },
    expected: {
      fr: [
        'Le fichier doit commencer par une ligne « --- » qui ouvre l’en-tête YAML.',
        'Mettez « --- » sur la toute première ligne (sans ligne vide ni espace avant), puis les champs, puis « --- ».',
      ],
      en: [
        'The file must start with a "---" line opening the YAML front matter.',
        'Put "---" on the very first line (no blank line or space before it), then the fields, then "---".',
      ],
    },
  },
  {
    rule: 'frontmatter/unterminated',
    files: { 'commitments/guichet-unique.md': guichet(['\n---\nUn point', '\nUn point']) },
    expected: {
      fr: [
        'L’en-tête YAML ouvert ligne 1 n’est jamais fermé.',
        'Ajoutez une ligne « --- » après le dernier champ, avant la description.',
      ],
      en: [
        'The YAML front matter opened on line 1 is never closed.',
        'Add a "---" line after the last field, before the description.',
      ],
    },
  },
  {
    rule: 'frontmatter/executable',
    files: { 'commitments/guichet-unique.md': `---js\n${GUICHET.slice(4)}` },
    expected: {
      fr: [
        'L’en-tête « ---js » est du code exécutable ; il est refusé et n’a pas été exécuté.',
        'Écrivez l’en-tête en YAML, ouvert par « --- » seul.',
      ],
      en: [
        'The "---js" front matter is executable code; it is refused and was not run.',
        'Write the front matter in YAML, opened by a bare "---".',
      ],
    },
  },
  {
    rule: 'yaml/syntax',
    files: {
      'commitments/guichet-unique.md': guichet([
        'title: Guichet unique des créateurs',
        'title: "Guichet unique des créateurs',
      ]),
    },
    expected: {
      fr: [
        'Erreur de syntaxe YAML : un guillemet ouvert n’est jamais refermé.',
        'Corrigez la syntaxe à cet endroit : indentation en espaces (pas de tabulation), « clé: valeur », guillemets fermés.',
      ],
      en: [
        'YAML syntax error: an opening quote is never closed.',
        'Fix the syntax here: indent with spaces (no tabs), "key: value", closed quotes.',
      ],
    },
  },
  {
    rule: 'yaml/duplicate-key',
    files: {
      'commitments/guichet-unique.md': guichet(['status: in_progress\n', 'status: in_progress\nstatus: done\n']),
    },
    expected: {
      fr: ['La clé « status » apparaît deux fois.', 'Gardez une seule occurrence de « status » avec la bonne valeur.'],
      en: ['The key "status" appears twice.', 'Keep a single "status" with the right value.'],
    },
  },
  {
    rule: 'yaml/multiple-documents',
    files: { 'partners/cci.yaml': `${CCI}---\nid: autre\n` },
    expected: {
      fr: [
        'Le fichier contient plusieurs documents YAML séparés par « --- ».',
        'Gardez un seul document par fichier ; une entité par fichier.',
      ],
      en: [
        'The file holds several YAML documents separated by "---".',
        'Keep one document per file; one entity per file.',
      ],
    },
  },
  {
    rule: 'yaml/tag',
    files: { 'partners/cci.yaml': CCI.replace('short_name: CCI', 'short_name: !!js/function CCI') },
    expected: {
      fr: [
        'L’étiquette YAML « !!js/function » n’est pas acceptée.',
        'Retirez l’étiquette et écrivez une valeur simple (texte, nombre, date AAAA-MM-JJ).',
      ],
      en: [
        'The YAML tag "!!js/function" is not accepted.',
        'Remove the tag and write a plain value (text, number, YYYY-MM-DD date).',
      ],
    },
  },
  {
    rule: 'yaml/alias-limit',
    files: { 'partners/cci.yaml': `${CCI}x-a: &a [1, 2]\nx-b: [${Array(120).fill('*a').join(', ')}]\n` },
    expected: {
      fr: [
        'Trop d’alias YAML (*nom) : le fichier se développerait démesurément.',
        'Écrivez les valeurs en clair au lieu d’ancres et d’alias.',
      ],
      en: [
        'Too many YAML aliases (*name): the file would expand enormously.',
        'Write the values out instead of anchors and aliases.',
      ],
    },
  },
  {
    rule: 'yaml/too-deep',
    files: { 'partners/cci.yaml': `${CCI}x-deep: ${'['.repeat(80)}${']'.repeat(80)}\n` },
    expected: {
      fr: [
        'Le YAML est imbriqué sur plus de 64 niveaux.',
        'Aplatissez la structure : aucun champ n’en demande autant.',
      ],
      en: ['The YAML is nested more than 64 levels deep.', 'Flatten the structure: no field needs that many levels.'],
    },
  },
  {
    rule: 'yaml/complex-key',
    files: { 'partners/cci.yaml': `${CCI}? [a, b]\n: 1\n` },
    expected: {
      fr: ['Une clé doit être un simple texte, pas une liste ni un objet.', 'Remplacez la clé par un nom de champ.'],
      en: ['A key must be plain text, not a list or a mapping.', 'Replace the key with a field name.'],
    },
  },
  {
    rule: 'yaml/not-a-mapping',
    files: { 'partners/cci.yaml': '- id: cci\n- id: ept\n' },
    expected: {
      fr: [
        'Le contenu doit être une suite de champs « clé: valeur », pas une liste.',
        'Écrivez les champs de l’entité, un par ligne : « id: … », « title: … ».',
      ],
      en: [
        'The content must be a set of "key: value" fields, not a list.',
        'Write the entity’s fields, one per line: "id: …", "title: …".',
      ],
    },
  },
  {
    rule: 'schema/required',
    files: { 'commitments/guichet-unique.md': guichet(['  - title: Ouverture\n', '  - x-note: Ouverture\n']) },
    expected: {
      fr: [
        'Il manque le champ obligatoire « title » (Intitulé du jalon) dans « jalon 2 ».',
        'Ajoutez une ligne « title: … » dans « jalon 2 », avec le même retrait que les champs voisins.',
      ],
      en: [
        'The required field "title" (Milestone title) is missing in "milestone 2".',
        'Add a "title: …" line in "milestone 2", indented like the fields around it.',
      ],
    },
  },
  {
    rule: 'schema/unknown-field',
    files: { 'commitments/guichet-unique.md': guichet(['    done_on: 2018-12-15', '    done-on: 2018-12-15']) },
    expected: {
      fr: [
        'Le champ « done-on » n’existe pas à cet endroit.',
        `Renommez « done-on » en « done_on » (Réalisé le). ${X_NOTE.fr}`,
      ],
      en: ['There is no field "done-on" here.', `Rename "done-on" to "done_on" (Done on). ${X_NOTE.en}`],
    },
  },
  {
    rule: 'schema/type',
    files: {
      'commitments/guichet-unique.md': guichet(['status: in_progress\n', 'status: in_progress\nprogress: "50 %"\n']),
    },
    expected: {
      fr: [
        '« progress » doit être un nombre, pas un texte.',
        'Écrivez un nombre, par exemple « progress: 40 ». Un nombre s’écrit sans unité ni espace, les décimales avec un point : 12.5.',
      ],
      en: [
        '"progress" must be a number, not text.',
        'Write a number, for example "progress: 40". A number is written without unit or spaces, decimals with a point: 12.5.',
      ],
    },
  },
  {
    rule: 'schema/enum',
    files: { 'commitments/guichet-unique.md': guichet(['status: in_progress\nstart', 'status: en cours\nstart']) },
    expected: {
      fr: [
        '« en cours » n’est pas une valeur permise pour « status ».',
        'Écrivez plutôt « in_progress ». Valeurs possibles : planned (prévu), in_progress (en cours), blocked (bloqué), done (réalisé), cancelled (abandonné).',
      ],
      en: [
        '"en cours" is not an allowed value for "status".',
        'Write "in_progress" instead. Allowed values: planned, in_progress, blocked, done, cancelled.',
      ],
    },
  },
  {
    rule: 'schema/range',
    files: {
      'commitments/guichet-unique.md': guichet(['status: in_progress\n', 'status: in_progress\nprogress: 150\n']),
    },
    expected: {
      fr: [
        '« progress » vaut 150 ; il doit être inférieur ou égal à 100.',
        'Donnez une valeur dans les limites permises (inférieur ou égal à 100).',
      ],
      en: ['"progress" is 150; it must be at most 100.', 'Give a value within the allowed bounds (at most 100).'],
    },
  },
  {
    rule: 'schema/length',
    files: { 'commitments/guichet-unique.md': guichet(['title: Guichet unique des créateurs', 'title: ""']) },
    expected: {
      fr: ['« title » est vide alors qu’il doit être rempli.', 'Complétez ou raccourcissez cette valeur.'],
      en: ['"title" is empty but must be filled in.', 'Complete or shorten this value.'],
    },
  },
  {
    rule: 'schema/pattern',
    files: { 'partners/cci.yaml': CCI.replace('["@test/cci"]', '["jean dupont"]') },
    expected: {
      fr: [
        '« responsable 1 » n’a pas la forme attendue : « jean dupont ».',
        'Écrivez la valeur sous la forme attendue, par exemple « @cci-idf/val-de-marne ».',
      ],
      en: [
        '"maintainer 1" does not have the expected form: "jean dupont".',
        'Write the value in the expected form, for example "@cci-idf/val-de-marne".',
      ],
    },
  },
  {
    rule: 'schema/duplicate-item',
    files: { 'commitments/guichet-unique.md': guichet(['partners: [ept]', 'partners: [ept, ept]']) },
    expected: {
      fr: ['La liste « partners » contient deux fois la même valeur.', 'Retirez le doublon.'],
      en: ['The list "partners" holds the same value twice.', 'Remove the duplicate.'],
    },
  },
  {
    rule: 'id/format',
    files: { 'commitments/guichet-unique.md': guichet(['id: guichet-unique', 'id: Guichet_Unique']) },
    expected: {
      fr: [
        'L’identifiant « Guichet_Unique » doit être en minuscules, chiffres et tirets (ex. « guichet-unique »).',
        'Remplacez-le par « guichet-unique » et renommez le fichier de même.',
      ],
      en: [
        'The id "Guichet_Unique" must be lowercase letters, digits and dashes (e.g. "guichet-unique").',
        'Replace it with "guichet-unique" and rename the file to match.',
      ],
    },
  },
  {
    rule: 'id/file-name',
    files: { 'commitments/guichet-unique.md': guichet(['id: guichet-unique', 'id: guichet']) },
    expected: {
      fr: [
        'L’identifiant « guichet » ne correspond pas au nom du fichier « guichet-unique.md ».',
        'Renommez le fichier en « guichet.md » ou corrigez l’identifiant.',
      ],
      en: [
        'The id "guichet" does not match the file name "guichet-unique.md".',
        'Rename the file to "guichet.md" or fix the id.',
      ],
    },
  },
  {
    rule: 'id/duplicate',
    files: {
      'meetings/comite-2019-03-21.md': meeting(
        ['id: comite-2018-11-15', 'id: comite-2019-03-21'],
        ['date: 2018-11-15', 'date: 2019-03-21'],
        ['id: d-1', 'id: d-2'],
      ),
    },
    expected: {
      fr: [
        'L’identifiant « a-1 » est déjà utilisé (meetings/comite-2018-11-15.md actions[0]).',
        'Choisissez un identifiant unique.',
      ],
      en: ['The id "a-1" is already used (meetings/comite-2018-11-15.md actions[0]).', 'Choose a unique id.'],
    },
  },
  {
    rule: 'axis/duplicate-number',
    files: {
      'axes/createurs.md': readFileSync(join(BASE, 'axes', 'createurs.md'), 'utf8').replace('number: 2', 'number: 1'),
    },
    expected: {
      fr: ['Le numéro d’axe 1 est déjà pris par « createurs ».', 'Donnez à chaque axe un numéro différent.'],
      en: ['Axis number 1 is already taken by "createurs".', 'Give each axis a different number.'],
    },
  },
  {
    rule: 'ref/unknown-partner',
    files: { 'commitments/guichet-unique.md': guichet(['lead: cci', 'lead: cci-94']) },
    expected: {
      fr: [
        'Le partenaire « cci-94 » n’existe pas : il n’y a pas de fichier partners/cci-94.yaml.',
        'Écrivez l’identifiant d’un partenaire existant (le nom de son fichier dans partners/, sans « .yaml ») : cci.',
      ],
      en: [
        'Partner "cci-94" does not exist: there is no partners/cci-94.yaml file.',
        'Write the id of an existing partner (its file name in partners/, without ".yaml"): cci.',
      ],
    },
  },
  {
    rule: 'ref/unknown-axis',
    files: { 'commitments/guichet-unique.md': guichet(['axis: createurs', 'axis: creation']) },
    expected: {
      fr: [
        'L’axe « creation » n’existe pas : il n’y a pas de fichier axes/creation.md.',
        'Écrivez l’identifiant d’un axe existant (le nom de son fichier dans axes/, sans « .md ») : createurs, gouvernance.',
      ],
      en: [
        'Axis "creation" does not exist: there is no axes/creation.md file.',
        'Write the id of an existing axis (its file name in axes/, without ".md"): createurs, gouvernance.',
      ],
    },
  },
  {
    rule: 'ref/unknown-commitment',
    files: {
      'meetings/comite-2018-11-15.md': meeting([
        'commitments: [reglement]\ndecisions',
        'commitments: [reglemnt]\ndecisions',
      ]),
    },
    expected: {
      fr: [
        'L’engagement « reglemnt » n’existe pas : il n’y a pas de fichier commitments/reglemnt.md.',
        'Écrivez l’identifiant d’un engagement existant (le nom de son fichier dans commitments/, sans « .md ») : reglement.',
      ],
      en: [
        'Commitment "reglemnt" does not exist: there is no commitments/reglemnt.md file.',
        'Write the id of an existing commitment (its file name in commitments/, without ".md"): reglement.',
      ],
    },
  },
  {
    rule: 'date/invalid',
    files: { 'commitments/guichet-unique.md': guichet(['due: 2030-06-30', 'due: 2019-02-29']) },
    expected: {
      fr: [
        'Échéance (due) : « 2019-02-29 » n’est pas une date valide (ce mois n’a que 28 jours).',
        'Écrivez une date qui existe, au format AAAA-MM-JJ, sans heure (par exemple 2019-09-30).',
      ],
      en: [
        'Due date (due): "2019-02-29" is not a valid date (that month has only 28 days).',
        'Write a date that exists, as YYYY-MM-DD, with no time (for example 2019-09-30).',
      ],
    },
  },
  {
    rule: 'date/order',
    files: { 'commitments/guichet-unique.md': guichet(['due: 2030-06-30', 'due: 2018-08-01']) },
    expected: {
      fr: [
        '« due » (1er août 2018) tombe avant « start » (1er septembre 2018).',
        'Corrigez l’une des deux dates : « due » doit être le même jour que « start » ou après.',
      ],
      en: [
        '"due" (1 August 2018) falls before "start" (1 September 2018).',
        'Fix one of the two dates: "due" must be on or after "start".',
      ],
    },
  },
  {
    rule: 'date/future',
    files: {
      'commitments/guichet-unique.md': guichet(['    due: 2030-03-31', '    due: 2030-03-31\n    done_on: 2027-01-15']),
    },
    expected: {
      fr: [
        '« done_on » est daté du 15 janvier 2027, dans le futur (nous sommes le 25 novembre 2026).',
        'Ne renseignez « done_on » qu’une fois la chose faite, avec la date réelle ; en attendant, retirez la ligne.',
      ],
      en: [
        '"done_on" is dated 15 January 2027, in the future (today is 25 November 2026).',
        'Fill in "done_on" only once it is done, with the real date; until then, remove the line.',
      ],
    },
  },
  {
    rule: 'amount/decimals',
    files: {
      'commitments/guichet-unique.md': guichet([
        '    status: in_progress\n---',
        '    status: in_progress\nbudget:\n  funders:\n    - { partner: cci, planned: 12.345 }\n---',
      ]),
    },
    expected: {
      fr: [
        '« budget, cofinanceur 1, planned » vaut 12.345 : un montant a au plus deux décimales.',
        'Arrondissez au centime, par exemple « 12.35 », sans espace ni symbole.',
      ],
      en: [
        '"budget, co-funder 1, planned" is 12.345: an amount has at most two decimals.',
        'Round it to the cent, for example "12.35", without spaces or a currency sign.',
      ],
    },
  },
  {
    rule: 'money/committed-over-planned',
    files: {
      'commitments/guichet-unique.md': guichet([
        '    status: in_progress\n---',
        '    status: in_progress\nbudget:\n  funders:\n    - { partner: cci, planned: 1000, committed: [{ date: 2019-01-01, amount: 1234.5 }] }\n---',
      ]),
    },
    expected: {
      fr: [
        '« cci » a engagé 1\u202f234,50\u202f€, plus que sa part prévue de 1\u202f000\u202f€.',
        'Relevez sa part prévue (roadmap update <engagement> --funder cci=<montant>) ou corrigez le montant engagé.',
      ],
      en: [
        '"cci" committed €1,234.50, more than its planned share of €1,000.',
        'Raise its planned share (roadmap update <commitment> --funder cci=<amount>) or correct the amount committed.',
      ],
    },
  },
  {
    rule: 'money/paid-over-committed',
    files: {
      'commitments/guichet-unique.md': guichet([
        '    status: in_progress\n---',
        '    status: in_progress\nbudget:\n  funders:\n    - { partner: ept, planned: 1000, paid: [{ date: 2019-01-01, amount: 0.5 }] }\n---',
      ]),
    },
    expected: {
      fr: [
        '« ept » a payé 0,50\u202f€, plus que les 0\u202f€ engagés.',
        'Enregistrez l’engagement qui manque (roadmap update <engagement> --committed ept=<montant> --ref <délibération>) ou corrigez le paiement.',
      ],
      en: [
        '"ept" paid €0.50, more than the €0 committed.',
        'Record the missing commitment (roadmap update <commitment> --committed ept=<amount> --ref <vote>) or correct the payment.',
      ],
    },
  },
  {
    rule: 'money/planned-over-cost',
    files: {
      'commitments/guichet-unique.md': guichet([
        '    status: in_progress\n---',
        '    status: in_progress\nbudget:\n  cost: 100\n  funders:\n    - { partner: ept, planned: 60 }\n    - { partner: cci, planned: 40.01 }\n---',
      ]),
    },
    expected: {
      fr: [
        'Les parts prévues font 100,01\u202f€, plus que le coût total prévu de 100\u202f€.',
        'Relevez le coût (roadmap update <engagement> --cost <montant>) ou réduisez une part prévue.',
      ],
      en: [
        'The planned shares add up to €100.01, more than the total planned cost of €100.',
        'Raise the cost (roadmap update <commitment> --cost <amount>) or reduce a planned share.',
      ],
    },
  },
  {
    rule: 'progress/done-not-100',
    files: {
      'commitments/reglement.md': readFileSync(join(BASE, 'commitments', 'reglement.md'), 'utf8').replace(
        'status: done\nstart',
        'status: done\nprogress: 80\nstart',
      ),
    },
    expected: {
      fr: [
        'Le statut est « done » (réalisé) mais l’avancement vaut 80 %.',
        'Mettez « progress: 100 » ou retirez la ligne « progress » ; si l’engagement n’est pas fini, gardez le statut « in_progress ».',
      ],
      en: [
        'The status is "done" but progress is 80 %.',
        'Set "progress: 100" or remove the "progress" line; if the commitment is not finished, keep the status "in_progress".',
      ],
    },
  },
  {
    rule: 'progress/open-at-100',
    files: {
      'commitments/guichet-unique.md': guichet(['status: in_progress\n', 'status: in_progress\nprogress: 100\n']),
    },
    expected: {
      fr: [
        'L’engagement n’est pas réalisé mais son avancement vaut 100 %.',
        'S’il est fini, mettez « status: done » ; sinon, indiquez l’avancement réel (par exemple « progress: 90 »).',
      ],
      en: [
        'The commitment is not done but its progress is 100 %.',
        'If it is finished, set "status: done"; otherwise give its real progress (for example "progress: 90").',
      ],
    },
  },
  {
    rule: 'action/done-without-closed',
    files: { 'meetings/comite-2018-11-15.md': meeting(['    closed_on: 2018-11-30\n', '']) },
    expected: {
      fr: [
        'L’action « a-1 » est « done » (faite) mais sans date de clôture.',
        'Ajoutez à l’action la ligne « closed_on: AAAA-MM-JJ » avec le jour où elle a été faite.',
      ],
      en: [
        'Action "a-1" is "done" but has no closing date.',
        'Add a "closed_on: YYYY-MM-DD" line to the action with the day it was done.',
      ],
    },
  },
  {
    rule: 'meeting/held-in-future',
    files: {
      'meetings/comite-2018-11-15.md': meeting(
        ['date: 2018-11-15', 'date: 2027-03-01'],
        ['    closed_on: 2018-11-30\n', ''],
      ),
    },
    expected: {
      fr: [
        'La réunion est marquée « held » (tenue) mais elle est datée du 1er mars 2027, après aujourd’hui (25 novembre 2026).',
        'Gardez « status: planned » tant qu’elle n’a pas eu lieu, ou corrigez la date.',
      ],
      en: [
        'The meeting is marked "held" but is dated 1 March 2027, after today (25 November 2026).',
        'Keep "status: planned" until it has taken place, or fix the date.',
      ],
    },
  },
  {
    rule: 'indicator/flat-target',
    files: { 'commitments/guichet-unique.md': guichet(['target: { value: 300', 'target: { value: 100']) },
    expected: {
      fr: [
        'La cible vaut 100, comme la valeur de départ : l’atteinte de cet indicateur ne pourra jamais être calculée.',
        'Donnez la cible visée (target) ou corrigez la valeur de départ (baseline).',
      ],
      en: [
        'The target is 100, the same as the baseline: this indicator’s attainment can never be computed.',
        'Give the value aimed at (target), or correct the baseline.',
      ],
    },
  },
  {
    rule: 'measure/before-baseline',
    files: {
      'commitments/guichet-unique.md': guichet(['{ date: 2019-06-30, value: 180', '{ date: 2017-12-31, value: 180']),
    },
    expected: {
      fr: [
        'La mesure du 31 décembre 2017 est antérieure à la valeur de départ (baseline) du 1er janvier 2018.',
        'Vérifiez la date de la mesure, ou celle de la valeur de départ.',
      ],
      en: [
        'The measure of 31 December 2017 is dated before the baseline of 1 January 2018.',
        'Check the measure’s date, or the baseline’s.',
      ],
    },
  },
  {
    rule: 'status/journal-mismatch',
    files: { 'commitments/guichet-unique.md': guichet(['status: in_progress\nstart', 'status: blocked\nstart']) },
    expected: {
      fr: [
        'Le statut « blocked » diffère du dernier statut noté dans le journal (« in_progress », le 1er septembre 2018).',
        'Ajoutez au journal (updates) une entrée datée avec « status: blocked », ou remettez le statut « in_progress ».',
      ],
      en: [
        'The status "blocked" differs from the last status in the journal ("in_progress", on 1 September 2018).',
        'Add a dated journal entry (updates) with "status: blocked", or set the status back to "in_progress".',
      ],
    },
  },
  {
    rule: 'journal/order',
    files: {
      'commitments/guichet-unique.md': guichet([
        '    status: in_progress\n---',
        '    status: in_progress\n  - date: 2018-06-01\n    text: Étude préalable\n---',
      ]),
    },
    expected: {
      fr: [
        'L’entrée du journal du 1er juin 2018 est placée après une entrée plus récente (du 1er septembre 2018).',
        'Rangez le journal du plus ancien au plus récent : ajoutez toujours les nouvelles entrées à la fin.',
      ],
      en: [
        'The journal entry of 1 June 2018 comes after a more recent one (of 1 September 2018).',
        'Order the journal oldest first: always add new entries at the end.',
      ],
    },
  },
  {
    rule: 'ref/unknown-decision',
    files: {
      'commitments/guichet-unique.md': guichet([
        '    status: in_progress\n---',
        '    status: in_progress\n    decision: d-9\n---',
      ]),
    },
    expected: {
      fr: [
        'La décision « d-9 » n’existe dans aucune réunion de meetings/.',
        'Écrivez l’identifiant d’une décision existante (champ id sous decisions dans le fichier de la réunion) : d-1.',
      ],
      en: [
        'Decision "d-9" does not exist in any meeting of meetings/.',
        'Write the id of an existing decision (the id under decisions in the meeting’s file): d-1.',
      ],
    },
  },
  {
    rule: 'journal/due-mismatch',
    files: {
      'commitments/guichet-unique.md': guichet([
        '    status: in_progress\n---',
        '    status: in_progress\n  - date: 2019-01-10\n    text: Report\n    due: 2031-06-30\n    previous_due: 2030-06-30\n---',
      ]),
    },
    expected: {
      fr: [
        'L’échéance (30 juin 2030) diffère de la dernière échéance notée dans le journal (30 juin 2031, le 10 janvier 2019).',
        'Mettez « due: 2031-06-30 », ou notez le nouveau report dans le journal : roadmap update <engagement> --due <date>.',
      ],
      en: [
        'The due date (30 June 2030) differs from the last one recorded in the journal (30 June 2031, on 10 January 2019).',
        'Set "due: 2031-06-30", or record the new move in the journal: roadmap update <commitment> --due <date>.',
      ],
    },
  },
  {
    rule: 'journal/due-chain',
    files: {
      'commitments/guichet-unique.md': guichet(
        ['due: 2030-06-30', 'due: 2031-12-31'],
        [
          '    status: in_progress\n---',
          '    status: in_progress\n  - date: 2019-01-10\n    text: Report\n    due: 2031-06-30\n    previous_due: 2030-06-30\n  - date: 2019-06-10\n    text: Second report\n    due: 2031-12-31\n    previous_due: 2030-06-30\n---',
        ],
      ),
    },
    expected: {
      fr: [
        'Ce report part du 30 juin 2030 (previous_due), mais le report précédent (le 10 janvier 2019) avait fixé l’échéance au 30 juin 2031.',
        'Mettez « previous_due: 2031-06-30 », ou corrigez l’échéance du report précédent.',
      ],
      en: [
        'This move starts from 30 June 2030 (previous_due), but the previous move (on 10 January 2019) had set the due date to 30 June 2031.',
        'Set "previous_due: 2031-06-30", or fix the due date of the previous move.',
      ],
    },
  },
  {
    rule: 'ref/unknown-meeting',
    files: {
      'meetings/comite-2018-11-15.md': meeting(['chair: ept', 'chair: ept\napproved_minutes: [comite-2018-11-51]']),
    },
    expected: {
      fr: [
        'La réunion « comite-2018-11-51 » n’existe pas : il n’y a pas de fichier meetings/comite-2018-11-51.md.',
        'Écrivez l’identifiant d’une réunion existante (le nom de son fichier dans meetings/, sans « .md ») : comite-2018-11-15.',
      ],
      en: [
        'Meeting "comite-2018-11-51" does not exist: there is no meetings/comite-2018-11-51.md file.',
        'Write the id of an existing meeting (its file name in meetings/, without ".md"): comite-2018-11-15.',
      ],
    },
  },
  {
    rule: 'logo/missing',
    files: { 'convention.yaml': `${readFileSync(join(BASE, 'convention.yaml'), 'utf8')}logos: [assets/logo.svg]\n` },
    expected: {
      fr: [
        'Le logo « assets/logo.svg » est introuvable dans le dossier de la feuille de route (absent, illisible, lien vers l’extérieur ou plus de 1 Mio).',
        'Placez le fichier dans assets/ (roadmap edit convention --add-logo <fichier>) ou retirez la ligne.',
      ],
      en: [
        'Logo "assets/logo.svg" cannot be found in the roadmap folder (absent, unreadable, a link to the outside, or over 1 MiB).',
        'Put the file in assets/ (roadmap edit convention --add-logo <file>) or remove the line.',
      ],
    },
  },
  {
    rule: 'logo/format',
    files: {
      'convention.yaml': `${readFileSync(join(BASE, 'convention.yaml'), 'utf8')}logos: [assets/logo.jpg]\n`,
      'assets/logo.jpg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
    },
    expected: {
      fr: [
        'Le fichier « assets/logo.jpg » n’est pas une image JPEG : son contenu n’en a pas la forme.',
        'Exportez le logo en PNG, JPEG ou SVG et donnez au fichier l’extension de son format.',
      ],
      en: [
        'File "assets/logo.jpg" is not a JPEG image: its content does not have that shape.',
        'Export the logo as PNG, JPEG or SVG and give the file the extension of its format.',
      ],
    },
  },
  {
    rule: 'meeting/past-planned',
    files: { 'meetings/comite-2018-11-15.md': meeting(['status: held', 'status: planned']) },
    expected: {
      fr: [
        'La réunion du 15 novembre 2018 est passée (nous sommes le 25 novembre 2026) mais elle est toujours « planned » (prévue).',
        'Enregistrez-la : roadmap meeting record comite-2018-11-15 --present <ids> ; ou, si elle n’a pas eu lieu, passez « status: cancelled ».',
      ],
      en: [
        'The meeting of 15 November 2018 has passed (today is 25 November 2026) but it is still "planned".',
        'Record it: roadmap meeting record comite-2018-11-15 --present <ids>; or, if it did not take place, set "status: cancelled".',
      ],
    },
  },
  {
    rule: 'stale/past-due',
    files: {
      'commitments/guichet-unique.md': guichet(
        ['due: 2030-06-30', 'due: 2026-09-30'],
        ['    due: 2030-03-31', '    due: 2026-03-31'],
      ),
    },
    expected: {
      fr: [
        'L’échéance du 30 septembre 2026 est passée et l’engagement est toujours en cours (status: in_progress).',
        'Si c’est fait, passez le statut à « done » ; sinon, indiquez une nouvelle échéance (due) et expliquez le report dans le journal (updates).',
      ],
      en: [
        'The due date of 30 September 2026 has passed and the commitment is still in progress (status: in_progress).',
        'If it is done, set the status to "done"; otherwise set a new due date and explain the delay in the journal (updates).',
      ],
    },
  },
  {
    rule: 'partner/no-maintainers',
    files: { 'partners/cci.yaml': CCI.replace('maintainers: ["@test/cci"]\n', '') },
    expected: {
      fr: [
        'Le signataire « cci » n’a pas de « maintainers » : personne n’approuve ses modifications.',
        'Ajoutez « maintainers: ["@organisation/equipe"] ».',
      ],
      en: [
        'Signatory "cci" has no "maintainers": nobody approves changes to its files.',
        'Add "maintainers: ["@org/team"]".',
      ],
    },
  },
  {
    rule: 'owners/out-of-date',
    // Generated when ept led guichet-unique; cci leads it now.
    codeowners: [
      CODEOWNERS_MARKERS.en,
      '/roadmap/ @test/ept',
      '/roadmap/partners/cci.yaml @test/cci',
      '/roadmap/partners/ept.yaml @test/ept',
      '/roadmap/commitments/guichet-unique.md @test/ept',
      '/roadmap/commitments/reglement.md @test/ept',
      '',
    ].join('\n'),
    expected: {
      fr: [
        'Le fichier .github/CODEOWNERS n’est plus à jour (2 lignes diffèrent, par exemple « /roadmap/commitments/guichet-unique.md @test/cci »).',
        'Lancez « roadmap owners --write » et validez le fichier produit.',
      ],
      en: [
        'The .github/CODEOWNERS file is out of date (2 lines differ, for example "/roadmap/commitments/guichet-unique.md @test/cci").',
        'Run "roadmap owners --write" and commit the file it writes.',
      ],
    },
  },
  {
    rule: 'guide/out-of-date',
    guide: '# Guide du partenaire\n\nUn guide écrit avant que les partenaires changent.\n',
    expected: {
      fr: [
        'Le guide du partenaire docs/guide-partenaire.md n’est plus à jour : il ne correspond plus aux partenaires, identifiants et exemples de la feuille de route.',
        'Lancez « roadmap guide --write » et validez le fichier produit.',
      ],
      en: [
        "The partner guide docs/guide-partenaire.md is out of date: it no longer matches the roadmap's partners, ids and examples.",
        'Run "roadmap guide --write" and commit the file it writes.',
      ],
    },
  },
  {
    rule: 'meeting/minutes-placeholder',
    files: { 'meetings/comite-2018-11-15.md': meeting(['Compte rendu.', 'Compte rendu à rédiger après la réunion.']) },
    expected: {
      fr: [
        'La réunion « comite-2018-11-15 » est tenue mais son compte rendu est encore « Compte rendu à rédiger après la réunion. ».',
        'Écrivez le compte rendu sous l’en-tête du fichier, ou : roadmap edit meeting comite-2018-11-15 --minutes <fichier.md>.',
      ],
      en: [
        'Meeting "comite-2018-11-15" is held but its minutes still read "Compte rendu à rédiger après la réunion.".',
        "Write the minutes below the file's front matter, or: roadmap edit meeting comite-2018-11-15 --minutes <file.md>.",
      ],
    },
  },
];

/** Rules no roadmap file can trigger today, covered by unit tests instead (see catalogue.test.ts). */
const UNREACHABLE_FROM_FILES = new Set(['schema/invalid']);

const cleanups: (() => void)[] = [];
afterAll(() => {
  for (const cleanup of cleanups) cleanup();
});

function resultsOf(testCase: Case, lang: Lang): Result[] {
  const { dir, cleanup } = tempDir('messages-');
  cleanups.push(cleanup);
  const root = roadmapFrom(dir, testCase.files ?? {});
  testCase.prepare?.(root);
  const io = {
    stdout: () => {},
    stderr: () => {},
    cwd: dir,
    env: {},
    isTTY: false,
    now: () => new Date(`${AS_OF}T12:00:00Z`),
  };
  const codeowners = testCase.codeowners === undefined ? undefined : { text: testCase.codeowners, prefix: 'roadmap/' };
  const guide =
    testCase.guide === undefined
      ? undefined
      : { text: testCase.guide, path: 'docs/guide-partenaire.md', render: guideRenderer('fr') };
  return openRoadmap(io, { dir: root, asOf: AS_OF, lang, codeowners, guide }).results();
}

describe('every rule speaks French and English', () => {
  it('has a case for every rule of the catalogue', () => {
    const covered = new Set([...CASES.map((testCase) => testCase.rule), ...UNREACHABLE_FROM_FILES]);
    expect([...catalogue.keys()].filter((id) => !covered.has(id))).toEqual([]);
  });

  for (const testCase of CASES) {
    it(testCase.rule, () => {
      for (const lang of ['fr', 'en'] as const) {
        const found = resultsOf(testCase, lang).filter((result) => result.rule === testCase.rule);
        expect(
          found.map((result) => [result.message, result.fix]),
          lang,
        ).toEqual([testCase.expected[lang]]);
      }
    });
  }
});
