/**
 * The website in a real headless Chromium, opened from the disk as a reader
 * would open a downloaded copy: for the bundled roadmap and a hand-made one
 * full of hostile text, every page is crawled; every internal link resolves,
 * nothing is requested outside the folder, axe-core finds no violation,
 * html-validate's recommended rules pass, the stylesheet applies under the
 * CSP, and nothing is wider than a 390 px phone.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { HtmlValidate } from 'html-validate';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { FIXTURES, ROOT, runMain, tempDir } from './helpers/cli.js';
import { describeWithChromium, launchChromium } from './helpers/browser.js';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });

interface Crawl {
  pages: string[];
  brokenLinks: string[];
  outside: string[];
  axe: string[];
  invalid: string[];
  overflow: string[];
  unstyled: string[];
  external: Set<string>;
  feedEntries: number;
}

async function crawl(browser: Browser, site: string): Promise<Crawl> {
  const rootUrl = pathToFileURL(`${site}/`).href;
  const result: Crawl = { pages: [], brokenLinks: [], outside: [], axe: [], invalid: [], overflow: [], unstyled: [], external: new Set(), feedEntries: 0 };
  const context: BrowserContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  // Anything outside the site's folder is counted and refused.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(rootUrl)) return route.continue();
    result.outside.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  // axe-core is injected as an inline script, which the site's CSP rightly refuses: it runs in a second
  // context that ignores the CSP (and serves the same files, with the same refusal of outside requests).
  const axeContext = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
  await axeContext.route('**/*', (route) => (route.request().url().startsWith(rootUrl) ? route.continue() : route.abort()));
  const axePage = await axeContext.newPage();
  page.on('request', (request) => void (request.url().startsWith(rootUrl) || request.url().startsWith('data:') ? undefined : result.outside.push(request.url())));
  const queue = [`${rootUrl}index.html`];
  const seen = new Set(queue);
  while (queue.length > 0) {
    const url = queue.shift()!;
    result.pages.push(url.slice(rootUrl.length));
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(url);
    const links = await page.$$eval('a[href]', (anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href));
    for (const link of links) {
      if (!link.startsWith(rootUrl)) {
        result.external.add(link);
        continue;
      }
      const [file, anchor] = link.split('#') as [string, string?];
      const path = fileURLToPath(file);
      if (!existsSync(path)) {
        result.brokenLinks.push(`${url.slice(rootUrl.length)} → ${link.slice(rootUrl.length)}`);
        continue;
      }
      if (anchor && path.endsWith('.html') && !readFileSync(path, 'utf8').includes(`id="${decodeURIComponent(anchor)}"`)) result.brokenLinks.push(`${url} → #${anchor}`);
      if (file.endsWith('.html') && !seen.has(file)) {
        seen.add(file);
        queue.push(file);
      }
    }
    // The stylesheet is the site's own file: the CSP must let it apply even from a disk.
    const border = await page.$eval('header.site', (header) => getComputedStyle(header).borderTopWidth);
    if (border !== '6px') result.unstyled.push(url);
    await axePage.goto(url);
    await axePage.addScriptTag({ content: AXE });
    const violations = await axePage.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe;
      // Violations only: the passes and incomplete lists cost time and are not read.
      const report = await axe.run(document, { resultTypes: ['violations'] });
      return report.violations.map((violation) => `${violation.id} ${JSON.stringify(violation.nodes.slice(0, 2).map((node) => node.target))}`);
    });
    for (const violation of violations) result.axe.push(`${url.slice(rootUrl.length)}: ${violation}`);
    const report = await validator.validateString(readFileSync(fileURLToPath(url), 'utf8'), fileURLToPath(url));
    for (const message of report.results.flatMap((file) => file.messages)) result.invalid.push(`${url.slice(rootUrl.length)}:${message.line}:${message.column} ${message.ruleId} ${message.message}`);
    await page.setViewportSize({ width: 390, height: 844 });
    const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    if (widths.scroll > widths.client) result.overflow.push(`${url.slice(rootUrl.length)}: ${widths.scroll} > ${widths.client}`);
  }
  // The Atom feed: well-formed XML as the browser's own parser reads it.
  await page.goto(`${rootUrl}feed.xml`);
  result.feedEntries = await page.evaluate(() => (document.querySelector('parsererror') ? -1 : document.getElementsByTagName('entry').length));
  await context.close();
  await axeContext.close();
  return result;
}

describeWithChromium('the website in headless Chromium', () => {
  const { dir, cleanup } = tempDir('site-browser-');
  let browser: Browser;
  const crawls: Record<string, Crawl> = {};

  beforeAll(async () => {
    for (const [name, roadmap] of [['bundled', join(ROOT, 'roadmap')], ['fixture', join(FIXTURES, 'site', 'roadmap')]] as const) {
      const built = await runMain(['site', '--dir', roadmap, '--as-of', '2026-11-25', '--out', join(dir, name)], { today: '2026-11-29' });
      expect(built.stderr).toBe('');
      expect(built.code).toBe(0);
    }
    browser = await launchChromium();
    crawls.bundled = await crawl(browser, join(dir, 'bundled'));
    crawls.fixture = await crawl(browser, join(dir, 'fixture'));
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    cleanup();
  });

  it('reaches every page of the bundled roadmap from the home page (9 axes, 8 partners, 15 commitments, 5 meetings)', () => {
    const pages = crawls.bundled!.pages;
    expect(pages.filter((page) => page.startsWith('axes/'))).toHaveLength(9);
    expect(pages.filter((page) => page.startsWith('partners/'))).toHaveLength(8);
    expect(pages.filter((page) => page.startsWith('commitments/'))).toHaveLength(15);
    expect(pages.filter((page) => page.startsWith('meetings/'))).toHaveLength(5);
    expect(pages).toEqual(expect.arrayContaining(['index.html', 'meetings.html', 'search.html']));
  });

  for (const name of ['bundled', 'fixture']) {
    it(`${name}: every internal link resolves and nothing is requested outside the folder`, () => {
      const result = crawls[name]!;
      expect(result.brokenLinks).toEqual([]);
      expect(result.outside).toEqual([]);
      expect(result.unstyled).toEqual([]);
      expect(result.feedEntries).toBeGreaterThan(0);
    });
    it(`${name}: zero axe-core violations on every page`, () => {
      expect(crawls[name]!.axe).toEqual([]);
    });
    it(`${name}: html-validate's recommended rules pass on every page`, () => {
      expect(crawls[name]!.invalid).toEqual([]);
    });
    it(`${name}: nothing is wider than a 390 px screen`, () => {
      expect(crawls[name]!.overflow).toEqual([]);
    });
  }

  it('links out only over https (the git host\'s editor, partners\' own links), and the hostile fixture runs no markup', () => {
    const external = [...crawls.fixture!.external];
    for (const link of external) expect(link).toMatch(/^https:\/\//);
    expect(external).toContain('https://forge.example.org/grand-orly/feuille-de-route/-/edit/production/test/fixtures/site/roadmap/commitments/guichet-unique.md');
    expect(external).toContain('https://forge.example.org/grand-orly/feuille-de-route/-/edit/production/test/fixtures/site/roadmap/convention.yaml');
    const home = readFileSync(join(dir, 'fixture', 'index.html'), 'utf8');
    expect(home).not.toMatch(/<script>alert|<img src=x|<b>de test/);
    expect(home).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});
