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
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { HtmlValidate } from 'html-validate';
import type { Browser, Page, Request, Route } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildBin } from './helpers/buildBin.js';
import { FIXTURES, ROOT, runMain, tempDir } from './helpers/cli.js';
import {
  addAxeToEveryDocument,
  axeViolations,
  describeWithChromium,
  DESKTOP,
  launchChromium,
  onDesktopAndPhone,
} from './helpers/browser.js';

const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });

interface Crawl {
  pages: string[];
  brokenLinks: string[];
  outside: string[];
  axe: string[];
  invalid: string[];
  overflow: string[];
  unstyled: string[];
}

/** Opens every page reachable from the site's home page once, on desktop then phone, counting each fault. */
async function crawl(page: Page, site: string): Promise<Crawl> {
  const rootUrl = pathToFileURL(`${site}/`).href;
  const result: Crawl = { pages: [], brokenLinks: [], outside: [], axe: [], invalid: [], overflow: [], unstyled: [] };
  const refuseOutside = (route: Route): Promise<void> => {
    const url = route.request().url();
    if (url.startsWith(rootUrl)) return route.continue();
    result.outside.push(url);
    return route.abort();
  };
  const announce = (request: Request): void => {
    if (!request.url().startsWith(rootUrl) && !request.url().startsWith('data:')) result.outside.push(request.url());
  };
  // Each crawl refuses and counts what lies outside its own site, then leaves the page as it found it.
  await page.context().route('**/*', refuseOutside);
  page.on('request', announce);
  try {
    await visitAll(page, rootUrl, result);
  } finally {
    await page.context().unroute('**/*', refuseOutside);
    page.off('request', announce);
  }
  return result;
}

async function visitAll(page: Page, rootUrl: string, result: Crawl): Promise<void> {
  const relative = (url: string): string => url.slice(rootUrl.length);
  const queue = [`${rootUrl}index.html`];
  const seen = new Set(queue);
  while (queue.length > 0) {
    const url = queue.shift()!;
    result.pages.push(relative(url));
    await page.goto(url);
    const file = fileURLToPath(url);
    const report = await validator.validateString(readFileSync(file, 'utf8'), file);
    for (const message of report.results.flatMap((entry) => entry.messages))
      result.invalid.push(`${relative(url)}:${message.line}:${message.column} ${message.ruleId} ${message.message}`);
    await onDesktopAndPhone(
      page,
      async () => {
        const { links, border } = await page.evaluate(() => ({
          links: [...document.querySelectorAll('a[href]')].map((anchor) => (anchor as HTMLAnchorElement).href),
          border: (() => {
            const header = document.querySelector('header.site');
            return header ? getComputedStyle(header).borderTopWidth : null;
          })(),
        }));
        if (border !== '6px') result.unstyled.push(url);
        for (const link of links) {
          if (!link.startsWith(rootUrl)) continue;
          const [target, anchor] = link.split('#') as [string, string?];
          const path = fileURLToPath(target);
          if (
            !existsSync(path) ||
            (anchor && !readFileSync(path, 'utf8').includes(`id="${decodeURIComponent(anchor)}"`))
          ) {
            result.brokenLinks.push(`${relative(url)} → ${relative(link)}`);
            continue;
          }
          if (target.endsWith('.html') && !seen.has(target)) {
            seen.add(target);
            queue.push(target);
          }
        }
        for (const { id, nodes } of await axeViolations(page))
          result.axe.push(`${relative(url)}: ${id} ${JSON.stringify(nodes.slice(0, 2).map((node) => node.target))}`);
      },
      async () => {
        const widths = await page.evaluate(() => ({
          scroll: document.documentElement.scrollWidth,
          client: document.documentElement.clientWidth,
        }));
        if (widths.scroll > widths.client)
          result.overflow.push(`${relative(url)}: ${widths.scroll} > ${widths.client}`);
      },
    );
  }
}

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
    const found = await crawl(page, bad);
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
      const found = await crawl(page, join(out, 'site'));
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
