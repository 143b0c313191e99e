/**
 * `roadmap diff` over a real throwaway repository: every change kind, by
 * meaning, with hand-written expectations. The bin runs need a build
 * (`npm test` builds first).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { assertNoCrash, roadmapFrom, runBin, runMain, tempDir } from './helpers/cli.js';
import { diffHistory, OBSERVATOIRE, type History } from './helpers/diffHistory.js';
import { GitRepo } from './helpers/gitRepo.js';

const AS_OF = '2026-11-25';
let history: History;
const cleanups: (() => void)[] = [];

afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function fresh(): History {
  history = diffHistory();
  cleanups.push(history.cleanup);
  return history;
}

const diff = (args: string[], cwd: string) => runMain(['diff', ...args, '--as-of', AS_OF], { cwd, today: AS_OF });

/** Every change between A and B, written by hand from helpers/diffHistory.ts. */
const EXPECTED_A_TO_B = {
  convention: [],
  axes: [],
  partners: [
    { id: 'region', title: 'Région Île-de-France', changes: [{ kind: 'joined', role: 'member', on: '2026-10-15' }] },
    { id: 'cma', title: 'Chambre de métiers', changes: [{ kind: 'left', on: null }] },
  ],
  commitments: [
    {
      id: 'guichet-unique',
      title: 'Guichet unique des créateurs d’entreprise',
      changes: [
        { kind: 'title', before: 'Guichet unique des créateurs', after: 'Guichet unique des créateurs d’entreprise' },
        // In progress, one milestone of two done, then both: 100 × 1 / 3 = 33.3 % → 100 × 2 / 3 = 66.7 %.
        { kind: 'progress', before: 33.3, after: 66.7, sourceBefore: 'milestones', sourceAfter: 'milestones' },
        { kind: 'due', before: '2030-06-30', after: '2030-09-30', days: 92, moves: 0, totalDays: 0 },
        { kind: 'milestone-done', milestone: 'Ouverture', doneOn: '2026-10-01' },
        { kind: 'journal-added', date: '2026-10-01', text: 'Ouverture du guichet', status: null },
        // Baseline 100, target 300: 180 → 40 %, 260 → 80 %.
        {
          kind: 'measures-added',
          indicator: 'creations',
          label: 'Créations accompagnées',
          unit: 'entreprises',
          measures: [{ date: '2026-06-30', value: 260 }],
          attainmentBefore: 40,
          attainmentAfter: 80,
        },
      ],
    },
    {
      id: 'observatoire',
      title: 'Observatoire économique',
      changes: [{ kind: 'added', axis: 'gouvernance', lead: 'ept', status: 'planned', due: '2027-06-30' }],
    },
    {
      id: 'reglement',
      title: 'Règlement intérieur du comité',
      changes: [
        { kind: 'axis', before: 'gouvernance', after: 'createurs' },
        { kind: 'lead', before: 'ept', after: 'cci' },
      ],
    },
    { id: 'plateforme', title: 'Plateforme emploi', changes: [{ kind: 'removed' }] },
  ],
  meetings: [
    {
      id: 'comite-2026-06-10',
      title: 'Comité de juin',
      changes: [
        { kind: 'decision-recorded', decision: 'd-3', text: 'L’observatoire est lancé.' },
        {
          kind: 'action-closed',
          action: 'a-2',
          text: 'Chiffrer l’ouverture',
          owner: 'cci',
          status: 'done',
          closedOn: '2026-10-20',
        },
      ],
    },
    {
      id: 'comite-2026-12-10',
      title: 'Comité de décembre',
      changes: [
        { kind: 'added', date: '2026-12-10', status: 'planned' },
        {
          kind: 'action-opened',
          action: 'a-3',
          text: 'Préparer le bilan <b>annuel</b>',
          owner: 'ept',
          due: '2027-01-31',
        },
      ],
    },
  ],
};

