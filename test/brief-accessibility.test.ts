/**
 * The brief's HTML, and the convocation, attendance sheet and minutes made
 * by the same renderers, as their readers get them: axe-core (WCAG 2.1 AA and best
 * practices, every impact) inside the real Chromium, html-validate's
 * recommended rules, and the outline a screen reader walks (one main
 * landmark, headings in order) — on the bundled roadmap and the brief
 * fixture, in French and English.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { HtmlValidate } from 'html-validate';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { FIXTURES, ROOT, roadmapFrom, runMain, tempDir } from './helpers/cli.js';
import { describeWithChromium, launchChromium } from './helpers/browser.js';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const BRIEFS = [
  { name: 'bundled roadmap (fr)', dir: join(ROOT, 'roadmap'), asOf: '2026-11-25', meeting: 'comite-territorial-2026-12-10', lang: [] },
  { name: 'bundled roadmap (en)', dir: join(ROOT, 'roadmap'), asOf: '2026-11-25', meeting: 'comite-territorial-2026-12-10', lang: ['--lang', 'en'] },
  { name: 'brief fixture', dir: join(FIXTURES, 'brief', 'roadmap'), asOf: '2019-09-15', meeting: 'comite-2019-10-10', lang: [] },
  { name: 'partner markdown with jumping, underlined and quoted headings', dir: 'hostile', asOf: '2019-09-15', meeting: 'comite-2019-10-10', lang: [] },
] as const;

/** The other documents of the committee cycle, rendered by the same renderers. */
const BUNDLED = join(ROOT, 'roadmap');
const MEETING_DOCUMENTS = [
  { name: 'convocation', argv: ['meeting', 'convene', 'comite-territorial-2026-12-10'], file: 'comite-territorial-2026-12-10/convocation.html' },
  { name: 'attendance sheet', argv: ['meeting', 'sheet', 'comite-territorial-2026-12-10'], file: 'comite-territorial-2026-12-10/attendance-sheet.html' },
  { name: 'minutes', argv: ['meeting', 'minutes', 'comite-territorial-2026-06-18'], file: 'comite-territorial-2026-06-18/minutes.html' },
] as const;

/** The brief fixture with an axis description whose headings jump levels, use `===` or sit in a quote. */
function hostileRoadmap(dir: string): string {
  const axis = readFileSync(join(FIXTURES, 'brief', 'roadmap', 'axes', 'createurs.md'), 'utf8').replace(
    'Un parcours lisible pour les créateurs d’entreprise.',
    'Intro.\n\n###### Très profond\n\nSous-titre souligné\n===================\n\n> # Dans une citation\n\n<b>gras</b> ![image](https://evil.example/i.png)\n\n## Retour',
  );
  return roadmapFrom(join(dir, 'hostile-roadmap'), { 'axes/createurs.md': axis }, join(FIXTURES, 'brief', 'roadmap'));
}

interface AxeViolation { id: string; impact: string; nodes: { target: string[] }[] }

describeWithChromium('the brief for its readers', () => {
  const { dir, cleanup } = tempDir('brief-a11y-');
  let browser: Browser;
  const html = new Map<string, string>();

  beforeAll(async () => {
    for (const [index, brief] of BRIEFS.entries()) {
      const out = join(dir, String(index));
      const roadmap = brief.dir === 'hostile' ? hostileRoadmap(dir) : brief.dir;
      const result = await runMain(['brief', '--dir', roadmap, '--as-of', brief.asOf, '--out', out, ...brief.lang], { today: brief.asOf });
      expect(result.code, result.stderr).toBe(0);
      html.set(brief.name, join(out, brief.meeting, 'brief.html'));
    }
    for (const document of MEETING_DOCUMENTS) {
      const out = join(dir, document.name);
      const result = await runMain([...document.argv, '--dir', BUNDLED, '--as-of', '2026-11-25', '--out', out], { today: '2026-11-25' });
      expect(result.code, result.stderr).toBe(0);
      html.set(document.name, join(out, document.file));
    }
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    cleanup();
  });

  async function axe(path: string, viewport: { width: number; height: number }): Promise<AxeViolation[]> {
    // The page's CSP forbids scripts; only the test bypasses it, to run axe inside the page.
    const context = await browser.newContext({ bypassCSP: true, viewport });
    try {
      const page = await context.newPage();
      await page.goto(pathToFileURL(path).href);
      await page.addScriptTag({ content: AXE_SOURCE });
      return await page.evaluate(async () => {
        const run = (globalThis as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } }).axe.run;
        const report = await run(document, { resultTypes: ['violations'] });
        return report.violations.map(({ id, impact, nodes }) => ({ id, impact, nodes: nodes.slice(0, 3).map((node) => ({ target: node.target })) }));
      });
    } finally {
      await context.close();
    }
  }

  it('the axe check finds violations where there are some, so a clean run means something', async () => {
    const { writeFileSync } = await import('node:fs');
    const bad = join(dir, 'bad.html');
    writeFileSync(bad, '<!DOCTYPE html><html><head><title>x</title></head><body><h3>x</h3><p style="color:#c27c0e;background:#fff">faible</p><img src="data:,"></body></html>');
    const ids = (await axe(bad, { width: 1280, height: 900 })).map((violation) => violation.id);
    expect(ids).toEqual(expect.arrayContaining(['html-has-lang', 'image-alt', 'color-contrast', 'landmark-one-main']));
  });

  for (const brief of [...BRIEFS, ...MEETING_DOCUMENTS]) {
    it(`${brief.name}: no axe-core violation of any impact, on a desktop and on a phone`, async () => {
      expect(await axe(html.get(brief.name)!, { width: 1280, height: 900 })).toEqual([]);
      expect(await axe(html.get(brief.name)!, { width: 390, height: 844 })).toEqual([]);
    }, 120_000);

    it(`${brief.name}: html-validate's recommended rules find nothing`, async () => {
      const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
      const report = await validator.validateString(readFileSync(html.get(brief.name)!, 'utf8'));
      const messages = report.results.flatMap((result) => result.messages.map((message) => `${message.line}:${message.column} ${message.ruleId} ${message.message}`));
      expect(messages).toEqual([]);
    });
  }
});
