/**
 * `roadmap meeting record`: a planned meeting becomes held, with the
 * attendance of every member of the day, decisions and actions appended with
 * fresh ids; each refusal exits 2 and leaves the file as it was.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assertNoCrash, roadmapFrom, runMain, tempDir } from './helpers/cli.js';

const TODAY = '2019-03-25';
const REL = 'meetings/comite-2019-03-21.md';
const PLANNED = [
  '---',
  'id: comite-2019-03-21',
  'date: 2019-03-21',
  'kind: committee',
  'title: Comité territorial',
  'status: planned # to record after the meeting',
  'chair: ept',
  'agenda:',
  '  - title: Guichet unique',
  '    commitments: [guichet-unique]',
  '---',
  'Compte rendu à rédiger.',
  '',
].join('\n');
/** A third partner that joined after the meeting: not invited, not a member that day. */
const LATE_MEMBER =
  'id: cma\nname: Chambre de métiers\nshort_name: CMA\nkind: cma\nrole: member\njoined_on: 2019-06-01\n';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir('record-')));
afterEach(() => cleanup());

async function record(root: string, argv: string[], today = TODAY) {
  const result = await runMain(['meeting', 'record', ...argv, '--dir', root], { today });
  assertNoCrash(result);
  return result;
}

async function validateRules(root: string): Promise<string[]> {
  const result = await runMain(['validate', '--dir', root, '--format', 'json'], { today: TODAY });
  return (JSON.parse(result.stdout) as { diagnostics: { rule: string }[] }).diagnostics.map((d) => d.rule);
}