describe('roadmap diff', () => {
  it('reports every kind of change between two commits, in-process and through the bin', async () => {
    const { dir, commits } = fresh();
    const args = [commits.a, commits.b, '--dir', dir, '--format', 'json'];
    const result = await diff(args, dir);
    assertNoCrash(result);
    expect(result.code).toBe(0);
    const parsed = JSON.parse(result.stdout);
    expect(parsed.changes).toEqual(EXPECTED_A_TO_B);
    expect(parsed.from).toEqual({ rev: commits.a, commit: commits.a, folder: 'roadmap/', valid: true, errors: [] });
    const bin = runBin(['diff', ...args, '--as-of', AS_OF], { cwd: dir });
    expect(bin.code).toBe(0);
    expect(JSON.parse(bin.stdout).changes).toEqual(EXPECTED_A_TO_B);
  });

  it('compares with the working tree by default, uncommitted edits included', async () => {
    const { repo } = fresh();
    repo.write({
      'roadmap/commitments/observatoire.md': OBSERVATOIRE('observatoire').replace(
        'status: planned',
        'status: in_progress\nprogress: 30',
      ),
    });
    const result = await diff(['HEAD', '--format', 'json'], repo.top);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).changes.commitments).toEqual([
      {
        id: 'observatoire',
        title: 'Observatoire économique',
        changes: [
          { kind: 'status', before: 'planned', after: 'in_progress' },
          { kind: 'progress', before: 0, after: 30, sourceBefore: 'planned', sourceAfter: 'explicit' },
        ],
      },
    ]);
    expect(JSON.parse(result.stdout).to).toMatchObject({ rev: null, commit: null, valid: true });
  });

  it('says which progress changed: typed where milestones gave it is not a fall', async () => {
    const { repo, commits } = fresh();
    // At B, guichet-unique is in progress with both milestones done: 100 × 2 / 3 = 66.7 % from its milestones.
    repo.git('checkout', '-q', commits.b);
    const file = join(repo.top, 'roadmap', 'commitments', 'guichet-unique.md');
    repo.write({
      'roadmap/commitments/guichet-unique.md': readFileSync(file, 'utf8').replace(
        'status: in_progress\n',
        'status: in_progress\nprogress: 45\n',
      ),
    });
    const json = JSON.parse((await diff(['HEAD', '--format', 'json'], repo.top)).stdout);
    expect(json.changes.commitments[0].changes).toEqual([
      { kind: 'progress', before: 66.7, after: 45, sourceBefore: 'milestones', sourceAfter: 'explicit' },
    ]);
    const fr = (await diff(['HEAD'], repo.top)).stdout;
    expect(fr).toMatch(/avancement renseigné\s: 45\u202f% \(jusque-là déduit des jalons\s: 67\u202f%\)/);
    expect(fr).not.toMatch(/67\u202f% → 45/);
    const en = (await diff(['HEAD', '--lang', 'en'], repo.top)).stdout;
    expect(en).toContain('progress reported: 45% (until now derived from milestones: 67%)');
  });

  it('prints the changes for people, in English on request', async () => {
    const { dir, commits } = fresh();
    const result = await diff([commits.a, commits.b, '--dir', dir, '--lang', 'en'], dir);
    expect(result.code).toBe(0);
    const [a, b] = [commits.a.slice(0, 7), commits.b.slice(0, 7)];
    expect(result.stdout).toBe(`Roadmap changes
From ${commits.a} (${a}) to ${commits.b} (${b}), as of 25 November 2026.

Partners
  + region — Région Île-de-France
      joined the partnership (member, on 15 October 2026)
  - cma — Chambre de métiers
      left the partnership

Commitments
  ~ guichet-unique — Guichet unique des créateurs d’entreprise
      title: "Guichet unique des créateurs" → "Guichet unique des créateurs d’entreprise"
      progress derived from milestones: 33% → 67%
      due date moved 92 days later: 30 June 2030 → 30 September 2030
      milestone done on 1 October 2026: Ouverture
      journal, 1 October 2026: Ouverture du guichet
      indicator "Créations accompagnées": 260 entreprises on 30 June 2026; attainment 40% → 80%
  + observatoire — Observatoire économique
      new commitment: axis gouvernance, lead ept, status planned, due 30 June 2027
  ~ reglement — Règlement intérieur du comité
      axis: gouvernance → createurs
      lead: ept → cci
  - plateforme — Plateforme emploi
      commitment removed

Meetings
  ~ comite-2026-06-10 — Comité de juin
      decision d-3: L’observatoire est lancé.
      action closed a-2 (cci, done on 20 October 2026): Chiffrer l’ouverture
  + comite-2026-12-10 — Comité de décembre
      new meeting on 10 December 2026 (planned)
      action opened a-3 (ept, due 31 January 2027): Préparer le bilan <b>annuel</b>
`);
  });

  it('writes markdown for a pull-request comment with partner text made inert', async () => {
    const { dir, commits } = fresh();
    const result = await diff([commits.a, commits.b, '--dir', dir, '--format', 'markdown'], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('# Changements de la feuille de route\n');
    expect(result.stdout).toContain(
      '## Engagements\n\n- ✏️ **Guichet unique des créateurs d’entreprise** (`guichet-unique`)\n  - titre : « Guichet unique des créateurs » → « Guichet unique des créateurs d’entreprise »\n',
    );
    expect(result.stdout).toContain(
      '  - action ouverte a-3 (ept, échéance le 31 janvier 2027) : Préparer le bilan \\<b\\>annuel\\</b\\>\n',
    );
    expect(result.stdout).not.toContain('<b>');
  });

  it('neutralises terminal escapes and markup that partners put in titles and texts', async () => {
    const { dir, repo, commits } = fresh();
    const hostile = 'Titre \u001b[31mrouge\u001b[0m \u202eà l’envers <img src=x onerror=alert(1)> @everyone';
    const c = repo.commit('C: hostile', {
      'roadmap/commitments/observatoire.md': OBSERVATOIRE('observatoire').replace(
        'title: Observatoire économique',
        `title: "${hostile.replace(/\u001b/g, '\\e').replace(/\u202e/g, '\\u202E')}"`,
      ),
    });
    const pretty = await diff([commits.b, c], dir);
    expect(pretty.code).toBe(0);
    expect(pretty.stdout).toContain('Titre rouge à l’envers <img src=x onerror=alert(1)> @everyone');
    expect(pretty.stdout).not.toMatch(/[\u001b\u202e]/);
    const markdown = await diff([commits.b, c, '--format', 'markdown'], dir);
    expect(markdown.stdout).not.toMatch(/(^|[^\\])<img/m);
    expect(markdown.stdout).not.toContain(' @everyone');
    expect(markdown.stdout).not.toMatch(/[\u001b\u202e]/);
    expect(markdown.stdout).toContain('**Titre rouge à l’envers \\<img src=x onerror=alert(1)\\> @\u200beveryone**');
  });

  it('treats a renamed commitment file as one commitment removed and another added', async () => {
    const { dir, repo, commits } = fresh();
    const c = repo.commit('C: rename', {
      'roadmap/commitments/observatoire.md': null,
      'roadmap/commitments/observatoire-economique.md': OBSERVATOIRE('observatoire-economique'),
    });
    const result = await diff([commits.b, c, '--format', 'json'], dir);
    expect(JSON.parse(result.stdout).changes.commitments).toEqual([
      {
        id: 'observatoire-economique',
        title: 'Observatoire économique',
        changes: [{ kind: 'added', axis: 'gouvernance', lead: 'ept', status: 'planned', due: '2027-06-30' }],
      },
      { id: 'observatoire', title: 'Observatoire économique', changes: [{ kind: 'removed' }] },
    ]);
  });

  it('sees a status recorded in the journal, and a reopened action', async () => {
    const { dir, repo, commits } = fresh();
    const guichet = repo
      .git('show', `${commits.b}:roadmap/commitments/guichet-unique.md`)
      .replace('status: in_progress\nstart', 'status: blocked\nstart')
      .replace(
        '    text: Ouverture du guichet\n',
        '    text: Ouverture du guichet\n  - date: 2026-11-10\n    text: Fournisseur défaillant\n    status: blocked\n',
      );
    const c = repo.commit('C: blocked', {
      'roadmap/commitments/guichet-unique.md': `${guichet}\n`,
      'roadmap/meetings/comite-2026-06-10.md': repo
        .git('show', `${commits.a}:roadmap/meetings/comite-2026-06-10.md`)
        .replace('  - id: d-2', '  - id: d-3\n    text: L’observatoire est lancé.\n  - id: d-2'),
    });
    const parsed = JSON.parse((await diff([commits.b, c, '--format', 'json'], dir)).stdout);
    expect(parsed.changes.commitments).toEqual([
      {
        id: 'guichet-unique',
        title: 'Guichet unique des créateurs d’entreprise',
        changes: [
          { kind: 'status', before: 'in_progress', after: 'blocked' },
          { kind: 'journal-added', date: '2026-11-10', text: 'Fournisseur défaillant', status: 'blocked' },
        ],
      },
    ]);
    expect(parsed.changes.meetings).toEqual([
      {
        id: 'comite-2026-06-10',
        title: 'Comité de juin',
        changes: [
          { kind: 'action-reopened', action: 'a-2', text: 'Chiffrer l’ouverture', owner: 'cci' },
          { kind: 'field', field: 'actions.closed_on', item: 'a-2', before: '2026-10-20', after: null },
        ],
      },
    ]);
  });

  it('finds no change of substance when a file only switches to CRLF line endings', async () => {
    const { dir, repo, commits } = fresh();
    const crlf = repo.git('show', `${commits.b}:roadmap/commitments/guichet-unique.md`).replace(/\n/g, '\r\n');
    const c = repo.commit('C: CRLF', { 'roadmap/commitments/guichet-unique.md': `${crlf}\r\n` });
    expect(repo.git('show', `${c}:roadmap/commitments/guichet-unique.md`)).toContain('\r\n');
    const result = await diff([commits.b, c, '--lang', 'en'], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('\nNo change of substance.\n');
  });

  it('reports a revision where the roadmap is invalid with its diagnostics, and exits 1', async () => {
    const { dir, repo, commits } = fresh();
    const broken = repo.commit('C: broken', {
      'roadmap/commitments/reglement.md': '---\nid: reglement\ntitle: [unclosed\n---\n',
    });
    const result = await diff([commits.b, broken, '--format', 'json'], dir);
    assertNoCrash(result);
    expect(result.code).toBe(1);
    const parsed = JSON.parse(result.stdout);
    expect(parsed.changes).toBeNull();
    expect(parsed.from.valid).toBe(true);
    expect(parsed.to.valid).toBe(false);
    expect(parsed.to.errors.map((e: { file: string; rule: string }) => `${e.file} ${e.rule}`)).toEqual([
      'roadmap/commitments/reglement.md yaml/syntax',
    ]);
    const pretty = await diff([commits.b, broken, '--lang', 'en'], dir);
    expect(pretty.code).toBe(1);
    expect(pretty.stdout).toContain(
      `The roadmap has errors in ${broken} (${broken.slice(0, 7)}) (1 error): changes cannot be compared.`,
    );
    expect(pretty.stdout).toContain('roadmap/commitments/reglement.md');
  });

  it('follows the roadmap folder when it moved between the revisions', async () => {
    const { repo, commits } = fresh();
    repo.git('mv', 'roadmap', 'gouvernance');
    const moved = repo.commit('C: move', { 'gouvernance/commitments/plateforme.md': null });
    const dir = join(repo.top, 'gouvernance');
    const result = await diff([commits.b, moved, '--format', 'json'], dir);
    expect(result.code).toBe(0);
    const parsed = JSON.parse(result.stdout);
    expect([parsed.from.folder, parsed.to.folder]).toEqual(['roadmap/', 'gouvernance/']);
    expect(parsed.changes).toEqual({ convention: [], axes: [], partners: [], commitments: [], meetings: [] });
    const older = await diff([commits.a, '--dir', dir, '--lang', 'en'], repo.top);
    expect(older.stdout).toContain(
      `In ${commits.a} (${commits.a.slice(0, 7)}), the roadmap folder was "roadmap/".\nIn the files as they are, the roadmap folder was "gouvernance/".`,
    );
    expect(older.stdout).toContain('  - plateforme — Plateforme emploi\n      commitment removed\n');
  });
});

