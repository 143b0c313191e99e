/**
 * The programs that read office files, for the tests that prove our XLSX,
 * ODS, DOCX and ODT: LibreOffice headless (a private profile per run, so runs
 * never share or lock one), and Debian's python-docx, odfpy and openpyxl
 * under /usr/bin/python3 (the `python3` on PATH may be another Python).
 * Missing outside CI, their tests skip with the reason; under CI=true they
 * must be there.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const PYTHON = '/usr/bin/python3';

function which(command: string): string | undefined {
  const found = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : undefined;
}

export const SOFFICE = which('soffice') ?? which('libreoffice');

/** Why the office readers cannot run here, or undefined when they all can. */
export function missingReaders(modules: readonly string[]): string | undefined {
  if (!SOFFICE) return 'LibreOffice (soffice) is not installed';
  if (!existsSync(PYTHON)) return `${PYTHON} is missing`;
  const probe = spawnSync(PYTHON, ['-c', modules.map((module) => `import ${module}`).join('; ')], { encoding: 'utf8' });
  return probe.status === 0
    ? undefined
    : `${PYTHON} lacks ${modules.join(', ')} (${probe.stderr.trim().split('\n').at(-1)})`;
}

/** Under CI the readers must be there: a skip would hide a missing install step. */
export function readersSkip(modules: readonly string[]): string | undefined {
  const missing = missingReaders(modules);
  if (missing && process.env.CI === 'true') throw new Error(`CI=true but ${missing}: .ci/run installs them`);
  return missing;
}

/** One LibreOffice batch conversion of `files` into `outdir` (`filter` as for --convert-to). */
export function sofficeConvert(files: readonly string[], filter: string, outdir: string): string {
  const profile = mkdtempSync(join(tmpdir(), 'roadmap-lo-'));
  try {
    const result = spawnSync(
      SOFFICE!,
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--norestore',
        '--convert-to',
        filter,
        '--outdir',
        outdir,
        ...files,
      ],
      { encoding: 'utf8', timeout: 180_000 },
    );
    if (result.status !== 0) throw new Error(`soffice failed: ${result.stderr}`);
    return result.stdout;
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Runs a Python script with Debian's modules and returns its stdout parsed as JSON. */
export function python<T>(script: string, ...args: string[]): T {
  const result = spawnSync(PYTHON, ['-c', script, ...args], {
    encoding: 'utf8',
    timeout: 120_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`python failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as T;
}
