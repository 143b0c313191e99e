/**
 * The brief's HTML, and the convocation, attendance sheet and minutes made
 * by the same renderers, as their readers get them: axe-core (WCAG 2.1 AA and best
 * practices, every impact) inside the real Chromium, html-validate's
 * recommended rules, and the outline a screen reader walks (one main
 * landmark, headings in order) — on the bundled roadmap and the brief
 * fixture, in French and English.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { HtmlValidate } from 'html-validate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { FIXTURES, ROOT, roadmapFrom, runMain, tempDir } from './helpers/cli.js';
import {
  addAxeToEveryDocument,
  type AxeViolation,
  axeViolations,
  describeWithChromium,
  DESKTOP,
  launchChromium,
  onDesktopAndPhone,
  PHONE,
} from './helpers/browser.js';

const BRIEFS = [
  {
    name: 'bundled roadmap (fr)',
    dir: join(ROOT, 'roadmap'),
    asOf: '2026-11-25',
    meeting: 'comite-territorial-2026-12-10',
    lang: [],
  },
  {
    name: 'bundled roadmap (en)',
    dir: join(ROOT, 'roadmap'),
    asOf: '2026-11-25',
    meeting: 'comite-territorial-2026-12-10',
    lang: ['--lang', 'en'],
  },
  {
    name: 'brief fixture',
    dir: join(FIXTURES, 'brief', 'roadmap'),
    asOf: '2019-09-15',
    meeting: 'comite-2019-10-10',
    lang: [],
  },
  {
    name: 'partner markdown with jumping, underlined and quoted headings',
    dir: 'hostile',
    asOf: '2019-09-15',
    meeting: 'comite-2019-10-10',
    lang: [],
  },
] as const;

const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });

/** The other documents of the committee cycle, rendered by the same renderers. */
const BUNDLED = join(ROOT, 'roadmap');
const MEETING_DOCUMENTS = [
  {
    name: 'convocation',
    argv: ['meeting', 'convene', 'comite-territorial-2026-12-10'],
    file: 'comite-territorial-2026-12-10/convocation.html',
  },
  {
    name: 'attendance sheet',
    argv: ['meeting', 'sheet', 'comite-territorial-2026-12-10'],
    file: 'comite-territorial-2026-12-10/feuille-emargement.html',
  },
  {
    name: 'minutes',
    argv: ['meeting', 'minutes', 'comite-territorial-2026-06-18'],
    file: 'comite-territorial-2026-06-18/proces-verbal.html',
  },
] as const;

/** The brief fixture with an axis description whose headings jump levels, use `===` or sit in a quote. */
function hostileRoadmap(dir: string): string {
  const axis = readFileSync(join(FIXTURES, 'brief', 'roadmap', 'axes', 'createurs.md'), 'utf8').replace(
    'Un parcours lisible pour les créateurs d’entreprise.',
    'Intro.\n\n###### Très profond\n\nSous-titre souligné\n===================\n\n> # Dans une citation\n\n<b>gras</b> ![image](https://evil.example/i.png)\n\n## Retour',
  );
  return roadmapFrom(join(dir, 'hostile-roadmap'), { 'axes/createurs.md': axis }, join(FIXTURES, 'brief', 'roadmap'));
}