describe('meeting record', () => {
  it('marks the meeting held, records attendance, decisions and actions, keeps comments, and prints the new ids', async () => {
    const root = roadmapFrom(dir, { [REL]: PLANNED, 'partners/cma.yaml': LATE_MEMBER });
    const result = await record(root, [
      'comite-2019-03-21',
      '--present',
      'ept',
      '--excused',
      'cci',
      '--decision',
      'Le guichet ouvrira en 2020.',
      '--decision',
      'Un bilan est demandé\npour juin.',
      '--action',
      'Chiffrer le guichet',
      '--owner',
      'cci',
      '--due',
      '2019-06-30',
      '--action',
      'Réserver les locaux',
      '--owner',
      'ept',
    ]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      [
        'Écrit : roadmap/meetings/comite-2019-03-21.md',
        'Décision d-2019-03-01 : Le guichet ouvrira en 2020.',
        'Décision d-2019-03-02 : Un bilan est demandé pour juin.',
        'Action a-2019-03-01 (cci) : Chiffrer le guichet',
        'Action a-2019-03-02 (ept) : Réserver les locaux',
        '',
      ].join('\n'),
    );
    expect(readFileSync(join(root, REL), 'utf8')).toBe(
      [
        '---',
        'id: comite-2019-03-21',
        'date: 2019-03-21',
        'kind: committee',
        'title: Comité territorial',
        'status: held # to record after the meeting',
        'chair: ept',
        'attendees:',
        '  - partner: cci',
        '    present: false',
        '    excused: true',
        '  - partner: ept',
        '    present: true',
        'agenda:',
        '  - title: Guichet unique',
        '    commitments: [guichet-unique]',
        'decisions:',
        '  - id: d-2019-03-01',
        '    text: Le guichet ouvrira en 2020.',
        '  - id: d-2019-03-02',
        '    text: Un bilan est demandé pour juin.',
        'actions:',
        '  - id: a-2019-03-01',
        '    text: Chiffrer le guichet',
        '    owner: cci',
        '    due: 2019-06-30',
        '    status: open',
        '  - id: a-2019-03-02',
        '    text: Réserver les locaux',
        '    owner: ept',
        '    status: open',
        '---',
        'Compte rendu à rédiger.',
        '',
      ].join('\n'),
    );
    expect(await validateRules(root)).toEqual([]);
  });

  it('updates the attendance already typed in place, keeping people, and numbers after the ids in use', async () => {
    const typed = PLANNED.replace(
      'chair: ept\n',
      'chair: ept\nattendees:\n  - { partner: ept, people: [ Jeanne Martin ], present: false, excused: true }\ndecisions:\n  - { id: d-2019-03-01, text: Ordre du jour adopté }\n',
    );
    const root = roadmapFrom(dir, { [REL]: typed });
    const result = await record(root, ['comite-2019-03-21', '--present', 'ept,cci', '--decision', 'Suite']);
    expect(result.code).toBe(0);
    const after = readFileSync(join(root, REL), 'utf8');
    expect(after).toContain(
      'attendees:\n  - { partner: ept, people: [ Jeanne Martin ], present: true }\n  - { partner: cci, present: true }\n',
    );
    expect(after).toContain(
      '  - { id: d-2019-03-01, text: Ordre du jour adopté }\n  - { id: d-2019-03-02, text: Suite }\n',
    );
    expect(await validateRules(root)).toEqual([]);
  });

  it('ids stay unique across meetings of the same month', async () => {
    const other = PLANNED.replace(/comite-2019-03-21/g, 'technique-2019-03-05')
      .replace('2019-03-21', '2019-03-05')
      .replace('chair: ept\n', 'chair: ept\ndecisions:\n  - id: d-2019-03-01\n    text: Déjà prise\n');
    const root = roadmapFrom(dir, { [REL]: PLANNED, 'meetings/technique-2019-03-05.md': other });
    const result = await record(root, ['comite-2019-03-21', '--present', 'ept,cci', '--decision', 'Nouvelle']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Décision d-2019-03-02 : Nouvelle\n');
  });

  it('the meeting of today can be recorded; --dry-run prints the diff and writes nothing', async () => {
    const root = roadmapFrom(dir, { [REL]: PLANNED });
    const result = await record(root, ['comite-2019-03-21', '--present', 'ept,cci', '--dry-run'], '2019-03-21');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      '-status: planned # to record after the meeting\n+status: held # to record after the meeting\n',
    );
    expect(result.stdout).toContain('+attendees:\n+  - partner: cci\n+    present: true\n');
    expect(result.stderr).toBe('(simulation : rien n’a été écrit)\n');
    expect(readFileSync(join(root, REL), 'utf8')).toBe(PLANNED);
  });

  it('pairs repeated flags in command-line order', async () => {
    const root = roadmapFrom(dir, { [REL]: PLANNED });
    const result = await runMain([
      'meeting',
      'record',
      'comite-2019-03-21',
      '--dir',
      root,
      '--present',
      'ept,cci',
      '--action',
      'Chiffrer',
      '--owner',
      'cci',
      '--action',
      'Réserver',
      '--due',
      '2019-05-31',
      '--owner',
      'ept',
    ]);
    assertNoCrash(result);
    expect(result.code, result.stderr).toBe(0);
    expect(readFileSync(join(root, REL), 'utf8')).toContain(
      [
        '  - id: a-2019-03-01',
        '    text: Chiffrer',
        '    owner: cci',
        '    status: open',
        '  - id: a-2019-03-02',
        '    text: Réserver',
        '    owner: ept',
        '    due: 2019-05-31',
        '    status: open',
      ].join('\n'),
    );
  });

  it('works in English', async () => {
    const root = roadmapFrom(dir, { [REL]: PLANNED });
    const result = await record(root, [
      'comite-2019-03-21',
      '--present',
      'ept',
      '--lang',
      'en',
      '--action',
      'Draft',
      '--owner',
      'cci',
    ]);
    expect(result.stdout).toBe('Wrote: roadmap/meetings/comite-2019-03-21.md\nAction a-2019-03-01 (cci): Draft\n');
  });

  it.each([
    [
      ['comite-2019-03-12', '--present', 'ept'],
      'roadmap: Aucune réunion « comite-2019-03-12 » (vouliez-vous dire « comite-2019-03-21 » ?).\n',
    ],
    [
      ['comite-2019-03-21'],
      'roadmap: Indiquez qui était là : --present <ids> (et --excused <ids>), parmi les membres du comité au 21 mars 2019 : cci, ept.\n',
    ],
    [
      ['comite-2019-03-21', '--present', 'ept,cma'],
      'roadmap: --present : « cma » n’est pas membre du comité au 21 mars 2019 (vouliez-vous dire « cci » ?) ; membres : cci, ept.\n',
    ],
    [
      ['comite-2019-03-21', '--present', 'ept', '--excused', 'ept'],
      'roadmap: « ept » ne peut pas être à la fois présent (--present) et excusé (--excused).\n',
    ],
    [
      ['comite-2019-03-21', '--present', 'ept', '--owner', 'cci', '--action', 'Chiffrer'],
      'roadmap: --owner se place après l’--action qu’il complète : --action <texte> --owner <partenaire> [--due <date>].\n',
    ],
    [
      ['comite-2019-03-21', '--present', 'ept', '--action', 'Chiffrer'],
      'roadmap: L’action « Chiffrer » n’a pas de responsable : ajoutez --owner <partenaire> juste après elle.\n',
    ],
    [
      ['comite-2019-03-21', '--present', 'ept', '--action', 'Chiffrer', '--owner', 'cci', '--owner', 'ept'],
      'roadmap: --owner est donné deux fois pour l’action « Chiffrer ».\n',
    ],
    [
      ['comite-2019-03-21', '--present', 'ept', '--action', 'Chiffrer', '--owner', 'ccj'],
      'roadmap: --owner : aucun partenaire « ccj » (vouliez-vous dire « cci » ?).\n',
    ],
    [
      ['comite-2019-03-21', '--present', 'ept', '--action', 'Chiffrer', '--owner', 'cci', '--due', '2019-02-29'],
      'roadmap: --due : « 2019-02-29 » n’est pas une date valide (ce mois n’a que 28 jours).\n',
    ],
    [
      ['comite-2018-11-15'],
      'roadmap: La réunion « comite-2018-11-15 » est déjà enregistrée comme tenue : indiquez --present, --excused, --decision ou --action pour la compléter.\n',
    ],
  ])('refuses %j: exit 2, nothing written', async (argv, stderr) => {
    const root = roadmapFrom(dir, { [REL]: PLANNED, 'partners/cma.yaml': LATE_MEMBER });
    const result = await record(root, argv);
    expect(result.stderr).toBe(stderr);
    expect(result.code).toBe(2);
    expect(readFileSync(join(root, REL), 'utf8')).toBe(PLANNED);
    expect(readdirSync(join(root, 'meetings')).sort()).toEqual(['comite-2018-11-15.md', 'comite-2019-03-21.md']);
  });

  it('refuses a meeting dated after today, and a cancelled one', async () => {
    const root = roadmapFrom(dir, { [REL]: PLANNED });
    const early = await record(root, ['comite-2019-03-21', '--present', 'ept'], '2019-03-20');
    expect(early.stderr).toBe(
      'roadmap: Refus : la réunion « comite-2019-03-21 » est datée du 21 mars 2019, après aujourd’hui (20 mars 2019) ; elle ne s’enregistre qu’une fois tenue. Rien n’a été écrit.\n',
    );
    expect(early.code).toBe(2);
    const cancelled = roadmapFrom(join(dir, 'cancelled'), {
      [REL]: PLANNED.replace('status: planned', 'status: cancelled'),
    });
    const refused = await record(cancelled, ['comite-2019-03-21', '--present', 'ept', '--lang', 'en']);
    expect(refused.stderr).toBe(
      'roadmap: Meeting "comite-2019-03-21" is cancelled (status: cancelled): it cannot be recorded as held. Nothing was written.\n',
    );
    expect(refused.code).toBe(2);
    expect(readFileSync(join(root, REL), 'utf8')).toBe(PLANNED);
  });
});
