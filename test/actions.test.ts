/**
 * `roadmap actions` on the engine fixture as of 2020-01-15 (worked out by hand in
 * test/derive-engine.test.ts): a1 and a2 closed after their due dates, a3 open,
 * a4 open and overdue, a5 cancelled.
 */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { FIXTURES, runMain } from './helpers/cli.js';

const DIR = join(FIXTURES, 'engine', 'roadmap');
const actions = (args: string[]) =>
  runMain(['actions', '--dir', DIR, '--as-of', '2020-01-15', ...args], { today: '2026-11-25' });
const ids = async (args: string[]) =>
  JSON.parse((await actions([...args, '--format', 'json'])).stdout).actions.map((action: { id: string }) => action.id);

describe('roadmap actions', () => {
  test.each([
    [[], ['a1', 'a2', 'a3', 'a4', 'a5']],
    [
      ['--owner', 'alpha'],
      ['a1', 'a4'],
    ],
    [
      ['--status', 'open'],
      ['a3', 'a4'],
    ],
    [
      ['--status', 'done'],
      ['a1', 'a2'],
    ],
    [['--overdue'], ['a4']],
    [['--owner', 'beta', '--status', 'open'], []],
  ])('%j lists %j', async (args, expected) => {
    expect(await ids(args)).toEqual(expected);
  });

  test('status is as of the date: a2 closed on 2019-05-01 was still open and overdue on 2019-04-01', async () => {
    const { stdout } = await runMain(
      ['actions', '--dir', DIR, '--as-of', '2019-04-01', '--overdue', '--format', 'json'],
      { today: '2026-11-25' },
    );
    expect(JSON.parse(stdout).actions).toMatchObject([{ id: 'a2', status: 'open', overdue: true, closedOn: null }]);
  });

  test('markdown table with French dates', async () => {
    const { stdout } = await actions(['--format', 'markdown', '--overdue']);
    expect(stdout).toBe(
      [
        '# Actions décidées en réunion',
        '',
        '| Action | Intitulé | Réunion du | Responsable | Échéance | État | Soldée le | En retard |',
        '| --- | --- | --- | --- | --- | --- | --- | --- |',
        '| a4 | Action en retard | 15 juin 2019 | Alpha | 30 septembre 2019 | ouverte | — | oui |',
        '',
      ].join('\n'),
    );
  });

  test('CSV and the terminal table', async () => {
    const csv = (await actions(['--format', 'csv', '--owner', 'alpha'])).stdout;
    expect(csv).toBe(
      '\ufeffAction;Intitulé;Réunion du;Responsable;Échéance;État;Soldée le;En retard\r\n' +
        'a1;Action close après son échéance;2019-01-20;Alpha;2019-02-28;soldée;2019-03-15;non\r\n' +
        'a4;Action en retard;2019-06-15;Alpha;2019-09-30;ouverte;;oui\r\n',
    );
    const table = (await actions(['--status', 'cancelled'])).stdout;
    expect(table).toMatch(
      /│ a5 +│ Action abandonnée +│ 15 juin 2019 +│ Bêta +│ — +│ abandonnée │ 1er juillet 2019 │ non +│/,
    );
  });

  test.each([
    [['--status', 'closed'], /^roadmap: --status doit valoir open \| done \| cancelled, pas « closed »\n$/],
    [
      ['--owner', 'gama'],
      /^roadmap: --owner : aucun identifiant « gama » dans partners\/ ; vouliez-vous dire « gamma » \?\n$/,
    ],
    [
      ['--as-of', '2019-13-01'],
      /^roadmap: --as-of : « 2019-13-01 » n’est pas une date valide \(il n’y a pas de mois 13\)\.\n$/,
    ],
  ])('%j exits 2 with one line', async (args, message) => {
    const result = await runMain(['actions', '--dir', DIR, ...args]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });
});
