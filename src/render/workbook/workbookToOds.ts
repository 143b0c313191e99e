/**
 * A workbook as an OpenDocument spreadsheet (ODS), written by hand as a
 * minimal valid package: `mimetype` first and stored, the manifest, meta,
 * styles (the document's language), settings (the frozen header row) and
 * content. Cells carry their value type (float, percentage, date, string), so
 * a reader sees numbers and dates without recalculating; text is a string
 * cell, never a formula.
 */
import type { Lang } from '../../i18n/lang.js';
import { centsToDecimal, currencySymbol } from '../../i18n/formatMoney.js';
import { odfLine, officeZip, xmlEscape } from '../office/officeZip.js';
import {
  withSafeNames,
  workbookText,
  type CellLook,
  type Workbook,
  type WorkbookCell,
  type WorkbookSheet,
} from './workbook.js';

const NS = {
  office: 'urn:oasis:names:tc:opendocument:xmlns:office:1.0',
  style: 'urn:oasis:names:tc:opendocument:xmlns:style:1.0',
  text: 'urn:oasis:names:tc:opendocument:xmlns:text:1.0',
  table: 'urn:oasis:names:tc:opendocument:xmlns:table:1.0',
  fo: 'urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0',
  number: 'urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0',
  of: 'urn:oasis:names:tc:opendocument:xmlns:of:1.2',
  dc: 'http://purl.org/dc/elements/1.1/',
  meta: 'urn:oasis:names:tc:opendocument:xmlns:meta:1.0',
  config: 'urn:oasis:names:tc:opendocument:xmlns:config:1.0',
  manifest: 'urn:oasis:names:tc:opendocument:xmlns:manifest:1.0',
} as const;
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n';
const MIME = 'application/vnd.oasis.opendocument.spreadsheet';

const namespaces = (...names: (keyof typeof NS)[]): string =>
  names.map((name) => ` xmlns:${name}="${NS[name]}"`).join('');

type ValueKind = 'text' | 'number' | 'count' | 'percent' | 'date' | 'money';
const BACKGROUND: Record<CellLook, string | undefined> = {
  plain: undefined,
  header: '#d9e2f3',
  fill: '#fff2cc',
  locked: '#ededed',
};
const DATA_STYLE: Record<ValueKind, string | undefined> = {
  text: undefined,
  number: undefined,
  count: 'N-count',
  percent: 'N-percent',
  date: 'N-date',
  money: undefined,
};

export function workbookToOds(given: Workbook): Uint8Array {
  const workbook = withSafeNames(given);
  const cellStyles = new Set<string>();
  const styleOf = (kind: ValueKind, look: CellLook, wrap: boolean): string => {
    const name = `ce-${kind}-${look}${wrap ? '-wrap' : ''}`;
    cellStyles.add(name);
    return name;
  };
  const validations: string[] = [];
  const tables = workbook.sheets.map((sheet, index) => tableXml(sheet, index, styleOf, validations));
  const columnStyles = workbook.sheets.flatMap((sheet, sheetIndex) =>
    sheet.columns.map(
      (column, index) =>
        `<style:style style:name="co-${sheetIndex}-${index}" style:family="table-column"><style:table-column-properties style:column-width="${(column.width * 0.21 + 0.2).toFixed(2)}cm"/></style:style>`,
    ),
  );
  const currencies = [
    ...new Set(
      workbook.sheets.flatMap((sheet) =>
        sheet.rows.flatMap((row) => row.flatMap((cell) => (cell.kind === 'money' ? [cell.currency] : []))),
      ),
    ),
  ];
  const content =
    `${XML_HEAD}<office:document-content${namespaces('office', 'style', 'text', 'table', 'fo', 'number', 'of')} office:version="1.3">` +
    `<office:automatic-styles>${dataStyles(workbook.lang)}${currencies.map((currency) => currencyStyle(currency, workbook.lang)).join('')}${columnStyles.join('')}${[...cellStyles].map(cellStyleXml).join('')}</office:automatic-styles>` +
    '<office:body><office:spreadsheet>' +
    (validations.length > 0 ? `<table:content-validations>${validations.join('')}</table:content-validations>` : '') +
    tables.join('') +
    '</office:spreadsheet></office:body></office:document-content>';
  const [language, country] = workbook.lang === 'fr' ? ['fr', 'FR'] : ['en', 'GB'];
  return officeZip([
    { name: 'mimetype', data: MIME, stored: true },
    {
      name: 'META-INF/manifest.xml',
      data:
        `${XML_HEAD}<manifest:manifest${namespaces('manifest')} manifest:version="1.3">` +
        `<manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="${MIME}"/>` +
        ['content.xml', 'styles.xml', 'meta.xml', 'settings.xml']
          .map((name) => `<manifest:file-entry manifest:full-path="${name}" manifest:media-type="text/xml"/>`)
          .join('') +
        '</manifest:manifest>',
    },
    {
      name: 'meta.xml',
      data:
        `${XML_HEAD}<office:document-meta${namespaces('office', 'dc', 'meta')} office:version="1.3"><office:meta>` +
        `<dc:title>${xmlEscape(workbookText(workbook.title))}</dc:title><dc:language>${language}-${country}</dc:language><meta:generator>roadmap</meta:generator></office:meta></office:document-meta>`,
    },
    {
      name: 'styles.xml',
      data:
        `${XML_HEAD}<office:document-styles${namespaces('office', 'style', 'fo', 'number')} office:version="1.3"><office:styles>` +
        `<style:default-style style:family="table-cell"><style:text-properties fo:language="${language}" fo:country="${country}"/></style:default-style>` +
        '<style:style style:name="Default" style:family="table-cell"/>' +
        '</office:styles></office:document-styles>',
    },
    { name: 'settings.xml', data: settingsXml(workbook.sheets) },
    { name: 'content.xml', data: content },
  ]);
}

