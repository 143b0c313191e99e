/**
 * The committee cycle tried as a new user would, on a copy of the bundled
 * roadmap, with no hand edit of YAML: a meeting created for today, recorded
 * (five members present, one excused, two decisions, two actions), an earlier
 * action closed, a commitment's due date moved citing the new decision;
 * the convocation, attendance sheet and reminders before, the minutes after,
 * and the next brief showing each fact exactly once — and `validate` finds
 * nothing new after any step.
 */
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, assertNoCrash, runMain, tempDir } from './helpers/cli.js';

const TODAY = '2026-11-27';
const { dir, cleanup } = tempDir('cycle-');
afterAll(cleanup);
const root = join(dir, 'roadmap');
const out = join(dir, 'briefs');
const MEETING = 'comite-territorial-2026-11-27';
cpSync(join(ROOT, 'roadmap'), root, { recursive: true });
const minutesFile = join(dir, 'releve.md');
writeFileSync(minutesFile, 'Le comité a adopté le plan de rattrapage du parcours du créateur.\n');

async function roadmap(argv: string[]) {
  const result = await runMain([...argv, '--dir', root], { today: TODAY });
  assertNoCrash(result);
  expect(result.code, result.stderr).toBe(0);
  return result;
}

/** Every diagnostic as `file rule`, to compare a step's findings with those of the untouched copy. */
async function findings(): Promise<string[]> {
  const result = await runMain(['validate', '--dir', root, '--format', 'json'], { today: TODAY });
  const parsed = JSON.parse(result.stdout) as { errors: number; diagnostics: { file: string; rule: string }[] };
  expect(parsed.errors).toBe(0);
  return parsed.diagnostics.map((d) => `${d.file} ${d.rule}`).sort();
}

