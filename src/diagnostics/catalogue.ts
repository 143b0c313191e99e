/**
 * Every validation rule as data: what happened, what to change, why it
 * matters, and a wrong and a right example. Messages are templates over a
 * diagnostic's params (`{name}`); rule ids never change between languages.
 */
import type { Params, Severity } from './diagnostic.js';
import type { Lang, Text } from '../i18n/lang.js';
import { formatTemplate, type Placeholders } from '../i18n/formatTemplate.js';

export type Stage = 'syntax' | 'schema' | 'identity' | 'references' | 'consistency' | 'staleness';

export interface RuleEntry {
  id: string;
  stage: Stage;
  severity: Severity;
  /** What the rule checks, in one sentence (for `roadmap explain`). */
  checks: Text;
  message: Text;
  fix: Text;
  why: Text;
  /** Examples are YAML, the same in every language, unless they carry a comment. */
  wrong: string | Text;
  right: string | Text;
}

type Entry = Omit<RuleEntry, 'id'>;

const entries = {
  'read/unreadable': {
    stage: 'syntax',
    severity: 'error',
    checks: {
      fr: 'Chaque fichier du dossier de la feuille de route peut être lu.',
      en: 'Every file in the roadmap folder can be read.',
    },
    message: { fr: 'Le fichier ne peut pas être lu ({reason}).', en: 'The file cannot be read ({reason}).' },
    fix: {
      fr: 'Vérifiez les droits du fichier et qu’il ne s’agit pas d’un lien cassé ou en boucle.',
      en: 'Check the file permissions and that it is not a broken or looping link.',
    },
    why: {
      fr: 'Un fichier illisible ne peut pas être contrôlé ni compté dans les rapports.',
      en: 'An unreadable file can be neither checked nor counted in reports.',
    },
    wrong: 'commitments/guichet.md  (chmod 000)',
    right: 'commitments/guichet.md  (chmod 644)',
  },
  'read/too-large': {
    stage: 'syntax',
    severity: 'error',
    checks: { fr: 'Aucun fichier ne dépasse la taille maximale admise.', en: 'No file is over the maximum size.' },
    message: {
      fr: 'Le fichier fait {size} octets, au-delà de la limite de {limit} octets.',
      en: 'The file is {size} bytes, over the {limit}-byte limit.',
    },
    fix: {
      fr: 'Raccourcissez-le : déplacez les longues annexes dans un document lié.',
      en: 'Shorten it: move long annexes to a linked document.',
    },
    why: {
      fr: 'Une limite de taille protège l’outil et la CI contre les fichiers démesurés.',
      en: 'A size limit protects the tool and CI from oversized files.',
    },
    wrong: { fr: 'commitments/x.md  (12 Mo)', en: 'commitments/x.md  (12 MB)' },
    right: { fr: 'commitments/x.md  (quelques Ko)', en: 'commitments/x.md  (a few kB)' },
  },
  'read/symlink-outside': {
    stage: 'syntax',
    severity: 'error',
    checks: {
      fr: 'Aucun lien symbolique ne mène hors du dossier de la feuille de route.',
      en: 'No symbolic link leads outside the roadmap folder.',
    },
    message: {
      fr: 'Ce lien symbolique pointe hors du dossier de la feuille de route ; il n’a pas été lu.',
      en: 'This symbolic link points outside the roadmap folder; it was not read.',
    },
    fix: { fr: 'Remplacez le lien par le fichier lui-même.', en: 'Replace the link with the file itself.' },
    why: {
      fr: 'Un lien vers l’extérieur pourrait faire lire des fichiers privés de la machine.',
      en: 'A link to the outside could make the tool read private files of the machine.',
    },
    wrong: 'partners/cci.yaml -> /etc/passwd',
    right: { fr: 'partners/cci.yaml  (fichier ordinaire)', en: 'partners/cci.yaml  (regular file)' },
  },
  'read/not-a-file': {
    stage: 'syntax',
    severity: 'error',
    checks: {
      fr: 'Là où un fichier d’entité est attendu, il y a bien un fichier et non un dossier.',
      en: 'Where an entity file is expected, there is a file, not a folder.',
    },
    message: { fr: '« {name} » est un dossier, pas un fichier.', en: '"{name}" is a folder, not a file.' },
    fix: { fr: 'Renommez ou supprimez ce dossier.', en: 'Rename or remove this folder.' },
    why: {
      fr: 'Chaque entité est un fichier ; un dossier au même nom est une erreur de manipulation.',
      en: 'Each entity is a file; a folder with that name is a mistake.',
    },
    wrong: 'commitments/guichet.md/',
    right: 'commitments/guichet.md',
  },
  'read/unexpected-file': {
    stage: 'syntax',
    severity: 'warning',
    checks: {
      fr: 'Les dossiers partners/, axes/, commitments/ et meetings/ ne contiennent que des fichiers de la bonne extension.',
      en: 'The partners/, axes/, commitments/ and meetings/ folders only hold files with the right extension.',
    },
    message: {
      fr: 'Ce fichier n’est pas lu : seuls les fichiers {expected} sont attendus ici.',
      en: 'This file is not read: only {expected} files are expected here.',
    },
    fix: {
      fr: 'Renommez-le avec la bonne extension, ou déplacez-le hors du dossier.',
      en: 'Rename it with the right extension, or move it out of the folder.',
    },
    why: {
      fr: 'Un fichier mal nommé serait ignoré en silence et manquerait dans les rapports.',
      en: 'A misnamed file would be silently ignored and missing from reports.',
    },
    wrong: 'partners/cci-essonne.yml',
    right: 'partners/cci-essonne.yaml',
  },
  'read/unexpected-place': {
    stage: 'syntax',
    severity: 'warning',
    checks: {
      fr: 'Le dossier de la feuille de route ne contient que convention.yaml et les dossiers partners/, axes/, commitments/ et meetings/, écrits en minuscules.',
      en: 'The roadmap folder holds only convention.yaml and the partners/, axes/, commitments/ and meetings/ folders, in lower case.',
    },
    message: {
      fr: '« {name} » n’est pas lu : le dossier de la feuille de route ne contient que convention.yaml et les dossiers partners/, axes/, commitments/ et meetings/.',
      en: '"{name}" is not read: the roadmap folder holds only convention.yaml and the partners/, axes/, commitments/ and meetings/ folders.',
    },
    fix: {
      fr: 'Déplacez-le hors du dossier de la feuille de route, ou mettez ses fichiers dans le bon dossier, au nom écrit en minuscules (commitments/, pas Commitments/).',
      en: 'Move it out of the roadmap folder, or put its files in the right folder, named in lower case (commitments/, not Commitments/).',
    },
    why: {
      fr: 'Ce qui est ailleurs n’est jamais vérifié ni compté ; et sur un poste qui ignore la casse, Commitments/ se fondrait dans commitments/ après le passage de la CI.',
      en: 'Anything elsewhere is never checked or counted; and on a case-insensitive checkout Commitments/ would merge into commitments/ after CI passed.',
    },
    wrong: 'roadmap/Commitments/guichet.md',
    right: 'roadmap/commitments/guichet.md',
  },
  'read/missing-convention': {
    stage: 'syntax',
    severity: 'error',
    checks: { fr: 'Le dossier contient un fichier convention.yaml.', en: 'The folder holds a convention.yaml file.' },
    message: {
      fr: 'Il n’y a pas de fichier convention.yaml dans ce dossier.',
      en: 'There is no convention.yaml in this folder.',
    },
    fix: {
      fr: 'Créez convention.yaml (voir `roadmap init`) ou indiquez le bon dossier avec --dir.',
      en: 'Create convention.yaml (see `roadmap init`) or point at the right folder with --dir.',
    },
    why: {
      fr: 'La convention porte le titre, la langue et le comité de la feuille de route.',
      en: 'The convention holds the roadmap’s title, language and committee.',
    },
    wrong: { fr: 'roadmap/  (sans convention.yaml)', en: 'roadmap/  (no convention.yaml)' },
    right: 'roadmap/convention.yaml',
  },
  'encoding/not-utf8': {
    stage: 'syntax',
    severity: 'error',
    checks: { fr: 'Chaque fichier est encodé en UTF-8.', en: 'Every file is encoded in UTF-8.' },
    message: {
      fr: 'Le fichier n’est pas en UTF-8 (octet invalide à la position {offset}).',
      en: 'The file is not UTF-8 (invalid byte at offset {offset}).',
    },
    fix: {
      fr: 'Enregistrez le fichier en UTF-8 (dans l’éditeur : « Enregistrer avec l’encodage » → UTF-8).',
      en: 'Save the file as UTF-8 (in the editor: "Save with encoding" → UTF-8).',
    },
    why: {
      fr: 'Les accents d’un fichier Latin-1 seraient mal lus dans les rapports.',
      en: 'Accents in a Latin-1 file would be misread in reports.',
    },
    wrong: 'title: Cr\\xe9ation  (Latin-1)',
    right: 'title: Création  (UTF-8)',
  },
  'encoding/utf16': {
    stage: 'syntax',
    severity: 'error',
    checks: { fr: 'Aucun fichier n’est enregistré en UTF-16.', en: 'No file is saved as UTF-16.' },
    message: {
      fr: 'Le fichier est en UTF-16 ; seul l’UTF-8 est accepté.',
      en: 'The file is UTF-16; only UTF-8 is accepted.',
    },
    fix: { fr: 'Enregistrez le fichier en UTF-8.', en: 'Save the file as UTF-8.' },
    why: {
      fr: 'Un seul encodage garde les fichiers lisibles par tous les outils et dans les diffs.',
      en: 'One encoding keeps files readable by every tool and in diffs.',
    },
    wrong: 'FF FE 69 00 64 00 …',
    right: 'id: guichet-unique',
  },
  'encoding/binary': {
    stage: 'syntax',
    severity: 'error',
    checks: { fr: 'Chaque fichier est du texte, pas un fichier binaire.', en: 'Every file is text, not binary.' },
    message: {
      fr: 'Le fichier contient un caractère nul : ce n’est pas un fichier texte.',
      en: 'The file contains a NUL character: it is not a text file.',
    },
    fix: { fr: 'Remplacez-le par le fichier texte attendu.', en: 'Replace it with the expected text file.' },
    why: {
      fr: 'Un fichier binaire ne peut pas décrire une entité de la feuille de route.',
      en: 'A binary file cannot describe a roadmap entity.',
    },
    wrong: { fr: 'commitments/x.md  (image renommée)', en: 'commitments/x.md  (renamed image)' },
    right: { fr: 'commitments/x.md  (texte)', en: 'commitments/x.md  (text)' },
  },
  'file/empty': {
    stage: 'syntax',
    severity: 'error',
    checks: { fr: 'Aucun fichier d’entité n’est vide.', en: 'No entity file is empty.' },
    message: { fr: 'Le fichier est vide.', en: 'The file is empty.' },
    fix: {
      fr: 'Remplissez-le (voir `roadmap new`) ou supprimez-le.',
      en: 'Fill it in (see `roadmap new`) or delete it.',
    },
    why: {
      fr: 'Un fichier vide ne décrit rien et cache souvent une erreur de copie.',
      en: 'An empty file describes nothing and often hides a copy mistake.',
    },
    wrong: { fr: '(fichier vide)', en: '(empty file)' },
    right: 'id: cci-essonne\nname: CCI Essonne\n…',
  },
  'file/too-many-problems': {
    stage: 'schema',
    severity: 'error',
    checks: {
      fr: 'Un fichier n’a pas plus de 100 problèmes de syntaxe ou de schéma ; au-delà, ils sont comptés et non listés.',
      en: 'A file has no more than 100 syntax or schema problems; past that, they are counted, not listed.',
    },
    message: {
      fr: 'Ce fichier a encore {count} : ils ne sont pas listés.',
      en: 'This file has {count} beyond these: they are not listed.',
    },
    fix: {
      fr: 'Corrigez les problèmes listés, puis relancez la validation : le fichier est sans doute très abîmé ou n’est pas le bon.',
      en: 'Fix the problems listed, then validate again: the file is probably badly damaged or the wrong one.',
    },
    why: {
      fr: 'Des milliers de lignes d’erreurs noieraient l’essentiel et ralentiraient la CI.',
      en: 'Thousands of error lines would bury what matters and slow CI down.',
    },
    wrong: { fr: '(5 000 champs inconnus)', en: '(5,000 unknown fields)' },
    right: 'id: cci-essonne\nname: CCI Essonne\n…',
  },
  'frontmatter/missing': {
    stage: 'syntax',
    severity: 'error',
    checks: {
      fr: 'Chaque fichier .md commence par un en-tête YAML ouvert par une ligne « --- ».',
      en: 'Every .md file starts with YAML front matter opened by a "---" line.',
    },
    message: {
      fr: 'Le fichier doit commencer par une ligne « --- » qui ouvre l’en-tête YAML.',
      en: 'The file must start with a "---" line opening the YAML front matter.',
    },
    fix: {
      fr: 'Mettez « --- » sur la toute première ligne (sans ligne vide ni espace avant), puis les champs, puis « --- ».',
      en: 'Put "---" on the very first line (no blank line or space before it), then the fields, then "---".',
    },
    why: {
      fr: 'Les champs de l’en-tête sont ce que l’outil lit ; le texte qui suit est la description.',
      en: 'The front matter fields are what the tool reads; the text after is the description.',
    },
    wrong: '\nid: guichet-unique\n---',
    right: '---\nid: guichet-unique\n---',
  },
  'frontmatter/unterminated': {
    stage: 'syntax',
    severity: 'error',
    checks: {
      fr: 'L’en-tête YAML d’un fichier .md est refermé par une seconde ligne « --- ».',
      en: 'The YAML front matter of a .md file is closed by a second "---" line.',
    },
    message: {
      fr: 'L’en-tête YAML ouvert ligne 1 n’est jamais fermé.',
      en: 'The YAML front matter opened on line 1 is never closed.',
    },
    fix: {
      fr: 'Ajoutez une ligne « --- » après le dernier champ, avant la description.',
      en: 'Add a "---" line after the last field, before the description.',
    },
    why: {
      fr: 'Sans fermeture, la description serait lue comme du YAML.',
      en: 'Without it, the description would be read as YAML.',
    },
    wrong: '---\nid: x\nDescription…',
    right: '---\nid: x\n---\nDescription…',
  },
  'frontmatter/executable': {
    stage: 'syntax',
    severity: 'error',
    checks: {
      fr: 'L’en-tête est du YAML, jamais du code (« ---js » et semblables sont refusés).',
      en: 'The front matter is YAML, never code ("---js" and the like are refused).',
    },
    message: {
      fr: 'L’en-tête « ---{language} » est du code exécutable ; il est refusé et n’a pas été exécuté.',
      en: 'The "---{language}" front matter is executable code; it is refused and was not run.',
    },
    fix: {
      fr: 'Écrivez l’en-tête en YAML, ouvert par « --- » seul.',
      en: 'Write the front matter in YAML, opened by a bare "---".',
    },
    why: {
      fr: 'Exécuter le contenu d’une contribution permettrait de prendre la main sur la CI.',
      en: 'Running a contribution’s content would let it take over CI.',
    },
    wrong: '---js\n{ id: require("child_process")… }\n---',
    right: '---\nid: guichet-unique\n---',
  },
  'yaml/syntax': {
    stage: 'syntax',
    severity: 'error',
    checks: {
      fr: 'Le YAML de chaque fichier est bien formé : retraits, « : », guillemets, crochets.',
      en: 'Each file’s YAML is well formed: indentation, ":", quotes, brackets.',
    },
    message: { fr: 'Erreur de syntaxe YAML : {detail}.', en: 'YAML syntax error: {detail}.' },
    fix: {
      fr: 'Corrigez la syntaxe à cet endroit : indentation en espaces (pas de tabulation), « clé: valeur », guillemets fermés.',
      en: 'Fix the syntax here: indent with spaces (no tabs), "key: value", closed quotes.',
    },
    why: {
      fr: 'Un fichier YAML invalide ne peut pas être lu du tout.',
      en: 'An invalid YAML file cannot be read at all.',
    },
    wrong: 'title: "Guichet unique\nstatus:planned',
    right: 'title: "Guichet unique"\nstatus: planned',
  },
  'yaml/duplicate-key': {
    stage: 'syntax',
    severity: 'error',
    checks: { fr: 'Aucun champ n’apparaît deux fois au même niveau.', en: 'No field appears twice at the same level.' },
    message: { fr: 'La clé « {key} » apparaît deux fois.', en: 'The key "{key}" appears twice.' },
    fix: {
      fr: 'Gardez une seule occurrence de « {key} » avec la bonne valeur.',
      en: 'Keep a single "{key}" with the right value.',
    },
    why: {
      fr: 'Avec deux valeurs, on ne sait pas laquelle fait foi.',
      en: 'With two values nobody knows which one holds.',
    },
    wrong: 'status: planned\nstatus: done',
    right: 'status: done',
  },
  'yaml/multiple-documents': {
    stage: 'syntax',
    severity: 'error',
    checks: { fr: 'Chaque fichier contient un seul document YAML.', en: 'Each file holds a single YAML document.' },
    message: {
      fr: 'Le fichier contient plusieurs documents YAML séparés par « --- ».',
      en: 'The file holds several YAML documents separated by "---".',
    },
    fix: {
      fr: 'Gardez un seul document par fichier ; une entité par fichier.',
      en: 'Keep one document per file; one entity per file.',
    },
    why: { fr: 'Chaque fichier décrit exactement une entité.', en: 'Each file describes exactly one entity.' },
    wrong: 'id: a\n---\nid: b',
    right: 'id: a',
  },
  'yaml/tag': {
    stage: 'syntax',
    severity: 'error',
    checks: {
      fr: 'Aucune étiquette YAML personnalisée (« !!js/… », « !tag ») n’est utilisée.',
      en: 'No custom YAML tag ("!!js/…", "!tag") is used.',
    },
    message: { fr: 'L’étiquette YAML « {tag} » n’est pas acceptée.', en: 'The YAML tag "{tag}" is not accepted.' },
    fix: {
      fr: 'Retirez l’étiquette et écrivez une valeur simple (texte, nombre, date AAAA-MM-JJ).',
      en: 'Remove the tag and write a plain value (text, number, YYYY-MM-DD date).',
    },
    why: {
      fr: 'Les étiquettes personnalisées peuvent déclencher du code dans d’autres outils.',
      en: 'Custom tags can trigger code in other tools.',
    },
    wrong: 'title: !!js/function "…"',
    right: 'title: Guichet unique',
  },
  'yaml/alias-limit': {
    stage: 'syntax',
    severity: 'error',
    checks: { fr: 'Les alias YAML (*nom) restent en petit nombre.', en: 'YAML aliases (*name) stay few.' },
    message: {
      fr: 'Trop d’alias YAML (*nom) : le fichier se développerait démesurément.',
      en: 'Too many YAML aliases (*name): the file would expand enormously.',
    },
    fix: {
      fr: 'Écrivez les valeurs en clair au lieu d’ancres et d’alias.',
      en: 'Write the values out instead of anchors and aliases.',
    },
    why: {
      fr: 'Une « bombe d’alias » peut épuiser la mémoire de la CI.',
      en: 'An "alias bomb" can exhaust CI memory.',
    },
    wrong: 'a: &a [x, x]\nb: [*a, *a, *a]',
    right: 'partners: [cci-essonne, cma-essonne]',
  },
  'yaml/too-deep': {
    stage: 'syntax',
    severity: 'error',
    checks: {
      fr: 'Le YAML n’est pas imbriqué sur un nombre excessif de niveaux.',
      en: 'The YAML is not nested too many levels deep.',
    },
    message: {
      fr: 'Le YAML est imbriqué sur plus de {limit} niveaux.',
      en: 'The YAML is nested more than {limit} levels deep.',
    },
    fix: {
      fr: 'Aplatissez la structure : aucun champ n’en demande autant.',
      en: 'Flatten the structure: no field needs that many levels.',
    },
    why: {
      fr: 'Une imbrication extrême peut faire échouer les outils de lecture.',
      en: 'Extreme nesting can crash readers.',
    },
    wrong: 'a: [[[[[[…]]]]]]',
    right: 'partners: [cci-essonne]',
  },
  'yaml/complex-key': {
    stage: 'syntax',
    severity: 'error',
    checks: { fr: 'Chaque nom de champ est un simple texte.', en: 'Every field name is plain text.' },
    message: {
      fr: 'Une clé doit être un simple texte, pas une liste ni un objet.',
      en: 'A key must be plain text, not a list or a mapping.',
    },
    fix: { fr: 'Remplacez la clé par un nom de champ.', en: 'Replace the key with a field name.' },
    why: {
      fr: 'Les champs sont nommés par du texte ; une clé complexe est une erreur de syntaxe.',
      en: 'Fields are named by text; a complex key is a syntax mistake.',
    },
    wrong: '? [a, b]\n: 1',
    right: 'title: Guichet unique',
  },
  'yaml/not-a-mapping': {
    stage: 'syntax',
    severity: 'error',
    checks: {
      fr: 'Le contenu de chaque fichier est une suite de champs « clé: valeur ».',
      en: 'Each file’s content is a set of "key: value" fields.',
    },
    message: {
      fr: 'Le contenu doit être une suite de champs « clé: valeur », pas {found}.',
      en: 'The content must be a set of "key: value" fields, not {found}.',
    },
    fix: {
      fr: 'Écrivez les champs de l’entité, un par ligne : « id: … », « title: … ».',
      en: 'Write the entity’s fields, one per line: "id: …", "title: …".',
    },
    why: {
      fr: 'Chaque fichier décrit une entité par ses champs.',
      en: 'Each file describes one entity by its fields.',
    },
    wrong: '- id: a\n- id: b',
    right: 'id: a\ntitle: …',
  },
  'schema/required': {
    stage: 'schema',
    severity: 'error',
    checks: {
      fr: 'Chaque champ obligatoire de l’entité est présent.',
      en: 'Every required field of the entity is present.',
    },
    message: {
      fr: 'Il manque le champ obligatoire « {field} »{label}{where}.',
      en: 'The required field "{field}"{label} is missing{where}.',
    },
    fix: {
      fr: 'Ajoutez une ligne « {field}: … »{where}, avec le même retrait que les champs voisins.',
      en: 'Add a "{field}: …" line{where}, indented like the fields around it.',
    },
    why: {
      fr: 'Sans ce champ, l’entité ne peut être ni suivie ni affichée dans les rapports du comité.',
      en: 'Without this field the entity can be neither tracked nor shown in the committee’s reports.',
    },
    wrong: 'id: guichet-unique\naxis: createurs',
    right: 'id: guichet-unique\ntitle: Guichet unique des créateurs\naxis: createurs',
  },
  'schema/unknown-field': {
    stage: 'schema',
    severity: 'error',
    checks: {
      fr: 'Chaque champ est un champ prévu pour ce type de fichier ; seuls les champs commençant par « x- » sont libres.',
      en: 'Every field is one defined for this kind of file; only fields starting with "x-" are free.',
    },
    message: { fr: 'Le champ « {field} » n’existe pas à cet endroit.', en: 'There is no field "{field}" here.' },
    fix: {
      fr: '{hint} Pour garder une note libre, préfixez son nom par « x- » (par exemple « x-note »).',
      en: '{hint} To keep a free note, prefix its name with "x-" (for example "x-note").',
    },
    why: {
      fr: 'Un champ inconnu est presque toujours une faute de frappe : sa valeur serait ignorée sans que personne ne s’en aperçoive.',
      en: 'An unknown field is almost always a typo: its value would be ignored without anyone noticing.',
    },
    wrong: 'stauts: done',
    right: 'status: done',
  },
  'schema/type': {
    stage: 'schema',
    severity: 'error',
    checks: {
      fr: 'Chaque valeur est du bon type : texte, nombre, liste, date…',
      en: 'Every value has the right type: text, number, list, date…',
    },
    message: { fr: '« {field} » doit être {expected}, pas {found}.', en: '"{field}" must be {expected}, not {found}.' },
    fix: { fr: 'Écrivez {expected}{example}.{hint}', en: 'Write {expected}{example}.{hint}' },
    why: {
      fr: 'Une valeur du mauvais type fausserait les calculs et l’affichage.',
      en: 'A value of the wrong type would skew figures and display.',
    },
    wrong: 'progress: "50 %"',
    right: 'progress: 50',
  },
  'schema/enum': {
    stage: 'schema',
    severity: 'error',
    checks: {
      fr: 'Les champs à valeurs fixes (statut, rôle, type…) prennent l’une des valeurs permises.',
      en: 'Fields with fixed values (status, role, kind…) take one of the allowed values.',
    },
    message: {
      fr: '« {value} » n’est pas une valeur permise pour « {field} ».',
      en: '"{value}" is not an allowed value for "{field}".',
    },
    fix: { fr: '{suggestion}Valeurs possibles : {allowed}.', en: '{suggestion}Allowed values: {allowed}.' },
    why: {
      fr: 'Les rapports regroupent les entités selon ces valeurs fixes, écrites en code (in_progress, pas « en cours »).',
      en: 'Reports group entities by these fixed values, written as codes (in_progress, not "en cours").',
    },
    wrong: 'status: en cours',
    right: 'status: in_progress',
  },
  'schema/range': {
    stage: 'schema',
    severity: 'error',
    checks: {
      fr: 'Les nombres restent dans leurs limites (avancement entre 0 et 100, poids positif…).',
      en: 'Numbers stay within their bounds (progress between 0 and 100, positive weight…).',
    },
    message: {
      fr: '« {field} » vaut {value} ; il doit être {limit}.',
      en: '"{field}" is {value}; it must be {limit}.',
    },
    fix: {
      fr: 'Donnez une valeur dans les limites permises ({limit}).',
      en: 'Give a value within the allowed bounds ({limit}).',
    },
    why: {
      fr: 'Une valeur hors limites (un avancement de 150 %) fausserait les moyennes.',
      en: 'An out-of-range value (150 % progress) would skew averages.',
    },
    wrong: 'progress: 150',
    right: 'progress: 100',
  },
  'schema/length': {
    stage: 'schema',
    severity: 'error',
    checks: {
      fr: 'Les textes ne sont ni vides ni trop longs, et les listes pas trop longues.',
      en: 'Texts are neither empty nor too long, and lists not too long.',
    },
    message: { fr: '« {field} » {detail}.', en: '"{field}" {detail}.' },
    fix: { fr: 'Complétez ou raccourcissez cette valeur.', en: 'Complete or shorten this value.' },
    why: {
      fr: 'Des limites de taille gardent les tableaux et les documents lisibles.',
      en: 'Size bounds keep tables and documents readable.',
    },
    wrong: 'title: ""',
    right: 'title: Guichet unique',
  },
  'schema/pattern': {
    stage: 'schema',
    severity: 'error',
    checks: {
      fr: 'Les valeurs de forme fixe (identifiants, comptes « maintainers ») ont la forme attendue.',
      en: 'Values with a fixed form (ids, "maintainers" accounts) have the expected form.',
    },
    message: {
      fr: '« {field} » n’a pas la forme attendue : « {value} ».',
      en: '"{field}" does not have the expected form: "{value}".',
    },
    fix: {
      fr: 'Écrivez la valeur sous la forme attendue{example}.',
      en: 'Write the value in the expected form{example}.',
    },
    why: {
      fr: 'Une forme fixe permet de relier les fichiers entre eux et de désigner les bonnes personnes.',
      en: 'A fixed form lets files be linked together and the right people be named.',
    },
    wrong: 'maintainers: ["jean dupont"]',
    right: 'maintainers: ["@cci-essonne/projets"]',
  },
  'schema/duplicate-item': {
    stage: 'schema',
    severity: 'error',
    checks: {
      fr: 'Une liste d’identifiants ne contient pas deux fois le même.',
      en: 'A list of ids does not hold the same one twice.',
    },
    message: {
      fr: 'La liste « {field} » contient deux fois la même valeur.',
      en: 'The list "{field}" holds the same value twice.',
    },
    fix: { fr: 'Retirez le doublon.', en: 'Remove the duplicate.' },
    why: {
      fr: 'Un doublon compterait deux fois le même partenaire ou engagement.',
      en: 'A duplicate would count the same partner or commitment twice.',
    },
    wrong: 'partners: [cci-essonne, cci-essonne]',
    right: 'partners: [cci-essonne]',
  },
  'schema/invalid': {
    stage: 'schema',
    severity: 'error',
    checks: {
      fr: 'Chaque valeur respecte les autres règles du schéma de son fichier.',
      en: 'Each value meets the other rules of its file’s schema.',
    },
    message: { fr: '« {field} » n’est pas valide : {detail}.', en: '"{field}" is not valid: {detail}.' },
    fix: {
      fr: 'Corrigez cette valeur d’après la description du champ (visible au survol dans l’éditeur, ou dans docs/guide-partenaire.md).',
      en: 'Fix this value following the field’s description (shown on hover in the editor, or in docs/guide-partenaire.md).',
    },
    why: { fr: 'Le schéma décrit la forme de chaque champ.', en: 'The schema describes the form of each field.' },
    wrong: 'weight: 0',
    right: 'weight: 1',
  },
  'id/format': {
    stage: 'identity',
    severity: 'error',
    checks: {
      fr: 'Chaque identifiant est écrit en minuscules, chiffres et tirets.',
      en: 'Every id is written in lowercase letters, digits and hyphens.',
    },
    message: {
      fr: 'L’identifiant « {value} » doit être en minuscules, chiffres et tirets (ex. « guichet-unique »).',
      en: 'The id "{value}" must be lowercase letters, digits and dashes (e.g. "guichet-unique").',
    },
    fix: {
      fr: 'Remplacez-le par « {suggestion} » et renommez le fichier de même.',
      en: 'Replace it with "{suggestion}" and rename the file to match.',
    },
    why: {
      fr: 'Les identifiants servent de noms de fichiers et de liens entre fichiers.',
      en: 'Ids are file names and links between files.',
    },
    wrong: 'id: Guichet_Unique',
    right: 'id: guichet-unique',
  },
  'id/file-name': {
    stage: 'identity',
    severity: 'error',
    checks: { fr: 'Le nom de chaque fichier est son identifiant.', en: 'Each file’s name is its id.' },
    message: {
      fr: 'L’identifiant « {id} » ne correspond pas au nom du fichier « {name} ».',
      en: 'The id "{id}" does not match the file name "{name}".',
    },
    fix: {
      fr: 'Renommez le fichier en « {expected} » ou corrigez l’identifiant.',
      en: 'Rename the file to "{expected}" or fix the id.',
    },
    why: {
      fr: 'Le nom du fichier permet de retrouver une entité sans ouvrir les fichiers.',
      en: 'The file name finds an entity without opening files.',
    },
    wrong: 'commitments/guichet.md → id: guichet-unique',
    right: 'commitments/guichet-unique.md → id: guichet-unique',
  },
  'id/duplicate': {
    stage: 'identity',
    severity: 'error',
    checks: {
      fr: 'Les identifiants sont uniques : par type d’entité, et pour les décisions et actions sur l’ensemble des réunions.',
      en: 'Ids are unique: per kind of entity, and for decisions and actions across all meetings.',
    },
    message: {
      fr: 'L’identifiant « {id} » est déjà utilisé ({other}).',
      en: 'The id "{id}" is already used ({other}).',
    },
    fix: { fr: 'Choisissez un identifiant unique.', en: 'Choose a unique id.' },
    why: {
      fr: 'Deux entités de même identifiant rendraient les liens ambigus.',
      en: 'Two entities with one id would make links ambiguous.',
    },
    wrong: { fr: 'actions: [{ id: a-1 }]   # dans deux réunions', en: 'actions: [{ id: a-1 }]   # in two meetings' },
    right: 'actions: [{ id: a-2019-03-01 }]',
  },
  'axis/duplicate-number': {
    stage: 'identity',
    severity: 'error',
    checks: { fr: 'Chaque axe a un numéro différent.', en: 'Each axis has a different number.' },
    message: {
      fr: 'Le numéro d’axe {number} est déjà pris par « {other} ».',
      en: 'Axis number {number} is already taken by "{other}".',
    },
    fix: { fr: 'Donnez à chaque axe un numéro différent.', en: 'Give each axis a different number.' },
    why: {
      fr: 'Le numéro fixe l’ordre des axes dans les rapports.',
      en: 'The number sets the axes’ order in reports.',
    },
    wrong: { fr: 'number: 3   # dans deux axes', en: 'number: 3   # in two axes' },
    right: 'number: 4',
  },
  'ref/unknown-partner': {
    stage: 'references',
    severity: 'error',
    checks: {
      fr: 'Chaque partenaire cité (pilote, contributeurs, présents, responsables d’actions…) existe dans partners/.',
      en: 'Every partner named (lead, contributors, attendees, action owners…) exists in partners/.',
    },
    message: {
      fr: 'Le partenaire « {value} » n’existe pas : il n’y a pas de fichier partners/{value}.yaml.',
      en: 'Partner "{value}" does not exist: there is no partners/{value}.yaml file.',
    },
    fix: {
      fr: 'Écrivez l’identifiant d’un partenaire existant (le nom de son fichier dans partners/, sans « .yaml ») : {suggestion}.',
      en: 'Write the id of an existing partner (its file name in partners/, without ".yaml"): {suggestion}.',
    },
    why: {
      fr: 'Une référence cassée ferait disparaître l’engagement des chiffres du partenaire.',
      en: 'A broken reference would drop the entity from the partner’s figures.',
    },
    wrong: 'lead: cci-94',
    right: 'lead: cci-val-de-marne',
  },
  'ref/unknown-axis': {
    stage: 'references',
    severity: 'error',
    checks: { fr: 'Chaque axe cité existe dans axes/.', en: 'Every axis named exists in axes/.' },
    message: {
      fr: 'L’axe « {value} » n’existe pas : il n’y a pas de fichier axes/{value}.md.',
      en: 'Axis "{value}" does not exist: there is no axes/{value}.md file.',
    },
    fix: {
      fr: 'Écrivez l’identifiant d’un axe existant (le nom de son fichier dans axes/, sans « .md ») : {suggestion}.',
      en: 'Write the id of an existing axis (its file name in axes/, without ".md"): {suggestion}.',
    },
    why: {
      fr: 'Un engagement sans axe valide n’apparaît dans aucun tableau de bord.',
      en: 'A commitment without a valid axis shows in no dashboard.',
    },
    wrong: 'axis: createurs',
    right: 'axis: createurs-entreprises',
  },
  'ref/unknown-commitment': {
    stage: 'references',
    severity: 'error',
    checks: {
      fr: 'Chaque engagement cité par une réunion existe dans commitments/.',
      en: 'Every commitment named by a meeting exists in commitments/.',
    },
    message: {
      fr: 'L’engagement « {value} » n’existe pas : il n’y a pas de fichier commitments/{value}.md.',
      en: 'Commitment "{value}" does not exist: there is no commitments/{value}.md file.',
    },
    fix: {
      fr: 'Écrivez l’identifiant d’un engagement existant (le nom de son fichier dans commitments/, sans « .md ») : {suggestion}.',
      en: 'Write the id of an existing commitment (its file name in commitments/, without ".md"): {suggestion}.',
    },
    why: {
      fr: 'Le lien entre une réunion et un engagement sert au suivi des décisions.',
      en: 'The link between a meeting and a commitment tracks decisions.',
    },
    wrong: 'commitment: guichet',
    right: 'commitment: guichet-unique-createurs',
  },
  'ref/unknown-decision': {
    stage: 'references',
    severity: 'error',
    checks: {
      fr: 'Chaque décision citée par le journal d’un engagement existe dans une réunion.',
      en: 'Every decision cited by a commitment’s journal exists in a meeting.',
    },
    message: {
      fr: 'La décision « {value} » n’existe dans aucune réunion de meetings/.',
      en: 'Decision "{value}" does not exist in any meeting of meetings/.',
    },
    fix: {
      fr: 'Écrivez l’identifiant d’une décision existante (champ id sous decisions dans le fichier de la réunion) : {suggestion}.',
      en: 'Write the id of an existing decision (the id under decisions in the meeting’s file): {suggestion}.',
    },
    why: {
      fr: 'Un report d’échéance renvoie à la décision du comité qui l’a accordé : le lien doit mener quelque part.',
      en: 'A postponement points to the committee decision that granted it: the link must lead somewhere.',
    },
    wrong:
      'updates:\n  - { date: 2026-12-10, text: Report, due: 2027-06-30, previous_due: 2026-12-31, decision: d-2026-12-99 }',
    right:
      'updates:\n  - { date: 2026-12-10, text: Report, due: 2027-06-30, previous_due: 2026-12-31, decision: d-2026-12-01 }',
  },
  'ref/unknown-meeting': {
    stage: 'references',
    severity: 'error',
    checks: {
      fr: 'Chaque réunion citée (procès-verbaux approuvés) existe dans meetings/.',
      en: 'Every meeting named (minutes approved) exists in meetings/.',
    },
    message: {
      fr: 'La réunion « {value} » n’existe pas : il n’y a pas de fichier meetings/{value}.md.',
      en: 'Meeting "{value}" does not exist: there is no meetings/{value}.md file.',
    },
    fix: {
      fr: 'Écrivez l’identifiant d’une réunion existante (le nom de son fichier dans meetings/, sans « .md ») : {suggestion}.',
      en: 'Write the id of an existing meeting (its file name in meetings/, without ".md"): {suggestion}.',
    },
    why: {
      fr: 'Le procès-verbal dit quels procès-verbaux la séance a approuvés : le lien doit mener à une réunion.',
      en: 'The minutes say which minutes the meeting approved: the link must lead to a meeting.',
    },
    wrong: 'approved_minutes: [copil-juin]',
    right: 'approved_minutes: [copil-2026-06]',
  },
  'logo/missing': {
    stage: 'references',
    severity: 'error',
    checks: {
      fr: 'Chaque logo cité par la convention est un fichier lisible du dossier assets/, de 1 Mio au plus.',
      en: 'Every logo the convention names is a readable file of the assets/ folder, of 1 MiB at most.',
    },
    message: {
      fr: 'Le logo « {value} » est introuvable dans le dossier de la feuille de route (absent, illisible, lien vers l’extérieur ou plus de 1 Mio).',
      en: 'Logo "{value}" cannot be found in the roadmap folder (absent, unreadable, a link to the outside, or over 1 MiB).',
    },
    fix: {
      fr: 'Placez le fichier dans assets/ (roadmap edit convention --add-logo <fichier>) ou retirez la ligne.',
      en: 'Put the file in assets/ (roadmap edit convention --add-logo <file>) or remove the line.',
    },
    why: {
      fr: 'Le logo figure en en-tête de chaque convocation et procès-verbal : absent, les documents partiraient sans lui.',
      en: 'The logo heads every notice and set of minutes: missing, documents would go out without it.',
    },
    wrong: 'logos: [assets/logo.svg]   # assets/ vide',
    right: 'logos: [assets/logo.svg]   # assets/logo.svg présent',
  },
  'logo/format': {
    stage: 'references',
    severity: 'error',
    checks: {
      fr: 'Chaque logo est une image PNG, JPEG ou SVG, conforme à son extension.',
      en: 'Every logo is a PNG, JPEG or SVG image matching its extension.',
    },
    message: {
      fr: 'Le fichier « {value} » n’est pas une image {expected} : son contenu n’en a pas la forme.',
      en: 'File "{value}" is not a {expected} image: its content does not have that shape.',
    },
    fix: {
      fr: 'Exportez le logo en PNG, JPEG ou SVG et donnez au fichier l’extension de son format.',
      en: 'Export the logo as PNG, JPEG or SVG and give the file the extension of its format.',
    },
    why: {
      fr: 'Les documents intègrent le logo tel quel : un autre format ne s’afficherait pas.',
      en: 'Documents embed the logo as it is: another format would not show.',
    },
    wrong: 'logos: [assets/logo.png]   # un fichier PDF renommé',
    right: 'logos: [assets/logo.png]   # une image PNG',
  },
  'date/invalid': {
    stage: 'consistency',
    severity: 'error',
    checks: {
      fr: 'Chaque date est écrite AAAA-MM-JJ et existe dans le calendrier.',
      en: 'Every date is written YYYY-MM-DD and exists in the calendar.',
    },
    message: {
      fr: '{field} : « {value} » n’est pas une date valide ({reason}).',
      en: '{field}: "{value}" is not a valid date ({reason}).',
    },
    fix: {
      fr: 'Écrivez une date qui existe, au format AAAA-MM-JJ, sans heure (par exemple 2019-09-30).',
      en: 'Write a date that exists, as YYYY-MM-DD, with no time (for example 2019-09-30).',
    },
    why: {
      fr: 'Les retards et les échéances sont calculés à partir de ces dates.',
      en: 'Lateness and deadlines are computed from these dates.',
    },
    wrong: 'due: 2019-02-30',
    right: 'due: 2019-02-28',
  },
  'date/order': {
    stage: 'consistency',
    severity: 'error',
    checks: {
      fr: 'Une date de fin ne précède pas sa date de début (échéance et début, départ et arrivée d’un partenaire, cible et valeur de départ).',
      en: 'An end date does not precede its start (due and start, a partner’s leaving and joining, target and baseline).',
    },
    message: {
      fr: '« {field} » ({value:date}) tombe avant « {other} » ({otherValue:date}).',
      en: '"{field}" ({value:date}) falls before "{other}" ({otherValue:date}).',
    },
    fix: {
      fr: 'Corrigez l’une des deux dates : « {field} » doit être le même jour que « {other} » ou après.',
      en: 'Fix one of the two dates: "{field}" must be on or after "{other}".',
    },
    why: {
      fr: 'Une fin avant le début est presque toujours une faute de saisie.',
      en: 'An end before the start is almost always a typing mistake.',
    },
    wrong: 'start: 2019-06-01\ndue: 2019-01-31',
    right: 'start: 2019-01-01\ndue: 2019-06-01',
  },
  'date/future': {
    stage: 'consistency',
    severity: 'error',
    checks: {
      fr: 'Un jalon réalisé (done_on), une action close (closed_on) ou un montant engagé ou payé (budget) n’est pas daté dans le futur.',
      en: 'A milestone done (done_on), an action closed (closed_on) or an amount committed or paid (budget) is not dated in the future.',
    },
    message: {
      fr: '« {field} » est daté du {value:date}, dans le futur (nous sommes le {asOf:date}).',
      en: '"{field}" is dated {value:date}, in the future (today is {asOf:date}).',
    },
    fix: {
      fr: 'Ne renseignez « {field} » qu’une fois la chose faite, avec la date réelle ; en attendant, retirez la ligne.',
      en: 'Fill in "{field}" only once it is done, with the real date; until then, remove the line.',
    },
    why: {
      fr: 'Un fait daté dans le futur fausserait les rapports établis à une date donnée.',
      en: 'A fact dated in the future would skew reports as of a date.',
    },
    wrong: 'done_on: 2031-01-01',
    right: 'done_on: 2019-05-14',
  },
  'amount/decimals': {
    stage: 'schema',
    severity: 'error',
    checks: {
      fr: 'Un montant (budget) s’écrit avec au plus deux décimales : des centimes, pas moins.',
      en: 'An amount (budget) has at most two decimals: cents, nothing smaller.',
    },
    message: {
      fr: '« {field} » vaut {value} : un montant a au plus deux décimales.',
      en: '"{field}" is {value}: an amount has at most two decimals.',
    },
    fix: {
      fr: 'Arrondissez au centime, par exemple « {rounded} », sans espace ni symbole.',
      en: 'Round it to the cent, for example "{rounded}", without spaces or a currency sign.',
    },
    why: {
      fr: 'Les sommes se font au centime près ; une fraction de centime n’existe sur aucune pièce comptable.',
      en: 'Sums are exact to the cent; a fraction of a cent exists on no accounting document.',
    },
    wrong: 'planned: 12.345',
    right: 'planned: 12.35',
  },
  'money/committed-over-planned': {
    stage: 'consistency',
    severity: 'warning',
    checks: {
      fr: 'Un cofinanceur n’engage pas plus que sa part prévue (planned).',
      en: 'A co-funder does not commit more than its planned share.',
    },
    message: {
      fr: '« {partner} » a engagé {committed}, plus que sa part prévue de {planned}.',
      en: '"{partner}" committed {committed}, more than its planned share of {planned}.',
    },
    fix: {
      fr: 'Relevez sa part prévue (roadmap update <engagement> --funder {partner}=<montant>) ou corrigez le montant engagé.',
      en: 'Raise its planned share (roadmap update <commitment> --funder {partner}=<amount>) or correct the amount committed.',
    },
    why: {
      fr: 'Un engagement au-delà du plan de financement est soit une erreur de saisie, soit un plan à revoir en comité.',
      en: 'A commitment beyond the financing plan is either a typing mistake or a plan the committee must revise.',
    },
    wrong:
      'funders:\n  - partner: cci-essonne\n    planned: 30000\n    committed:\n      - { date: 2026-03-12, amount: 35000 }',
    right:
      'funders:\n  - partner: cci-essonne\n    planned: 35000\n    committed:\n      - { date: 2026-03-12, amount: 35000 }',
  },
  'money/paid-over-committed': {
    stage: 'consistency',
    severity: 'warning',
    checks: {
      fr: 'Un cofinanceur ne paie pas plus qu’il n’a engagé.',
      en: 'A co-funder does not pay more than it committed.',
    },
    message: {
      fr: '« {partner} » a payé {paid}, plus que les {committed} engagés.',
      en: '"{partner}" paid {paid}, more than the {committed} committed.',
    },
    fix: {
      fr: 'Enregistrez l’engagement qui manque (roadmap update <engagement> --committed {partner}=<montant> --ref <délibération>) ou corrigez le paiement.',
      en: 'Record the missing commitment (roadmap update <commitment> --committed {partner}=<amount> --ref <vote>) or correct the payment.',
    },
    why: {
      fr: 'Un paiement suppose un engagement préalable (vote, commande, convention) ; sinon le taux de mandatement dépasse 100 %.',
      en: 'A payment follows a commitment (vote, order, agreement); otherwise the payment rate exceeds 100 %.',
    },
    wrong: 'committed:\n  - { date: 2026-03-12, amount: 10000 }\npaid:\n  - { date: 2026-06-30, amount: 12000 }',
    right: 'committed:\n  - { date: 2026-03-12, amount: 12000 }\npaid:\n  - { date: 2026-06-30, amount: 12000 }',
  },
  'money/planned-over-cost': {
    stage: 'consistency',
    severity: 'warning',
    checks: {
      fr: 'Les parts prévues des cofinanceurs ne dépassent pas le coût total prévu.',
      en: 'The co-funders’ planned shares do not exceed the total planned cost.',
    },
    message: {
      fr: 'Les parts prévues font {planned}, plus que le coût total prévu de {cost}.',
      en: 'The planned shares add up to {planned}, more than the total planned cost of {cost}.',
    },
    fix: {
      fr: 'Relevez le coût (roadmap update <engagement> --cost <montant>) ou réduisez une part prévue.',
      en: 'Raise the cost (roadmap update <commitment> --cost <amount>) or reduce a planned share.',
    },
    why: {
      fr: 'Un plan de financement dont les parts dépassent le coût est incohérent ; le besoin de financement (gap) deviendrait négatif.',
      en: 'A financing plan whose shares exceed the cost is inconsistent; the funding gap would turn negative.',
    },
    wrong: 'cost: 50000\nfunders:\n  - { partner: gosb, planned: 30000 }\n  - { partner: cci-essonne, planned: 30000 }',
    right: 'cost: 60000\nfunders:\n  - { partner: gosb, planned: 30000 }\n  - { partner: cci-essonne, planned: 30000 }',
  },
  'progress/done-not-100': {
    stage: 'consistency',
    severity: 'error',
    checks: {
      fr: 'Un engagement « done » n’annonce pas un avancement différent de 100.',
      en: 'A "done" commitment does not state a progress other than 100.',
    },
    message: {
      fr: 'Le statut est « done » (réalisé) mais l’avancement vaut {value} %.',
      en: 'The status is "done" but progress is {value} %.',
    },
    fix: {
      fr: 'Mettez « progress: 100 » ou retirez la ligne « progress » ; si l’engagement n’est pas fini, gardez le statut « in_progress ».',
      en: 'Set "progress: 100" or remove the "progress" line; if the commitment is not finished, keep the status "in_progress".',
    },
    why: {
      fr: 'Un engagement réalisé compte pour 100 % ; une autre valeur se contredit.',
      en: 'A done commitment counts as 100 %; another value contradicts it.',
    },
    wrong: 'status: done\nprogress: 80',
    right: 'status: done',
  },
  'progress/open-at-100': {
    stage: 'consistency',
    severity: 'warning',
    checks: {
      fr: 'Un engagement qui n’est ni réalisé ni abandonné n’annonce pas un avancement de 100 %.',
      en: 'A commitment neither done nor cancelled does not state a progress of 100 %.',
    },
    message: {
      fr: 'L’engagement n’est pas réalisé mais son avancement vaut 100 %.',
      en: 'The commitment is not done but its progress is 100 %.',
    },
    fix: {
      fr: 'S’il est fini, mettez « status: done » ; sinon, indiquez l’avancement réel (par exemple « progress: 90 »).',
      en: 'If it is finished, set "status: done"; otherwise give its real progress (for example "progress: 90").',
    },
    why: {
      fr: 'Un comité lit « en cours — 100 % » comme une contradiction : l’engagement est fini ou il ne l’est pas.',
      en: 'A committee reads "in progress — 100 %" as a contradiction: the commitment is either finished or not.',
    },
    wrong: 'status: in_progress\nprogress: 100',
    right: 'status: in_progress\nprogress: 90',
  },
  'action/done-without-closed': {
    stage: 'consistency',
    severity: 'warning',
    checks: {
      fr: 'Une action « done » porte sa date de clôture (closed_on).',
      en: 'A "done" action carries its closing date (closed_on).',
    },
    message: {
      fr: 'L’action « {id} » est « done » (faite) mais sans date de clôture.',
      en: 'Action "{id}" is "done" but has no closing date.',
    },
    fix: {
      fr: 'Ajoutez à l’action la ligne « closed_on: AAAA-MM-JJ » avec le jour où elle a été faite.',
      en: 'Add a "closed_on: YYYY-MM-DD" line to the action with the day it was done.',
    },
    why: {
      fr: 'Sans date, l’action ne peut pas être placée dans l’historique du comité.',
      en: 'Without a date the action cannot be placed in the committee’s history.',
    },
    wrong: 'status: done',
    right: 'status: done\nclosed_on: 2019-04-02',
  },
  'meeting/held-in-future': {
    stage: 'consistency',
    severity: 'error',
    checks: {
      fr: 'Une réunion marquée « held » n’est pas datée dans le futur.',
      en: 'A meeting marked "held" is not dated in the future.',
    },
    message: {
      fr: 'La réunion est marquée « held » (tenue) mais elle est datée du {value:date}, après aujourd’hui ({asOf:date}).',
      en: 'The meeting is marked "held" but is dated {value:date}, after today ({asOf:date}).',
    },
    fix: {
      fr: 'Gardez « status: planned » tant qu’elle n’a pas eu lieu, ou corrigez la date.',
      en: 'Keep "status: planned" until it has taken place, or fix the date.',
    },
    why: { fr: 'Une réunion future ne peut pas avoir eu lieu.', en: 'A future meeting cannot have taken place.' },
    wrong: 'date: 2031-03-01\nstatus: held',
    right: 'date: 2031-03-01\nstatus: planned',
  },
  'measure/before-baseline': {
    stage: 'consistency',
    severity: 'warning',
    checks: {
      fr: 'Les mesures d’un indicateur ne sont pas antérieures à sa valeur de départ.',
      en: 'An indicator’s measures are not dated before its baseline.',
    },
    message: {
      fr: 'La mesure du {value:date} est antérieure à la valeur de départ (baseline) du {baseline:date}.',
      en: 'The measure of {value:date} is dated before the baseline of {baseline:date}.',
    },
    fix: {
      fr: 'Vérifiez la date de la mesure, ou celle de la valeur de départ.',
      en: 'Check the measure’s date, or the baseline’s.',
    },
    why: {
      fr: 'L’atteinte d’un indicateur se mesure à partir de sa valeur de départ.',
      en: 'An indicator’s attainment is measured from its baseline.',
    },
    wrong: 'baseline: { value: 0, date: 2019-01-01 }\nmeasures: [{ date: 2018-06-01, value: 4 }]',
    right: 'baseline: { value: 0, date: 2019-01-01 }\nmeasures: [{ date: 2019-06-01, value: 4 }]',
  },
  'indicator/flat-target': {
    stage: 'consistency',
    severity: 'warning',
    checks: {
      fr: 'La cible d’un indicateur diffère de sa valeur de départ.',
      en: 'An indicator’s target differs from its baseline.',
    },
    message: {
      fr: 'La cible vaut {value}, comme la valeur de départ : l’atteinte de cet indicateur ne pourra jamais être calculée.',
      en: 'The target is {value}, the same as the baseline: this indicator’s attainment can never be computed.',
    },
    fix: {
      fr: 'Donnez la cible visée (target) ou corrigez la valeur de départ (baseline).',
      en: 'Give the value aimed at (target), or correct the baseline.',
    },
    why: {
      fr: 'L’atteinte mesure le chemin parcouru de la valeur de départ vers la cible ; sans écart entre les deux, elle n’existe pas et les rapports affichent « — ».',
      en: 'Attainment measures the way from the baseline to the target; with no gap between them it does not exist, and reports show "—".',
    },
    wrong: 'baseline: { value: 12, date: 2019-01-01 }\ntarget: { value: 12, date: 2021-12-31 }',
    right: 'baseline: { value: 12, date: 2019-01-01 }\ntarget: { value: 40, date: 2021-12-31 }',
  },
  'status/journal-mismatch': {
    stage: 'consistency',
    severity: 'warning',
    checks: {
      fr: 'Le statut d’un engagement est le dernier statut noté dans son journal (updates).',
      en: 'A commitment’s status is the last status recorded in its journal (updates).',
    },
    message: {
      fr: 'Le statut « {status} » diffère du dernier statut noté dans le journal (« {journal} », le {date:date}).',
      en: 'The status "{status}" differs from the last status in the journal ("{journal}", on {date:date}).',
    },
    fix: {
      fr: 'Ajoutez au journal (updates) une entrée datée avec « status: {status} », ou remettez le statut « {journal} ».',
      en: 'Add a dated journal entry (updates) with "status: {status}", or set the status back to "{journal}".',
    },
    why: {
      fr: 'Le journal permet de connaître le statut à toute date ; il doit finir sur le statut actuel.',
      en: 'The journal gives the status on any date; it must end on the current status.',
    },
    wrong: 'status: done\nupdates:\n  - { date: 2019-02-01, text: Lancement, status: in_progress }',
    right:
      'status: done\nupdates:\n  - { date: 2019-02-01, text: Lancement, status: in_progress }\n  - { date: 2019-09-01, text: Livré, status: done }',
  },
  'journal/order': {
    stage: 'consistency',
    severity: 'warning',
    checks: {
      fr: 'Le journal d’un engagement est rangé du plus ancien au plus récent.',
      en: 'A commitment’s journal is ordered oldest first.',
    },
    message: {
      fr: 'L’entrée du journal du {value:date} est placée après une entrée plus récente (du {previous:date}).',
      en: 'The journal entry of {value:date} comes after a more recent one (of {previous:date}).',
    },
    fix: {
      fr: 'Rangez le journal du plus ancien au plus récent : ajoutez toujours les nouvelles entrées à la fin.',
      en: 'Order the journal oldest first: always add new entries at the end.',
    },
    why: {
      fr: 'Le statut à une date se lit dans l’ordre du journal.',
      en: 'The status on a date is read in journal order.',
    },
    wrong: 'updates:\n  - { date: 2019-05-01, text: Bilan }\n  - { date: 2019-02-01, text: Lancement }',
    right: 'updates:\n  - { date: 2019-02-01, text: Lancement }\n  - { date: 2019-05-01, text: Bilan }',
  },
  'journal/due-mismatch': {
    stage: 'consistency',
    severity: 'warning',
    checks: {
      fr: 'L’échéance d’un engagement (due) est la dernière échéance notée dans son journal.',
      en: 'A commitment’s due date is the last due date recorded in its journal.',
    },
    message: {
      fr: 'L’échéance ({value:date}) diffère de la dernière échéance notée dans le journal ({journal:date}, le {date:date}).',
      en: 'The due date ({value:date}) differs from the last one recorded in the journal ({journal:date}, on {date:date}).',
    },
    fix: {
      fr: 'Mettez « due: {journal} », ou notez le nouveau report dans le journal : roadmap update <engagement> --due <date>.',
      en: 'Set "due: {journal}", or record the new move in the journal: roadmap update <commitment> --due <date>.',
    },
    why: {
      fr: 'L’échéance en vigueur à une date se lit dans le journal ; il doit finir sur l’échéance actuelle.',
      en: 'The due date in force on a date is read from the journal; it must end on the current one.',
    },
    wrong:
      'due: 2027-03-31\nupdates:\n  - { date: 2026-12-10, text: Report, due: 2027-06-30, previous_due: 2026-12-31 }',
    right:
      'due: 2027-06-30\nupdates:\n  - { date: 2026-12-10, text: Report, due: 2027-06-30, previous_due: 2026-12-31 }',
  },
  'journal/due-chain': {
    stage: 'consistency',
    severity: 'warning',
    checks: {
      fr: 'Chaque report d’échéance du journal part de l’échéance fixée par le report précédent.',
      en: 'Each due-date move in the journal starts from the due date the previous move set.',
    },
    message: {
      fr: 'Ce report part du {value:date} (previous_due), mais le report précédent (le {date:date}) avait fixé l’échéance au {expected:date}.',
      en: 'This move starts from {value:date} (previous_due), but the previous move (on {date:date}) had set the due date to {expected:date}.',
    },
    fix: {
      fr: 'Mettez « previous_due: {expected} », ou corrigez l’échéance du report précédent.',
      en: 'Set "previous_due: {expected}", or fix the due date of the previous move.',
    },
    why: {
      fr: 'Le nombre de reports et les jours de glissement se calculent de report en report.',
      en: 'The number of postponements and the days they add up to are computed from one move to the next.',
    },
    wrong:
      'updates:\n  - { date: 2026-06-18, text: Report, due: 2026-12-31, previous_due: 2026-06-30 }\n  - { date: 2026-12-10, text: Report, due: 2027-06-30, previous_due: 2026-09-30 }',
    right:
      'updates:\n  - { date: 2026-06-18, text: Report, due: 2026-12-31, previous_due: 2026-06-30 }\n  - { date: 2026-12-10, text: Report, due: 2027-06-30, previous_due: 2026-12-31 }',
  },
  'stale/past-due': {
    stage: 'staleness',
    severity: 'warning',
    checks: {
      fr: 'Un engagement ni réalisé ni abandonné n’a pas dépassé son échéance.',
      en: 'A commitment neither done nor cancelled has not passed its due date.',
    },
    message: {
      fr: 'L’échéance du {value:date} est passée et l’engagement est toujours {statusWord} (status: {status}).',
      en: 'The due date of {value:date} has passed and the commitment is still {statusWord} (status: {status}).',
    },
    fix: {
      fr: 'Si c’est fait, passez le statut à « done » ; sinon, indiquez une nouvelle échéance (due) et expliquez le report dans le journal (updates).',
      en: 'If it is done, set the status to "done"; otherwise set a new due date and explain the delay in the journal (updates).',
    },
    why: {
      fr: 'Le comité doit voir les retards, et les partenaires pouvoir les expliquer.',
      en: 'The committee must see delays, and partners be able to explain them.',
    },
    wrong: {
      fr: 'due: 2019-06-30\nstatus: in_progress   # au 15 janvier 2020',
      en: 'due: 2019-06-30\nstatus: in_progress   # as of 15 January 2020',
    },
    right:
      'due: 2020-06-30\nstatus: in_progress\nupdates:\n  - { date: 2019-07-01, text: Report de six mois validé en comité }',
  },
  'meeting/past-planned': {
    stage: 'staleness',
    severity: 'warning',
    checks: {
      fr: 'Une réunion dont la date est passée n’est plus « planned » : elle a été tenue ou annulée.',
      en: 'A meeting whose day has passed is no longer "planned": it was held or cancelled.',
    },
    message: {
      fr: 'La réunion du {value:date} est passée (nous sommes le {asOf:date}) mais elle est toujours « planned » (prévue).',
      en: 'The meeting of {value:date} has passed (today is {asOf:date}) but it is still "planned".',
    },
    fix: {
      fr: 'Enregistrez-la : roadmap meeting record {id} --present <ids> ; ou, si elle n’a pas eu lieu, passez « status: cancelled ».',
      en: 'Record it: roadmap meeting record {id} --present <ids>; or, if it did not take place, set "status: cancelled".',
    },
    why: {
      fr: 'Les présences, décisions et actions d’une réunion passée comptent dans les rapports et le dossier de séance suivant.',
      en: 'A past meeting’s attendance, decisions and actions count in reports and in the next briefing pack.',
    },
    wrong: {
      fr: 'date: 2019-03-21\nstatus: planned   # au 1er avril 2019',
      en: 'date: 2019-03-21\nstatus: planned   # as of 1 April 2019',
    },
    right: 'date: 2019-03-21\nstatus: held\nattendees:\n  - { partner: ept, present: true }',
  },
  'partner/no-maintainers': {
    stage: 'staleness',
    severity: 'warning',
    checks: {
      fr: 'Chaque signataire désigne des responsables (maintainers) qui approuvent les modifications de ses fichiers.',
      en: 'Each signatory names maintainers who approve changes to its files.',
    },
    message: {
      fr: 'Le signataire « {id} » n’a pas de « maintainers » : personne n’approuve ses modifications.',
      en: 'Signatory "{id}" has no "maintainers": nobody approves changes to its files.',
    },
    fix: { fr: 'Ajoutez « maintainers: ["@organisation/equipe"] ».', en: 'Add "maintainers: ["@org/team"]".' },
    why: {
      fr: 'Le fichier CODEOWNERS désigne qui approuve les changements d’un partenaire.',
      en: 'The CODEOWNERS file names who approves a partner’s changes.',
    },
    wrong: 'role: signatory',
    right: 'role: signatory\nmaintainers: ["@cci-essonne/projets"]',
  },
  'owners/out-of-date': {
    stage: 'staleness',
    severity: 'warning',
    checks: {
      fr: 'Le fichier .github/CODEOWNERS produit par « roadmap owners » correspond aux « maintainers » et aux pilotes actuels.',
      en: 'The .github/CODEOWNERS file made by "roadmap owners" matches the current maintainers and leads.',
    },
    message: {
      fr: 'Le fichier .github/CODEOWNERS n’est plus à jour ({count}, par exemple « {line} »).',
      en: 'The .github/CODEOWNERS file is out of date ({count}, for example "{line}").',
    },
    fix: {
      fr: 'Lancez « roadmap owners --write » et validez le fichier produit.',
      en: 'Run "roadmap owners --write" and commit the file it writes.',
    },
    why: {
      fr: 'CODEOWNERS décide qui doit approuver une demande de fusion : périmé, il fait approuver par le mauvais partenaire.',
      en: 'CODEOWNERS decides who must approve a pull request: out of date, it asks the wrong partner to approve.',
    },
    wrong: 'lead: cci  (CODEOWNERS : /roadmap/commitments/guichet.md @ept/equipe)',
    right: 'lead: cci  (CODEOWNERS : /roadmap/commitments/guichet.md @cci/equipe)',
  },
  'guide/out-of-date': {
    stage: 'staleness',
    severity: 'warning',
    checks: {
      fr: 'Le guide du partenaire du dépôt (docs/guide-partenaire.md) est celui que « roadmap guide » écrit à partir des données du jour.',
      en: 'The repository\'s partner guide (docs/partner-guide.md) is the one "roadmap guide" writes from today\'s data.',
    },
    message: {
      fr: 'Le guide du partenaire {guide} n’est plus à jour : il ne correspond plus aux partenaires, identifiants et exemples de la feuille de route.',
      en: "The partner guide {guide} is out of date: it no longer matches the roadmap's partners, ids and examples.",
    },
    fix: {
      fr: 'Lancez « roadmap guide --write » et validez le fichier produit.',
      en: 'Run "roadmap guide --write" and commit the file it writes.',
    },
    why: {
      fr: 'Les partenaires apprennent les identifiants et la forme des fichiers dans ce guide : périmé, il leur fait écrire des références qui n’existent plus.',
      en: 'Partners learn the ids and the shape of the files from this guide: out of date, it has them write references that no longer exist.',
    },
    wrong: {
      fr: 'partners/cci.yaml renommé en cci-essonne.yaml ; le guide cite encore `cci`',
      en: 'partners/cci.yaml renamed cci-essonne.yaml; the guide still names `cci`',
    },
    right: {
      fr: 'roadmap rename partner cci cci-essonne   # réécrit aussi le guide',
      en: 'roadmap rename partner cci cci-essonne   # rewrites the guide too',
    },
  },
  'meeting/minutes-placeholder': {
    stage: 'staleness',
    severity: 'warning',
    checks: {
      fr: 'Une réunion tenue a un compte rendu : le texte « Compte rendu à rédiger » laissé par roadmap new a été remplacé.',
      en: 'A held meeting has minutes: the "Minutes to be written" text left by roadmap new has been replaced.',
    },
    message: {
      fr: 'La réunion « {id} » est tenue mais son compte rendu est encore « {text} ».',
      en: 'Meeting "{id}" is held but its minutes still read "{text}".',
    },
    fix: {
      fr: 'Écrivez le compte rendu sous l’en-tête du fichier, ou : roadmap edit meeting {id} --minutes <fichier.md>.',
      en: "Write the minutes below the file's front matter, or: roadmap edit meeting {id} --minutes <file.md>.",
    },
    why: {
      fr: 'Le procès-verbal reprend ce texte : un compte rendu vide ne garde aucune trace des débats.',
      en: 'The minutes document prints this text: empty minutes keep no record of the discussion.',
    },
    wrong: {
      fr: 'status: held\n---\nCompte rendu à rédiger après la réunion.',
      en: 'status: held\n---\nMinutes to be written after the meeting.',
    },
    right: {
      fr: 'status: held\n---\nLe comité a examiné l’avancement de l’axe 1…',
      en: 'status: held\n---\nThe committee reviewed the progress of axis 1…',
    },
  },
} as const satisfies Record<string, Entry>;

