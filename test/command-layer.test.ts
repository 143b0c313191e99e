/**
 * The command layer: one sentence per kind of flag error whatever the flag,
 * and a bug told apart from a wrong call by its exit code (70, not 2).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/main.js';
import { FIXTURES, roadmapFrom, runMain, tempDir } from './helpers/cli.js';

const TODAY = '2026-11-25';
const ROADMAP = join(FIXTURES, 'base', 'roadmap');

describe('flag errors', () => {
  it('words a bad date the same whatever the flag', async () => {
    const calls: [string, string[]][] = [
      ['--as-of', ['report', '--dir', ROADMAP, '--as-of', '2027-02-30']],
      ['--on', ['update', 'guichet-unique', '--dir', ROADMAP, '--note', 'x', '--on', '2027-02-30', '--dry-run']],
      ['--due', ['update', 'guichet-unique', '--dir', ROADMAP, '--due', '2027-02-30', '--dry-run']],
      ['--start', ['new', 'commitment', '--dir', ROADMAP, '--title', 'X', '--start', '2027-02-30', '--dry-run']],
      [
        '--milestone-due',
        ['update', 'guichet-unique', '--dir', ROADMAP, '--milestone-due', '2=2027-02-30', '--dry-run'],
      ],
      ['--joined-on', ['edit', 'partner', 'cci', '--dir', ROADMAP, '--joined-on', '2027-02-30', '--dry-run']],
      [
        '--signed-on',
        ['init', join(FIXTURES, 'no-such-folder'), '--signed-on', '2027-02-30', '--dry-run', '--lang', 'fr'],
      ],
    ];
    for (const [flag, argv] of calls) {
      const result = await runMain(argv, { today: TODAY });
      expect({ flag, code: result.code, stderr: result.stderr }).toEqual({
        flag,
        code: 2,
        stderr: `roadmap: ${flag} : « 2027-02-30 » n’est pas une date valide (ce mois n’a que 28 jours).\n`,
      });
    }
  });

  it('words a bad whole number the same whatever the flag, with its range', async () => {
    const calls: [string, string, string[]][] = [
      [
        '--number',
        '1 à 1000',
        ['new', 'axis', '--dir', ROADMAP, '--title', 'X', '--short-title', 'X', '--number', 'x'],
      ],
      ['--number', '1 à 1000', ['edit', 'axis', 'createurs', '--dir', ROADMAP, '--number', 'x', '--dry-run']],
      ['--cadence', '1 à 120', ['edit', 'convention', '--dir', ROADMAP, '--cadence', 'x', '--dry-run']],
      ['--stale-months', '0 à 1200', ['portfolio', 'nowhere.yaml', '--out', 'out', '--stale-months', 'x']],
    ];
    for (const [flag, range, argv] of calls) {
      const result = await runMain([...argv, '--lang', 'fr'], { today: TODAY, cwd: FIXTURES });
      expect({ flag, code: result.code, stderr: result.stderr }).toEqual({
        flag,
        code: 2,
        stderr: `roadmap: ${flag} attend un nombre entier de ${range}, pas « x ». Rien n’a été écrit.\n`,
      });
    }
  });

  it('says why a date is not one', async () => {
    const result = await runMain(['report', '--dir', ROADMAP, '--as-of', 'demain', '--lang', 'en'], { today: TODAY });
    expect(result.stderr).toBe(
      'roadmap: --as-of: "demain" is not a valid date (a date is written YYYY-MM-DD, for example 2019-09-30).\n',
    );
  });
});

describe('written files', () => {
  it('are named relative to the working folder inside it, absolute outside it, never ../', async () => {
    const { dir, cleanup } = tempDir('command-layer-');
    try {
      const inside = await runMain(['calendar', '--dir', ROADMAP, '--output', 'agenda.ics'], {
        today: TODAY,
        cwd: dir,
      });
      expect(inside.stdout).toBe('Écrit : agenda.ics\n');
      const outside = await runMain(['calendar', '--dir', ROADMAP, '--output', join(dir, 'out', 'agenda.ics')], {
        today: TODAY,
        cwd: join(FIXTURES, 'base'),
      });
      expect(outside.stdout).toBe(`Écrit : ${join(dir, 'out', 'agenda.ics')}\n`);
    } finally {
      cleanup();
    }
  });
});

describe('exit codes', () => {
  it('gives 70 to an internal error, with the hint to rerun with --debug, and no stack trace', async () => {
    let stderr = '';
    const code = await main(['explain', '--lang', 'en'], {
      stdout: () => {
        throw new Error('the terminal went away');
      },
      stderr: (text) => void (stderr += text),
      cwd: FIXTURES,
      env: {},
      isTTY: false,
    });
    expect(code).toBe(70);
    expect(stderr).toContain('the terminal went away');
    expect(stderr).toContain('--debug');
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('prints the stack of an internal error with --debug', async () => {
    let stderr = '';
    const code = await main(['explain', '--debug'], {
      stdout: () => {
        throw new Error('boom');
      },
      stderr: (text) => void (stderr += text),
      cwd: FIXTURES,
      env: {},
      isTTY: false,
    });
    expect(code).toBe(70);
    expect(stderr).toMatch(/\n\s+at /);
  });

  it('keeps 2 for a wrong call and 1 for an invalid roadmap', async () => {
    expect((await runMain(['report', '--format', 'xlsx', '--dir', ROADMAP], { today: TODAY })).code).toBe(2);
    const { dir, cleanup } = tempDir('command-layer-');
    try {
      const broken = roadmapFrom(dir, { 'commitments/reglement.md': '---\nid: reglement\n' });
      expect((await runMain(['report', '--dir', broken, '--as-of', TODAY], { today: TODAY })).code).toBe(1);
    } finally {
      cleanup();
    }
  });
});
