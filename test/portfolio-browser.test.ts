/**
 * The portfolio's site (`portfolio --out`) in a real headless Chromium,
 * opened from the disk as a reader would open a downloaded copy, as
 * site-browser.test.ts does for a convention's site: every page reachable
 * from the home page is opened; every internal link resolves, nothing is
 * requested outside the folder, axe-core finds no violation, html-validate's
 * recommended rules pass, the stylesheet applies under the CSP, and nothing
 * is wider than a 390 px phone. The portfolio holds a text full of hostile
 * characters and a source with a problem, so each table has rows.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildBin } from './helpers/buildBin.js';
import { FIXTURES, ROOT, runMain, tempDir } from './helpers/cli.js';
import { crawl } from './helpers/siteCrawl.js';
import { addAxeToEveryDocument, describeWithChromium, DESKTOP, launchChromium } from './helpers/browser.js';

describeWithChromium('the portfolio’s site in headless Chromium', () => {
  const { dir, cleanup } = tempDir('portfolio-browser-');
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    // The worker threads run the compiled code.
    buildBin();
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: DESKTOP });
    await addAxeToEveryDocument(context);
    page = await context.newPage();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    cleanup();
  });

  it('the crawl finds each fault of a small bad site: so a clean crawl means something', async () => {
    const bad = join(dir, 'bad');
    mkdirSync(bad, { recursive: true });
    writeFileSync(join(bad, 'site.css'), '.faint { color: #bbb; background: #fff; } .wide { width: 600px; }\n');
    const csp = (style: string): string =>
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${style}; img-src 'self' data:">`;
    const html = (title: string, body: string, style = "'self'"): string =>
      `<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n${csp(style)}\n<title>${title}</title>\n<link rel="stylesheet" href="site.css">\n</head>\n<body>\n<main>\n<h1>${title}</h1>\n${body}\n</main>\n</body>\n</html>\n`;
    writeFileSync(
      join(bad, 'index.html'),
      html(
        'Home',
        '<p><a href="missing.html">missing</a> <a href="index.html#nowhere">nowhere</a> <a href="wide.html">wide</a></p>',
      ),
    );
    writeFileSync(
      join(bad, 'wide.html'),
      html(
        'Wide',
        '<p class="faint">faint</p>\n<div class="wide">wide</div>\n<img src="https://evil.example/pixel.png">\n<center>old</center>',
      ),
    );
    const found = await crawl(page, bad, { feed: false });
    expect(found.pages).toEqual(['index.html', 'wide.html']);
    expect(found.brokenLinks).toEqual(['index.html → missing.html', 'index.html → index.html#nowhere']);
    expect(found.outside.length).toBeGreaterThan(0);
    expect(found.axe.join('\n')).toMatch(/color-contrast/);
    expect(found.axe.join('\n')).toMatch(/image-alt/);
    expect(found.invalid.join('\n')).toMatch(/deprecated/);
    expect(found.overflow).toEqual([expect.stringMatching(/^wide\.html: /)]);
    // No header.site on these pages: the stylesheet's mark is missing on each.
    expect(found.unstyled).toHaveLength(2);
  }, 60_000);

  for (const lang of ['fr', 'en'] as const)
    it(`${lang}: every page passes axe-core and html-validate, its links resolve, nothing comes from elsewhere, nothing is wider than a phone`, async () => {
      const path = join(dir, `portfolio-${lang}.yaml`);
      const sources = {
        bundled: join(ROOT, 'roadmap'),
        base: join(FIXTURES, 'base', 'roadmap'),
        money: join(FIXTURES, 'money', 'roadmap'),
        site: join(FIXTURES, 'site', 'roadmap'),
        gone: join(dir, 'nowhere'),
      };
      writeFileSync(
        path,
        [
          `id: p-${lang}`,
          'title: "Portefeuille <b>&amp; « test »</b> d’un territoire au nom très long, Val-de-Marne-et-Seine-Saint-Denis"',
          'conventions:',
          ...Object.entries(sources).flatMap(([id, source]) => [
            `  - id: ${id}`,
            `    source: ${JSON.stringify(source)}`,
            `    territory: ${JSON.stringify(id === 'base' ? 'Val-de-Marne <script>' : 'Seine-Saint-Denis')}`,
          ]),
        ].join('\n'),
      );
      const out = join(dir, `out-${lang}`);
      const result = await runMain(['portfolio', path, '--out', out, '--as-of', '2026-11-25', '--lang', lang], {
        today: '2026-11-25',
      });
      expect(result.code, result.stderr).toBe(0);
      const found = await crawl(page, join(out, 'site'), { feed: false });
      expect(found.pages.sort()).toEqual(
        ['index.html', ...['bundled', 'base', 'money', 'site'].map((id) => `conventions/${id}.html`)].sort(),
      );
      expect(found.brokenLinks).toEqual([]);
      expect(found.outside).toEqual([]);
      expect(found.axe).toEqual([]);
      expect(found.invalid).toEqual([]);
      expect(found.overflow).toEqual([]);
      expect(found.unstyled).toEqual([]);
    }, 120_000);
});
