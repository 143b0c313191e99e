/**
 * Committee documents fit to send, read as their readers get them: the
 * fixture partnership (test/fixtures/documents over the meeting fixture: a
 * secretariat, two logos — an SVG carrying a script that must not survive,
 * a PNG —, personal salutations) gets its brief, convocation (one letter per
 * member, with mail drafts), attendance sheet and minutes printed to PDF in
 * French and English. Each element of the letter and of the record is read
 * back through `pdftotext` and the HTML; each PDF's pages are counted and no
 * page but the last of a short document holds fewer than 4 lines; the
 * convocation ends on its signature and the minutes on their signature
 * block; PDFs are tagged with an outline; axe-core and html-validate find
 * nothing; reruns — and the minutes made a year later — give the same bytes.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { HtmlValidate } from 'html-validate';
import { simpleParser } from 'mailparser';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  addAxeToEveryDocument,
  axeViolations,
  CHROMIUM,
  describeWithChromium,
  DESKTOP,
  launchChromium,
} from './helpers/browser.js';
import { FIXTURES, roadmapFrom, runMain, tempDir } from './helpers/cli.js';
import { pdfOutline } from './helpers/pdfOutline.js';

const BASE = join(FIXTURES, 'meeting', 'roadmap');
const OVERLAY = join(FIXTURES, 'documents', 'files');
const TODAY = '2019-09-15';
const SENT_ON = '2019-09-12';
const NEXT = 'comite-2019-10-10';
const HELD = 'comite-2019-03-14';
const LANGS = ['fr', 'en'] as const;
type Lang = (typeof LANGS)[number];

const NAMES: Record<Lang, { convocation: string; sheet: string; minutes: string }> = {
  fr: { convocation: 'convocation', sheet: 'feuille-emargement', minutes: 'proces-verbal' },
  en: { convocation: 'convocation', sheet: 'attendance-sheet', minutes: 'minutes' },
};

const pdftotext = (pdf: string, ...args: string[]): string =>
  spawnSync('pdftotext', [...args, pdf, '-'], { encoding: 'utf8' }).stdout;
const pageCount = (pdf: string): number =>
  Number(/Pages:\s+(\d+)/.exec(spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout)?.[1]);
/** A page's text lines, the footer Chromium prints on every page (`… 2/3`) left out. */
const pageLines = (pdf: string, page: number): string[] =>
  pdftotext(pdf, '-layout', '-f', String(page), '-l', String(page))
    .split('\n')
    .filter((line) => line.trim() !== '' && !/\s\d+\/\d+\s*$/.test(line));
const squeeze = (text: string): string => text.replace(/[\s\u00a0\u202f]+/g, ' ');

