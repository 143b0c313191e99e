import { accessSync, constants, statSync } from 'node:fs';

/** Where Debian, Ubuntu, Fedora, Alpine, snap and macOS put a Chromium or a Chrome. */
export const SYSTEM_CHROMIUMS: readonly string[] = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/lib/chromium/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

export type ChromiumLookup =
  | { found: true; path: string }
  /** `named`: the path the user asked for (flag or CHROMIUM_PATH) is not an executable. */
  | { found: false; named?: { path: string; source: '--chromium' | 'CHROMIUM_PATH' }; tried: readonly string[] };

/**
 * A locally installed Chromium, never a downloaded one: `--chromium`, then
 * `CHROMIUM_PATH`, then the usual system locations. A path the user named
 * explicitly is used or refused, never silently replaced by another browser.
 */
export function findChromium(flag: string | undefined, env: Record<string, string | undefined>): ChromiumLookup {
  for (const [path, source] of [
    [flag, '--chromium'],
    [env.CHROMIUM_PATH, 'CHROMIUM_PATH'],
  ] as const) {
    if (path === undefined || path === '') continue;
    return isExecutable(path) ? { found: true, path } : { found: false, named: { path, source }, tried: [path] };
  }
  const path = SYSTEM_CHROMIUMS.find(isExecutable);
  return path ? { found: true, path } : { found: false, tried: SYSTEM_CHROMIUMS };
}

function isExecutable(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
