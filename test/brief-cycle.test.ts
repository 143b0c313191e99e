/**
 * The brief after a committee cycle recorded with the tool: each fact of
 * « Ce qui a changé » once (the journal sentences `update` writes do not
 * repeat the milestone, the measure or the status they record), a status
 * change dated on the previous meeting's day, « Glissements », the members
 * invited by membership on the meeting's date, the committee named once on
 * the cover; and the diff's French agreement.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { describeChange } from '../src/render/diff/describeChange.js';
import { FIXTURES, roadmapFrom, runMain, tempDir } from './helpers/cli.js';

const BRIEF = join(FIXTURES, 'brief', 'roadmap');
const TODAY = '2019-09-15';
let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups) cleanup();
  cleanups = [];
});

async function cycle(): Promise<string> {
  const temp = tempDir();
  cleanups.push(temp.cleanup);
  const observatoire = readFileSync(join(BRIEF, 'commitments', 'observatoire.md'), 'utf8')
    .replace('due: 2019-06-30', 'due: 2019-12-31')
    .replace('status: in_progress', 'status: blocked')
    .replace(
      'progress: 20\n',
      'progress: 20\nupdates:\n  - { date: 2019-03-14, text: En attente des données, status: blocked }\n' +
        '  - { date: 2019-07-01, text: Échéance reportée, due: 2019-12-31, previous_due: 2019-06-30, decision: d-1 }\n',
    );
  const root = roadmapFrom(
    temp.dir,
    {
      'commitments/observatoire.md': observatoire,
      // The CCI no longer typed as an attendee: it is invited because it is a member on 10 October.
      'meetings/comite-2019-10-10.md': readFileSync(join(BRIEF, 'meetings', 'comite-2019-10-10.md'), 'utf8').replace(
        /attendees:\n( {2}- .*\n)+/,
        '',
      ),
    },
    BRIEF,
  );
  for (const args of [
    ['update', 'guichet-unique', '--milestone-done', 'Ouverture', '--on', '2019-09-01'],
    ['update', 'guichet-unique', '--measure', 'creations=200', '--on', '2019-09-02'],
    ['update', 'guichet-unique', '--status', 'blocked', '--on', '2019-09-03'],
  ]) {
    const result = await runMain([...args, '--dir', root], { today: TODAY });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  }
  const brief = await runMain(['brief', '--dir', root, '--out', join(temp.dir, 'out')], { today: TODAY });
  expect(brief.code).toBe(0);
  return readFileSync(join(temp.dir, 'out', 'comite-2019-10-10', 'brief.md'), 'utf8');
}

describe('the brief after a recorded cycle', () => {
  test("« Ce qui a changé » lists each fact once, from the previous meeting's day", async () => {
    const markdown = await cycle();
    const changes = markdown.slice(markdown.indexOf('## Ce qui a changé'), markdown.indexOf('## Actions ouvertes'));
    expect(changes).toContain('| 1er septembre 2019 | Guichet unique des créateurs | Jalon atteint\u00a0: Ouverture |');
    expect(changes).toContain(
      '| 2 septembre 2019 | Guichet unique des créateurs | Nouvelle mesure «\u00a0Créations accompagnées\u00a0»\u00a0: 200 entreprises |',
    );
    expect(changes).not.toContain('Jalon réalisé');
    expect(changes).not.toContain('Mesure creations');
    // Recorded on 14 March 2019, the day of the previous committee: after its papers, so it is news now.
    expect(changes).toContain(
      '| 14 mars 2019 | Observatoire de l’immobilier d’entreprise | En attente des données — Statut\u00a0: Bloqué. |',
    );
    // The sentence `update` wrote for the status change is the status itself: said once.
    expect(changes).toContain('| 3 septembre 2019 | Guichet unique des créateurs | Statut\u00a0: Bloqué. |');
    expect(changes).not.toContain('en cours → bloqué');
    expect(changes.match(/Ouverture/g)).toHaveLength(1);
  });

  test('« Glissements »: the move, its decision and the totals; lateness by the due date in force', async () => {
    const markdown = await cycle();
    // 30 June → 31 December 2019: 184 days.
    expect(markdown).toContain(
      '## Glissements\n\n| Engagement | Pilote | Échéance initiale | Échéance en vigueur | Reports | Glissement | Décisions |',
    );
    expect(markdown).toContain(
      '| Observatoire de l’immobilier d’entreprise | EPT | 30 juin 2019 | 31 décembre 2019 | 1 | \\+184 j | d-1 |',
    );
    expect(markdown).toContain('1 déplacement d’échéance sur 1 engagement, \\+184 jours de glissement au total.');
    expect(markdown).toContain('- 2. Créateurs\u00a0: 1 déplacement, \\+184 jours');
    expect(markdown).toContain('## Engagements en retard\n\n*Aucun engagement en retard.*');
  });

  test('the cover: members invited by membership on the date, the committee named once', async () => {
    const markdown = await cycle();
    const cover = markdown.slice(0, markdown.indexOf('## '));
    expect(cover).toContain('- **Membres convoqués** — CCI, EPT');
    expect(cover.match(/Comité territorial\b(?! d’automne)/g)).toHaveLength(1);
  });
});

describe('diff sentences agree in French', () => {
  const french = (item: Parameters<typeof describeChange>[0]) => describeChange(item, 'fr', (text) => text);
  test('a meeting is « prévue », an action « soldée »', () => {
    expect(french({ section: 'meetings', change: { kind: 'added', date: '2026-12-10', status: 'planned' } })).toBe(
      'nouvelle réunion le 10 décembre 2026 (prévue)',
    );
    expect(french({ section: 'meetings', change: { kind: 'status', before: 'planned', after: 'held' } })).toBe(
      'statut : prévue → tenue',
    );
    expect(
      french({
        section: 'meetings',
        change: {
          kind: 'action-closed',
          action: 'a-1',
          text: 'Diffuser',
          owner: 'ept',
          status: 'done',
          closedOn: '2026-11-30',
        },
      }),
    ).toBe('action close a-1 (ept, soldée le 30 novembre 2026) : Diffuser');
  });
});

describe('diff: a postponement with the moves the journal records', () => {
  test('between two dates, the due date in force moved once more: 1 move, the slip since the original', async () => {
    const { diffCommitments } = await import('../src/diff/diffCommitments.js');
    const { derive } = await import('../src/derive/derive.js');
    const commitment = {
      id: 'k1',
      title: 'Engagement',
      axis: 'a1',
      lead: 'p1',
      status: 'in_progress' as const,
      due: '2021-09-30',
      updates: [
        { date: '2020-06-15', text: 'Premier report', due: '2021-03-31', previous_due: '2020-12-31' },
        { date: '2021-01-20', text: 'Second report', due: '2021-09-30', previous_due: '2021-03-31', decision: 'd-1' },
      ],
    };
    const roadmap = {
      partners: [
        {
          data: { id: 'p1', name: 'Un', short_name: 'Un', kind: 'other' as const, role: 'signatory' as const },
          file: 'partners/p1.yaml',
          body: '',
        },
      ],
      axes: [{ data: { id: 'a1', number: 1, title: 'Axe', short_title: 'Axe' }, file: 'axes/a1.md', body: '' }],
      commitments: [{ data: commitment, file: 'commitments/k1.md', body: '' }],
      meetings: [],
    };
    const [subject] = diffCommitments(
      { roadmap, figures: derive(roadmap, '2020-07-01') },
      { roadmap, figures: derive(roadmap, '2021-02-15') },
    );
    const due = subject!.changes.find((change) => change.kind === 'due')!;
    // 2021-03-31 → 2021-09-30 = 183 days; since the original 2020-12-31: 90 + 183 = 273.
    expect(due).toEqual({
      kind: 'due',
      before: '2021-03-31',
      after: '2021-09-30',
      days: 183,
      moves: 1,
      totalDays: 273,
    });
    expect(describeChange({ section: 'commitments', change: due }, 'fr', (text) => text)).toBe(
      'échéance repoussée de 183 jours : 31 mars 2021 → 30 septembre 2021 (1 report enregistré ; 273 jours de glissement depuis l’échéance initiale)',
    );
  });
});
