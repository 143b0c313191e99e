/**
 * What the office formats say to people, in French and English: workbooks
 * (`report`/`actions --format xlsx|ods`), `collect`, `import`, and the
 * DOCX/ODT documents. Templates use `{name}`.
 */
import { HEADING_WORDS } from './headingWords.js';
import { messageTable } from './messageTable.js';
import type { Text } from './lang.js';
import { PROBLEMS } from './vocabulary.js';

/** What `import` says once done, and what it would do under --dry-run: the same sentence. */
const IMPORT_SUMMARY = {
  fr: '{file} : {commitments}, à la date du {on:date}.',
  en: '{file}: {commitments}, dated {on:date}.',
} as const satisfies Text;

const MESSAGES = {
  'workbook/needs-out': {
    fr: '--format {format} produit un classeur, qui ne s’affiche pas dans un terminal : indiquez --out <fichier.{format}>.',
    en: '--format {format} makes a workbook, which is never printed to a terminal: give --out <file.{format}>.',
  },
  'workbook/extension': {
    fr: '--out {file} : le nom d’un classeur {format} se termine par .{format}.',
    en: '--out {file}: the name of a {format} workbook ends with .{format}.',
  },
  'workbook/not-ours': {
    fr: '{file} existe et n’est pas un classeur produit par roadmap : il ne sera pas écrasé. Rien n’a été écrit.',
    en: '{file} exists and is not a workbook made by roadmap: it will not be overwritten. Nothing was written.',
  },
  'workbook/would-write': {
    fr: 'Serait écrit : {file} ({sheets}, {rows})',
    en: 'Would write: {file} ({sheets}, {rows})',
  },

  'collect/out-needed': {
    fr: 'roadmap collect écrit un classeur : indiquez --out <fichier.xlsx> ou --out <fichier.ods>.',
    en: 'roadmap collect writes a workbook: give --out <file.xlsx> or --out <file.ods>.',
  },
  'collect/out-extension': {
    fr: '--out {file} : le classeur se termine par .xlsx (Excel) ou .ods (LibreOffice, OpenDocument).',
    en: '--out {file}: the workbook ends with .xlsx (Excel) or .ods (LibreOffice, OpenDocument).',
  },
  'collect/nothing-open': {
    fr: 'Aucun engagement ouvert{scope} : le classeur n’aurait aucune ligne à remplir. Rien n’a été écrit.',
    en: 'No open commitment{scope}: the workbook would have no row to fill in. Nothing was written.',
  },
  'collect/scope-partner': { fr: ' pour {partner}', en: ' for {partner}' },

  'import/unreadable': {
    fr: '{file} ne peut pas être lu ({detail}). Rien n’a été écrit.',
    en: '{file} cannot be read ({detail}). Nothing was written.',
  },
  'import/extension': {
    fr: '{file} : roadmap import lit les classeurs .xlsx, .ods et les fichiers .csv.',
    en: '{file}: roadmap import reads .xlsx and .ods workbooks and .csv files.',
  },
  'import/problem/not-a-zip': {
    fr: 'ce n’est pas un classeur valide : archive illisible',
    en: 'it is not a valid workbook: the archive does not read',
  },
  'import/problem/not-a-spreadsheet': {
    fr: 'ce n’est ni un classeur XLSX, ni un classeur ODS, ni un CSV',
    en: 'it is neither an XLSX nor an ODS workbook nor a CSV file',
  },
  'import/problem/too-many-entries': {
    fr: 'l’archive contient trop de fichiers',
    en: 'the archive holds too many files',
  },
  'import/problem/too-large': {
    fr: 'le fichier, ou une de ses parties une fois décompressée, dépasse la taille admise',
    en: 'the file, or one of its parts once uncompressed, is larger than allowed',
  },
  'import/problem/unsupported': {
    fr: 'archive chiffrée, découpée ou au format zip64, non prise en charge',
    en: 'an encrypted, split or zip64 archive, which is not supported',
  },
  'import/problem/doctype': {
    fr: 'une partie XML déclare un type de document (DOCTYPE), refusé par sécurité',
    en: 'an XML part declares a document type (DOCTYPE), refused for safety',
  },
  'import/problem/too-many-rows': { fr: 'plus de 50 000 lignes remplies', en: 'more than 50,000 filled rows' },
  'import/problem/too-many-columns': { fr: 'plus de 256 colonnes remplies', en: 'more than 256 filled columns' },
  'import/problem/too-many-cells': { fr: 'plus de 500 000 cellules remplies', en: 'more than 500,000 filled cells' },
  'import/problem/too-many-sheets': { fr: 'plus de 64 feuilles', en: 'more than 64 sheets' },
  'import/problem/not-text': { fr: 'ce n’est pas un fichier texte CSV', en: 'it is not a CSV text file' },
  'import/no-sheet': {
    fr: '{file} n’a aucune feuille avec une colonne « {column} » en première ligne : est-ce bien un classeur produit par roadmap collect ? Rien n’a été écrit.',
    en: '{file} has no sheet with a "{column}" column in its first row: is it a workbook made by roadmap collect? Nothing was written.',
  },
  'import/refused': {
    fr: '{file} est refusé en entier : {count}, rien n’a été écrit. Corrigez chaque cellule indiquée, puis relancez roadmap import.',
    en: '{file} is refused as a whole: {count}, nothing was written. Correct each cell named, then run roadmap import again.',
  },
  'import/nothing': {
    fr: '{file} : aucune ligne remplie, rien à importer.',
    en: '{file}: no filled row, nothing to import.',
  },
  'import/summary': IMPORT_SUMMARY,
  'import/dry-summary': IMPORT_SUMMARY,

  'import/cell/unknown-id': {
    fr: 'aucun engagement « {id} »{suggestion} ; la colonne des identifiants ne doit pas être modifiée.',
    en: 'no commitment "{id}"{suggestion}; the id column must not be changed.',
  },
  'import/cell/missing-id': {
    fr: 'ligne remplie sans identifiant d’engagement : recopiez l’identifiant de la ligne d’origine.',
    en: 'a filled row without a commitment id: copy back the id of the original row.',
  },
  'import/cell/duplicate-id': {
    fr: 'l’engagement « {id} » est déjà rempli à la ligne {row} : une ligne par engagement.',
    en: 'commitment "{id}" is already filled in on row {row}: one row per commitment.',
  },
  'import/cell/formula': {
    fr: 'une formule ; roadmap n’évalue pas les formules : tapez la valeur elle-même.',
    en: 'a formula; roadmap does not evaluate formulas: type the value itself.',
  },
  'import/cell/status': {
    fr: '« {value} » n’est pas un statut ; écrivez l’un de : {choices}.',
    en: '"{value}" is not a status; write one of: {choices}.',
  },
  'import/cell/progress': {
    fr: '« {value} » n’est pas un avancement ; écrivez un nombre de 0 à 100, par exemple 45.',
    en: '"{value}" is not a progress; write a number from 0 to 100, for example 45.',
  },
  'import/cell/number': {
    fr: '« {value} » n’est pas un nombre ; écrivez par exemple {example}.',
    en: '"{value}" is not a number; write for example {example}.',
  },
  'import/cell/date': {
    fr: '« {value} » n’est pas une date au format AAAA-MM-JJ ; écrivez {suggestion}.',
    en: '"{value}" is not a date written YYYY-MM-DD; write {suggestion}.',
  },
  'import/cell/date-after-today': {
    fr: 'le {value:date} est après aujourd’hui ; un fait ne s’enregistre qu’une fois survenu.',
    en: '{value:date} is after today; a fact is recorded only once it has happened.',
  },
  'import/cell/unknown-indicator': {
    fr: 'l’engagement « {id} » n’a pas d’indicateur « {indicator} » (indicateurs : {known}) ; la colonne des identifiants ne doit pas être modifiée.',
    en: 'commitment "{id}" has no indicator "{indicator}" (indicators: {known}); the id column must not be changed.',
  },
  'import/cell/amount': {
    fr: '« {value} » n’est pas un montant ; écrivez un nombre positif d’au plus deux décimales, par exemple 12500 ou 12500,50.',
    en: '"{value}" is not an amount; write a positive number with at most two decimals, for example 12500 or 12500.50.',
  },
  'import/cell/unknown-funder': {
    fr: '« {funder} » ne finance pas l’engagement « {id} » (financeurs : {known}) ; la colonne des identifiants ne doit pas être modifiée.',
    en: '"{funder}" does not fund commitment "{id}" (funders: {known}); the id column must not be changed.',
  },
  'import/cell/text': {
    fr: 'une valeur {kind} là où du texte est attendu.',
    en: 'a {kind} value where text is expected.',
  },
  'import/cell/later-status': {
    fr: 'le journal de « {id} » note déjà un changement de statut plus récent (le {date:date}) : importez avec --on {date} ou après.',
    en: 'the journal of "{id}" already records a later change of status (on {date:date}): import with --on {date} or later.',
  },
  'import/cell/same-status': {
    fr: '« {id} » a déjà le statut « {value} » ; laissez la cellule vide.',
    en: '"{id}" already has the status "{value}"; leave the cell empty.',
  },

  'import/journal/committed': { fr: 'Engagé par {funder} : {amount}', en: 'Committed by {funder}: {amount}' },
  'import/journal/paid': { fr: 'Versé par {funder} : {amount}', en: 'Paid by {funder}: {amount}' },
  'import/journal/imported': { fr: 'Mise à jour importée du tableur', en: 'Update imported from the spreadsheet' },
  'collect/sheet/instructions': { fr: 'Mode d’emploi', en: 'Instructions' },
  'collect/sheet/commitments': HEADING_WORDS.commitments,
  'collect/sheet/indicators': HEADING_WORDS.indicators,
  'collect/title': {
    fr: 'Point d’avancement de {partner} — {convention}',
    en: 'Progress update from {partner} — {convention}',
  },
  'collect/everyone': { fr: 'tous les partenaires', en: 'every partner' },
  'collect/line/what': {
    fr: 'Ce classeur liste les engagements ouverts pilotés par {partner}, avec leur situation au {date:date}.',
    en: 'This workbook lists the open commitments led by {partner}, as they stood on {date:date}.',
  },
  'collect/line/what-all': {
    fr: 'Ce classeur liste les engagements ouverts de la convention, avec leur situation au {date:date}.',
    en: 'This workbook lists the open commitments of the agreement, as they stood on {date:date}.',
  },
  'collect/line/fill': {
    fr: 'Remplissez seulement les colonnes sur fond jaune : le nouveau statut (liste déroulante), le nouvel avancement (un nombre de 0 à 100) et les nouvelles à ajouter au journal ; dans la feuille « {indicators} », la nouvelle mesure de chaque indicateur et sa source.',
    en: 'Fill in only the columns on a yellow background: the new status (drop-down list), the new progress (a number from 0 to 100) and the news for the journal; on the "{indicators}" sheet, each indicator’s new measure and its source.',
  },
  'collect/line/empty': {
    fr: 'Laissez vide ce qui n’a pas changé : une ligne dont les cellules jaunes sont vides n’est pas importée.',
    en: 'Leave empty what has not changed: a row whose yellow cells are empty is not imported.',
  },
  'collect/line/ids': {
    fr: 'Ne modifiez pas les colonnes d’identifiants (sur fond gris) : elles relient chaque ligne à son engagement et à son indicateur.',
    en: 'Do not change the id columns (on a grey background): they tie each row to its commitment and indicator.',
  },
  'collect/line/values': {
    fr: 'Écrivez des valeurs, pas des formules : une formule est refusée à l’import.',
    en: 'Type values, not formulas: a formula is refused on import.',
  },
  'collect/line/statuses': { fr: 'Statuts possibles : {statuses}.', en: 'Possible statuses: {statuses}.' },
  'collect/line/numbers': {
    fr: 'Nombres : 45 ou 45,5 ; pas d’unité dans la cellule.',
    en: 'Numbers: 45 or 45.5; no unit in the cell.',
  },
  'collect/line/return': {
    fr: 'Renvoyez le classeur rempli au secrétariat, qui l’importe avec : roadmap import <fichier>.',
    en: 'Send the filled-in workbook back to the secretariat, which imports it with: roadmap import <file>.',
  },
  'collect/column/id': { fr: 'Identifiant (ne pas modifier)', en: 'Id (do not change)' },
  'collect/column/commitment': HEADING_WORDS.commitment,
  'collect/column/axis': HEADING_WORDS.axis,
  'collect/column/lead': HEADING_WORDS.lead,
  'collect/column/status': { fr: 'Statut actuel', en: 'Current status' },
  'collect/column/progress': { fr: 'Avancement actuel', en: 'Current progress' },
  'collect/column/due': { fr: 'Échéance', en: 'Due date' },
  'collect/column/news-date': { fr: 'Dernière nouvelle, date', en: 'Latest news, date' },
  'collect/column/news': { fr: 'Dernière nouvelle', en: 'Latest news' },
  'collect/column/new-status': { fr: 'Nouveau statut', en: 'New status' },
  'collect/column/new-progress': { fr: 'Nouvel avancement (0 à 100)', en: 'New progress (0 to 100)' },
  'collect/column/new-news': { fr: 'Nouvelles pour le journal', en: 'News for the journal' },
  'collect/column/commitment-id': { fr: 'Engagement (ne pas modifier)', en: 'Commitment (do not change)' },
  'collect/column/indicator-id': { fr: 'Indicateur (ne pas modifier)', en: 'Indicator (do not change)' },
  'collect/column/label': HEADING_WORDS.label,
  'collect/column/unit': HEADING_WORDS.unit,
  'collect/column/baseline': HEADING_WORDS.baseline,
  'collect/column/target': HEADING_WORDS.target,
  'collect/column/latest': HEADING_WORDS.latestMeasure,
  'collect/column/latest-date': HEADING_WORDS.measuredOn,
  'collect/column/new-measure': { fr: 'Nouvelle mesure', en: 'New measure' },
  'collect/column/new-date': {
    fr: 'Date de la mesure (AAAA-MM-JJ, vide : date de l’import)',
    en: 'Date of the measure (YYYY-MM-DD, empty: date of the import)',
  },
  'collect/sheet/funding': HEADING_WORDS.funding,
  'collect/line/money': {
    fr: 'Dans la feuille « {funding} », inscrivez les montants nouvellement engagés (vote, convention signée, bon de commande) ou versés depuis le dernier point, en {currency}, avec la référence de la pièce.',
    en: 'On the "{funding}" sheet, enter the amounts newly committed (a vote, a signed agreement, an order) or paid since the last update, in {currency}, with the reference of the document.',
  },
  'collect/column/funder-id': { fr: 'Financeur (ne pas modifier)', en: 'Funder (do not change)' },
  'collect/column/funder': HEADING_WORDS.funder,
  'collect/column/planned': HEADING_WORDS.plannedAmount,
  'collect/column/committed': { fr: 'Engagé à ce jour', en: 'Committed to date' },
  'collect/column/paid': { fr: 'Versé à ce jour', en: 'Paid to date' },
  'collect/column/new-committed': { fr: 'Nouveau montant engagé', en: 'Newly committed amount' },
  'collect/column/new-paid': { fr: 'Nouveau montant versé', en: 'Newly paid amount' },
  'collect/column/new-ref': { fr: 'Référence de la pièce', en: 'Reference of the document' },
  'collect/column/new-source': { fr: 'Source de la mesure', en: 'Source of the measure' },
} as const satisfies Record<string, Text>;

export type OfficeMessageKey = keyof typeof MESSAGES;

export const officeMessage = messageTable(MESSAGES);

/** The counts those messages say, agreeing with their number (i18n/vocabulary.ts's one plural rule). */
export const OFFICE_COUNTS = {
  sheets: { one: { fr: '{n} feuille', en: '{n} sheet' }, other: { fr: '{n} feuilles', en: '{n} sheets' } },
  rows: { one: { fr: '{n} ligne', en: '{n} row' }, other: { fr: '{n} lignes', en: '{n} rows' } },
  problems: PROBLEMS,
  updated: {
    one: { fr: '{n} engagement mis à jour', en: '{n} commitment updated' },
    other: { fr: '{n} engagements mis à jour', en: '{n} commitments updated' },
  },
  wouldUpdate: {
    one: { fr: '{n} engagement serait mis à jour', en: '{n} commitment would be updated' },
    other: { fr: '{n} engagements seraient mis à jour', en: '{n} commitments would be updated' },
  },
} as const satisfies Record<string, { one: Text; other: Text }>;
