/**
 * Tests that need a real Chromium: the system one, never a downloaded one.
 * Outside CI they skip with a clear message when none is installed; under
 * CI=true a missing browser fails the run (.ci/run installs Debian's chromium).
 */
import { chromium, type Browser } from 'playwright-core';
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
    describe(name, () => it('needs a system Chromium', () => {
      throw new Error(`${MISSING} — CI must provide it`);
    }));
    return;
  }
  console.warn(`[skip] ${name}: ${MISSING}`);
  describe.skip(`${name} (skipped: ${MISSING})`, body);
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM!, args: [...CHROMIUM_ARGS] });
}