function dataStyles(lang: Lang): string {
  const date =
    lang === 'fr'
      ? '<number:day number:style="long"/><number:text>/</number:text><number:month number:style="long"/><number:text>/</number:text><number:year number:style="long"/>'
      : '<number:day/><number:text> </number:text><number:month number:textual="true"/><number:text> </number:text><number:year number:style="long"/>';
  return (
    `<number:date-style style:name="N-date">${date}</number:date-style>` +
    `<number:percentage-style style:name="N-percent"><number:number number:decimal-places="0" number:min-decimal-places="0" number:min-integer-digits="1"/><number:text>${lang === 'fr' ? '\u00a0%' : '%'}</number:text></number:percentage-style>` +
    '<number:number-style style:name="N-count"><number:number number:decimal-places="0" number:min-decimal-places="0" number:min-integer-digits="1" number:grouping="true"/></number:number-style>'
  );
}

/** An amount's format: two decimals, grouped, the currency's symbol after it in French, before it in English. */
function currencyStyle(currency: string, lang: Lang): string {
  const code = currency.replace(/[^A-Za-z]/g, '') || 'EUR';
  const symbol = `<number:currency-symbol>${xmlEscape(currencySymbol(code))}</number:currency-symbol>`;
  const number =
    '<number:number number:decimal-places="2" number:min-decimal-places="2" number:min-integer-digits="1" number:grouping="true"/>';
  return `<number:currency-style style:name="N-money-${code}">${lang === 'fr' ? `${number}<number:text>\u00a0</number:text>${symbol}` : `${symbol}${number}`}</number:currency-style>`;
}

function cellStyleXml(name: string): string {
  const [, kind, currency, look, wrap] = /^ce-(\w+?)(?:_([A-Za-z]+))?-(\w+)(-wrap)?$/.exec(name)! as unknown as [
    string,
    ValueKind,
    string | undefined,
    CellLook,
    string | undefined,
  ];
  const dataStyle = currency ? `N-money-${currency}` : DATA_STYLE[kind];
  const background = BACKGROUND[look];
  const cell = [
    background ? `fo:background-color="${background}"` : '',
    wrap || look === 'header' ? 'fo:wrap-option="wrap"' : '',
    'style:vertical-align="top"',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    `<style:style style:name="${name}" style:family="table-cell" style:parent-style-name="Default"${dataStyle ? ` style:data-style-name="${dataStyle}"` : ''}>` +
    `<style:table-cell-properties ${cell}/>${look === 'header' ? '<style:text-properties fo:font-weight="bold"/>' : ''}</style:style>`
  );
}

function tableXml(
  sheet: WorkbookSheet,
  sheetIndex: number,
  styleOf: (kind: ValueKind, look: CellLook, wrap: boolean) => string,
  validations: string[],
): string {
  const validationOf = sheet.columns.map((column, index) => {
    if (!column.choices) return undefined;
    const name = `val-${sheetIndex}-${index}`;
    const list = column.choices.map((choice) => `"${choice.replace(/"/g, '')}"`).join(';');
    validations.push(
      `<table:content-validation table:name="${name}" table:condition="${xmlEscape(`of:cell-content-is-in-list(${list})`)}" table:allow-empty-cell="true" table:display-list="unsorted"><table:error-message table:display="true" table:message-type="stop"/></table:content-validation>`,
    );
    return name;
  });
  const parts: string[] = [`<table:table table:name="${xmlEscape(sheet.name)}">`];
  parts.push(
    ...sheet.columns.map(
      (_, index) =>
        `<table:table-column table:style-name="co-${sheetIndex}-${index}" table:default-cell-style-name="Default"/>`,
    ),
  );
  if (sheet.header) {
    const style = styleOf('text', 'header', true);
    parts.push(
      `<table:table-header-rows><table:table-row>${sheet.columns.map((column) => stringCell(column.label, style, undefined)).join('')}</table:table-row></table:table-header-rows>`,
    );
  }
  for (const row of sheet.rows) {
    const cells: string[] = [];
    const width = Math.max(row.length, sheet.columns.length);
    for (let index = 0; index < width; index += 1) {
      const column = sheet.columns[index];
      const cell = row[index] ?? { kind: 'empty' };
      // Only the rows of the table (not the notes under it) offer the drop-down list.
      const validation = row.length > 1 ? validationOf[index] : undefined;
      cells.push(cellXml(cell, styleOf, column?.look ?? 'plain', column?.wrap === true, validation));
    }
    parts.push(`<table:table-row>${cells.join('')}</table:table-row>`);
  }
  parts.push('</table:table>');
  return parts.join('');
}

