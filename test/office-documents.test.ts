/**
 * The committee documents as DOCX and ODT (`--docx`, `--odt` on `brief` and
 * `meeting convene|sheet|minutes`), opened by the programs that read them:
 * python-docx (heading styles, tables with repeated header rows, A4, the
 * footer's page number, the language, the logo), odfpy (outline levels,
 * header rows, A4, page number, language, pictures) and LibreOffice, which
 * converts all eight to PDF in one run: A4 pages, the text, « 1 / N » in the
 * footer and the headings as the PDF's outline. Skipped with the reason when
 * the programs are missing outside CI; under CI=true they must be there.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertNoCrash, ROOT, runMain } from './helpers/cli.js';
import { python, readersSkip, sofficeConvert } from './helpers/officeReaders.js';
import { pdfOutline, type OutlineItem } from './helpers/pdfOutline.js';
import type { Document } from '../src/render/document/document.js';
import { documentToDocx } from '../src/render/office/documentToDocx.js';
import { documentToOdt } from '../src/render/office/documentToOdt.js';

const skip = readersSkip(['docx', 'odf']);
const TODAY = '2026-12-20';
const PLANNED = 'comite-territorial-2026-12-10';
const HELD = 'comite-territorial-2026-06-18';
const DOCUMENTS = [
  `${PLANNED}/brief`,
  `${PLANNED}/convocation`,
  `${PLANNED}/feuille-emargement`,
  `${HELD}/proces-verbal`,
];

/** A small real PNG (a 4 × 2 blue bar), so the logo has a size of its own to keep. */
function png(): Uint8Array {
  const chunk = (type: string, data: Buffer): Buffer => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(4, 0);
  header.writeUInt32BE(2, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.from([0, 31, 58, 95, 31, 58, 95, 31, 58, 95, 31, 58, 95]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat([row, row]))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const DOCX_DUMP = `
import json, sys, docx
from docx.oxml.ns import qn
out = {}
for path in sys.argv[1:]:
    d = docx.Document(path)
    section = d.sections[0]
    defaults = d.styles.element.find(qn('w:docDefaults'))
    lang = defaults.find('.//' + qn('w:lang')) if defaults is not None else None
    tables = [{'headerRows': sum(1 for row in t.rows if row._tr.trPr is not None and row._tr.trPr.find(qn('w:tblHeader')) is not None),
               'head': [c.text for r in t.rows[:2] for c in r.cells]} for t in d.tables]
    out[path.split('/')[-1]] = {
        'headings': [[p.style.name, p.text] for p in d.paragraphs if p.style.name.startswith('Heading')],
        'text': '\\n'.join(p.text for p in d.paragraphs),
        'tables': tables,
        'page': [round(section.page_width.mm), round(section.page_height.mm)],
        'footer': section.footer._element.xml,
        'lang': lang.get(qn('w:val')) if lang is not None else None,
        'images': len(d.inline_shapes),
    }
print(json.dumps(out))
`;

const ODT_DUMP = `
import json, sys
from odf.opendocument import load
from odf import text, table, style, draw, teletype
from odf.namespaces import TEXTNS, STYLENS, FONS
out = {}
for path in sys.argv[1:]:
    doc = load(path)
    headings = [[h.getAttribute('outlinelevel'), teletype.extractText(h)] for h in doc.text.getElementsByType(text.H)]
    layouts = [[p.getAttribute('pagewidth'), p.getAttribute('pageheight')] for p in doc.automaticstyles.getElementsByType(style.PageLayoutProperties)]
    defaults = [[d.getAttribute('family'), t.getAttribute('language'), t.getAttribute('country')] for d in doc.styles.getElementsByType(style.DefaultStyle) for t in d.getElementsByType(style.TextProperties)]
    footers = [f.toXml(0, None) if False else str(len(f.getElementsByType(text.PageNumber))) for f in doc.masterstyles.getElementsByType(style.Footer)]
    out[path.split('/')[-1]] = {
        'mimetype': doc.mimetype,
        'headings': headings,
        'headerRows': len(doc.text.getElementsByType(table.TableHeaderRows)),
        'tables': len(doc.text.getElementsByType(table.Table)),
        'layouts': layouts, 'defaults': defaults, 'pageNumbers': footers,
        'images': [i.getAttribute('href') for i in doc.text.getElementsByType(draw.Image)],
        'text': teletype.extractText(doc.text),
    }
print(json.dumps(out))
`;

interface DocxDump {
  headings: [string, string][];
  text: string;
  tables: { headerRows: number; head: string[] }[];
  page: [number, number];
  footer: string;
  lang: string | null;
  images: number;
}
interface OdtDump {
  mimetype: string;
  headings: [string, string][];
  headerRows: number;
  tables: number;
  layouts: [string, string][];
  defaults: [string, string, string][];
  pageNumbers: string[];
  images: string[];
  text: string;
}

const SVG_LOGO =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 20"><rect width="40" height="20" fill="#1f3a5f"/></svg>';
const HOSTILE = "Titre <b>&amp;</b> \u0000\u001b[31m\u202e « ]]> » =cmd|' /C calc'!A0";

/** A document with a letterhead (a PNG and an SVG logo), every kind of block and hostile text from files. */
const SYNTHETIC: Document = {
  lang: 'fr',
  title: HOSTILE,
  contents: '',
  footer: `Pied ${HOSTILE}`,
  letterhead: {
    logos: [
      { format: 'png', bytes: png(), alt: 'Logo territoire' },
      { format: 'svg', bytes: Buffer.from(SVG_LOGO), alt: 'Logo CCI' },
    ],
    convention: 'Convention de test',
    sender: ['Secrétariat du comité', 'secretariat@example.org'],
  },
  cover: {
    kicker: 'Dossier',
    title: `Couverture ${HOSTILE}`,
    subtitle: 'Sous-titre',
    facts: [{ label: 'Date', value: '10 décembre 2026' }],
    note: 'Note',
  },
  sections: [
    {
      id: 'a',
      title: 'Première partie',
      blocks: [
        { kind: 'paragraph', text: HOSTILE },
        {
          kind: 'table',
          header: 'Membres',
          columns: [{ label: 'Nom' }, { label: 'Signature', signature: true }],
          rows: Array.from({ length: 60 }, (_, index) => [{ text: `Personne ${index + 1}` }, { text: '' }]),
        },
        {
          kind: 'markdown',
          source:
            '# Titre du partenaire\n\nUn **paragraphe** en *italique*.\n\n- un\n- deux\n\n<script>alert(1)</script>',
        },
        {
          kind: 'signatures',
          items: [
            { role: 'Le président de séance', name: 'Jeanne Martin', box: true },
            { role: 'La secrétaire de séance', name: 'Awa Diallo', box: true },
          ],
        },
      ],
    },
    { id: 'b', title: 'Annexe', annex: true, blocks: [{ kind: 'list', ordered: true, items: ['premier', 'second'] }] },
  ],
};

const titles = (items: readonly OutlineItem[]): string[] =>
  items.flatMap((item) => [item.title, ...titles(item.children)]);
const plain = (text: string): string => text.replace(/[\u00a0\u202f]/g, ' ');

describe.skipIf(skip !== undefined)(
  `DOCX and ODT read by LibreOffice, python-docx and odfpy${skip ? ` (skipped: ${skip})` : ''}`,
  () => {
    let dir = '';
    let docx: Record<string, DocxDump> = {};
    let odt: Record<string, OdtDump> = {};
    const pdfs = new Map<string, Buffer>();

    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'roadmap-office-documents-'));
      const root = join(dir, 'roadmap');
      cpSync(join(ROOT, 'roadmap'), root, { recursive: true });
      mkdirSync(join(root, 'assets'), { recursive: true });
      writeFileSync(join(root, 'assets', 'logo-territoire.png'), png());
      writeFileSync(
        join(root, 'assets', 'logo-cci.svg'),
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 20"><rect width="40" height="20" fill="#1f3a5f"/></svg>',
      );
      // The bundled roadmap's own logos are replaced by a PNG and an SVG, so that both formats are embedded.
      const convention = readFileSync(join(root, 'convention.yaml'), 'utf8').replace(/^logos:\n(?: {2}- .*\n)+/m, '');
      writeFileSync(
        join(root, 'convention.yaml'),
        `${convention}logos: [assets/logo-territoire.png, assets/logo-cci.svg]\n`,
      );
      const run = async (...argv: string[]) => {
        const result = await runMain([...argv, '--dir', root, '--out', join(dir, 'out'), '--docx', '--odt'], {
          today: TODAY,
          cwd: dir,
        });
        assertNoCrash(result);
        expect(result.code, result.stderr).toBe(0);
      };
      await run('brief', '--meeting', PLANNED, '--as-of', '2026-12-01');
      await run('meeting', 'convene', PLANNED, '--as-of', '2026-12-01');
      await run('meeting', 'sheet', PLANNED, '--as-of', '2026-12-01');
      await run('meeting', 'minutes', HELD);
      mkdirSync(join(dir, 'out', 'synthetic'));
      writeFileSync(join(dir, 'out', 'synthetic', 'synthetic.docx'), await documentToDocx(SYNTHETIC));
      writeFileSync(join(dir, 'out', 'synthetic', 'synthetic.odt'), documentToOdt(SYNTHETIC));
      const files = (extension: string) =>
        [...DOCUMENTS, 'synthetic/synthetic'].map((name) => join(dir, 'out', `${name}.${extension}`));
      docx = python(DOCX_DUMP, ...files('docx'));
      odt = python(ODT_DUMP, ...files('odt'));
      // One LibreOffice run for all eight; the PDFs of a .docx and an .odt of one name would collide, so each format has its folder.
      sofficeConvert(files('docx'), 'pdf', join(dir, 'pdf-docx'));
      sofficeConvert(files('odt'), 'pdf', join(dir, 'pdf-odt'));
      for (const format of ['docx', 'odt']) {
        for (const name of [...DOCUMENTS, 'synthetic/synthetic']) {
          const base = name.split('/')[1]!;
          pdfs.set(`${base}.${format}`, readFileSync(join(dir, `pdf-${format}`, `${base}.pdf`)));
        }
      }
    }, 300_000);
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('python-docx finds real heading styles, the same headings as the markdown, and the text', () => {
      const brief = docx['brief.docx']!;
      const markdown = readFileSync(join(dir, 'out', PLANNED, 'brief.md'), 'utf8');
      const sections = [...markdown.matchAll(/^## (.+)$/gm)].map((match) => plain(match[1]!.replace(/\\(.)/g, '$1')));
      expect(brief.headings[0]![0]).toBe('Heading 1');
      expect(brief.headings.filter(([style]) => style === 'Heading 2').map(([, text]) => plain(text))).toEqual(
        sections,
      );
      expect(docx['proces-verbal.docx']!.text).toContain('Procès-verbal');
    });

    it('python-docx sees tables whose header rows repeat, A4 pages, a page number, French and the logo', () => {
      for (const [name, dump] of Object.entries(docx)) {
        expect(dump.page, name).toEqual([210, 297]);
        expect(dump.lang, name).toBe('fr-FR');
        expect(dump.footer, name).toMatch(/PAGE/);
        expect(dump.footer, name).toMatch(/NUMPAGES/);
        // The letterhead's PNG logo; the SVG one is named (see below).
        if (name !== 'synthetic.docx') expect(dump.images, name).toBe(1);
      }
      // The letterhead's PNG is embedded; an SVG logo, which Word cannot show without a PNG stand-in, is named instead.
      const synthetic = docx['synthetic.docx']!;
      expect(synthetic.images).toBe(1);
      expect(synthetic.text).toContain('Logo CCI');
      expect(plain(synthetic.text)).toContain('Titre <b>&amp;</b> [31m\u202e « ]]> » =cmd|');
      expect(synthetic.headings.map(([style, text]) => `${style}: ${text}`)).toEqual([
        `Heading 1: Couverture ${HOSTILE.replace(/[\u0000\u001b]/g, '')}`
          .replace(/ « /, ' «\u00a0')
          .replace(/ »/, '\u00a0»'),
        'Heading 2: Première partie',
        'Heading 3: Titre du partenaire',
        'Heading 2: Annexe',
      ]);
      expect(synthetic.tables[0]).toEqual({ headerRows: 2, head: ['Membres', 'Membres', 'Nom', 'Signature'] });
      // Raw HTML in a partner's markdown is shown as text, as in the HTML documents.
      expect(synthetic.text).toContain('<script>alert(1)</script>');
      const sheet = docx['feuille-emargement.docx']!;
      expect(sheet.tables.length).toBeGreaterThan(0);
      expect(sheet.tables.every((table) => table.headerRows >= 1)).toBe(true);
      expect(sheet.tables.flatMap((table) => table.head)).toContain('Signature');
    });

    it('odfpy reads the ODT: outline levels, header rows, A4, page number, French, both logos', () => {
      for (const [name, dump] of Object.entries(odt)) {
        expect(dump.mimetype, name).toBe('application/vnd.oasis.opendocument.text');
        expect(dump.headings[0]![0], name).toBe('1');
        expect(dump.layouts, name).toEqual([['21cm', '29.7cm']]);
        expect(dump.defaults, name).toContainEqual(['paragraph', 'fr', 'FR']);
        expect(dump.pageNumbers, name).toEqual(['1']);
        expect(dump.images, name).toEqual(['Pictures/logo1.png', 'Pictures/logo2.svg']);
      }
      expect(odt['synthetic.odt']!.images).toEqual(['Pictures/logo1.png', 'Pictures/logo2.svg']);
      expect(odt['synthetic.odt']!.headings.map(([level]) => level)).toEqual(['1', '2', '3', '2']);
      const brief = odt['brief.odt']!;
      expect(brief.headings.filter(([level]) => level === '2').map(([, text]) => text)).toEqual(
        docx['brief.docx']!.headings.filter(([style]) => style === 'Heading 2').map(([, text]) => text),
      );
      expect(brief.headerRows).toBe(brief.tables);
    });

    it('LibreOffice prints every DOCX and ODT on A4 with the text, « n / N » and the outline', () => {
      for (const [name, pdf] of pdfs) {
        const info = spawnSync('pdfinfo', ['-'], { input: pdf, encoding: 'utf8' }).stdout;
        expect(info, name).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
        const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
        const text = plain(spawnSync('pdftotext', ['-layout', '-', '-'], { input: pdf, encoding: 'utf8' }).stdout);
        // pdftotext may close up the spaces of a small footer: « 1 / 2 » or « 1/2 ».
        expect(text, name).toMatch(new RegExp(`\\b1 ?/ ?${pages}\\b`));
        expect(text, name).toContain(name.startsWith('synthetic') ? 'Première partie' : 'Comité territorial');
      }
      const outline = titles(pdfOutline(pdfs.get('brief.odt')!)).map(plain);
      expect(outline).toEqual(
        expect.arrayContaining(docx['brief.docx']!.headings.slice(0, 5).map(([, text]) => plain(text))),
      );
      const fromDocx = titles(pdfOutline(pdfs.get('brief.docx')!)).map(plain);
      expect(fromDocx).toEqual(
        expect.arrayContaining(odt['brief.odt']!.headings.slice(0, 5).map(([, text]) => plain(text))),
      );
    });
  },
);
