/**
 * The hostile catalogue's edit attacks and the low defects of issue 23's review: anchors and
 * aliases on edit, a meeting recorded twice, an attendee listed twice, a meeting ending before
 * it starts, a bidi mark in a file name, `init --install` given something a shell expands, an
 * image on the site. Each case states its exit code.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { markdownToHtml } from '../src/render/document/markdownToHtml.js';
import { assertNoCrash, roadmapFrom, runMain, tempDir } from './helpers/cli.js';

const TODAY = '2026-11-25';
let dir: string;
let roadmap: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir('hostile-edits-'));
  roadmap = roadmapFrom(dir);
});
afterEach(() => cleanup());

const COMMITMENT = 'commitments/guichet-unique.md';
const MEETING = 'meetings/comite-2018-11-15.md';
const read = (rel: string): string => readFileSync(join(roadmap, rel), 'utf8');
const frontMatter = (rel: string): Record<string, unknown> =>
  parse(read(rel).split('---\n')[1]!) as Record<string, unknown>;
const replaceIn = (rel: string, from: string, to: string): void => {
  const text = read(rel);
  if (!text.includes(from)) throw new Error(`${rel} lacks ${from}`);
  writeFileSync(join(roadmap, rel), text.replace(from, to));
};

describe('anchors and aliases: an edit changes only the node it names', () => {
  it('update --status on an anchored status leaves the journal entries that alias it as they were', async () => {
    replaceIn(COMMITMENT, 'status: in_progress\nstart:', 'status: &s in_progress\nstart:');
    replaceIn(COMMITMENT, '    text: Lancement\n    status: in_progress', '    text: Lancement\n    status: *s');
    const result = await runMain(
      ['update', 'guichet-unique', '--dir', roadmap, '--status', 'blocked', '--note', 'Bloqué', '--on', '2026-11-20'],
      { today: TODAY },
    );
    assertNoCrash(result);
    expect(result.code, result.stderr).toBe(0);
    const data = frontMatter(COMMITMENT) as { status: string; updates: { date: string; status?: string }[] };
    expect(data.status).toBe('blocked');
    expect(data.updates.find((entry) => entry.date === '2018-09-01')?.status).toBe('in_progress');
    expect(data.updates.at(-1)?.status).toBe('blocked');
  });

  it('close on an action whose status is an anchor closes that action alone', async () => {
    replaceIn(
      MEETING,
      '    status: done\n    closed_on: 2018-11-30',
      '    status: &open open\n  - id: a-2\n    text: Publier le règlement\n    owner: ept\n    due: 2018-12-15\n    status: *open',
    );
    const result = await runMain(['close', 'a-1', '--dir', roadmap, '--on', '2018-11-30'], { today: TODAY });
    assertNoCrash(result);
    expect(result.code, result.stderr).toBe(0);
    const actions = (frontMatter(MEETING) as { actions: { id: string; status: string }[] }).actions;
    expect(actions.map((action) => [action.id, action.status])).toEqual([
      ['a-1', 'done'],
      ['a-2', 'open'],
    ]);
  });

  it('close on an action written as an alias of another: two actions with one id, refused (exit 1), nothing written', async () => {
    replaceIn(MEETING, 'actions:\n  - id: a-1', 'actions:\n  - &first\n    id: a-1');
    replaceIn(MEETING, '    status: done\n    closed_on: 2018-11-30', '    status: open');
    const text = read(MEETING).replace(/\n---\n/, '\n  - *first\n---\n');
    writeFileSync(join(roadmap, MEETING), text);
    const result = await runMain(['close', 'a-1', '--dir', roadmap, '--on', '2018-11-30'], { today: TODAY });
    assertNoCrash(result);
    expect(result.code).toBe(1);
    expect(read(MEETING)).toBe(text);
  });
});

describe('edit on an anchored value', () => {
  it('edit partner --name on a name other keys alias changes that key alone', async () => {
    writeFileSync(
      join(roadmap, 'partners', 'cci.yaml'),
      'id: cci\nname: &n Chambre de commerce et d’industrie\nshort_name: *n\nkind: cci\nrole: signatory\nmaintainers: ["@test/cci"]\n',
    );
    const result = await runMain(['edit', 'partner', 'cci', '--dir', roadmap, '--name', 'CCI Val-de-Marne'], {
      today: TODAY,
    });
    assertNoCrash(result);
    expect(result.code, result.stderr).toBe(0);
    const data = parse(read('partners/cci.yaml')) as { name: string; short_name: string };
    expect(data).toMatchObject({ name: 'CCI Val-de-Marne', short_name: 'Chambre de commerce et d’industrie' });
  });
});

describe('meeting record run twice', () => {
  it('adds each decision and action once, and says which were already there', async () => {
    const args = [
      'meeting',
      'record',
      'comite-2018-11-15',
      '--dir',
      roadmap,
      '--decision',
      'La charte est adoptée.',
      '--action',
      'Publier la charte',
      '--owner',
      'ept',
      '--lang',
      'en',
    ];
    const first = await runMain(args, { today: TODAY });
    expect(first.code, first.stderr).toBe(0);
    const second = await runMain(args, { today: TODAY });
    assertNoCrash(second);
    expect(second.code).toBe(2);
    expect(second.stderr).toMatch(
      /Already recorded in the meeting, not added a second time: d-\S+ — La charte est adoptée\./,
    );
    expect(second.stderr).toMatch(
      /Already recorded in the meeting, not added a second time: a-\S+ — Publier la charte/,
    );
    const data = frontMatter(MEETING) as { decisions: { text: string }[]; actions: { text: string }[] };
    expect(data.decisions.filter((decision) => decision.text === 'La charte est adoptée.')).toHaveLength(1);
    expect(data.actions.filter((action) => action.text === 'Publier la charte')).toHaveLength(1);
  });
});

describe('an attendee listed twice', () => {
  it('counts once, the first line, in the minutes and the report alike', async () => {
    // CCI absent on its line, then a copied line saying present: the first line holds.
    replaceIn(
      MEETING,
      '  - { partner: cci, present: false }',
      '  - { partner: cci, present: false }\n  - { partner: cci, present: true }',
    );
    const result = await runMain(
      ['meeting', 'minutes', 'comite-2018-11-15', '--dir', roadmap, '--out', join(dir, 'out'), '--lang', 'en'],
      { today: TODAY },
    );
    assertNoCrash(result);
    expect(result.code, result.stderr).toBe(0);
    const minutes = readFileSync(join(dir, 'out', 'comite-2018-11-15', 'minutes.md'), 'utf8');
    expect(minutes).toMatch(/Quorum not reached: 1 of 2 members present/);
  });
});

describe('new meeting --end-time before --time', () => {
  it('is refused, exit 2, nothing written', async () => {
    const result = await runMain(
      [
        'new',
        'meeting',
        '--dir',
        roadmap,
        '--date',
        '2027-03-18',
        '--time',
        '14:00',
        '--end-time',
        '12:00',
        '--lang',
        'en',
      ],
      { today: TODAY },
    );
    assertNoCrash(result);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--end-time 12:00 does not come after --time 14:00/);
    const equal = await runMain(
      ['new', 'meeting', '--dir', roadmap, '--date', '2027-03-18', '--time', '14:00', '--end-time', '14:00'],
      { today: TODAY },
    );
    expect(equal.code).toBe(2);
    const fine = await runMain(
      ['new', 'meeting', '--dir', roadmap, '--date', '2027-03-18', '--time', '14:00', '--end-time', '16:00'],
      { today: TODAY },
    );
    expect(fine.code, fine.stderr).toBe(0);
  });
});

describe('a bidi mark in a file name', () => {
  it('keeps the annotation on that file: the mark is shown, never removed to name another file', async () => {
    const text = read('partners/cci.yaml');
    writeFileSync(join(roadmap, 'partners', 'c\u202eci.yaml'), text.replace('id: cci', 'id: [broken'));
    const result = await runMain(['validate', '--dir', roadmap, '--format', 'github', '--lang', 'en'], {
      cwd: dir,
      today: TODAY,
    });
    assertNoCrash(result);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/file=roadmap\/partners\/c<U\+202E>ci\.yaml/);
    expect(result.stdout).not.toMatch(/file=roadmap\/partners\/cci\.yaml/);
    expect(result.stdout).not.toMatch(/\u202e/);
    const pretty = await runMain(['validate', '--dir', roadmap, '--lang', 'en'], { cwd: dir, today: TODAY });
    expect(pretty.code).toBe(1);
    expect(pretty.stdout).toMatch(/c<U\+202E>ci\.yaml/);
  });
});

describe('init --install given what a shell or the CI expands', () => {
  for (const spec of [
    '${{ secrets.TOKEN }}',
    '$HOME/roadmap.tgz',
    '--registry=https://evil.example',
    ' -g x',
    'a`id`',
  ]) {
    it(`refuses ${JSON.stringify(spec)}: exit 2, nothing written`, async () => {
      const empty = join(dir, 'empty');
      const result = await runMain(['init', empty, '--install', spec, '--lang', 'en'], { cwd: dir, today: TODAY });
      assertNoCrash(result);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/--install expects one line/);
    });
  }
});

describe('an image in partner markdown', () => {
  it('becomes a link to it, its alt text the link text, never loaded, with no stray « ! »', () => {
    const html = markdownToHtml('Voir ![le logo <b>](https://x.org/a.png) ici.', 'fr', 3);
    expect(html).toBe(
      '<p>Voir <a href="https://x.org/a.png" rel="noopener noreferrer">le logo &lt;b&gt;</a> ici.</p>\n',
    );
  });

  it('stays its alt text inside a link (no link in a link) or when its address is not http(s)', () => {
    expect(markdownToHtml('[![logo](https://x.org/a.png)](https://x.org)', 'fr', 3)).toBe(
      '<p><a href="https://x.org" rel="noopener noreferrer">logo</a></p>\n',
    );
    expect(markdownToHtml('![logo](javascript:alert(1))', 'fr', 3)).toBe('<p>![logo](javascript:alert(1))</p>\n');
  });
});
