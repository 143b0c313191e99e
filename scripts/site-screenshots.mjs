// The screenshots of the website in docs/: the home page and one commitment page of the
// bundled roadmap, at 1280 px and 390 px wide, taken by the system Chromium.
//   npm run build && node scripts/site-screenshots.mjs
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { main } from '../dist/src/main.js';
import { findChromium } from '../dist/src/pdf/findChromium.js';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const COMMITMENT = 'plateforme-emploi-formation';
const out = mkdtempSync(join(tmpdir(), 'site-shots-'));
try {
  const code = await main(['site', '--dir', join(ROOT, 'roadmap'), '--as-of', '2026-11-25', '--out', out], {
    stdout: () => {},
    stderr: (text) => process.stderr.write(text),
    cwd: ROOT,
    env: process.env,
    isTTY: false,
  });
  if (code !== 0) throw new Error(`roadmap site exited ${code}`);
  const lookup = findChromium(undefined, process.env);
  if (!lookup.found) throw new Error('no Chromium found');
  const browser = await chromium.launch({ executablePath: lookup.path });
  for (const [name, page] of [
    ['home', 'index.html'],
    ['commitment', `commitments/${COMMITMENT}.html`],
  ]) {
    for (const [width, height] of [
      [1280, 1400],
      [390, 1800],
    ]) {
      const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1 });
      const tab = await context.newPage();
      await tab.goto(pathToFileURL(join(out, page)).href);
      await tab.screenshot({ path: join(ROOT, 'docs', `site-${name}-${width}.png`) });
      await context.close();
    }
  }
  await browser.close();
} finally {
  rmSync(out, { recursive: true, force: true });
}
