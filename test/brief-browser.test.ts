/**
 * The bundled roadmap's brief in a real headless Chromium: scripts off, every
 * request but the file itself refused. Nothing is fetched, nothing complains,
 * each chart has a visible box, A4 printing gives the expected page count,
 * and `--pdf` writes a real PDF.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ROOT, roadmapFrom, runMain, tempDir } from './helpers/cli.js';
import { CHROMIUM, describeWithChromium, launchChromium } from './helpers/browser.js';
import { pdfOutline } from './helpers/pdfOutline.js';

const MEETING = 'comite-territorial-2026-12-10';

/** PDF page count from the page objects, so the check needs no extra tool. */
function pdfPages(pdf: Uint8Array): number {
  return (
    Buffer.from(pdf)
      .toString('latin1')
      .match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0
  );
}

describeWithChromium('brief.html in headless Chromium', () => {
  const { dir, cleanup } = tempDir('brief-browser-');
  let browser: Browser;
  let page: Page;
  const attempted: string[] = [];
  const complaints: string[] = [];

  async function open(path: string): Promise<Page> {
    const url = pathToFileURL(path).href;
    const context = await browser.newContext({ javaScriptEnabled: false });
    // The file itself is the only thing allowed through; anything else is counted and refused.
    await context.route('**/*', (route) => {
      if (route.request().url() === url) return route.continue();
      attempted.push(route.request().url());
      return route.abort();
    });
    const opened = await context.newPage();
    opened.on(
      'console',
      (message) =>
        void (message.type() === 'error' || message.type() === 'warning' ? complaints.push(message.text()) : undefined),
    );
    opened.on('pageerror', (error) => void complaints.push(error.message));
    await opened.goto(url);
    return opened;
  }

  beforeAll(async () => {
    const result = await runMain(['brief', '--dir', join(ROOT, 'roadmap'), '--as-of', '2026-11-25', '--out', dir]);
    expect(result.code).toBe(0);
    browser = await launchChromium();
    page = await open(join(dir, MEETING, 'brief.html'));
  });
  afterAll(async () => {
    await browser?.close();
    cleanup();
  });

  it('attempts no request and logs no error', async () => {
    expect(await page.locator('h1').textContent()).toBe('Comité territorial — bilan et perspectives');
    expect(attempted).toEqual([]);
    expect(complaints).toEqual([]);
  });

  it('draws every chart with a non-empty box: the progress bars, the status breakdown and five indicator trends', async () => {
    const charts = page.locator('svg.chart');
    expect(await charts.count()).toBe(7);
    for (const chart of await charts.all()) {
      const box = await chart.boundingBox();
      expect(box?.width).toBeGreaterThan(100);
      expect(box?.height).toBeGreaterThan(20);
    }
  });

  it('prints on 12 to 18 A4 pages (cover, sections, one page per axis annex)', async () => {
    await page.emulateMedia({ media: 'print' });
    const pages = pdfPages(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
    expect(pages).toBeGreaterThanOrEqual(12);
    expect(pages).toBeLessThanOrEqual(18);
    await page.emulateMedia({ media: 'screen' });
  });

  it('reads on a phone: nothing wider than the screen', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    const widest = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(widest).toBeLessThanOrEqual(390);
  });

  it('keeps a hostile roadmap inert: no script, handler, frame or javascript: link survives', async () => {
    const hostileDir = join(dir, 'hostile');
    const attack = '<script>alert(1)</script><img src=x onerror=alert(2)><iframe src="https://evil.example/"></iframe>';
    const roadmap = roadmapFrom(hostileDir, {
      'commitments/reglement.md': `---\nid: reglement\ntitle: "Règlement ${attack.replace(/"/g, '\\"')}"\naxis: gouvernance\nlead: ept\nstatus: done\nstart: 2018-07-01\ndue: 2018-11-15\n---\n# Corps ${attack}\n\n[clic](javascript:alert(3)) <a href="javascript:alert(4)">a</a> ![i](https://evil.example/i.png) <svg onload=alert(5)>\n`,
      'meetings/comite-2019-01-10.md': `---\nid: comite-2019-01-10\ndate: 2019-01-10\nkind: committee\ntitle: "Comité ${attack.replace(/"/g, '\\"')}"\nstatus: planned\nagenda:\n  - title: "<iframe srcdoc='<script>alert(6)</script>'></iframe>"\n---\n`,
    });
    const out = join(hostileDir, 'out');
    const result = await runMain(['brief', '--dir', roadmap, '--as-of', '2018-12-01', '--out', out]);
    expect(result.code).toBe(0);
    const html = readFileSync(join(out, 'comite-2019-01-10', 'brief.html'), 'utf8');
    expect(html).not.toMatch(/<(script|iframe|img|object|embed)\b/i);
    // Escaped text may read "onerror=", but no tag may carry a handler or a javascript: link.
    expect(html).not.toMatch(/<[a-z][^<>]*\son\w+\s*=/i);
    expect(html).not.toMatch(/<a\b[^<>]*href\s*=\s*["']?\s*javascript:/i);
    const hostilePage = await open(join(out, 'comite-2019-01-10', 'brief.html'));
    expect(await hostilePage.locator('script, iframe, img, object, embed').count()).toBe(0);
    const live = await hostilePage.evaluate(() =>
      [...document.querySelectorAll('*')].flatMap((element) =>
        [...element.attributes]
          .filter((attribute) => /^on/i.test(attribute.name) || /^\s*javascript:/i.test(attribute.value))
          .map((attribute) => `${element.tagName} ${attribute.name}`),
      ),
    );
    expect(live).toEqual([]);
    // The image became a plain link (a brief loads nothing); links are in-page anchors or http(s) only.
    const targets = await hostilePage
      .locator('a[href]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
    expect(targets.filter((href) => !/^(#|https?:|mailto:)/.test(href))).toEqual([]);
    expect(targets).toContain('https://evil.example/i.png');
    expect(await hostilePage.locator('h1').textContent()).toContain('<script>alert(1)</script>');
    expect(attempted).toEqual([]);
    expect(complaints).toEqual([]);
  });
});

describeWithChromium('roadmap brief --pdf', () => {
  it('writes a valid A4 PDF beside the markdown and the HTML, the same bytes on a rerun', async () => {
    const { dir, cleanup } = tempDir('brief-pdf-');
    try {
      const args = [
        'brief',
        '--dir',
        join(ROOT, 'roadmap'),
        '--as-of',
        '2026-11-25',
        '--out',
        dir,
        '--pdf',
        '--chromium',
        CHROMIUM!,
      ];
      const result = await runMain(args);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      const pdf = readFileSync(join(dir, MEETING, 'brief.pdf'));
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const pages = pdfPages(pdf);
      expect(pages).toBeGreaterThanOrEqual(12);
      expect(pages).toBeLessThanOrEqual(18);
      const rendered = spawnSync('pdftoppm', ['-r', '10', '-png', join(dir, MEETING, 'brief.pdf'), join(dir, 'page')]);
      if (!rendered.error) expect(readdirSync(dir).filter((name) => name.startsWith('page')).length).toBe(pages);
      // Tagged (a structure tree in reading order for screen readers), with bookmarks from the headings.
      const info = spawnSync('pdfinfo', [join(dir, MEETING, 'brief.pdf')], { encoding: 'utf8' });
      expect(info.error, 'pdfinfo (poppler-utils) must be installed').toBeUndefined();
      expect(info.stdout).toMatch(/^Tagged:\s+yes$/m);
      const structure = spawnSync('pdfinfo', ['-struct', join(dir, MEETING, 'brief.pdf')], {
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      }).stdout;
      for (const role of ['Document', 'H1', 'H2', 'H3', 'Table', 'TR', 'TH', 'TD', 'L', 'LI', 'Figure'])
        expect(structure, role).toMatch(new RegExp(`^\\s*${role}\\b`, 'm'));
      expect(structure.indexOf('H1')).toBeLessThan(structure.indexOf('H2'));
      const outline = pdfOutline(pdf);
      expect(outline.map((item) => item.title)).toEqual(['Comité territorial — bilan et perspectives']);
      const sections = outline[0]!.children.map((item) => item.title);
      expect(sections.slice(0, 4)).toEqual(['Sommaire', 'Présences et quorum', 'Ordre du jour', 'Tableau de bord']);
      expect(sections.filter((title) => title.startsWith('Annexe'))).toHaveLength(9);
      expect(outline[0]!.children.some((item) => item.children.length > 0)).toBe(true);
      expect((await runMain(args)).code).toBe(0);
      expect(readFileSync(join(dir, MEETING, 'brief.pdf')).equals(pdf)).toBe(true);
    } finally {
      cleanup();
    }
  });
});
