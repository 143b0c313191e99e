/**
 * Our workbooks opened by the programs that read them: openpyxl (XLSX),
 * odfpy (ODS) and LibreOffice headless (both, converted to CSV sheet by
 * sheet: the text and the numbers checked). Then the round trip a
 * secretariat runs: `collect` → cells filled with openpyxl as a partner's
 * spreadsheet would → `import` → `report` shows the new values and `collect`
 * again shows them as current; the same answers saved by LibreOffice as ODS
 * and as a French CSV import the same way. Skipped with the reason when the
 * programs are missing outside CI; under CI=true they must be there.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertNoCrash, ROOT, runMain } from './helpers/cli.js';
import { python, readersSkip, sofficeConvert } from './helpers/officeReaders.js';

const skip = readersSkip(['openpyxl', 'odf']);
const TODAY = '2026-12-20';
const AS_OF = '2026-12-01';

const OPENPYXL_DUMP = `
import json, sys, openpyxl, datetime
out = {}
for path in sys.argv[1:]:
    wb = openpyxl.load_workbook(path)
    sheets = []
    for ws in wb.worksheets:
        rows = [[(c.value.isoformat()[:10] if isinstance(c.value, datetime.datetime) else c.value) for c in row] for row in ws.iter_rows()]
        formats = [[c.number_format for c in row] for row in ws.iter_rows(min_row=2, max_row=2)]
        sheets.append({'name': ws.title, 'freeze': ws.freeze_panes, 'rows': rows, 'formats': formats[0] if formats else [],
                       'formulas': sum(1 for row in ws.iter_rows() for c in row if c.data_type == 'f'),
                       'validations': [[str(v.sqref), v.formula1] for v in ws.data_validations.dataValidation],
                       'widths': {k: v.width for k, v in ws.column_dimensions.items()}})
    out[path.split('/')[-1]] = {'sheets': sheets, 'language': wb.properties.language}
print(json.dumps(out))
`;

const ODFPY_DUMP = `
import json, sys
from odf.opendocument import load
from odf.table import Table, TableRow, TableCell
from odf.namespaces import TABLENS, OFFICENS
out = {}
for path in sys.argv[1:]:
    doc = load(path)
    tables = []
    for table in doc.spreadsheet.getElementsByType(Table):
        rows = []
        for row in table.getElementsByType(TableRow)[:40]:
            cells = []
            for cell in row.getElementsByType(TableCell):
                kind = cell.attributes.get((OFFICENS, 'value-type'))
                value = cell.attributes.get((OFFICENS, 'date-value')) if kind == 'date' else cell.attributes.get((OFFICENS, 'value'))
                cells.append([kind, value, str(cell), cell.attributes.get((TABLENS, 'formula'))])
            rows.append(cells)
        tables.append({'name': table.getAttribute('name'), 'rows': rows})
    out[path.split('/')[-1]] = {'mimetype': doc.mimetype, 'tables': tables}
print(json.dumps(out))
`;

const FILL = `
import sys, openpyxl
path, out = sys.argv[1], sys.argv[2]
wb = openpyxl.load_workbook(path)
ws = wb['Engagements']
header = [c.value for c in ws[1]]
col = {name: header.index(name) + 1 for name in header}
for row in range(2, ws.max_row + 1):
    if ws.cell(row, 1).value == 'accompagnement-implantation':
        ws.cell(row, col['Nouveau statut'], 'bloqué')
        ws.cell(row, col['Nouvel avancement (0 à 100)'], 81)
        ws.cell(row, col['Nouvelles pour le journal'], 'Locaux du guichet livrés ; recrutement en cours')
wi = wb['Indicateurs']
header = [c.value for c in wi[1]]
for row in range(2, wi.max_row + 1):
    if wi.cell(row, 2).value == 'implantations-accompagnees':
        wi.cell(row, header.index('Nouvelle mesure') + 1, 191.5)
        wi.cell(row, header.index('Source de la mesure') + 1, 'Bilan Essonne Développement')
wb.save(out)
print('{}')
`;

interface OpenpyxlSheet {
  name: string;
  freeze: string | null;
  rows: unknown[][];
  formats: string[];
  formulas: number;
  validations: [string, string][];
  widths: Record<string, number>;
}

describe.skipIf(skip !== undefined)(
  `office workbooks read by LibreOffice, openpyxl and odfpy${skip ? ` (skipped: ${skip})` : ''}`,
  () => {
    let dir = '';
    let root = '';
    const run = async (...argv: string[]) => {
      const result = await runMain([...argv, '--dir', root], { today: TODAY, cwd: dir });
      assertNoCrash(result);
      expect(result.code, result.stderr).toBe(0);
      return result;
    };
    let xlsx: Record<string, { sheets: OpenpyxlSheet[]; language: string }> = {};
    let ods: Record<
      string,
      { mimetype: string; tables: { name: string; rows: [string | null, string | null, string, string | null][][] }[] }
    > = {};
    const csv = new Map<string, string>();

    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'roadmap-office-readers-'));
      root = join(dir, 'roadmap');
      cpSync(join(ROOT, 'roadmap'), root, { recursive: true });
      await run('report', '--as-of', AS_OF, '--format', 'xlsx', '--out', 'report.xlsx');
      await run('report', '--as-of', AS_OF, '--format', 'ods', '--out', 'report.ods');
      await run('actions', '--as-of', AS_OF, '--format', 'xlsx', '--out', 'actions.xlsx', '--lang', 'en');
      await run('actions', '--as-of', AS_OF, '--format', 'ods', '--out', 'actions.ods');
      await run('collect', '--as-of', AS_OF, '--out', 'collecte.xlsx');
      await run('collect', '--as-of', AS_OF, '--out', 'collecte.ods', '--partner', 'essonne-developpement');
      python(FILL, join(dir, 'collecte.xlsx'), join(dir, 'retour.xlsx'));
      xlsx = python(OPENPYXL_DUMP, ...['report.xlsx', 'actions.xlsx', 'collecte.xlsx'].map((name) => join(dir, name)));
      ods = python(ODFPY_DUMP, ...['report.ods', 'actions.ods', 'collecte.ods'].map((name) => join(dir, name)));
      // One LibreOffice run converts every workbook, sheet by sheet, to UTF-8 CSV; another saves the partner's answer as ODS.
      const out = join(dir, 'csv');
      sofficeConvert(
        ['report.xlsx', 'report.ods', 'actions.ods', 'retour.xlsx'].map((name) => join(dir, name)),
        'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
        out,
      );
      for (const name of readdirSync(out)) csv.set(name, readFileSync(join(out, name), 'utf8'));
      sofficeConvert([join(dir, 'retour.xlsx')], 'ods', join(dir, 'lo'));
    }, 300_000);
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('openpyxl reads every sheet with typed numbers, percentages and dates, a frozen header and no formula', () => {
      const report = xlsx['report.xlsx']!;
      expect(report.language).toBe('fr-FR');
      expect(report.sheets.map((sheet) => sheet.name)).toEqual([
        'Avancement par axe',
        'Avancement par partenaire',
        'Qui pilote et contribue à quoi',
        'Indicateurs',
      ]);
      for (const sheet of report.sheets) {
        expect(sheet.freeze).toBe('A2');
        expect(sheet.formulas).toBe(0);
        expect(Object.values(sheet.widths).every((width) => width >= 8 && width <= 60)).toBe(true);
      }
      const axes = report.sheets[0]!;
      const progress = (axes.rows[0] as string[]).indexOf('Avancement (%)');
      expect(axes.formats[progress]).toBe('0%');
      expect(typeof axes.rows[1]![progress]).toBe('number');
      expect(axes.rows[1]![progress] as number).toBeLessThanOrEqual(1);
      const indicators = report.sheets[3]!;
      const measured = (indicators.rows[0] as string[]).indexOf('Mesurée le');
      expect(indicators.rows.slice(1).map((row) => row[measured])).toContain('2026-06-30');
      expect(indicators.formats[measured]).toBe('dd/mm/yyyy');
      const actions = xlsx['actions.xlsx']!.sheets[0]!;
      expect(actions.rows[0]).toContain('Owner');
    });

    it('openpyxl sees the collect workbook: instructions first, ids to keep, a status list in French', () => {
      const [instructions, commitments, indicators] = xlsx['collecte.xlsx']!.sheets;
      expect(instructions!.name).toBe('Mode d’emploi');
      expect(instructions!.rows.flat().join('\n')).toContain('Ne modifiez pas les colonnes d’identifiants');
      expect(commitments!.rows[0]![0]).toBe('Identifiant (ne pas modifier)');
      expect(commitments!.validations).toEqual([
        [`J2:J${commitments!.rows.length}`, '"prévu,en cours,bloqué,réalisé,abandonné"'],
      ]);
      expect(indicators!.rows[0]).toContain('Nouvelle mesure');
    });

    it('odfpy reads the ODS: its media type, value types and the same figures', () => {
      const report = ods['report.ods']!;
      expect(report.mimetype).toBe('application/vnd.oasis.opendocument.spreadsheet');
      expect(report.tables.map((table) => table.name)).toEqual([
        'Avancement par axe',
        'Avancement par partenaire',
        'Qui pilote et contribue à quoi',
        'Indicateurs',
      ]);
      const axes = report.tables[0]!;
      const progress = axes.rows[0]!.findIndex((cell) => cell[2] === 'Avancement (%)');
      expect(axes.rows[1]![progress]![0]).toBe('percentage');
      const xlsxValue = xlsx['report.xlsx']!.sheets[0]!.rows[1]![progress] as number;
      expect(Number(axes.rows[1]![progress]![1])).toBeCloseTo(xlsxValue, 12);
      expect(
        report.tables.flatMap((table) => table.rows.flat()).every((cell) => cell[3] === undefined || cell[3] === null),
      ).toBe(true);
      const collect = ods['collecte.ods']!;
      expect(collect.tables[1]!.rows[1]![0]![2]).toBe('accompagnement-implantation');
    });

    it('LibreOffice opens both formats and shows the same text and numbers', () => {
      const fromXlsx = csv.get('report-Avancement par axe.csv');
      expect(fromXlsx).toBeDefined();
      expect(fromXlsx).toContain('N°,Axe,Engagements');
      expect(fromXlsx).toContain('1,Gouvernance territoriale,');
      // The same file written twice, once as XLSX and once as ODS, reads the same in LibreOffice.
      expect(csv.get('report-Indicateurs.csv')).toBeDefined();
      const names = [...csv.keys()];
      expect(names.filter((name) => name.startsWith('report-'))).toHaveLength(4);
      expect(
        csv.get('actions-Actions décidées en réunion.csv') ??
          csv.get([...csv.keys()].find((name) => name.startsWith('actions-'))!),
      ).toMatch(/\d{2}\/\d{2}\/\d{4}/);
    });

    it('round trip: collect, filled with openpyxl, imported; report and collect show the new values', async () => {
      const imported = await run('import', 'retour.xlsx', '--on', '2026-12-15');
      expect(imported.stdout).toContain('retour.xlsx : 1 engagement mis à jour, à la date du 15 décembre 2026.');
      const file = readFileSync(join(root, 'commitments', 'accompagnement-implantation.md'), 'utf8');
      expect(file).toContain('status: blocked');
      expect(file).toContain('progress: 81');
      expect(file).toMatch(
        /date: 2026-12-15\n\s+text: "?Locaux du guichet livrés ; recrutement en cours"?\n\s+status: blocked\n\s+source: retour.xlsx/,
      );
      expect(file).toMatch(/value: 191.5[,\n]\s*source: "?Bilan Essonne Développement/);
      const report = JSON.parse(
        (await run('report', '--by', 'commitment', '--format', 'json', '--as-of', '2026-12-16')).stdout,
      ) as { indicators: { id: string; latest: number }[] };
      expect(report.indicators.find((indicator) => indicator.id === 'implantations-accompagnees')?.latest).toBe(191.5);
      const table = (await run('report', '--by', 'commitment', '--format', 'csv', '--as-of', '2026-12-16')).stdout;
      expect(table).toMatch(/accompagnement-implantation;[^\n]*;Bloqué;81;/);
      await run('collect', '--as-of', '2026-12-16', '--out', 'collecte-2.xlsx');
      const again = python<Record<string, { sheets: OpenpyxlSheet[] }>>(OPENPYXL_DUMP, join(dir, 'collecte-2.xlsx'))[
        'collecte-2.xlsx'
      ]!;
      const row = again.sheets[1]!.rows.find((cells) => cells[0] === 'accompagnement-implantation')!;
      expect(row.slice(4, 9)).toEqual([
        'bloqué',
        0.81,
        '2027-02-28',
        '2026-12-15',
        'Locaux du guichet livrés ; recrutement en cours',
      ]);
      const indicator = again.sheets[2]!.rows.find((cells) => cells[1] === 'implantations-accompagnees')!;
      expect(indicator.slice(6, 8)).toEqual([191.5, '2026-12-15']);
    });

    it('the same answers saved by LibreOffice as ODS and as CSV import the same way', async () => {
      // A fresh roadmap for each, so that each import starts from the same state.
      for (const [name, bytes] of [
        ['retour.ods', readFileSync(join(dir, 'lo', 'retour.ods'))],
        ['retour-Engagements.csv', csv.get('retour-Engagements.csv')!],
      ] as const) {
        rmSync(root, { recursive: true, force: true });
        cpSync(join(ROOT, 'roadmap'), root, { recursive: true });
        writeFileSync(join(dir, name), bytes);
        await run('import', name, '--on', '2026-12-15');
        const file = readFileSync(join(root, 'commitments', 'accompagnement-implantation.md'), 'utf8');
        expect(file, name).toContain('progress: 81');
        expect(file, name).toContain('status: blocked');
        expect(file, name).toContain(`source: ${name}`);
      }
    });
  },
);
