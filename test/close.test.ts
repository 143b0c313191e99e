/** `roadmap close <action-id>`: the action is closed in its meeting file; every refusal exits 2 and writes nothing. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assertNoCrash, roadmapFrom, runMain, tempDir } from './helpers/cli.js';

const TODAY = '2019-02-10';
const REL = 'meetings/comite-2018-11-15.md';
const OPEN_ACTIONS = [
  '  - id: a-2',
  '    text: Préparer le bilan # second action',
  '    owner: cci',
  '    due: 2019-01-31',
  '    status: open',
  '    commitment: guichet-unique',
  '  - { id: a-3, text: Réserver une salle, owner: ept, status: open }',
  '---',
].join('\n');

let dir: string;
let cleanup: () => void;
let root: string;
let before: string;
beforeEach(() => {
  ({ dir, cleanup } = tempDir('close-'));
  const base = readFileSync(join(roadmapFrom(join(dir, 'base')), REL), 'utf8');
  root = roadmapFrom(dir, {
    [REL]: base.replace('    closed_on: 2018-11-30\n---', `    closed_on: 2018-11-30\n${OPEN_ACTIONS}`),
  });
  before = readFileSync(join(root, REL), 'utf8');
});
afterEach(() => cleanup());

async function close(argv: string[]) {
  const result = await runMain(['close', ...argv, '--dir', root], { today: TODAY });
  assertNoCrash(result);
  return result;
}

async function validateRules(): Promise<string[]> {
  const result = await runMain(['validate', '--dir', root, '--format', 'json'], { today: TODAY });
  return (JSON.parse(result.stdout) as { diagnostics: { rule: string }[] }).diagnostics.map((d) => d.rule);
}

describe('close', () => {
  it('closes an action as done today, keeping its comment and key order, with a note', async () => {
    const result = await close(['a-2', '--note', 'Bilan transmis au comité']);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('Écrit : roadmap/meetings/comite-2018-11-15.md\n');
    expect(result.code).toBe(0);
    expect(readFileSync(join(root, REL), 'utf8')).toBe(
      before.replace(
        '    status: open\n    commitment: guichet-unique\n',
        '    status: done\n    closed_on: 2019-02-10\n    commitment: guichet-unique\n    note: Bilan transmis au comité\n',
      ),
    );
    expect(await validateRules()).toEqual([]);
  });

  it('--cancelled --on an earlier date, in a flow mapping', async () => {
    const result = await close(['a-3', '--cancelled', '--on', '2019-01-05']);
    expect(result.code).toBe(0);
    expect(readFileSync(join(root, REL), 'utf8')).toContain(
      '  - { id: a-3, text: Réserver une salle, owner: ept, status: cancelled, closed_on: 2019-01-05 }\n',
    );
    expect(await validateRules()).toEqual([]);
  });

  it('--dry-run prints the diff and writes nothing', async () => {
    const result = await close(['a-2', '--dry-run']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('-    status: open\n+    status: done\n+    closed_on: 2019-02-10\n');
    expect(result.stderr).toBe('(simulation : rien n’a été écrit)\n');
    expect(readFileSync(join(root, REL), 'utf8')).toBe(before);
  });

  it("an action in a meeting file that does not load: that file's errors, exit 1", async () => {
    const broken = roadmapFrom(join(dir, 'broken'), {
      'meetings/comite-2019-01-10.md': '---\nid: comite-2019-01-10\ndate: [oops\n---\n',
    });
    const result = await runMain(['close', 'a-9', '--dir', broken], { today: TODAY });
    assertNoCrash(result);
    expect(result.stderr).toContain('yaml/');
    expect(result.code).toBe(1);
  });

  it.each([
    [
      ['a-4'],
      'roadmap: Aucune action « a-4 » dans les réunions (vouliez-vous dire « a-1 » ?). roadmap actions les liste toutes.\n',
    ],
    [['a-1'], 'roadmap: L’action « a-1 » est déjà close (soldée, le 30 novembre 2018). Rien n’a été écrit.\n'],
    [
      ['a-2', '--on', '2019-02-11'],
      'roadmap: Refus : --on vaut le 11 février 2019, après aujourd’hui (10 février 2019) ; un fait ne s’enregistre qu’une fois survenu. Rien n’a été écrit.\n',
    ],
    [
      ['a-2', '--on', '2018-11-01'],
      'roadmap: L’action « a-2 » a été décidée le 15 novembre 2018 : elle ne peut pas être close avant (--on 2018-11-01). Rien n’a été écrit.\n',
    ],
    [
      ['a-2', '--on', '2019-02-11', '--lang', 'en'],
      'roadmap: Refused: --on is 11 February 2019, after today (10 February 2019); a fact is recorded only once it has happened. Nothing was written.\n',
    ],
  ])('refuses %j: exit 2, nothing written', async (argv, stderr) => {
    const result = await close(argv);
    expect(result.stderr).toBe(stderr);
    expect(result.code).toBe(2);
    expect(readFileSync(join(root, REL), 'utf8')).toBe(before);
  });
});