describe('the committee cycle without hand-written YAML', async () => {
  const before = await findings();
  // The minutes are recorded with the meeting (`--minutes`): no placeholder is left to warn about.
  const awaited: string[] = [];
  const expectNothingNew = async () => {
    const now = await findings();
    expect(now.filter((finding) => !before.includes(finding))).toEqual(awaited);
    return now;
  };
  let decision = '';

  it('new meeting dated today', async () => {
    const result = await roadmap(['new', 'meeting', '--date', TODAY, '--place', 'Vitry-sur-Seine']);
    expect(result.stdout).toBe('Écrit : roadmap/meetings/comite-territorial-2026-11-27.md\n');
    await expectNothingNew();
  });

  it('convocation, attendance sheet and reminders before the meeting', async () => {
    for (const argv of [
      ['meeting', 'convene', MEETING],
      ['meeting', 'sheet', MEETING],
      ['remind', '--meeting', MEETING],
    ])
      await roadmap([...argv, '--out', out]);
    expect(readFileSync(join(out, MEETING, 'convocation.md'), 'utf8')).toContain(
      'Approbation du procès-verbal de la réunion du 18 juin 2026',
    );
    // The EPT's representative signs on the sheet.
    expect(readFileSync(join(out, MEETING, 'feuille-emargement.md'), 'utf8')).toContain('Michel Leprêtre');
    expect(readdirSync(join(out, MEETING, 'reminders')).filter((name) => name.endsWith('.eml')).length).toBeGreaterThan(
      0,
    );
    await expectNothingNew();
  });

  it('meeting record: five present, one excused, two decisions, two actions', async () => {
    const result = await roadmap([
      'meeting',
      'record',
      'comite-territorial-2026-11-27',
      '--present',
      'ept-gosb,cci-val-de-marne,cci-essonne,cma-essonne,essonne-developpement',
      '--excused',
      'cma-val-de-marne',
      '--decision',
      'Le plan de rattrapage du parcours du créateur est adopté ; l’échéance est reportée au 30 juin 2027.',
      '--decision',
      'La gouvernance de la marque territoriale est confiée à l’EPT.',
      '--action',
      'Publier le plan de rattrapage auprès des réseaux',
      '--owner',
      'cma-essonne',
      '--due',
      '2027-01-31',
      '--action',
      'Proposer les statuts de la marque',
      '--owner',
      'ept-gosb',
      // The minutes' prose, written by the secretariat in a markdown file of its own.
      '--minutes',
      minutesFile,
    ]);
    expect(result.stdout).toBe(
      [
        'Écrit : roadmap/meetings/comite-territorial-2026-11-27.md',
        'Décision d-2026-11-01 : Le plan de rattrapage du parcours du créateur est adopté ; l’échéance est reportée au 30 juin 2027.',
        'Décision d-2026-11-02 : La gouvernance de la marque territoriale est confiée à l’EPT.',
        'Action a-2026-11-01 (cma-essonne) : Publier le plan de rattrapage auprès des réseaux',
        'Action a-2026-11-02 (ept-gosb) : Proposer les statuts de la marque',
        '',
      ].join('\n'),
    );
    decision = 'd-2026-11-01';
    const file = readFileSync(join(root, 'meetings', 'comite-territorial-2026-11-27.md'), 'utf8');
    expect(file).toContain('status: held\n');
    expect(file.match(/present: true/g)).toHaveLength(5);
    expect(file).toContain('  - partner: cma-val-de-marne\n    present: false\n    excused: true\n');
    await expectNothingNew();
  });

  it('close of an earlier action, with a note', async () => {
    await roadmap(['close', 'a-2026-06-02', '--note', 'Questionnaire transmis au secrétariat']);
    const actions = JSON.parse((await roadmap(['actions', '--format', 'json'])).stdout) as {
      actions: { id: string; status: string; owner: string }[];
    };
    expect(actions.actions.find((action) => action.id === 'a-2026-06-02')?.status).toBe('done');
    expect(
      actions.actions
        .filter((action) => action.id.startsWith('a-2026-11-'))
        .map((action) => [action.id, action.owner, action.status]),
    ).toEqual([
      ['a-2026-11-01', 'cma-essonne', 'open'],
      ['a-2026-11-02', 'ept-gosb', 'open'],
    ]);
    await expectNothingNew();
  });

  it('update --due of a commitment citing the decision: its past-due warning goes, nothing new comes', async () => {
    const late = 'roadmap/commitments/parcours-createur-harmonise.md stale/past-due';
    expect(before).toContain(late);
    await roadmap(['update', 'parcours-createur-harmonise', '--due', '2027-06-30', '--decision', decision]);
    const file = readFileSync(join(root, 'commitments', 'parcours-createur-harmonise.md'), 'utf8');
    expect(file).toContain('due: 2027-06-30\n');
    expect(file).toMatch(
      / {2}- date: 2026-11-27\n {4}text: "?Échéance reportée du 30 juin 2026 au 30 juin 2027"?\n {4}due: 2027-06-30\n {4}previous_due: 2026-06-30\n {4}decision: d-2026-11-01\n/,
    );
    const now = await expectNothingNew();
    expect(now).not.toContain(late);
  });

  it('minutes of the meeting, then the next brief shows each fact exactly once', async () => {
    await roadmap(['meeting', 'minutes', MEETING, '--out', out]);
    const minutes = readFileSync(join(out, MEETING, 'proces-verbal.md'), 'utf8');
    expect(minutes).toContain('La gouvernance de la marque territoriale est confiée à l’EPT.');
    expect(minutes).toContain('Proposer les statuts de la marque');
    await roadmap(['brief', '--meeting', 'comite-territorial-2026-12-10', '--as-of', TODAY, '--out', out]);
    const brief = readFileSync(join(out, 'comite-territorial-2026-12-10', 'brief.md'), 'utf8');
    const section = (title: string) =>
      brief.slice(brief.indexOf(`\n## ${title}`), brief.indexOf('\n## ', brief.indexOf(`\n## ${title}`) + 1));
    const times = (text: string, within: string) => within.split(text).length - 1;
    const changes = section('Ce qui a changé');
    expect(times('Échéance reportée du 30 juin 2026 au 30 juin 2027', changes)).toBe(1);
    expect(times('Action soldée', changes)).toBe(1);
    expect(times('questionnaire du bilan qualitatif', changes)).toBe(1);
    expect(times('La gouvernance de la marque territoriale est confiée à l’EPT.', section('Ordre du jour'))).toBe(1);
    expect(times('Harmoniser le parcours du créateur', section('Glissements'))).toBe(1);
    expect(times('Proposer les statuts de la marque', section('Actions ouvertes'))).toBe(1);
    await expectNothingNew();
  });
});
