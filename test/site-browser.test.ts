/**
 * The website in a real headless Chromium, opened from the disk as a reader
 * would open a downloaded copy: for the bundled roadmap and a hand-made one
 * full of hostile text, every page is crawled; every internal link resolves,
 * nothing is requested outside the folder, axe-core finds no violation,
 * html-validate's recommended rules pass, the stylesheet applies under the
 * CSP, and nothing is wider than a 390 px phone. The convention's logos (the
 * bundled one's SVG, the hand-made one's hostile SVG and PNG) load on every
 * page, from the root and from a folder, fit a phone's header and print. A
 * small site with one fault for each of these checks proves that each still
 * finds its fault.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { FIXTURES, ROOT, runMain, tempDir } from './helpers/cli.js';
import { type Crawl, crawl } from './helpers/siteCrawl.js';
import { addAxeToEveryDocument, describeWithChromium, DESKTOP, launchChromium, PHONE } from './helpers/browser.js';

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
  let page: Page;
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
    page = await context.newPage();
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

  it("shows the convention's logos on every page, each loaded from the site's own files, the SVG sanitised", () => {
    const fixture = crawls.fixture!;
    const logos = [
      { src: 'assets/logos/logo-ept.svg', alt: 'Logo ept' },
      { src: 'assets/logos/logo-cci-ete.png', alt: 'Logo CCI Été' },
    ];
    const at = (result: Crawl, page: string) =>
      result.images.filter((image) => image.page === page).map(({ src, alt }) => ({ src, alt }));
    // On the home page and one folder down (a commitment), the same files, in the convention's order.
    expect(at(fixture, 'index.html')).toEqual(logos);
    expect(at(fixture, 'commitments/guichet-unique.html')).toEqual(logos);
    for (const name of ['bundled', 'fixture']) {
      const result = crawls[name]!;
      // Every page shows them, and every image of every page loaded.
      expect(new Set(result.images.map((image) => image.page))).toEqual(new Set(result.pages));
      expect(result.images.filter((image) => image.naturalWidth === 0)).toEqual([]);
    }
    expect(at(crawls.bundled!, 'meetings.html')).toEqual([
      { src: 'assets/logos/logo-comite-territorial.svg', alt: 'Comité territorial (logo illustratif)' },
    ]);
    // The SVG's script, event handlers and outside image are gone from the file the site wrote.
    const svg = readFileSync(join(dir, 'fixture', 'assets', 'logos', 'logo-ept.svg'), 'utf8');
    expect(svg).toContain('<rect');
    expect(svg).not.toMatch(/script|alert|onload|onclick|tracker/);
  });

  it("the logos keep to a line of a phone's header, and print with it", async () => {
    await page.setViewportSize(PHONE);
    await page.goto(pathToFileURL(join(dir, 'fixture', 'commitments', 'guichet-unique.html')).href);
    const measure = () =>
      page.evaluate(() => ({
        logos: [...document.querySelectorAll('header.site img')].map((image) => {
          const box = image.getBoundingClientRect();
          const { naturalWidth, naturalHeight } = image as HTMLImageElement;
          return {
            top: Math.round(box.top),
            height: Math.round(box.height),
            right: box.right,
            // Drawn at its own proportions: the width and height attributes keep its room, not a shape.
            distortion: Math.abs(box.width / box.height - naturalWidth / naturalHeight),
          };
        }),
        width: document.documentElement.clientWidth,
      }));
    const phone = await measure();
    expect(phone.logos).toHaveLength(2);
    for (const logo of phone.logos) {
      expect(logo.height).toBe(40);
      expect(logo.top).toBe(phone.logos[0]!.top);
      expect(logo.right).toBeLessThanOrEqual(phone.width);
      expect(logo.distortion).toBeLessThan(0.05);
    }
    await page.emulateMedia({ media: 'print' });
    try {
      const printed = await measure();
      expect(printed.logos.map((logo) => logo.height)).toEqual([48, 48]);
    } finally {
      await page.emulateMedia({ media: null });
      await page.setViewportSize(DESKTOP);
    }
  });

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
    expect(bad.images).toEqual([
      { page: 'wide.html', src: 'https://evil.example/pixel.png', alt: '', naturalWidth: 0 },
    ]);
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
