/**
 * Every validation rule as data: what happened, what to change, why it
 * matters, and a wrong and a right example. Messages are templates over a
 * diagnostic's params (`{name}`); rule ids never change between languages.
 */
import type { Params, Severity } from './diagnostic.js';
import type { Lang, Text } from '../i18n/lang.js';

export type Stage = 'syntax' | 'schema' | 'identity' | 'references' | 'consistency' | 'staleness';

export interface RuleEntry {
  id: string;
  stage: Stage;
  severity: Severity;
  message: Text;
  fix: Text;
  why: Text;
  wrong: string;
  right: string;
}

type Entry = Omit<RuleEntry, 'id'>;

const entries: Record<string, Entry> = {
  'read/unreadable': {
    stage: 'syntax', severity: 'error',
    message: { fr: 'Le fichier ne peut pas être lu ({reason}).', en: 'The file cannot be read ({reason}).' },
    fix: { fr: 'Vérifiez les droits du fichier et qu’il ne s’agit pas d’un lien cassé ou en boucle.', en: 'Check the file permissions and that it is not a broken or looping link.' },
    why: { fr: 'Un fichier illisible ne peut pas être contrôlé ni compté dans les rapports.', en: 'An unreadable file can be neither checked nor counted in reports.' },
    wrong: 'commitments/guichet.md  (chmod 000)', right: 'commitments/guichet.md  (chmod 644)',
  },
  'read/too-large': {
    stage: 'syntax', severity: 'error',
    message: { fr: 'Le fichier fait {size} octets, au-delà de la limite de {limit} octets.', en: 'The file is {size} bytes, over the {limit}-byte limit.' },
    fix: { fr: 'Raccourcissez-le : déplacez les longues annexes dans un document lié.', en: 'Shorten it: move long annexes to a linked document.' },
    why: { fr: 'Une limite de taille protège l’outil et la CI contre les fichiers démesurés.', en: 'A size limit protects the tool and CI from oversized files.' },
    wrong: 'commitments/x.md  (12 Mo)', right: 'commitments/x.md  (quelques Ko)',
  },
  'read/symlink-outside': {
    stage: 'syntax', severity: 'error',
    message: { fr: 'Ce lien symbolique pointe hors du dossier de la feuille de route ; il n’a pas été lu.', en: 'This symbolic link points outside the roadmap folder; it was not read.' },
    fix: { fr: 'Remplacez le lien par le fichier lui-même.', en: 'Replace the link with the file itself.' },
    why: { fr: 'Un lien vers l’extérieur pourrait faire lire des fichiers privés de la machine.', en: 'A link to the outside could make the tool read private files of the machine.' },
    wrong: 'partners/cci.yaml -> /etc/passwd', right: 'partners/cci.yaml  (fichier ordinaire)',
  },
  'read/not-a-file': {
    stage: 'syntax', severity: 'error',
    message: { fr: '« {name} » est un dossier, pas un fichier.', en: '"{name}" is a folder, not a file.' },
    fix: { fr: 'Renommez ou supprimez ce dossier.', en: 'Rename or remove this folder.' },
    why: { fr: 'Chaque entité est un fichier ; un dossier au même nom est une erreur de manipulation.', en: 'Each entity is a file; a folder with that name is a mistake.' },
    wrong: 'commitments/guichet.md/', right: 'commitments/guichet.md',
  },
  'read/unexpected-file': {
    stage: 'syntax', severity: 'warning',
    message: { fr: 'Ce fichier n’est pas lu : seuls les fichiers {expected} sont attendus ici.', en: 'This file is not read: only {expected} files are expected here.' },
    fix: { fr: 'Renommez-le avec la bonne extension, ou déplacez-le hors du dossier.', en: 'Rename it with the right extension, or move it out of the folder.' },
    why: { fr: 'Un fichier mal nommé serait ignoré en silence et manquerait dans les rapports.', en: 'A misnamed file would be silently ignored and missing from reports.' },
    wrong: 'partners/cci-essonne.yml', right: 'partners/cci-essonne.yaml',
  },
  'read/missing-convention': {
    stage: 'syntax', severity: 'error',
    message: { fr: 'Il n’y a pas de fichier convention.yaml dans ce dossier.', en: 'There is no convention.yaml in this folder.' },
    fix: { fr: 'Créez convention.yaml (voir `roadmap init`) ou indiquez le bon dossier avec --dir.', en: 'Create convention.yaml (see `roadmap init`) or point at the right folder with --dir.' },
    why: { fr: 'La convention porte le titre, la langue et le comité de la feuille de route.', en: 'The convention holds the roadmap’s title, language and committee.' },
    wrong: 'roadmap/  (sans convention.yaml)', right: 'roadmap/convention.yaml',
  },
  'encoding/not-utf8': {
    stage: 'syntax', severity: 'error',
    message: { fr: 'Le fichier n’est pas en UTF-8 (octet invalide à la position {offset}).', en: 'The file is not UTF-8 (invalid byte at offset {offset}).' },
    fix: { fr: 'Enregistrez le fichier en UTF-8 (dans l’éditeur : « Enregistrer avec l’encodage » → UTF-8).', en: 'Save the file as UTF-8 (in the editor: "Save with encoding" → UTF-8).' },
    why: { fr: 'Les accents d’un fichier Latin-1 seraient mal lus dans les rapports.', en: 'Accents in a Latin-1 file would be misread in reports.' },
    wrong: 'title: Cr\\xe9ation  (Latin-1)', right: 'title: Création  (UTF-8)',
  },
  'encoding/utf16': {
    stage: 'syntax', severity: 'error',
    message: { fr: 'Le fichier est en UTF-16 ; seul l’UTF-8 est accepté.', en: 'The file is UTF-16; only UTF-8 is accepted.' },
    fix: { fr: 'Enregistrez le fichier en UTF-8.', en: 'Save the file as UTF-8.' },
    why: { fr: 'Un seul encodage garde les fichiers lisibles par tous les outils et dans les diffs.', en: 'One encoding keeps files readable by every tool and in diffs.' },
    wrong: 'FF FE 69 00 64 00 …', right: 'id: guichet-unique',
  },
  'encoding/binary': {
    stage: 'syntax', severity: 'error',
    message: { fr: 'Le fichier contient un caractère nul : ce n’est pas un fichier texte.', en: 'The file contains a NUL character: it is not a text file.' },
    fix: { fr: 'Remplacez-le par le fichier texte attendu.', en: 'Replace it with the expected text file.' },
    why: { fr: 'Un fichier binaire ne peut pas décrire une entité de la feuille de route.', en: 'A binary file cannot describe a roadmap entity.' },
    wrong: 'commitments/x.md  (image renommée)', right: 'commitments/x.md  (texte)',
  },
  'file/empty': {
    stage: 'syntax', severity: 'error',
    message: { fr: 'Le fichier est vide.', en: 'The file is empty.' },
    fix: { fr: 'Remplissez-le (voir `roadmap new`) ou supprimez-le.', en: 'Fill it in (see `roadmap new`) or delete it.' },
    why: { fr: 'Un fichier vide ne décrit rien et cache souvent une erreur de copie.', en: 'An empty file describes nothing and often hides a copy mistake.' },
    wrong: '(fichier vide)', right: 'id: cci-essonne\nname: CCI Essonne\n…',
  },
  'frontmatter/missing': {
    stage: 'syntax', severity: 'error',
    message: { fr: 'Le fichier doit commencer par une ligne « --- » qui ouvre l’en-tête YAML.', en: 'The file must start with a "---" line opening the YAML front matter.' },
    fix: { fr: 'Mettez « --- » sur la toute première ligne (sans ligne vide ni espace avant), puis les champs, puis « --- ».', en: 'Put "---" on the very first line (no blank line or space before it), then the fields, then "---".' },
    why: { fr: 'Les champs de l’en-tête sont ce que l’outil lit ; le texte qui suit est la description.', en: 'The front matter fields are what the tool reads; the text after is the description.' },
    wrong: '\nid: guichet-unique\n---', right: '---\nid: guichet-unique\n---',
  },
  'frontmatter/unterminated': {
    stage: 'syntax', severity: 'error',
    message: { fr: 'L’en-tête YAML ouvert ligne 1 n’est jamais fermé.', en: 'The YAML front matter opened on line 1 is never closed.' },
    fix: { fr: 'Ajoutez une ligne « --- » après le dernier champ, avant la description.', en: 'Add a "---" line after the last field, before the description.' },
    why: { fr: 'Sans fermeture, la description serait lue comme du YAML.', en: 'Without it, the description would be read as YAML.' },
    wrong: '---\nid: x\nDescription…', right: '---\nid: x\n---\nDescription…',
  },
  'frontmatter/executable': {
    stage: 'syntax', severity: 'error',
    message: { fr: 'L’en-tête « ---{language} » est du code exécutable ; il est refusé et n’a pas été exécuté.', en: 'The "---{language}" front matter is executable code; it is refused and was not run.' },
    fix: { fr: 'Écrivez l’en-tête en YAML, ouvert par « --- » seul.', en: 'Write the front matter in YAML, opened by a bare "---".' },
    why: { fr: 'Exécuter le contenu d’une contribution permettrait de prendre la main sur la CI.', en: 'Running a contribution’s content would let it take over CI.' },
    wrong: '---js\n{ id: require("child_process")… }\n---', right: '---\nid: guichet-unique\n---',
  },
  'yaml/syntax': {
    stage: 'syntax', severity: 'error',
    message: { fr: 'YAML invalide : {detail}.', en: 'Invalid YAML: {detail}.' },
    fix: { fr: 'Corrigez la syntaxe à cet endroit : indentation en espaces (pas de tabulation), « clé: valeur », guillemets fermés.', en: 'Fix the syntax here: indent with spaces (no tabs), "key: value", closed quotes.' },
    why: { fr: 'Un fichier YAML invalide ne peut pas être lu du tout.', en: 'An invalid YAML file cannot be read at all.' },
    wrong: 'title: "Guichet unique\nstatus:planned', right: 'title: "Guichet unique"\nstatus: planned',
  },
  'yaml/duplicate-key': {
    stage: 'syntax', severity: 'error',
    message: { fr: 'La clé « {key} » apparaît deux fois.', en: 'The key "{key}" appears twice.' },
    fix: { fr: 'Gardez une seule occurrence de « {key} » avec la bonne valeur.', en: 'Keep a single "{key}" with the right value.' },
    why: { fr: 'Avec deux valeurs, on ne sait pas laquelle fait foi.', en: 'With two values nobody knows which one holds.' },
    wrong: 'status: planned\nstatus: done', right: 'status: done',
  },
  'yaml/multiple-documents': {
    stage: 'syntax', severity: 'error',
    message: { fr: 'Le fichier contient plusieurs documents YAML séparés par « --- ».', en: 'The file holds several YAML documents separated by "---".' },
    fix: { fr: 'Gardez un seul document par fichier ; une entité par fichier.', en: 'Keep one document per file; one entity per file.' },
    why: { fr: 'Chaque fichier décrit exactement une entité.', en: 'Each file describes exactly one entity.' },
    wrong: 'id: a\n---\nid: b', right: 'id: a',
  },
  'yaml/tag': {
    stage: 'syntax', severity: 'error',
    message: { fr: 'L’étiquette YAML « {tag} » n’est pas acceptée.', en: 'The YAML tag "{tag}" is not accepted.' },
    fix: { fr: 'Retirez l’étiquette et écrivez une valeur simple (texte, nombre, date AAAA-MM-JJ).', en: 'Remove the tag and write a plain value (text, number, YYYY-MM-DD date).' },
    why: { fr: 'Les étiquettes personnalisées peuvent déclencher du code dans d’autres outils.', en: 'Custom tags can trigger code in other tools.' },
    wrong: 'title: !!js/function "…"', right: 'title: Guichet unique',
  },
  'yaml/alias-limit': {
    stage: 'syntax', severity: 'error',
    message: { fr: 'Trop d’alias YAML (*nom) : le fichier se développerait démesurément.', en: 'Too many YAML aliases (*name): the file would expand enormously.' },
    fix: { fr: 'Écrivez les valeurs en clair au lieu d’ancres et d’alias.', en: 'Write the values out instead of anchors and aliases.' },
    why: { fr: 'Une « bombe d’alias » peut épuiser la mémoire de la CI.', en: 'An "alias bomb" can exhaust CI memory.' },
    wrong: 'a: &a [x, x]\nb: [*a, *a, *a]', right: 'partners: [cci-essonne, cma-essonne]',
  },
  'yaml/too-deep': {
    stage: 'syntax', severity: 'error',
    message: { fr: 'Le YAML est imbriqué sur plus de {limit} niveaux.', en: 'The YAML is nested more than {limit} levels deep.' },
    fix: { fr: 'Aplatissez la structure : aucun champ n’en demande autant.', en: 'Flatten the structure: no field needs that many levels.' },
    why: { fr: 'Une imbrication extrême peut faire échouer les outils de lecture.', en: 'Extreme nesting can crash readers.' },
    wrong: 'a: [[[[[[…]]]]]]', right: 'partners: [cci-essonne]',
  },
  'yaml/complex-key': {
    stage: 'syntax', severity: 'error',
    message: { fr: 'Une clé doit être un simple texte, pas une liste ni un objet.', en: 'A key must be plain text, not a list or a mapping.' },
    fix: { fr: 'Remplacez la clé par un nom de champ.', en: 'Replace the key with a field name.' },
    why: { fr: 'Les champs sont nommés par du texte ; une clé complexe est une erreur de syntaxe.', en: 'Fields are named by text; a complex key is a syntax mistake.' },
    wrong: '? [a, b]\n: 1', right: 'title: Guichet unique',
  },
  'yaml/not-a-mapping': {
    stage: 'syntax', severity: 'error',
    message: { fr: 'Le contenu doit être une suite de champs « clé: valeur », pas {found}.', en: 'The content must be a set of "key: value" fields, not {found}.' },
    fix: { fr: 'Écrivez les champs de l’entité, un par ligne : « id: … », « title: … ».', en: 'Write the entity’s fields, one per line: "id: …", "title: …".' },
    why: { fr: 'Chaque fichier décrit une entité par ses champs.', en: 'Each file describes one entity by its fields.' },
    wrong: '- id: a\n- id: b', right: 'id: a\ntitle: …',
  },
  'schema/required': {
    stage: 'schema', severity: 'error',
    message: { fr: 'Le champ obligatoire « {field} » manque.', en: 'The required field "{field}" is missing.' },
    fix: { fr: 'Ajoutez « {field}: … » ici.', en: 'Add "{field}: …" here.' },
    why: { fr: 'Sans ce champ, l’entité ne peut pas être suivie ni affichée.', en: 'Without this field the entity cannot be tracked or shown.' },
    wrong: 'id: guichet\naxis: createurs', right: 'id: guichet\ntitle: Guichet unique\naxis: createurs',
  },
  'schema/unknown-field': {
    stage: 'schema', severity: 'error',
    message: { fr: 'Champ inconnu « {field} »{suggestion}.', en: 'Unknown field "{field}"{suggestion}.' },
    fix: { fr: 'Corrigez le nom du champ ; pour une note libre, préfixez-le par « x- ».', en: 'Fix the field name; for a free note, prefix it with "x-".' },
    why: { fr: 'Un champ inconnu est presque toujours une faute de frappe, et sa valeur serait ignorée.', en: 'An unknown field is almost always a typo, and its value would be ignored.' },
    wrong: 'stauts: done', right: 'status: done',
  },
  'schema/type': {
    stage: 'schema', severity: 'error',
    message: { fr: '« {field} » doit être {expected}, pas {found}.', en: '"{field}" must be {expected}, not {found}.' },
    fix: { fr: 'Écrivez une valeur du bon type ; mettez un texte entre guillemets s’il ressemble à un nombre.', en: 'Write a value of the right type; quote text that looks like a number.' },
    why: { fr: 'Une valeur du mauvais type fausserait les calculs et l’affichage.', en: 'A value of the wrong type would skew figures and display.' },
    wrong: 'progress: "50 %"', right: 'progress: 50',
  },
  'schema/enum': {
    stage: 'schema', severity: 'error',
    message: { fr: '« {value} » n’est pas une valeur possible de « {field} ».', en: '"{value}" is not an allowed value of "{field}".' },
    fix: { fr: 'Choisissez parmi : {allowed}.', en: 'Choose one of: {allowed}.' },
    why: { fr: 'Les rapports regroupent les entités par ces valeurs fixes.', en: 'Reports group entities by these fixed values.' },
    wrong: 'status: en cours', right: 'status: in_progress',
  },
  'schema/range': {
    stage: 'schema', severity: 'error',
    message: { fr: '« {field} » vaut {value}, mais doit être {limit}.', en: '"{field}" is {value}, but must be {limit}.' },
    fix: { fr: 'Donnez une valeur dans l’intervalle permis.', en: 'Give a value in the allowed range.' },
    why: { fr: 'Une valeur hors bornes (avancement de 150 %) fausserait les moyennes.', en: 'An out-of-range value (150 % progress) would skew averages.' },
    wrong: 'progress: 150', right: 'progress: 100',
  },
  'schema/length': {
    stage: 'schema', severity: 'error',
    message: { fr: '« {field} » {detail}.', en: '"{field}" {detail}.' },
    fix: { fr: 'Raccourcissez ou complétez cette valeur.', en: 'Shorten or complete this value.' },
    why: { fr: 'Des bornes de taille gardent les documents lisibles et l’outil rapide.', en: 'Size bounds keep documents readable and the tool fast.' },
    wrong: 'title: ""', right: 'title: Guichet unique',
  },
  'schema/pattern': {
    stage: 'schema', severity: 'error',
    message: { fr: '« {field} » n’a pas la forme attendue ({pattern}).', en: '"{field}" does not have the expected form ({pattern}).' },
    fix: { fr: 'Écrivez la valeur sous la forme indiquée.', en: 'Write the value in the form shown.' },
    why: { fr: 'Une forme fixe permet de relier et de trier les valeurs.', en: 'A fixed form lets values be linked and sorted.' },
    wrong: 'maintainers: ["jean dupont"]', right: 'maintainers: ["@cci-essonne/projets"]',
  },
  'schema/duplicate-item': {
    stage: 'schema', severity: 'error',
    message: { fr: 'La liste « {field} » contient deux fois la même valeur.', en: 'The list "{field}" holds the same value twice.' },
    fix: { fr: 'Retirez le doublon.', en: 'Remove the duplicate.' },
    why: { fr: 'Un doublon compterait deux fois le même partenaire ou engagement.', en: 'A duplicate would count the same partner or commitment twice.' },
    wrong: 'partners: [cci-essonne, cci-essonne]', right: 'partners: [cci-essonne]',
  },
  'schema/invalid': {
    stage: 'schema', severity: 'error',
    message: { fr: '« {field} » n’est pas valide : {detail}.', en: '"{field}" is not valid: {detail}.' },
    fix: { fr: 'Corrigez cette valeur selon la description du champ (`roadmap schema`).', en: 'Fix this value following the field description (`roadmap schema`).' },
    why: { fr: 'Le schéma décrit la forme de chaque champ.', en: 'The schema describes the form of each field.' },
    wrong: '—', right: '—',
  },
  'id/format': {
    stage: 'identity', severity: 'error',
    message: { fr: 'L’identifiant « {value} » doit être en minuscules, chiffres et tirets (ex. « guichet-unique »).', en: 'The id "{value}" must be lowercase letters, digits and dashes (e.g. "guichet-unique").' },
    fix: { fr: 'Remplacez-le par « {suggestion} » et renommez le fichier de même.', en: 'Replace it with "{suggestion}" and rename the file to match.' },
    why: { fr: 'Les identifiants servent de noms de fichiers et de liens entre fichiers.', en: 'Ids are file names and links between files.' },
    wrong: 'id: Guichet_Unique', right: 'id: guichet-unique',
  },
  'id/file-name': {
    stage: 'identity', severity: 'error',
    message: { fr: 'L’identifiant « {id} » ne correspond pas au nom du fichier « {name} ».', en: 'The id "{id}" does not match the file name "{name}".' },
    fix: { fr: 'Renommez le fichier en « {expected} » ou corrigez l’identifiant.', en: 'Rename the file to "{expected}" or fix the id.' },
    why: { fr: 'Le nom du fichier permet de retrouver une entité sans ouvrir les fichiers.', en: 'The file name finds an entity without opening files.' },
    wrong: 'commitments/guichet.md → id: guichet-unique', right: 'commitments/guichet-unique.md → id: guichet-unique',
  },
  'id/duplicate': {
    stage: 'identity', severity: 'error',
    message: { fr: 'L’identifiant « {id} » est déjà utilisé ({other}).', en: 'The id "{id}" is already used ({other}).' },
    fix: { fr: 'Choisissez un identifiant unique.', en: 'Choose a unique id.' },
    why: { fr: 'Deux entités de même identifiant rendraient les liens ambigus.', en: 'Two entities with one id would make links ambiguous.' },
    wrong: 'actions: [{ id: a-1 }]  (deux réunions)', right: 'actions: [{ id: a-2019-03-01 }]',
  },
  'axis/duplicate-number': {
    stage: 'identity', severity: 'error',
    message: { fr: 'Le numéro d’axe {number} est déjà pris par « {other} ».', en: 'Axis number {number} is already taken by "{other}".' },
    fix: { fr: 'Donnez à chaque axe un numéro différent.', en: 'Give each axis a different number.' },
    why: { fr: 'Le numéro fixe l’ordre des axes dans les rapports.', en: 'The number sets the axes’ order in reports.' },
    wrong: 'number: 3  (deux axes)', right: 'number: 4',
  },
  'ref/unknown-partner': {
    stage: 'references', severity: 'error',
    message: { fr: 'Aucun partenaire n’a l’identifiant « {value} ».', en: 'No partner has the id "{value}".' },
    fix: { fr: 'Utilisez un identifiant existant (partners/) : {suggestion}.', en: 'Use an existing id (partners/): {suggestion}.' },
    why: { fr: 'Une référence cassée ferait disparaître l’entité des chiffres du partenaire.', en: 'A broken reference would drop the entity from the partner’s figures.' },
    wrong: 'lead: cci-94', right: 'lead: cci-val-de-marne',
  },
  'ref/unknown-axis': {
    stage: 'references', severity: 'error',
    message: { fr: 'Aucun axe n’a l’identifiant « {value} ».', en: 'No axis has the id "{value}".' },
    fix: { fr: 'Utilisez un identifiant existant (axes/) : {suggestion}.', en: 'Use an existing id (axes/): {suggestion}.' },
    why: { fr: 'Un engagement sans axe valide n’apparaît dans aucun tableau de bord.', en: 'A commitment without a valid axis shows in no dashboard.' },
    wrong: 'axis: createurs', right: 'axis: offre-createurs',
  },
  'ref/unknown-commitment': {
    stage: 'references', severity: 'error',
    message: { fr: 'Aucun engagement n’a l’identifiant « {value} ».', en: 'No commitment has the id "{value}".' },
    fix: { fr: 'Utilisez un identifiant existant (commitments/) : {suggestion}.', en: 'Use an existing id (commitments/): {suggestion}.' },
    why: { fr: 'Le lien entre réunion et engagement sert au suivi des décisions.', en: 'The link between meeting and commitment tracks decisions.' },
    wrong: 'commitment: guichet', right: 'commitment: guichet-unique',
  },
  'date/invalid': {
    stage: 'consistency', severity: 'error',
    message: { fr: '« {value} » n’est pas une date du calendrier au format AAAA-MM-JJ.', en: '"{value}" is not a calendar date in YYYY-MM-DD form.' },
    fix: { fr: 'Écrivez une date réelle, jour seul, sans heure : « 2019-02-28 ».', en: 'Write a real date, day only, no time: "2019-02-28".' },
    why: { fr: 'Les retards et échéances sont calculés sur ces dates.', en: 'Lateness and deadlines are computed from these dates.' },
    wrong: 'due: 2019-02-30', right: 'due: 2019-02-28',
  },
  'date/order': {
    stage: 'consistency', severity: 'error',
    message: { fr: '« {field} » ({value}) est antérieur à « {other} » ({otherValue}).', en: '"{field}" ({value}) is before "{other}" ({otherValue}).' },
    fix: { fr: 'Corrigez l’une des deux dates.', en: 'Fix one of the two dates.' },
    why: { fr: 'Une échéance avant le début est presque toujours une faute de saisie.', en: 'A deadline before the start is almost always a typo.' },
    wrong: 'start: 2019-06-01\ndue: 2019-01-31', right: 'start: 2019-01-01\ndue: 2019-06-01',
  },
  'date/future': {
    stage: 'consistency', severity: 'error',
    message: { fr: '« {field} » ({value}) est dans le futur (date de référence : {asOf}).', en: '"{field}" ({value}) is in the future (as of {asOf}).' },
    fix: { fr: 'Une chose faite ou close l’est à une date passée : corrigez la date.', en: 'Something done or closed was done on a past date: fix the date.' },
    why: { fr: 'Un fait daté dans le futur fausserait les rapports à date.', en: 'A fact dated in the future would skew reports as of a date.' },
    wrong: 'done_on: 2031-01-01', right: 'done_on: 2019-05-14',
  },
  'progress/done-not-100': {
    stage: 'consistency', severity: 'error',
    message: { fr: 'Le statut est « done » mais l’avancement vaut {value} %.', en: 'Status is "done" but progress is {value} %.' },
    fix: { fr: 'Mettez « progress: 100 », retirez « progress », ou changez le statut.', en: 'Set "progress: 100", remove "progress", or change the status.' },
    why: { fr: 'Un engagement terminé compte pour 100 % ; une autre valeur est contradictoire.', en: 'A done commitment counts as 100 %; another value contradicts it.' },
    wrong: 'status: done\nprogress: 80', right: 'status: done',
  },
  'action/done-without-closed': {
    stage: 'consistency', severity: 'warning',
    message: { fr: 'L’action « {id} » est « done » sans date de clôture.', en: 'Action "{id}" is "done" without a closing date.' },
    fix: { fr: 'Ajoutez « closed_on: AAAA-MM-JJ » à l’action.', en: 'Add "closed_on: YYYY-MM-DD" to the action.' },
    why: { fr: 'Sans date, l’action ne peut pas être placée dans l’historique du comité.', en: 'Without a date the action cannot be placed in the committee’s history.' },
    wrong: 'status: done', right: 'status: done\nclosed_on: 2019-04-02',
  },
  'meeting/held-in-future': {
    stage: 'consistency', severity: 'error',
    message: { fr: 'La réunion est marquée « held » mais datée du {value}, après le {asOf}.', en: 'The meeting is "held" but dated {value}, after {asOf}.' },
    fix: { fr: 'Mettez « status: planned » ou corrigez la date.', en: 'Set "status: planned" or fix the date.' },
    why: { fr: 'Une réunion future ne peut pas avoir eu lieu.', en: 'A future meeting cannot have taken place.' },
    wrong: 'date: 2031-03-01\nstatus: held', right: 'date: 2031-03-01\nstatus: planned',
  },
  'measure/before-baseline': {
    stage: 'consistency', severity: 'warning',
    message: { fr: 'La mesure du {value} précède la valeur de référence ({baseline}).', en: 'The measure of {value} is dated before the baseline ({baseline}).' },
    fix: { fr: 'Vérifiez la date de la mesure ou celle de la référence.', en: 'Check the measure’s date or the baseline’s.' },
    why: { fr: 'L’atteinte d’un indicateur se mesure depuis sa valeur de référence.', en: 'An indicator’s attainment is measured from its baseline.' },
    wrong: 'baseline: { date: 2019-01-01 }\nmeasures: [{ date: 2018-06-01 }]', right: 'measures: [{ date: 2019-06-01 }]',
  },
  'status/journal-mismatch': {
    stage: 'consistency', severity: 'warning',
    message: { fr: 'Le statut « {status} » diffère du dernier statut du journal (« {journal} », le {date}).', en: 'Status "{status}" differs from the journal’s last status ("{journal}", on {date}).' },
    fix: { fr: 'Ajoutez une entrée au journal (updates) avec « status: {status} », ou alignez le statut.', en: 'Add a journal entry (updates) with "status: {status}", or align the status.' },
    why: { fr: 'Le journal permet de connaître le statut à toute date ; il doit finir sur le statut actuel.', en: 'The journal gives the status on any date; it must end on the current status.' },
    wrong: 'status: done\nupdates: [{ status: in_progress }]', right: 'updates: [… , { date: 2019-09-01, text: Livré, status: done }]',
  },
  'journal/order': {
    stage: 'consistency', severity: 'warning',
    message: { fr: 'L’entrée du journal du {value} est plus ancienne que la précédente ({previous}).', en: 'The journal entry of {value} is older than the previous one ({previous}).' },
    fix: { fr: 'Rangez le journal du plus ancien au plus récent (le plus récent en dernier).', en: 'Order the journal oldest first (newest last).' },
    why: { fr: 'Le statut à une date se lit dans l’ordre du journal.', en: 'The status on a date is read in journal order.' },
    wrong: 'updates: [{ date: 2019-05-01 }, { date: 2019-02-01 }]', right: 'updates: [{ date: 2019-02-01 }, { date: 2019-05-01 }]',
  },
  'stale/past-due': {
    stage: 'staleness', severity: 'warning',
    message: { fr: 'L’échéance du {value} est dépassée et l’engagement est « {status} ».', en: 'The due date {value} has passed and the commitment is "{status}".' },
    fix: { fr: 'Mettez à jour le statut (roadmap update), ou reportez l’échéance avec une entrée au journal.', en: 'Update the status (roadmap update), or move the due date with a journal entry.' },
    why: { fr: 'Le comité doit voir les retards, et les partenaires les expliquer.', en: 'The committee must see delays, and partners explain them.' },
    wrong: 'due: 2019-06-30\nstatus: in_progress  (en 2020)', right: 'status: done  ou  due: 2020-06-30',
  },
  'partner/no-maintainers': {
    stage: 'staleness', severity: 'warning',
    message: { fr: 'Le signataire « {id} » n’a pas de « maintainers » : personne n’approuve ses modifications.', en: 'Signatory "{id}" has no "maintainers": nobody approves changes to its files.' },
    fix: { fr: 'Ajoutez « maintainers: [\"@organisation/equipe\"] ».', en: 'Add "maintainers: [\"@org/team\"]".' },
    why: { fr: 'Le fichier CODEOWNERS désigne qui approuve les changements d’un partenaire.', en: 'The CODEOWNERS file names who approves a partner’s changes.' },
    wrong: 'role: signatory', right: 'role: signatory\nmaintainers: ["@cci-essonne/projets"]',
  },
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

export function formatTemplate(template: string, params: Params = {}, lang: Lang = 'en'): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!Object.prototype.hasOwnProperty.call(params, name)) return whole;
    const value = params[name]!;
    return typeof value === 'object' ? value[lang] : String(value);
  });
}

export function ruleMessage(id: string, lang: Lang, params?: Params): { message: string; fix: string } {
  const entry = ruleEntry(id);
  return { message: formatTemplate(entry.message[lang], params, lang), fix: formatTemplate(entry.fix[lang], params, lang) };
}