describeWithChromium('the brief for its readers', () => {
  const { dir, cleanup } = tempDir('brief-a11y-');
  let browser: Browser;
  let page: Page;
  const html = new Map<string, string>();

  beforeAll(async () => {
    // Chromium starts while the documents render.
    const launched = launchChromium();
    try {
      for (const [index, brief] of BRIEFS.entries()) {
        const out = join(dir, String(index));
        const roadmap = brief.dir === 'hostile' ? hostileRoadmap(dir) : brief.dir;
        const result = await runMain(['brief', '--dir', roadmap, '--as-of', brief.asOf, '--out', out, ...brief.lang], {
          today: brief.asOf,
        });
        expect(result.code, result.stderr).toBe(0);
        html.set(brief.name, join(out, brief.meeting, 'brief.html'));
      }
      for (const document of MEETING_DOCUMENTS) {
        const out = join(dir, document.name);
        const result = await runMain([...document.argv, '--dir', BUNDLED, '--as-of', '2026-11-25', '--out', out], {
          today: '2026-11-25',
        });
        expect(result.code, result.stderr).toBe(0);
        html.set(document.name, join(out, document.file));
      }
    } finally {
      browser = await launched;
    }
    // One page for every document: each goto is a fresh document, and one renderer keeps axe-core compiled.
    const context = await browser.newContext({ viewport: DESKTOP });
    await addAxeToEveryDocument(context);
    page = await context.newPage();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    cleanup();
  });

  /**
   * axe-core's violations on a desktop and on a phone. The document is loaded once, under its own CSP
   * (axe comes in through DevTools, not as a script of the page's), and resized between the two runs:
   * the second run sees the other layout, as a fresh load at that width would.
   */
  async function axe(
    path: string,
    prepare?: () => Promise<void>,
  ): Promise<{ desktop: AxeViolation[]; phone: AxeViolation[] }> {
    await page.goto(pathToFileURL(path).href);
    await prepare?.();
    return onDesktopAndPhone(
      page,
      () => axeViolations(page),
      () => axeViolations(page),
    );
  }

  it('the axe check finds violations where there are some, on each width, and a rule that fails to run, so a clean run means something', async () => {
    const bad = join(dir, 'bad.html');
    writeFileSync(
      bad,
      '<!DOCTYPE html><html><head><title>x</title></head><body><h3>x</h3><p style="color:#c27c0e;background:#fff">faible</p><img src="data:,"></body></html>',
    );
    const { desktop, phone } = await axe(bad);
    for (const ids of [desktop, phone].map((violations) => violations.map((violation) => violation.id))) {
      expect(ids).toEqual(
        expect.arrayContaining(['html-has-lang', 'image-alt', 'color-contrast', 'landmark-one-main']),
      );
    }
    // Faint only on a narrow screen: each run sees its own width's layout, whichever width the page starts at.
    const narrow = join(dir, 'narrow.html');
    writeFileSync(
      narrow,
      '<!DOCTYPE html><html lang="fr"><head><title>x</title><style>@media (max-width: 600px) { p { color: #bbb; } }</style></head><body><main><h1>x</h1><p>pâle sur un téléphone</p></main></body></html>',
    );
    for (const start of [DESKTOP, PHONE]) {
      await page.setViewportSize(start);
      const widths = await axe(narrow);
      expect(widths.desktop, `from ${start.width} px`).toEqual([]);
      expect(
        widths.phone.map((violation) => violation.id),
        `from ${start.width} px`,
      ).toEqual(['color-contrast']);
    }
    // A rule whose check throws: axe files it as incomplete, the helper as a violation.
    const broken = await axe(narrow, () =>
      page.evaluate(() => {
        const engine = (globalThis as unknown as { axe: { configure: (spec: object) => void } }).axe;
        engine.configure({
          checks: [
            {
              id: 'always-throws',
              evaluate: () => {
                throw new Error('boom');
              },
            },
          ],
          rules: [{ id: 'throwing-rule', selector: 'main', any: ['always-throws'] }],
        });
      }),
    );
    expect(broken.desktop.map((violation) => violation.id)).toEqual([
      expect.stringMatching(/^throwing-rule \(the rule failed: .*boom/),
    ]);
  });

  for (const brief of [...BRIEFS, ...MEETING_DOCUMENTS]) {
    it(`${brief.name}: no axe-core violation of any impact, on a desktop and on a phone`, async () => {
      expect(await axe(html.get(brief.name)!)).toEqual({ desktop: [], phone: [] });
    }, 120_000);

    it(`${brief.name}: html-validate's recommended rules find nothing`, async () => {
      const report = await validator.validateString(readFileSync(html.get(brief.name)!, 'utf8'));
      const messages = report.results.flatMap((result) =>
        result.messages.map((message) => `${message.line}:${message.column} ${message.ruleId} ${message.message}`),
      );
      expect(messages).toEqual([]);
    });
  }
});
