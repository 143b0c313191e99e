/**
 * A workbook as an Office Open XML spreadsheet (XLSX), written by hand: the
 * few parts a reader needs (content types, relationships, workbook, styles,
 * one part per sheet, core properties). Text is stored inline as text, so no
 * cell is ever a formula; numbers, percentages and dates are numbers with a
 * number format; the header row is frozen and bold; drop-down lists are data
 * validations.
 */
import type { Lang } from '../../i18n/lang.js';
import { centsToDecimal, currencySymbol } from '../../i18n/formatMoney.js';
import { columnName, officeZip, xmlEscape } from '../office/officeZip.js';
import {
  dateSerial,
  withSafeNames,
  workbookText,
  type CellLook,
  type Workbook,
  type WorkbookCell,
  type WorkbookSheet,
} from './workbook.js';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** The date format people of each language read. */
const DATE_FORMAT: Record<Lang, string> = { fr: 'dd/mm/yyyy', en: 'd mmm yyyy' };

/** A kind of value, and for money its currency: `money:EUR`. */
type NumberKind = 'text' | 'number' | 'count' | 'percent' | 'date' | `money:${string}`;

/** The cell formats (`cellXfs`) a workbook uses, numbered as they are first met. */
class Styles {
  private readonly keys: string[] = ['text|plain|0'];
  index(kind: NumberKind, look: CellLook, wrap: boolean): number {
    const key = `${kind}|${look}|${wrap ? 1 : 0}`;
    let found = this.keys.indexOf(key);
    if (found === -1) found = this.keys.push(key) - 1;
    return found;
  }
  xml(lang: Lang): string {
    const currencies = [
      ...new Set(
        this.keys
          .map((key) => key.split('|')[0]!)
          .filter((kind) => kind.startsWith('money:'))
          .map((kind) => kind.slice(6)),
      ),
    ];
    const numFmt = (kind: NumberKind): number =>
      kind.startsWith('money:')
        ? 165 + currencies.indexOf(kind.slice(6))
        : ({ text: 0, number: 0, count: 3, percent: 9, date: 164 } as Record<string, number>)[kind]!;
    const moneyFormats = currencies.map((currency, index) => {
      const symbol = `"${currencySymbol(currency).replace(/"/g, '')}"`;
      return `<numFmt numFmtId="${165 + index}" formatCode="${xmlEscape(lang === 'fr' ? `#,##0.00\\ ${symbol}` : `${symbol}#,##0.00`)}"/>`;
    });
    const fill: Record<CellLook, number> = { plain: 0, header: 2, fill: 3, locked: 4 };
    const xfs = this.keys.map((key) => {
      const [kind, look, wrap] = key.split('|') as [NumberKind, CellLook, string];
      const alignment =
        wrap === '1' || look === 'header' ? '<alignment wrapText="1" vertical="top"/>' : '<alignment vertical="top"/>';
      return `<xf numFmtId="${numFmt(kind)}" fontId="${look === 'header' ? 1 : 0}" fillId="${fill[look]}" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" applyAlignment="1">${alignment}</xf>`;
    });
    const solid = (rgb: string): string =>
      `<fill><patternFill patternType="solid"><fgColor rgb="FF${rgb}"/><bgColor indexed="64"/></patternFill></fill>`;
    return (
      `${XML_HEAD}<styleSheet xmlns="${MAIN}">` +
      `<numFmts count="${1 + moneyFormats.length}"><numFmt numFmtId="164" formatCode="${xmlEscape(DATE_FORMAT[lang])}"/>${moneyFormats.join('')}</numFmts>` +
      '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
      `<fills count="5"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>${solid('D9E2F3')}${solid('FFF2CC')}${solid('EDEDED')}</fills>` +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${xfs.length}">${xfs.join('')}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      '</styleSheet>'
    );
  }
}