function cellXml(
  cell: WorkbookCell,
  styleOf: (kind: ValueKind, look: CellLook, wrap: boolean) => string,
  look: CellLook,
  wrap: boolean,
  validation: string | undefined,
): string {
  const validated = validation ? ` table:content-validation-name="${validation}"` : '';
  switch (cell.kind) {
    case 'empty':
      return look === 'plain' && !validation
        ? '<table:table-cell/>'
        : `<table:table-cell table:style-name="${styleOf('text', look, false)}"${validated}/>`;
    case 'text':
      return stringCell(cell.text, styleOf('text', look, wrap || cell.text.includes('\n')), validated);
    case 'date':
      return `<table:table-cell table:style-name="${styleOf('date', look, false)}" office:value-type="date" office:date-value="${cell.value}"${validated}><text:p>${cell.value}</text:p></table:table-cell>`;
    case 'percent':
      return floatCell(
        'percentage',
        cell.value / 100,
        `${Math.round(cell.value)} %`,
        styleOf('percent', look, false),
        validated,
      );
    case 'count':
      return floatCell('float', cell.value, String(cell.value), styleOf('count', look, false), validated);
    case 'number':
      return floatCell('float', cell.value, String(cell.value), styleOf('number', look, false), validated);
    case 'money': {
      const amount = centsToDecimal(cell.cents);
      const currency = cell.currency.replace(/[^A-Za-z]/g, '') || 'EUR';
      return `<table:table-cell table:style-name="${styleOf(`money_${currency}` as ValueKind, look, false)}" office:value-type="currency" office:currency="${currency}" office:value="${amount}"${validated}><text:p>${amount}</text:p></table:table-cell>`;
    }
  }
}

function floatCell(
  type: 'float' | 'percentage',
  value: number,
  shown: string,
  style: string,
  validated: string,
): string {
  if (!Number.isFinite(value)) return `<table:table-cell table:style-name="${style}"${validated}/>`;
  return `<table:table-cell table:style-name="${style}" office:value-type="${type}" office:value="${value}"${validated}><text:p>${shown}</text:p></table:table-cell>`;
}

function stringCell(text: string, style: string, validated: string | undefined): string {
  return `<table:table-cell table:style-name="${style}" office:value-type="string"${validated ?? ''}>${paragraphs(text)}</table:table-cell>`;
}

/** Text as ODF paragraphs: one `text:p` per line, runs of spaces and tabs kept as `text:s` and `text:tab`. */
export function paragraphs(text: string): string {
  return workbookText(text)
    .split(/\r\n?|\n/)
    .map((line) => `<text:p>${odfLine(line)}</text:p>`)
    .join('');
}

/** The view settings LibreOffice reads: on every sheet with a header, the first row frozen. */
function settingsXml(sheets: readonly WorkbookSheet[]): string {
  const item = (name: string, type: string, value: string | number): string =>
    `<config:config-item config:name="${name}" config:type="${type}">${value}</config:config-item>`;
  const tables = sheets
    .filter((sheet) => sheet.header)
    .map(
      (sheet) =>
        `<config:config-item-map-entry config:name="${xmlEscape(sheet.name)}">` +
        item('HorizontalSplitMode', 'short', 0) +
        item('VerticalSplitMode', 'short', 2) +
        item('HorizontalSplitPosition', 'int', 0) +
        item('VerticalSplitPosition', 'int', 1) +
        item('ActiveSplitRange', 'short', 2) +
        item('PositionLeft', 'int', 0) +
        item('PositionRight', 'int', 0) +
        item('PositionTop', 'int', 0) +
        item('PositionBottom', 'int', 1) +
        '</config:config-item-map-entry>',
    )
    .join('');
  return (
    `${XML_HEAD}<office:document-settings${namespaces('office', 'config')} office:version="1.3"><office:settings>` +
    '<config:config-item-set config:name="ooo:view-settings"><config:config-item-map-indexed config:name="Views"><config:config-item-map-entry>' +
    item('ViewId', 'string', 'view1') +
    `<config:config-item-map-named config:name="Tables">${tables}</config:config-item-map-named>` +
    '</config:config-item-map-entry></config:config-item-map-indexed></config:config-item-set>' +
    '</office:settings></office:document-settings>'
  );
}
