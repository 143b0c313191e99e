/**
 * The website in a real headless Chromium, opened from the disk as a reader
 * would open a downloaded copy: for the bundled roadmap and a hand-made one
 * full of hostile text, every page is crawled; every internal link resolves,
 * nothing is requested outside the folder, axe-core finds no violation,
 * html-validate's recommended rules pass, the stylesheet applies under the
 * CSP, and nothing is wider than a 390 px phone. A small site with one fault
 * for each of these checks proves that each still finds its fault.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { HtmlValidate } from 'html-validate';
import type { Browser, Page, Request, Route } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
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
  /** Words a table cell breaks across two lines on a 1280 px desktop (« Vigilanc/e »). */
  splitWords: string[];
  unstyled: string[];
  external: Set<string>;
  feedEntries: number;
}

/**
 * Crawls the site from its home page, opening each page once, on a page whose context obeys the CSP: its
 * requests; on a desktop its links, its stylesheet and axe-core; on a phone its width (the same document,
 * resized). html-validate reads each file as written, beside the browser's work. The page may serve
 * several crawls in turn: each refuses and counts what lies outside its own site.
 */
async function crawl(page: Page, site: string): Promise<Crawl> {
  const rootUrl = pathToFileURL(`${site}/`).href;
  const result: Crawl = {
    pages: [],
    brokenLinks: [],
    outside: [],
    axe: [],
    invalid: [],
    overflow: [],
    splitWords: [],
    unstyled: [],
    external: new Set(),
    feedEntries: 0,
  };
  // Anything outside the site's folder is counted and refused.
  const refuseOutside = (route: Route): Promise<void> => {
    const url = route.request().url();
    if (url.startsWith(rootUrl)) return route.continue();
    result.outside.push(url);
    return route.abort();
  };
  // A request the CSP blocks never reaches the route, but it is still announced here.
  const announce = (request: Request): void =>
    void (request.url().startsWith(rootUrl) || request.url().startsWith('data:')
      ? undefined
      : result.outside.push(request.url()));
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

/** Visits every page reachable from the home page, then reads the feed. */
async function visitAll(page: Page, rootUrl: string, result: Crawl): Promise<void> {
  const relative = (url: string): string => url.slice(rootUrl.length);
  const validations: Promise<void>[] = [];
  const html = new Map<string, string>();
  const read = (path: string): string => {
    if (!html.has(path)) html.set(path, readFileSync(path, 'utf8'));
    return html.get(path)!;
  };

  const queue = [`${rootUrl}index.html`];
  const seen = new Set(queue);
  while (queue.length > 0) {
    const url = queue.shift()!;
    result.pages.push(relative(url));
    await page.goto(url);
    const file = fileURLToPath(url);
    const validation = validator.validateString(read(file), file).then((report) => {
      for (const message of report.results.flatMap((entry) => entry.messages))
        result.invalid.push(`${relative(url)}:${message.line}:${message.column} ${message.ruleId} ${message.message}`);
    });
    validation.catch(() => undefined);
    validations.push(validation);
    await onDesktopAndPhone(
      page,
      async () => {
        // The links, and the stylesheet, which is the site's own file: the CSP must let it apply even from a disk.
        const { links, border } = await page.evaluate(() => ({
          links: [...document.querySelectorAll('a[href]')].map((anchor) => (anchor as HTMLAnchorElement).href),
          border: (() => {
            const header = document.querySelector('header.site');
            return header ? getComputedStyle(header).borderTopWidth : null;
          })(),
        }));
        if (border !== '6px') result.unstyled.push(url);
        for (const link of links) {
          if (!link.startsWith(rootUrl)) {
            result.external.add(link);
            continue;
          }
          const [target, anchor] = link.split('#') as [string, string?];
          const path = fileURLToPath(target);
          if (!existsSync(path)) {
            result.brokenLinks.push(`${relative(url)} → ${relative(link)}`);
            continue;
          }
          if (anchor && path.endsWith('.html') && !read(path).includes(`id="${decodeURIComponent(anchor)}"`))
            result.brokenLinks.push(`${relative(url)} → ${relative(link)}`);
          if (target.endsWith('.html') && !seen.has(target)) {
            seen.add(target);
            queue.push(target);
          }
        }
        // Each word of each table cell, measured as rendered: its boxes all sit on one line. A compound may
        // wrap after its hyphen (« Val-de- / Marne »), as typography allows; never between two letters.
        const split = await page.evaluate(() => {
          const found: string[] = [];
          for (const cell of document.querySelectorAll('td, th')) {
            const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              for (const match of (node.textContent ?? '').matchAll(/[^\s\-\u2010]+/g)) {
                const range = document.createRange();
                range.setStart(node, match.index);
                range.setEnd(node, match.index + match[0].length);
                const lines = new Set(
                  [...range.getClientRects()].filter((box) => box.width > 0).map((box) => Math.round(box.bottom)),
                );
                if (lines.size > 1) found.push(match[0]);
              }
            }
          }
          return found;
        });
        for (const word of split) result.splitWords.push(`${relative(url)}: ${word}`);
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
  // The Atom feed: well-formed XML as the browser's own parser reads it.
  await page.goto(`${rootUrl}feed.xml`);
  result.feedEntries = await page.evaluate(() =>
    document.querySelector('parsererror') ? -1 : document.getElementsByTagName('entry').length,
  );
  await Promise.all(validations);
}

/**
 * A small site with one fault for each check, for the proof that a clean crawl means something: a missing
 * page, a missing anchor, an outside image, a faint and an unlabelled element for axe, a deprecated element for
 * html-validate, a box wider than a phone but not than a desktop, a cell that breaks a word, a page whose CSP refuses its stylesheet,
 * and a feed that is not XML.
 */
function badSite(dir: string): string {
  const csp = (style: string): string =>
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${style}; img-src 'self' data:">`;
  const page = (title: string, body: string, style = "'self'"): string =>
    `<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n${csp(style)}\n<title>${title}</title>\n<link rel="stylesheet" href="site.css">\n</head>\n<body>\n<header class="site"><p>Bad site</p></header>\n<main>\n<h1>${title}</h1>\n${body}\n</main>\n</body>\n</html>\n`;
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'site.css'),
    'header.site { border-top: 6px solid #000; }\n.faint { color: #bbb; background: #fff; }\n.wide { width: 600px; }\n.narrow { width: 3rem; word-break: break-all; }\n',
  );
  writeFileSync(
    join(dir, 'index.html'),
    page(
      'Home',
      [
        '<ul>',
        '<li><a href="missing.html">missing</a></li>',
        '<li><a href="index.html#nowhere">nowhere</a></li>',
        '<li><a href="wide.html">wide</a></li>',
        '<li><a href="unstyled.html">unstyled</a></li>',
        '<li><a href="https://example.org/">elsewhere</a></li>',
        '</ul>',
      ].join('\n'),
    ),
  );
  writeFileSync(
    join(dir, 'wide.html'),
    page(
      'Wide',
      '<p class="faint">faint</p>\n<div class="wide">wide</div>\n<table><tr><td class="narrow">Vigilance</td></tr></table>\n<img src="https://evil.example/pixel.png">\n<center>old</center>',
    ),
  );
  writeFileSync(join(dir, 'unstyled.html'), page('Unstyled', '<p>The CSP refuses the stylesheet.</p>', "'none'"));
  writeFileSync(join(dir, 'feed.xml'), '<feed xmlns="http://www.w3.org/2005/Atom"><entry></feed>');
  return dir;
}

describeWithChromium('the website in headless Chromium', () => {
  const { dir, cleanup } = tempDir('site-browser-');
  let browser: Browser;
  const crawls: Record<string, Crawl> = {};

  /** Builds a roadmap's site into `dir/name`, with the dates pinned. */
  async function build(name: string, roadmap: string): Promise<string> {
    const built = await runMain(['site', '--dir', roadmap, '--as-of', '2026-11-25', '--out', join(dir, name)], {
      today: '2026-11-29',
    });
    expect(built.stderr).toBe('');
    expect(built.code).toBe(0);
    return join(dir, name);
  }

  beforeAll(async () => {
    // Chromium starts while the bundled site builds; the fixture's site builds while the bundled one is crawled.
    const launched = launchChromium();
    const bundled = build('bundled', join(ROOT, 'roadmap'));
    const fixture = bundled.then(() => build('fixture', join(FIXTURES, 'site', 'roadmap')));
    fixture.catch(() => undefined);
    try {
      await bundled;
    } finally {
      browser = await launched;
    }
    // One page for the three sites: each goto is a fresh document, and one renderer keeps axe-core compiled.
    const context = await browser.newContext({ viewport: DESKTOP });
    await addAxeToEveryDocument(context);
    const page = await context.newPage();
    crawls.bundled = await crawl(page, await bundled);
    crawls.fixture = await crawl(page, await fixture);
    crawls.bad = await crawl(page, badSite(join(dir, 'bad')));
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
    it(`${name}: no table cell breaks a word across two lines at 1280 px`, () => {
      expect(crawls[name]!.splitWords).toEqual([]);
    });
    it(`${name}: nothing is wider than a 390 px screen`, () => {
      expect(crawls[name]!.overflow).toEqual([]);
    });
  }

  it('the crawl finds each fault of a bad site, so a clean crawl means something', () => {
    const bad = crawls.bad!;
    expect(bad.pages).toEqual(['index.html', 'wide.html', 'unstyled.html']);
    expect(bad.brokenLinks).toEqual(['index.html → missing.html', 'index.html → index.html#nowhere']);
    expect(bad.outside).toEqual(['https://evil.example/pixel.png']);
    expect([...bad.external]).toEqual(['https://example.org/']);
    expect(bad.axe).toEqual([
      expect.stringMatching(/^wide\.html: color-contrast /),
      expect.stringMatching(/^wide\.html: image-alt /),
    ]);
    expect(bad.invalid).toEqual(expect.arrayContaining([expect.stringMatching(/^wide\.html:\d+:\d+ deprecated /)]));
    expect(bad.invalid.every((message) => message.startsWith('wide.html:'))).toBe(true);
    expect(bad.overflow).toEqual([expect.stringMatching(/^wide\.html: \d+ > 390$/)]);
    expect(bad.splitWords).toEqual(['wide.html: Vigilance']);
    expect(bad.unstyled).toEqual([expect.stringMatching(/\/unstyled\.html$/)]);
    expect(bad.feedEntries).toBe(-1);
  });

  it("links out only over https (the git host's editor, partners' own links), and the hostile fixture runs no markup", () => {
    const external = [...crawls.fixture!.external];
    for (const link of external) expect(link).toMatch(/^https:\/\//);
    expect(external).toContain(
      'https://forge.example.org/grand-orly/feuille-de-route/-/edit/production/test/fixtures/site/roadmap/commitments/guichet-unique.md',
    );
    expect(external).toContain(
      'https://forge.example.org/grand-orly/feuille-de-route/-/edit/production/test/fixtures/site/roadmap/convention.yaml',
    );
    const home = readFileSync(join(dir, 'fixture', 'index.html'), 'utf8');
    expect(home).not.toMatch(/<script>alert|<img src=x|<b>de test/);
    expect(home).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});
