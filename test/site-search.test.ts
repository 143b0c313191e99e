/**
 * The website's search, used as a reader uses it: the site is served over
 * http under a sub-path (as GitHub and GitLab Pages publish a project), opened
 * in a real Chromium, and a word is typed in Pagefind's box. A large index
 * comes in parts merged in the browser: the same site built with small parts
 * must find exactly what the one-part index finds, every file Pagefind asks
 * for must exist, and nothing is requested outside the site's folder.
 */
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { readFlags } from '../src/commands/flags/readFlags.js';
import { run } from '../src/commands/site.js';
import { ROOT, tempDir } from './helpers/cli.js';
import { describeWithChromium, launchChromium } from './helpers/browser.js';

const PREFIX = '/partenariat/';
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
};

interface Served {
  url: string;
  /** Paths asked for that are not files of the site, or not under its prefix. */
  missing: string[];
  server: Server;
}

async function serve(folder: string): Promise<Served> {
  const missing: string[] = [];
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const inside = path.startsWith(PREFIX) ? normalize(path.slice(PREFIX.length)) : undefined;
    const found =
      inside !== undefined && !inside.startsWith('..')
        ? readFile(join(folder, inside))
        : Promise.reject(new Error('outside'));
    found.then(
      (body) => {
        response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
        response.end(body);
      },
      () => {
        missing.push(path);
        response.writeHead(404);
        response.end();
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}${PREFIX}`, missing, server };
}

async function build(out: string, searchPartChars?: number): Promise<void> {
  let stderr = '';
  const io = {
    stdout: () => undefined,
    stderr: (text: string) => void (stderr += text),
    cwd: ROOT,
    env: {},
    isTTY: false,
    now: () => new Date('2026-11-29T12:00:00Z'),
  };
  const flags = readFlags('site', { dir: join(ROOT, 'roadmap'), asOf: '2026-11-25', out }, 'fr');
  const code = await run({ args: [], flags, io }, searchPartChars);
  expect(stderr).toBe('');
  expect(code).toBe(0);
}

/** For each query, the result links Pagefind shows, relative to the site and sorted: one page, as a reader searches again. */
async function search(browser: Browser, site: Served, queries: readonly string[]): Promise<Record<string, string[]>> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const found: Record<string, string[]> = {};
  try {
    await page.goto(`${site.url}search.html`);
    for (const query of queries) {
      await page.fill('#search input', query);
      // Pagefind says how many pages it found (« 8 résultats pour comité », « Aucun résultat pour… »), then shows them five at a time.
      const message = await page.waitForFunction((term) => {
        const text = document.querySelector('.pagefind-ui__message')?.textContent ?? '';
        return text.endsWith(` pour ${term}`) && /^(?:\d+ résultats?|Aucun résultat) pour/.test(text)
          ? text
          : undefined;
      }, query);
      const count = Number(/^\d+/.exec(String(await message.jsonValue()))?.[0] ?? 0);
      for (;;) {
        const shown = await page.locator('.pagefind-ui__result-link').count();
        if (shown >= count) break;
        const more = page.locator('.pagefind-ui__button');
        if (await more.isVisible()) await more.click();
        await page.waitForFunction(
          (before) => document.querySelectorAll('.pagefind-ui__result-link').length > before,
          shown,
        );
      }
      const links = await page.$$eval('.pagefind-ui__result-link', (anchors) =>
        anchors.map((anchor) => (anchor as HTMLAnchorElement).href),
      );
      expect(links).toHaveLength(count);
      found[query] = links
        .map((link) => (link.startsWith(site.url) ? link.slice(site.url.length) : `outside: ${link}`))
        .sort();
    }
    expect(errors).toEqual([]);
    return found;
  } finally {
    await page.close();
  }
}

const QUERIES = ['emploi', 'comité', 'Orly', 'zzqxjv'];

describeWithChromium("the website's search in headless Chromium", () => {
  const { dir, cleanup } = tempDir('site-search-');
  let browser: Browser;
  const sites = {} as Record<'whole' | 'parts', Served>;
  const found = {} as Record<'whole' | 'parts', Record<string, string[]>>;

  beforeAll(async () => {
    await build(join(dir, 'whole'));
    // About 3 000 characters per part: the bundled roadmap's index comes in several.
    await build(join(dir, 'parts'), 3_000);
    sites.whole = await serve(join(dir, 'whole'));
    sites.parts = await serve(join(dir, 'parts'));
    browser = await launchChromium();
    found.whole = await search(browser, sites.whole, QUERIES);
    found.parts = await search(browser, sites.parts, QUERIES);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    for (const site of Object.values(sites)) site.server.close();
    cleanup();
  });

  it('builds one index for the bundled roadmap, and several parts when each holds little', () => {
    expect(readFileSync(join(dir, 'whole', 'search.html'), 'utf8')).not.toContain('data-parts');
    const parts =
      /data-parts="([^"]+)"/.exec(readFileSync(join(dir, 'parts', 'search.html'), 'utf8'))?.[1]?.split(' ') ?? [];
    expect(parts.length).toBeGreaterThanOrEqual(3);
    expect(parts[0]).toBe('pagefind/part-2/');
  });

  it('finds pages by a word of their title or description, with links that stay in the site', () => {
    expect(found.whole.emploi).toEqual(
      expect.arrayContaining(['axes/formation-emploi.html', 'commitments/plateforme-emploi-formation.html']),
    );
    expect(found.whole.comité!.length).toBeGreaterThan(5);
    expect(found.whole.zzqxjv).toEqual([]);
    expect(
      Object.values(found.whole)
        .flat()
        .filter((link) => link.startsWith('outside')),
    ).toEqual([]);
    expect(sites.whole.missing).toEqual([]);
  });

  it('hides the notice that search needs JavaScript once the box is there, and shows it without scripts', async () => {
    const withScripts = await browser.newPage();
    try {
      await withScripts.goto(`${sites.whole.url}search.html`);
      await withScripts.locator('#search input').waitFor({ state: 'visible' });
      await withScripts.waitForFunction(() => document.getElementById('search-notice')?.hidden === true);
      expect(await withScripts.locator('#search-notice').isVisible()).toBe(false);
      expect(await withScripts.locator('#search input').isVisible()).toBe(true);
    } finally {
      await withScripts.close();
    }
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const withoutScripts = await context.newPage();
      await withoutScripts.goto(`${sites.whole.url}search.html`);
      expect(await withoutScripts.locator('#search-notice').isVisible()).toBe(true);
      expect(await withoutScripts.locator('#search-notice').textContent()).toContain('JavaScript');
      expect(await withoutScripts.locator('#search input').count()).toBe(0);
    } finally {
      await context.close();
    }
  });

  it("shows a meeting's result with the meeting's date, as its page gives it", async () => {
    const page = await browser.newPage();
    try {
      await page.goto(`${sites.whole.url}search.html`);
      await page.fill('#search input', 'comité');
      await page.waitForFunction(() => document.querySelectorAll('.pagefind-ui__result-link').length > 0);
      const results = await page.$$eval('.pagefind-ui__result-link', (anchors) =>
        anchors.map((anchor) => ({ href: (anchor as HTMLAnchorElement).href, title: anchor.textContent ?? '' })),
      );
      const meetings = results.filter((result) => result.href.startsWith(`${sites.whole.url}meetings/`));
      expect(meetings.length).toBeGreaterThan(0);
      for (const meeting of meetings) {
        const html = readFileSync(join(dir, 'whole', meeting.href.slice(sites.whole.url.length)), 'utf8');
        const date = /<p class="lead">([^<]+?) — /.exec(html)?.[1];
        expect(date, meeting.href).toMatch(/^\d{1,2}(?:er)? \S+ \d{4}$/);
        expect(meeting.title, meeting.href).toContain(`(${date})`);
      }
    } finally {
      await page.close();
    }
  });

  it("finds the same pages whether the index is whole or in parts, and every part's file exists", () => {
    expect(found.parts).toEqual(found.whole);
    expect(sites.parts.missing).toEqual([]);
  });
});
