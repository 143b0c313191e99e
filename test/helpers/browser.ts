/**
 * Tests that need a real Chromium: the system one, never a downloaded one.
 * Outside CI they skip with a clear message when none is installed; under
 * CI=true a missing browser fails the run (.ci/run installs Debian's chromium).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { describe, it } from 'vitest';
import { findChromium } from '../../src/pdf/findChromium.js';
import { CHROMIUM_ARGS } from '../../src/pdf/renderPdf.js';

export const CHROMIUM = (() => {
  const lookup = findChromium(undefined, process.env);
  return lookup.found ? lookup.path : undefined;
})();

const MISSING = 'no Chromium found (CHROMIUM_PATH, /usr/bin/chromium…): install one with `apt-get install chromium`';

/** `describe` when a Chromium exists; otherwise a skipped suite saying why, or a failing test under CI. */
export function describeWithChromium(name: string, body: () => void): void {
  if (CHROMIUM) {
    describe(name, body);
    return;
  }
  if (process.env.CI === 'true') {
    describe(name, () =>
      it('needs a system Chromium', () => {
        throw new Error(`${MISSING} — CI must provide it`);
      }),
    );
    return;
  }
  console.warn(`[skip] ${name}: ${MISSING}`);
  describe.skip(`${name} (skipped: ${MISSING})`, body);
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM!, args: [...CHROMIUM_ARGS] });
}

export const DESKTOP = { width: 1280, height: 900 };
export const PHONE = { width: 390, height: 844 };

/**
 * Runs `desktop` and `phone` on the page's current document, each at its width: first the width the page
 * is already at (the previous document's last), then the other after a resize. The resize lays the same
 * document out again, as a fresh load at that width would: one relayout per document, and no reload.
 */
export async function onDesktopAndPhone<D, P>(
  page: Page,
  desktop: () => Promise<D>,
  phone: () => Promise<P>,
): Promise<{ desktop: D; phone: P }> {
  if (page.viewportSize()?.width === PHONE.width && page.viewportSize()?.height === PHONE.height) {
    const onPhone = await phone();
    await page.setViewportSize(DESKTOP);
    return { desktop: await desktop(), phone: onPhone };
  }
  if (page.viewportSize()?.width !== DESKTOP.width || page.viewportSize()?.height !== DESKTOP.height)
    await page.setViewportSize(DESKTOP);
  const onDesktop = await desktop();
  await page.setViewportSize(PHONE);
  return { desktop: onDesktop, phone: await phone() };
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string;
  nodes: { target: unknown }[];
}

/**
 * Loads axe-core into every document the context opens, as DevTools inserts a script before the
 * document's own: its source crosses to the browser once, not once per page, and it is not a script of
 * the page's, so a page whose CSP refuses inline scripts still gets it while obeying that CSP. On a page
 * opened from the disk, axe's extra fetch of the stylesheets fails whether the CSP is obeyed or bypassed
 * (a file: page may not read another file); its results are the same either way.
 */
export async function addAxeToEveryDocument(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: AXE_SOURCE });
}

/**
 * axe-core's violations, of every rule it runs by default and every impact, on the document as it is
 * laid out now (in a context given `addAxeToEveryDocument`; run again after a viewport change, it sees
 * the new layout). A rule that fails to run is one too: axe would only file it as "incomplete". Only the
 * violations are asked for: the passes and incomplete lists cost time and are not read. The first three
 * offending nodes of each are kept for the message.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  return page.evaluate(async () => {
    interface Result {
      id: string;
      impact: string;
      nodes: { target: unknown }[];
      error?: { message?: string };
    }
    const axe = (
      globalThis as unknown as {
        axe: { run: (context: Document, options: object) => Promise<{ violations: Result[]; incomplete: Result[] }> };
      }
    ).axe;
    const report = await axe.run(document, { resultTypes: ['violations'] });
    const failed = report.incomplete
      .filter((rule) => rule.error)
      .map((rule) => ({
        id: `${rule.id} (the rule failed: ${rule.error!.message ?? 'no message'})`,
        impact: 'error',
        nodes: [],
      }));
    return [
      ...report.violations.map(({ id, impact, nodes }) => ({
        id,
        impact,
        nodes: nodes.slice(0, 3).map((node) => ({ target: node.target })),
      })),
      ...failed,
    ];
  });
}
