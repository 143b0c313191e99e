/**
 * Workbooks in-process: `report`/`actions --format xlsx|ods` (never to a
 * terminal, typed cells, frozen header), `collect` (instructions, current
 * values, columns to fill, drop-down list) and `import` (XLSX, ODS and CSV,
 * all or nothing, every problem at its cell, the journal's source). The
 * programs that read these files check them in office-readers.test.ts.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readSpreadsheet, type ReadSheet } from '../src/parse/office/readSpreadsheet.js';
import { workbookToXlsx } from '../src/render/workbook/workbookToXlsx.js';
import { workbookToOds } from '../src/render/workbook/workbookToOds.js';
import type { Workbook, WorkbookCell } from '../src/render/workbook/workbook.js';
import { assertNoCrash, runMain } from './helpers/cli.js';
import { useTempRoadmap } from './helpers/tempRoadmap.js';

const TODAY = '2026-12-01';
const temp = useTempRoadmap('roadmap-office-');
const run = async (...argv: string[]) => {
  const result = await runMain([...argv, '--dir', temp.root], { today: TODAY, cwd: temp.dir });
  assertNoCrash(result);
  return result;
};

function sheetsOf(path: string): ReadSheet[] {
  const read = readSpreadsheet(readFileSync(path), path.split('.').pop()!);
  if (!read.ok) throw new Error(read.problem);
  return read.sheets;
}

const cellAt = (sheet: ReadSheet, row: number, column: number) => sheet.rows.get(row)?.get(column)?.cell;

describe('report and actions as workbooks', () => {
  it('refuse to print a workbook to the terminal, and a name that is not the format', async () => {
    const bare = await run('report', '--format', 'xlsx');
    expect(bare.code).toBe(2);
    expect(bare.stderr).toContain('--out <fichier.xlsx>');
    const wrong = await run('actions', '--format', 'ods', '--out', 'actions.xlsx', '--lang', 'en');
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('ends with .ods');
  });

  it('write one sheet per view with numbers, percentages and dates typed, and a frozen header', async () => {
    const result = await run('report', '--format', 'xlsx', '--out', 'report.xlsx', '--as-of', '2020-01-15');
    expect(result.code).toBe(0);
    const sheets = sheetsOf(join(temp.dir, 'report.xlsx'));
    expect(sheets.map((sheet) => sheet.name)).toEqual([
      'Avancement par axe',
      'Avancement par partenaire',
      'Qui pilote et contribue à quoi',
      'Indicateurs',
    ]);
    const axes = sheets[0]!;
    expect(cellAt(axes, 0, 0)).toEqual({ kind: 'text', text: 'N°' });
    expect(cellAt(axes, 1, 0)).toEqual({ kind: 'number', value: 1, percent: false });
    const progress = [...axes.rows.get(0)!].find(
      ([, { cell }]) => cell.kind === 'text' && cell.text.startsWith('Avancement'),
    )![0];
    expect(cellAt(axes, 1, progress)).toMatchObject({ kind: 'number', percent: true });
    const indicators = sheets[3]!;
    const measured = [...indicators.rows.get(0)!].find(
      ([, { cell }]) => cell.kind === 'text' && cell.text === 'Mesurée le',
    )![0];
    expect(cellAt(indicators, 1, measured)).toEqual({ kind: 'date', value: '2019-06-30' });
    const parts = unzipSync(readFileSync(join(temp.dir, 'report.xlsx')));
    const sheetXml = strFromU8(parts['xl/worksheets/sheet1.xml']!);
    expect(sheetXml).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>');
    expect(sheetXml).not.toContain('<f>');
  });

  it('write ODS with mimetype first and stored, typed cells and the language', async () => {
    expect((await run('actions', '--format', 'ods', '--out', 'actions.ods', '--lang', 'en')).code).toBe(0);
    const bytes = readFileSync(join(temp.dir, 'actions.ods'));
    // A stored first entry: the local header's method is 0 and its name `mimetype` is followed by the media type itself.
    expect(bytes.readUInt16LE(8)).toBe(0);
    expect(bytes.subarray(30, 38).toString()).toBe('mimetype');
    expect(bytes.subarray(38, 84).toString()).toBe('application/vnd.oasis.opendocument.spreadsheet');
    const parts = unzipSync(bytes);
    expect(strFromU8(parts['styles.xml']!)).toContain('fo:language="en" fo:country="GB"');
    expect(strFromU8(parts['content.xml']!)).toContain('office:value-type="date" office:date-value="');
    const [actions] = sheetsOf(join(temp.dir, 'actions.ods'));
    expect(actions!.name).toBe('Actions decided in meetings');
  });

  it('replace a workbook it made, never another file', async () => {
    expect((await run('report', '--format', 'xlsx', '--out', 'report.xlsx')).code).toBe(0);
    expect((await run('report', '--format', 'xlsx', '--out', 'report.xlsx')).code).toBe(0);
    writeFileSync(join(temp.dir, 'theirs.xlsx'), 'a spreadsheet of someone else');
    const refused = await run('report', '--format', 'xlsx', '--out', 'theirs.xlsx');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('n’est pas un classeur produit par roadmap');
    expect(readFileSync(join(temp.dir, 'theirs.xlsx'), 'utf8')).toBe('a spreadsheet of someone else');
  });

  it('keep hostile text as text: no formula, no control character, no cell past Excel’s limit', () => {
    const hostile: WorkbookCell[] = [
      { kind: 'text', text: '=HYPERLINK("http://evil","x")' },
      { kind: 'text', text: 'a\u0000b\u001bc_x0041_' },
      { kind: 'text', text: 'x'.repeat(40_000) },
      { kind: 'number', value: Number.NaN },
      { kind: 'percent', value: Number.POSITIVE_INFINITY },
    ];
    const workbook: Workbook = {
      lang: 'fr',
      title: '<title>',
      sheets: [
        {
          name: 'a[b]:c*?/d\\e'.repeat(4),
          header: true,
          columns: hostile.map((_, index) => ({ label: `c${index}`, width: 10 })),
          rows: [hostile],
        },
      ],
    };
    for (const [bytes, extension] of [
      [workbookToXlsx(workbook), 'xlsx'],
      [workbookToOds(workbook), 'ods'],
    ] as const) {
      const read = readSpreadsheet(bytes, extension);
      expect(read.ok).toBe(true);
      if (!read.ok) continue;
      const [sheet] = read.sheets;
      expect(sheet!.name.length).toBeLessThanOrEqual(31);
      expect(sheet!.name).not.toMatch(/[[\]:*?/\\]/);
      expect(sheet!.rows.get(1)!.get(0)).toEqual({
        cell: { kind: 'text', text: '=HYPERLINK("http://evil","x")' },
        formula: false,
      });
      expect(sheet!.rows.get(1)!.get(1)!.cell).toEqual({
        kind: 'text',
        text: extension === 'xlsx' ? 'abc_x005F_x0041_' : 'abc_x0041_',
      });
      expect((sheet!.rows.get(1)!.get(2)!.cell as { text: string }).text).toHaveLength(32_767);
      expect(sheet!.rows.get(1)!.has(3)).toBe(false);
      expect(sheet!.rows.get(1)!.has(4)).toBe(false);
    }
  });
});

describe('collect', () => {
  it('needs --out with .xlsx or .ods', async () => {
    expect((await run('collect')).code).toBe(2);
    const csv = await run('collect', '--out', 'x.csv');
    expect(csv.code).toBe(2);
    expect(csv.stderr).toContain('.xlsx (Excel) ou .ods');
  });

  it('lists open commitments with current values, columns to fill and a drop-down list of statuses', async () => {
    expect((await run('collect', '--out', 'collecte.xlsx')).code).toBe(0);
    const [instructions, commitments, indicators] = sheetsOf(join(temp.dir, 'collecte.xlsx'));
    expect(instructions!.name).toBe('Mode d’emploi');
    expect(JSON.stringify([...instructions!.rows.values()].map((row) => [...row.values()]))).toContain(
      'Statuts possibles : prévu, en cours, bloqué, réalisé, abandonné.',
    );
    const header = [...commitments!.rows.get(0)!.values()].map(({ cell }) => (cell as { text: string }).text);
    expect(header).toEqual([
      'Identifiant (ne pas modifier)',
      'Engagement',
      'Axe',
      'Pilote',
      'Statut actuel',
      'Avancement actuel',
      'Échéance',
      'Dernière nouvelle, date',
      'Dernière nouvelle',
      'Nouveau statut',
      'Nouvel avancement (0 à 100)',
      'Nouvelles pour le journal',
    ]);
    // The base roadmap has one open commitment (reglement is done).
    expect([...commitments!.rows.keys()]).toEqual([0, 1]);
    expect(cellAt(commitments!, 1, 0)).toEqual({ kind: 'text', text: 'guichet-unique' });
    expect(cellAt(commitments!, 1, 4)).toEqual({ kind: 'text', text: 'en cours' });
    expect(cellAt(commitments!, 1, 7)).toEqual({ kind: 'date', value: '2018-09-01' });
    expect(cellAt(indicators!, 1, 1)).toEqual({ kind: 'text', text: 'creations' });
    expect(cellAt(indicators!, 1, 6)).toEqual({ kind: 'number', value: 180, percent: false });
    const sheet = strFromU8(unzipSync(readFileSync(join(temp.dir, 'collecte.xlsx')))['xl/worksheets/sheet2.xml']!);
    expect(sheet).toContain(
      '<dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="J2:J2"><formula1>&quot;prévu,en cours,bloqué,réalisé,abandonné&quot;</formula1></dataValidation>',
    );
  });

  it('refuses an unknown partner and a partner with nothing open', async () => {
    expect((await run('collect', '--partner', 'nobody', '--out', 'c.xlsx')).code).toBe(2);
    const none = await run('collect', '--partner', 'ept', '--out', 'c.xlsx');
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Aucun engagement ouvert');
  });
});

describe('import', () => {
  const csv = (name: string, text: string): string => {
    writeFileSync(join(temp.dir, name), text);
    return name;
  };
  const file = (rel: string): string => readFileSync(join(temp.root, rel), 'utf8');

  it('applies a French CSV (semicolons, decimal comma) as update would, with the file as source', async () => {
    const name = csv(
      'retour.csv',
      '\ufeffIdentifiant (ne pas modifier);Nouveau statut;Nouvel avancement (0 à 100);Nouvelles pour le journal\r\nguichet-unique;bloqué;45,5;"Locaux indisponibles ; report du comité"\r\n',
    );
    const indicators = csv(
      'mesures.csv',
      'Engagement (ne pas modifier);Indicateur (ne pas modifier);Nouvelle mesure;Source de la mesure\nguichet-unique;creations;1 250,5;Bilan CCI\n',
    );
    const result = await run('import', name, '--on', '2026-11-30');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const text = file('commitments/guichet-unique.md');
    expect(text).toContain('status: blocked');
    expect(text).toContain('progress: 45.5');
    expect(text).toMatch(
      /- date: 2026-11-30\n\s+text: Locaux indisponibles ; report du comité\n\s+status: blocked\n\s+source: retour.csv/,
    );
    expect((await run('import', indicators, '--on', '2026-11-30')).code).toBe(0);
    expect(file('commitments/guichet-unique.md')).toMatch(/date: 2026-11-30, value: 1250.5, source: Bilan CCI/);
    const report = await run('report', '--by', 'commitment', '--format', 'json');
    expect(report.code).toBe(0);
  });

  it('refuses the whole file and names every problem by its cell', async () => {
    const before = file('commitments/guichet-unique.md');
    const name = csv(
      'faux.csv',
      [
        'Identifiant (ne pas modifier);Nouveau statut;Nouvel avancement (0 à 100);Nouvelles pour le journal',
        'guichet-unique;;140;',
        'inconnu;en cours;;',
        'guichet-unique;In progress;;',
        ';;;du texte sans identifiant',
      ].join('\n'),
    );
    const measures = csv(
      'mesures.csv',
      "Engagement (ne pas modifier);Indicateur (ne pas modifier);Nouvelle mesure;Date de la mesure (AAAA-MM-JJ, vide : date de l’import)\nguichet-unique;emplois;12;\nguichet-unique;creations;12;15/03/2026\nguichet-unique;creations;=cmd|' /C calc'!A0;\n",
    );
    const result = await run('import', name);
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n').filter(Boolean)).toEqual([
      'faux!C2: « 140 » n’est pas un avancement ; écrivez un nombre de 0 à 100, par exemple 45.',
      'faux!A3: aucun engagement « inconnu » ; la colonne des identifiants ne doit pas être modifiée.',
      'faux!A4: l’engagement « guichet-unique » est déjà rempli à la ligne 2 : une ligne par engagement.',
      'faux!A5: ligne remplie sans identifiant d’engagement : recopiez l’identifiant de la ligne d’origine.',
      'faux.csv est refusé en entier : 4 problèmes, rien n’a été écrit. Corrigez chaque cellule indiquée, puis relancez roadmap import.',
    ]);
    const wrongStatus = await run(
      'import',
      csv('statut.csv', 'Identifiant (ne pas modifier);Nouveau statut\nguichet-unique;In progress\n'),
    );
    expect(wrongStatus.stderr).toContain(
      'statut!B2: « In progress » n’est pas un statut ; écrivez l’un de : prévu, en cours, bloqué, réalisé, abandonné.',
    );
    const measured = await run('import', measures);
    expect(measured.code).toBe(2);
    expect(measured.stderr).toContain(
      'mesures!B2: l’engagement « guichet-unique » n’a pas d’indicateur « emplois » (indicateurs : creations)',
    );
    expect(measured.stderr).toContain(
      'mesures!D3: « 15/03/2026 » n’est pas une date au format AAAA-MM-JJ ; écrivez 2026-03-15.',
    );
    expect(measured.stderr).toContain("mesures!C4: « =cmd|' /C calc'!A0 » n’est pas un nombre");
    expect(file('commitments/guichet-unique.md')).toBe(before);
  });

  it('prints the changes with --dry-run and writes nothing', async () => {
    const before = file('commitments/guichet-unique.md');
    const result = await run(
      'import',
      csv('r.csv', 'Id (do not change),New progress (0 to 100)\nguichet-unique,60\n'),
      '--dry-run',
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('+progress: 60');
    expect(result.stdout).toContain('+    source: r.csv');
    expect(file('commitments/guichet-unique.md')).toBe(before);
  });

  it('refuses a status that would break the roadmap (done with progress 40) through the usual checks', async () => {
    const result = await run(
      'import',
      csv(
        'r.csv',
        'Identifiant (ne pas modifier);Nouveau statut;Nouvel avancement (0 à 100)\nguichet-unique;réalisé;40\n',
      ),
    );
    expect(result.code).toBe(1);
    expect(file('commitments/guichet-unique.md')).toContain('status: in_progress');
  });

  it('imports the workbook collect wrote, filled in, and the next collect shows the new values', async () => {
    expect((await run('collect', '--out', 'collecte.ods')).code).toBe(0);
    // A partner's answer, written here by our own writer: the office programs fill it in office-readers.test.ts.
    const answered: Workbook = {
      lang: 'fr',
      title: 'retour',
      sheets: [
        {
          name: 'Engagements',
          header: true,
          columns: ['Identifiant (ne pas modifier)', 'Nouveau statut', 'Nouvel avancement (0 à 100)'].map((label) => ({
            label,
            width: 10,
          })),
          rows: [
            [
              { kind: 'text', text: 'guichet-unique' },
              { kind: 'text', text: 'En cours' },
              { kind: 'percent', value: 72 },
            ],
          ],
        },
      ],
    };
    writeFileSync(join(temp.dir, 'retour.ods'), workbookToOds(answered));
    const imported = await run('import', 'retour.ods');
    expect(imported.code).toBe(0);
    expect(file('commitments/guichet-unique.md')).toContain('progress: 72');
    expect((await run('collect', '--out', 'collecte2.xlsx')).code).toBe(0);
    const [, commitments] = sheetsOf(join(temp.dir, 'collecte2.xlsx'));
    expect(cellAt(commitments!, 1, 5)).toEqual({ kind: 'number', value: 0.72, percent: true });
    expect(cellAt(commitments!, 1, 8)).toEqual({ kind: 'text', text: 'Avancement : 72 %' });
  });

  it('collects and imports money: amounts committed and paid, with their reference, per funder', async () => {
    const rel = 'commitments/guichet-unique.md';
    writeFileSync(
      join(temp.root, rel),
      file(rel).replace(
        'updates:\n',
        'budget:\n  cost: 100000\n  funders:\n    - partner: cci\n      planned: 60000\n      committed:\n        - { date: 2019-01-10, amount: 20000, ref: Délibération 2019-01 }\nupdates:\n',
      ),
    );
    expect((await run('collect', '--out', 'collecte.xlsx')).code).toBe(0);
    const sheets = sheetsOf(join(temp.dir, 'collecte.xlsx'));
    const funding = sheets.find((sheet) => sheet.name === 'Financement')!;
    expect([...funding.rows.get(1)!.values()].map(({ cell }) => cell)).toEqual([
      { kind: 'text', text: 'guichet-unique' },
      { kind: 'text', text: 'cci' },
      { kind: 'text', text: 'CCI' },
      { kind: 'number', value: 60000, percent: false },
      { kind: 'number', value: 20000, percent: false },
      { kind: 'number', value: 0, percent: false },
    ]);
    const answer =
      'Engagement (ne pas modifier);Financeur (ne pas modifier);Nouveau montant engagé;Nouveau montant versé;Référence de la pièce\n';
    const bad = await run(
      'import',
      csv('faux.csv', `${answer}guichet-unique;ept;1;;\nguichet-unique;cci;12,345;-5;\n`),
    );
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('faux!B2: « ept » ne finance pas l’engagement « guichet-unique » (financeurs : cci)');
    expect(bad.stderr).toContain('faux!C3: « 12,345 » n’est pas un montant');
    expect(bad.stderr).toContain('faux!D3: « -5 » n’est pas un montant');
    const good = await run(
      'import',
      csv('retour.csv', `${answer}guichet-unique;cci;10 000,50;5000;Convention 2026-44\n`),
      '--on',
      '2026-11-30',
    );
    expect(good.code).toBe(0);
    const text = file(rel);
    expect(text).toContain('- { date: 2026-11-30, amount: 10000.5, ref: Convention 2026-44 }');
    expect(text).toMatch(/paid:\n\s+- date: 2026-11-30\n\s+amount: 5000\n\s+ref: Convention 2026-44/);
    expect(text).toContain('Engagé par CCI : 10\u202f000,50\u202f€ ; Versé par CCI : 5\u202f000\u202f€');
    const funded = JSON.parse(
      (await run('report', '--by', 'funding', '--format', 'json', '--as-of', '2026-12-01')).stdout,
    ) as { funding: { total: { committed: number; paid: number } } };
    expect(funded.funding.total).toMatchObject({ committed: 30000.5, paid: 5000 });
  });

  it('says so when the file is not a collect workbook or holds nothing filled', async () => {
    const other = await run('import', csv('autre.csv', 'a;b\n1;2\n'));
    expect(other.code).toBe(2);
    expect(other.stderr).toContain('aucune feuille avec une colonne « Identifiant (ne pas modifier) »');
    const empty = await run(
      'import',
      csv('vide.csv', 'Identifiant (ne pas modifier);Nouveau statut\nguichet-unique;\n'),
    );
    expect(empty.code).toBe(0);
    expect(empty.stdout).toContain('aucune ligne remplie');
    expect((await run('import', 'absent.xlsx')).code).toBe(2);
    expect((await run('import', csv('notes.txt', 'x'))).code).toBe(2);
  });
});

describe('--docx and --odt beside the other documents', () => {
  it('lists them with --dry-run, writes them, replaces its own and refuses a file made by hand', async () => {
    const argv = ['meeting', 'minutes', 'comite-2018-11-15', '--out', 'docs', '--docx', '--odt'];
    const dry = await run(...argv, '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('proces-verbal.docx');
    expect(dry.stdout).toContain('proces-verbal.odt');
    expect((await run(...argv)).code).toBe(0);
    const folder = join(temp.dir, 'docs', 'comite-2018-11-15');
    const odt = readFileSync(join(folder, 'proces-verbal.odt'));
    expect(odt.subarray(30, 38).toString()).toBe('mimetype');
    expect(strFromU8(unzipSync(readFileSync(join(folder, 'proces-verbal.docx')))['word/document.xml']!)).toContain(
      '<w:pStyle w:val="Heading1"/>',
    );
    const first = [readFileSync(join(folder, 'proces-verbal.docx')), odt];
    expect((await run(...argv)).code).toBe(0);
    // The same roadmap gives the same bytes: no time of writing in the files.
    expect([readFileSync(join(folder, 'proces-verbal.docx')), readFileSync(join(folder, 'proces-verbal.odt'))]).toEqual(
      first,
    );
    writeFileSync(join(folder, 'proces-verbal.docx'), 'typed by hand');
    const refused = await run(...argv);
    expect(refused.code).toBe(2);
    expect(readFileSync(join(folder, 'proces-verbal.docx'), 'utf8')).toBe('typed by hand');
  });
});