/** Every rule id: a rule reporting a misspelt one does not compile. */
export type RuleId = keyof typeof entries;

/** The parameters a rule's message and fix need, in both languages: one missing does not compile. */
export type RuleParams<Rule extends RuleId> = {
  [Name in Placeholders<(typeof entries)[Rule]['message' | 'fix'][Lang]>]: Params[string];
};

export const catalogue: ReadonlyMap<string, RuleEntry> = new Map(
  Object.entries(entries).map(([id, entry]) => [id, { id, ...entry }]),
);

/** Registers a rule defined by a later feature (e.g. `owners/out-of-date`). */
export function ruleEntry(id: string): RuleEntry {
  const entry = catalogue.get(id);
  if (!entry) throw new Error(`rule ${id} is not in the catalogue`);
  return entry;
}

export function ruleMessage(id: string, lang: Lang, params?: Params): { message: string; fix: string } {
  const entry = ruleEntry(id);
  return {
    message: formatTemplate(entry.message[lang], params, lang),
    fix: formatTemplate(entry.fix[lang], params, lang),
  };
}

/** The partner ids the examples above are written with (the bundled Grand-Orly roadmap's), in the order they are replaced. */
const EXAMPLE_PARTNERS = ['cci-val-de-marne', 'gosb', 'cci-essonne'];

/**
 * An example as the user's own roadmap would write it: the bundled roadmap's partner ids
 * replaced by theirs (« lead: cci-morlaix » in a Morlaix repository), unchanged without any.
 */
export function withRoadmapExamples(text: string, partners: readonly string[]): string {
  if (partners.length === 0) return text;
  return EXAMPLE_PARTNERS.reduce(
    (example, id, index) =>
      example.replace(new RegExp(`(?<![\\w-])${id}(?![\\w-])`, 'g'), partners[index % partners.length]!),
    text,
  );
}