describe('roadmap diff: bad input exits 2 with one line', () => {
  const expectUsage = (result: { code: number; stdout: string; stderr: string }, message: string) => {
    assertNoCrash(result);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain(message);
  };

  it('an unknown revision', async () => {
    const { dir } = fresh();
    expectUsage(await diff(['no-such-branch'], dir), 'révision git inconnue : « no-such-branch »');
    expectUsage(await runMain(['diff', 'HEAD', 'nope~3'], { cwd: dir }), 'révision git inconnue : « nope~3 »');
  });

  it('a bad --as-of, in the roadmap’s language', async () => {
    const { dir: top, cleanup } = tempDir('diff-as-of-');
    cleanups.push(cleanup);
    const dir = roadmapFrom(top);
    writeFileSync(
      join(dir, 'convention.yaml'),
      readFileSync(join(dir, 'convention.yaml'), 'utf8').replace('language: fr', 'language: en'),
    );
    expectUsage(await runMain(['diff', 'HEAD', '--dir', dir, '--as-of', '2020-02-30'], { cwd: top }), '--as-of');
    const english = await runMain(['diff', 'HEAD', '--dir', dir, '--as-of', '2020-02-30'], { cwd: top });
    expect(english.stderr).toMatch(/--as-of: "2020-02-30" is not a valid date \(that month has only 29 days\)/);
    const french = await runMain(['diff', 'HEAD', '--dir', dir, '--as-of', '2020-02-30', '--lang', 'fr'], { cwd: top });
    expect(french.stderr).toMatch(/--as-of : « 2020-02-30 » n’est pas une date valide/);
  });

  it('a folder that is not a git repository', async () => {
    const { dir: top, cleanup } = tempDir('not-a-repo-');
    cleanups.push(cleanup);
    const dir = roadmapFrom(top);
    expectUsage(await diff(['HEAD', '--dir', dir], top), 'n’est pas dans un dépôt git');
    expectUsage(
      await runMain(['diff', 'HEAD', '--dir', dir, '--lang', 'en'], { cwd: top }),
      'is not inside a git repository',
    );
  });

  it('a revision that holds no roadmap at all', async () => {
    const { dir: top, cleanup } = tempDir('no-roadmap-yet-');
    cleanups.push(cleanup);
    const repo = new GitRepo(top);
    const empty = repo.commit('before the roadmap', { 'README.md': 'soon\n' });
    roadmapFrom(top);
    repo.commit('the roadmap arrives');
    expectUsage(
      await diff([empty], top),
      `le commit ${empty.slice(0, 12)} ne contient pas de feuille de route : ni roadmap/convention.yaml ni autre convention.yaml`,
    );
  });

  it('a shallow clone that does not hold the base revision', async () => {
    const { repo, commits } = fresh();
    const { dir: elsewhere, cleanup } = tempDir('shallow-');
    cleanups.push(cleanup);
    const clone = join(elsewhere, 'clone');
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo.top}`, clone], { stdio: 'ignore' });
    const dir = join(clone, 'roadmap');
    expectUsage(
      await diff([commits.a, '--dir', dir], clone),
      `la révision « ${commits.a} » n’est pas dans ce clone partiel`,
    );
    expectUsage(await runMain(['diff', 'HEAD~1', '--dir', dir], { cwd: clone }), 'n’est pas dans ce clone partiel');
  });
});