export function workbookToXlsx(given: Workbook): Uint8Array {
  const workbook = withSafeNames(given);
  const styles = new Styles();
  const sheets = workbook.sheets.map((sheet, index) => sheetXml(sheet, index === 0, styles));
  const sheetList = workbook.sheets
    .map((sheet, index) => `<sheet name="${xmlEscape(sheet.name)}" sheetId="${index + 1}" r:id="rId${index + 1}"/>`)
    .join('');
  const sheetRels = workbook.sheets
    .map(
      (_, index) =>
        `<Relationship Id="rId${index + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${index + 1}.xml"/>`,
    )
    .join('');
  const stylesId = workbook.sheets.length + 1;
  return officeZip([
    {
      name: '[Content_Types].xml',
      data:
        `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
        workbook.sheets
          .map(
            (_, index) =>
              `<Override PartName="/xl/worksheets/sheet${index + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
          )
          .join('') +
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
        '</Types>',
    },
    {
      name: '_rels/.rels',
      data:
        `${XML_HEAD}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>` +
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>',
    },
    {
      name: 'docProps/core.xml',
      data:
        `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">` +
        `<dc:title>${xmlEscape(workbookText(workbook.title))}</dc:title><dc:language>${workbook.lang === 'fr' ? 'fr-FR' : 'en-GB'}</dc:language><dc:creator>roadmap</dc:creator></cp:coreProperties>`,
    },
    {
      name: 'xl/workbook.xml',
      data: `${XML_HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><bookViews><workbookView activeTab="0"/></bookViews><sheets>${sheetList}</sheets></workbook>`,
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: `${XML_HEAD}<Relationships xmlns="${PKG_REL}">${sheetRels}<Relationship Id="rId${stylesId}" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    },
    ...sheets.map((data, index) => ({ name: `xl/worksheets/sheet${index + 1}.xml`, data })),
    // Written last: the sheets registered the formats they use.
    { name: 'xl/styles.xml', data: styles.xml(workbook.lang) },
  ]);
}

function sheetXml(sheet: WorkbookSheet, selected: boolean, styles: Styles): string {
  const parts: string[] = [
    `${XML_HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetViews><sheetView workbookViewId="0"${selected ? ' tabSelected="1"' : ''}>`,
  ];
  if (sheet.header)
    parts.push(
      '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/>',
    );
  parts.push('</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>');
  if (sheet.columns.length > 0) {
    parts.push(
      '<cols>',
      ...sheet.columns.map(
        (column, index) => `<col min="${index + 1}" max="${index + 1}" width="${column.width}" customWidth="1"/>`,
      ),
      '</cols>',
    );
  }
  parts.push('<sheetData>');
  let rowNumber = 0;
  if (sheet.header) {
    rowNumber += 1;
    const header = styles.index('text', 'header', true);
    parts.push(
      `<row r="1">${sheet.columns.map((column, index) => textCell(`${columnName(index)}1`, column.label, header)).join('')}</row>`,
    );
  }
  for (const row of sheet.rows) {
    rowNumber += 1;
    const cells = row.map((cell, index) => {
      const column = sheet.columns[index];
      return cellXml(`${columnName(index)}${rowNumber}`, cell, styles, column?.look ?? 'plain', column?.wrap === true);
    });
    // The columns to fill get their colour on every row, typed or not.
    for (let index = row.length; index < sheet.columns.length; index += 1) {
      const look = sheet.columns[index]!.look ?? 'plain';
      if (look !== 'plain')
        cells.push(`<c r="${columnName(index)}${rowNumber}" s="${styles.index('text', look, false)}"/>`);
    }
    parts.push(`<row r="${rowNumber}">${cells.join('')}</row>`);
  }
  parts.push('</sheetData>');
  const firstData = sheet.header ? 2 : 1;
  const validations = sheet.columns.flatMap((column, index) =>
    column.choices && rowNumber >= firstData
      ? [
          `<dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="${columnName(index)}${firstData}:${columnName(index)}${rowNumber}"><formula1>${xmlEscape(listFormula(column.choices))}</formula1></dataValidation>`,
        ]
      : [],
  );
  if (validations.length > 0)
    parts.push(`<dataValidations count="${validations.length}">${validations.join('')}</dataValidations>`);
  parts.push(
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><pageSetup paperSize="9" orientation="landscape"/></worksheet>',
  );
  return parts.join('');
}

function cellXml(ref: string, cell: WorkbookCell, styles: Styles, look: CellLook, wrap: boolean): string {
  switch (cell.kind) {
    case 'empty':
      return look === 'plain' ? '' : `<c r="${ref}" s="${styles.index('text', look, false)}"/>`;
    case 'text':
      return textCell(ref, cell.text, styles.index('text', look, wrap || cell.text.includes('\n')));
    case 'date':
      return `<c r="${ref}" s="${styles.index('date', look, false)}"><v>${dateSerial(cell.value)}</v></c>`;
    case 'percent':
      return numberCell(ref, cell.value / 100, styles.index('percent', look, false));
    case 'count':
      return numberCell(ref, cell.value, styles.index('count', look, false));
    case 'number':
      return numberCell(ref, cell.value, styles.index('number', look, false));
    // The amount written from the integer cents, never through a float: the cell holds exactly what the files say.
    case 'money':
      return `<c r="${ref}" s="${styles.index(`money:${cell.currency}`, look, false)}"><v>${centsToDecimal(cell.cents)}</v></c>`;
  }
}

function numberCell(ref: string, value: number, style: number): string {
  // A non-finite number has no place in a spreadsheet: the cell stays empty rather than corrupt the file.
  return Number.isFinite(value) ? `<c r="${ref}" s="${style}"><v>${value}</v></c>` : `<c r="${ref}" s="${style}"/>`;
}

function textCell(ref: string, text: string, style: number): string {
  return `<c r="${ref}" t="inlineStr" s="${style}"><is><t xml:space="preserve">${xmlEscape(xlsxString(text))}</t></is></c>`;
}

/**
 * Text as Excel reads it back unchanged: line breaks as LF, and `_xHHHH_`
 * (which Excel decodes as a character) protected by escaping its underscore.
 */
function xlsxString(text: string): string {
  return workbookText(text)
    .replace(/\r\n?/g, '\n')
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1');
}

/** A list validation's values as Excel writes them: `"a,b,c"` (values hold no comma or quote: they are our own words). */
function listFormula(choices: readonly string[]): string {
  return `"${choices.map((choice) => choice.replace(/[",]/g, ' ')).join(',')}"`;
}