describeWithChromium('committee documents fit to send', () => {
  const { dir, cleanup } = tempDir('documents-print-');
  const roadmap = roadmapFrom(join(dir, 'fixture'), {}, BASE);
  cpSync(OVERLAY, roadmap, { recursive: true });
  const out = (lang: Lang, run = 'first') => join(dir, `out-${lang}-${run}`);
  const folder = (lang: Lang, meeting: string, run = 'first') => join(out(lang, run), meeting);
  const file = (lang: Lang, meeting: string, name: string, run = 'first') => join(folder(lang, meeting, run), name);
  let browser: Browser;
  let page: Page;

  async function render(lang: Lang, run: string, today: string, asOf: string, only?: string): Promise<void> {
    const common = ['--dir', roadmap, '--out', out(lang, run), '--lang', lang, '--pdf', '--chromium', CHROMIUM!];
    for (const argv of [
      ['meeting', 'convene', NEXT, '--per-member', '--on', SENT_ON, '--as-of', asOf],
      ['meeting', 'sheet', NEXT, '--as-of', asOf],
      ['meeting', 'minutes', HELD, '--as-of', asOf],
      ['brief', '--meeting', NEXT, '--as-of', asOf],
    ].filter((argv) => only === undefined || argv.includes(only))) {
      const result = await runMain([...argv, ...common], { today });
      expect(result.code, `${argv.join(' ')}: ${result.stderr}`).toBe(0);
    }
  }

  beforeAll(async () => {
    const launched = launchChromium();
    try {
      for (const lang of LANGS) await render(lang, 'first', TODAY, TODAY);
      // The same day again; then a year later, when only the minutes must not change.
      await render('fr', 'again', TODAY, TODAY, 'convene');
      await render('fr', 'later', '2020-09-15', '2020-09-15', 'minutes');
    } finally {
      browser = await launched;
    }
    const context = await browser.newContext({ viewport: DESKTOP });
    await addAxeToEveryDocument(context);
    page = await context.newPage();
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    cleanup();
  });

  const documents = (lang: Lang) => [
    { name: 'brief', meeting: NEXT, short: false },
    { name: NAMES[lang].convocation, meeting: NEXT, short: true },
    { name: `${NAMES[lang].convocation}-cci`, meeting: NEXT, short: true },
    { name: NAMES[lang].sheet, meeting: NEXT, short: true },
    { name: NAMES[lang].minutes, meeting: HELD, short: true },
  ];

  for (const lang of LANGS) {
    it(`${lang}: every document carries the letterhead — both logos inline, the SVG without its script —, the convention and the secretariat`, () => {
      for (const { name, meeting } of documents(lang)) {
        const html = readFileSync(file(lang, meeting, `${name}.html`), 'utf8');
        expect(html, name).toContain(
          "content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'\"",
        );
        const images = [...html.matchAll(/<img src="data:(image\/[a-z+]+);base64,([A-Za-z0-9+/=]+)" alt="([^"]+)">/g)];
        expect(
          images.map((image) => image[1]),
          name,
        ).toEqual(['image/svg+xml', 'image/png']);
        const svg = Buffer.from(images[0]![2]!, 'base64').toString('utf8');
        expect(svg).toContain('<circle cx="30" cy="30" r="18" fill="#f2b134"/>');
        for (const gone of ['script', 'pwned', 'alert(', 'onload', 'onclick', 'tracker.example', '<image']) {
          expect(svg, `${name}: ${gone}`).not.toContain(gone);
          expect(html, `${name}: ${gone}`).not.toContain(gone);
        }
        expect(Buffer.from(images[1]![2]!, 'base64').subarray(0, 8)).toEqual(
          readFileSync(join(OVERLAY, 'assets', 'logo-cci.png')).subarray(0, 8),
        );
        const text = squeeze(pdftotext(file(lang, meeting, `${name}.pdf`), '-f', '1', '-l', '1'));
        expect(text, name).toContain('Convention de test');
        expect(text, name).toContain('Service du développement économique');
        expect(text, name).toContain('secretariat@ept.example');
      }
    });

    it(`${lang}: each PDF counts its pages, none but the last of a short document under 4 lines, tagged with an outline`, () => {
      const expected: Record<string, [number, number]> = { brief: [3, 12] };
      for (const { name, meeting, short } of documents(lang)) {
        const pdf = file(lang, meeting, `${name}.pdf`);
        const pages = pageCount(pdf);
        const [least, most] = expected[name] ?? [1, name.startsWith(NAMES[lang].minutes) ? 3 : 1];
        expect(pages, name).toBeGreaterThanOrEqual(least);
        expect(pages, name).toBeLessThanOrEqual(most);
        for (let number = 1; number <= pages; number++) {
          if (short && number === pages) continue;
          expect(pageLines(pdf, number).length, `${name}, page ${number}`).toBeGreaterThanOrEqual(4);
        }
        const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout;
        expect(info, name).toMatch(/^Tagged:\s+yes$/m);
        expect(info, name).toMatch(/Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/);
        expect(pdfOutline(readFileSync(pdf)).length, name).toBeGreaterThan(0);
      }
    });
  }

  it('fr: the convocation is a letter, in its order, ending on its signature', () => {
    const pdf = file('fr', NEXT, 'convocation.pdf');
    const text = squeeze(pdftotext(pdf));
    const inOrder = [
      'Michel Leprêtre Président Établissement public territorial Présidence du Comité territorial',
      'Mesdames et Messieurs les membres du Comité territorial',
      'Vitry-sur-Seine, le 12 septembre 2019',
      'Objet : Convocation à la réunion du Comité territorial du jeudi 10 octobre 2019',
      'Destinataires :',
      'Madame, Monsieur,',
      'J’ai l’honneur de vous convier à la réunion du Comité territorial d’automne de la convention de test, qui se tiendra le jeudi 10 octobre 2019, de 14 h 30 à 16 h 30, à Vitry-sur-Seine.',
      'Ordre du jour',
      '1. Approbation du procès-verbal de la réunion du 14 mars 2019',
      'Documents à lire',
      'Dossier de séance de la réunion du jeudi 10 octobre 2019, joint à ce courrier',
      'Procès-verbal de la réunion du 14 mars 2019, soumis à votre approbation',
      'avant le jeudi 3 octobre 2019, auprès de : Service du développement économique, secretariat@ept.example, 01 23 45 67 89.',
      'Je vous prie d’agréer, Madame, Monsieur, l’expression de mes salutations distinguées.',
      'Pour la présidence du Comité territorial, Michel Leprêtre Président, Établissement public territorial',
    ];
    let from = 0;
    for (const part of inOrder) {
      const at = text.indexOf(part, from);
      expect(at, part).toBeGreaterThanOrEqual(from);
      from = at + part.length;
    }
    // The title said once; documents by title, never by file name.
    expect(text.split('Comité territorial d’automne').length - 1).toBe(1);
    expect(text).not.toMatch(/\.html|\.pdf|brief\./);
    // The last block of the last page is the signature.
    const lines = pageLines(pdf, pageCount(pdf)).map((line) => line.trim());
    expect(lines.slice(-3)).toEqual([
      'Pour la présidence du Comité territorial,',
      'Michel Leprêtre',
      'Président, Établissement public territorial',
    ]);
    expect(lines.at(-4)).toBe('Je vous prie d’agréer, Madame, Monsieur, l’expression de mes salutations distinguées.');
  });

  it('fr: one letter per member with its salutation and address; a mail draft to its contacts with the PDF, never to the secretariat itself', async () => {
    const names = readdirSync(folder('fr', NEXT))
      .filter((name) => name.startsWith('convocation'))
      .sort();
    expect(names.filter((name) => name.endsWith('.pdf'))).toEqual([
      'convocation-cci.pdf',
      'convocation-cdc.pdf',
      'convocation-cma.pdf',
      'convocation-ept.pdf',
      'convocation.pdf',
    ]);
    // The CCI has contacts; the EPT's only contact is the secretariat; the CMA and the CDC have none.
    expect(names.filter((name) => name.endsWith('.eml'))).toEqual(['convocation-cci.eml']);
    const letter = squeeze(pdftotext(file('fr', NEXT, 'convocation-cci.pdf')));
    expect(letter).toContain(
      'Gérard Delmas Président Chambre de commerce et d’industrie Vitry-sur-Seine, le 12 septembre 2019',
    );
    expect(letter).toContain('Monsieur le Président, J’ai l’honneur');
    expect(letter).toContain('Je vous prie d’agréer, Monsieur le Président, l’expression');
    expect(letter).not.toContain('Destinataires');
    const mail = await simpleParser(readFileSync(file('fr', NEXT, 'convocation-cci.eml')));
    expect(mail.from?.value.map((address) => address.address)).toEqual(['secretariat@ept.example']);
    expect(
      (Array.isArray(mail.to) ? mail.to : [mail.to]).flatMap((to) => to?.value.map((address) => address.address)),
    ).toEqual(['anne.durand@cci.example', 'g.delmas@cci.example']);
    expect(mail.subject).toBe('Convocation — Comité territorial, jeudi 10 octobre 2019');
    expect(mail.text).toContain('Monsieur le Président,');
    expect(mail.attachments.map((attachment) => [attachment.filename, attachment.contentType])).toEqual([
      ['convocation-cci.pdf', 'application/pdf'],
    ]);
    expect(Buffer.compare(mail.attachments[0]!.content, readFileSync(file('fr', NEXT, 'convocation-cci.pdf')))).toBe(0);
  });

  it('en: the letter in English, with the same parts', () => {
    const text = squeeze(pdftotext(file('en', NEXT, 'convocation.pdf')));
    for (const part of [
      'Vitry-sur-Seine, 12 September 2019',
      'Subject: Notice of the meeting of the Comité territorial of Thursday 10 October 2019',
      'Madam, Sir,',
      'to be held on Thursday 10 October 2019, from 14:30 to 16:30, at Vitry-sur-Seine.',
      'Agenda',
      'Documents to read',
      'Please confirm your attendance, or send your apologies and name a substitute, by Thursday 3 October 2019, to: Service du développement économique, secretariat@ept.example, 01 23 45 67 89.',
      'Please accept, Madam, Sir, the assurance of my highest consideration.',
    ])
      expect(text, part).toContain(part);
    const lines = pageLines(file('en', NEXT, 'convocation.pdf'), 1).map((line) => line.trim());
    expect(lines.slice(-3)).toEqual([
      'For the chair of the Comité territorial,',
      'Michel Leprêtre',
      'Président, Établissement public territorial',
    ]);
  });

  for (const lang of LANGS) {
    it(`${lang}: the minutes are a record — numbered decisions, minutes approved, earlier actions followed up — ending on the signature block`, () => {
      const pdf = file(lang, HELD, `${NAMES[lang].minutes}.pdf`);
      const text = squeeze(pdftotext(pdf));
      const words =
        lang === 'fr'
          ? [
              'Présidence de séance Michel Leprêtre',
              'Secrétaire de séance Paul Martin',
              'Le comité approuve le procès-verbal de la réunion du 15 novembre 2018.',
              'Décision n° 1',
              'L’observatoire est confié à l’EPT',
              'Actions closes depuis la réunion précédente : 1 ; toujours ouvertes : 1, dont 1 en retard.',
              'soldée le 30 novembre 2018',
              'ouverte, en retard',
            ]
          : [
              'Chaired by Michel Leprêtre',
              'Secretary Paul Martin',
              'The committee approves the minutes of the meeting of 15 November 2018.',
              'Decision no. 1',
              'Actions closed since the previous meeting: 1; still open: 1, of which 1 overdue.',
              'done on 30 November 2018',
              'open, overdue',
            ];
      for (const word of words) expect(text, word).toContain(word);
      // The signature block is last: after its roles, only the names and the chair's position.
      const lines = pageLines(pdf, pageCount(pdf)).map((line) => squeeze(line).trim());
      const roles =
        lang === 'fr' ? 'Présidence de séance Secrétaire de séance' : 'Chair of the meeting Secretary of the meeting';
      const at = lines.lastIndexOf(roles);
      expect(at, lines.join('\n')).toBeGreaterThan(-1);
      expect(lines.slice(at + 1).join(' ')).toBe(
        'Michel Leprêtre Paul Martin Président, Établissement public territorial',
      );
    });
  }

  it('reruns give the same bytes; the minutes made a year later too', () => {
    const same = (a: string, b: string) =>
      expect(Buffer.compare(readFileSync(a), readFileSync(b)), `${a} ≠ ${b}`).toBe(0);
    const letters = readdirSync(folder('fr', NEXT)).filter((name) => name.startsWith('convocation'));
    // The letter to all and four members' letters, each in markdown, HTML and PDF, and the CCI's mail draft.
    expect(letters.length).toBe((1 + 4) * 3 + 1);
    for (const name of letters) same(file('fr', NEXT, name), file('fr', NEXT, name, 'again'));
    for (const extension of ['md', 'html', 'pdf'])
      same(file('fr', HELD, `proces-verbal.${extension}`), file('fr', HELD, `proces-verbal.${extension}`, 'later'));
  });

  it('a convocation to twelve members holds on one page', async () => {
    const members = Array.from({ length: 10 }, (_, index) => [
      `partners/membre-${index + 1}.yaml`,
      [
        `id: membre-${index + 1}`,
        `name: Communauté de communes numéro ${index + 1} du territoire`,
        `short_name: CC ${index + 1}`,
        'kind: territory',
        'role: member',
        `representative: { name: Représentante ${index + 1}, title: Vice-présidente chargée du développement économique }`,
        '',
      ].join('\n'),
    ]);
    const twelve = roadmapFrom(join(dir, 'twelve'), Object.fromEntries(members), roadmap);
    const result = await runMain(
      [
        'meeting',
        'convene',
        NEXT,
        '--dir',
        twelve,
        '--out',
        join(dir, 'twelve-out'),
        '--on',
        SENT_ON,
        '--pdf',
        '--chromium',
        CHROMIUM!,
      ],
      { today: TODAY },
    );
    expect(result.code, result.stderr).toBe(0);
    const pdf = join(dir, 'twelve-out', NEXT, 'convocation.pdf');
    expect(squeeze(pdftotext(pdf))).toContain('Communauté de communes numéro 10 du territoire');
    expect(pageCount(pdf)).toBe(1);
  });

  it('axe-core and html-validate find nothing in any document, in either language', async () => {
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
    for (const lang of LANGS) {
      for (const { name, meeting } of documents(lang)) {
        const path = file(lang, meeting, `${name}.html`);
        const report = await validator.validateString(readFileSync(path, 'utf8'));
        expect(
          report.results.flatMap((result) => result.messages.map((message) => `${message.ruleId}: ${message.message}`)),
          name,
        ).toEqual([]);
        await page.goto(pathToFileURL(path).href);
        expect(await axeViolations(page), `${lang} ${name}`).toEqual([]);
      }
    }
  }, 240_000);
});
