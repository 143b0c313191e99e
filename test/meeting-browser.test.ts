/**
 * The meeting documents in a real headless Chromium, like the brief: scripts
 * off, every request but the file itself refused; the convocation and the
 * minutes fit A4; the attendance sheet, made long on purpose, repeats its
 * header on every printed page of the PDF that `--pdf` writes.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { FIXTURES, roadmapFrom, runMain, tempDir } from './helpers/cli.js';
import { CHROMIUM, describeWithChromium, launchChromium } from './helpers/browser.js';

const DIR = join(FIXTURES, 'meeting', 'roadmap');
const TODAY = '2019-09-15';
const NEXT = 'comite-2019-10-10';
const HELD = 'comite-2019-03-14';

describeWithChromium('meeting documents in headless Chromium', () => {
  const { dir, cleanup } = tempDir('meeting-browser-');
  const out = join(dir, 'out');
  let browser: Browser;
  const attempted: string[] = [];
  const complaints: string[] = [];

  async function pdfOf(path: string): Promise<{ pages: number; heading: string | null }> {
    const url = pathToFileURL(path).href;
    const context = await browser.newContext({ javaScriptEnabled: false });
    await context.route('**/*', (route) => {
      if (route.request().url() === url) return route.continue();
      attempted.push(route.request().url());
      return route.abort();
    });
    const page = await context.newPage();
    page.on(
      'console',
      (message) =>
        void (message.type() === 'error' || message.type() === 'warning' ? complaints.push(message.text()) : undefined),
    );
    page.on('pageerror', (error) => void complaints.push(error.message));
    await page.goto(url);
    const heading = await page.locator('h1').textContent();
    await page.emulateMedia({ media: 'print' });
    const pdf = Buffer.from(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
    await context.close();
    return { pages: pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0, heading };
  }

  beforeAll(async () => {
    for (const [document, meeting] of [
      ['convene', NEXT],
      ['minutes', HELD],
    ]) {
      expect((await runMain(['meeting', document!, meeting!, '--dir', DIR, '--out', out], { today: TODAY })).code).toBe(
        0,
      );
    }
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    cleanup();
  });

  it('the convocation: one A4 page, no request, no complaint', async () => {
    expect(await pdfOf(join(out, NEXT, 'convocation.html'))).toEqual({
      pages: 1,
      heading: 'Objet\u00a0: Convocation à la réunion du Comité territorial du jeudi 10 octobre 2019',
    });
    expect(attempted).toEqual([]);
    expect(complaints).toEqual([]);
  });

  it('the minutes: one or two A4 pages, no request, no complaint', async () => {
    const { pages, heading } = await pdfOf(join(out, HELD, 'proces-verbal.html'));
    expect(heading).toBe('Comité territorial de printemps');
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    expect(attempted).toEqual([]);
    expect(complaints).toEqual([]);
  });

  it('the attendance sheet with --pdf: A4, and the header on every page of a long list', async () => {
    const contacts = Array.from(
      { length: 45 },
      (_, index) => `  - { name: Personne ${index + 1}, email: p${index + 1}@cci.example }\n`,
    ).join('');
    const roadmap = roadmapFrom(
      join(dir, 'long'),
      {
        'partners/cci.yaml': `${readFileSync(join(DIR, 'partners', 'cci.yaml'), 'utf8')}${contacts}`,
      },
      DIR,
    );
    const sheetOut = join(dir, 'long', 'out');
    const result = await runMain(
      ['meeting', 'sheet', NEXT, '--dir', roadmap, '--out', sheetOut, '--pdf', '--chromium', CHROMIUM!],
      { today: TODAY },
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const pdf = join(sheetOut, NEXT, 'feuille-emargement.pdf');
    const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout;
    expect(info).toMatch(/Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    expect(pages).toBeGreaterThanOrEqual(3);
    for (let page = 1; page <= pages; page++) {
      const text = spawnSync('pdftotext', ['-f', String(page), '-l', String(page), '-layout', pdf, '-'], {
        encoding: 'utf8',
      }).stdout;
      expect(text, `page ${page}`).toContain('Comité territorial d’automne — 10 octobre 2019 — feuille d’émargement');
      expect(text, `page ${page}`).toMatch(/Nom\s+Organisation\s+Qualité\s+Signature/i);
    }
    expect((await pdfOf(join(sheetOut, NEXT, 'feuille-emargement.html'))).heading).toBe('Comité territorial d’automne');
    expect(attempted).toEqual([]);
    expect(complaints).toEqual([]);
  });
});
