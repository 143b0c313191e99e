/** `validate --changed-since`: per-file rules on changed files only; global rules on everything. */
import { afterEach, describe, expect, it } from 'vitest';
import { assertNoCrash, roadmapFrom, runMain, tempDir } from './helpers/cli.js';
import { GitRepo } from './helpers/gitRepo.js';

const AS_OF = '2026-11-25';
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

// Line 5: an unknown lead (global rule); line 8: due before start (per-file rule).
const OLD =
  '---\nid: old\ntitle: Ancien\naxis: createurs\nlead: nobody\nstatus: planned\nstart: 2027-06-01\ndue: 2027-01-01\n---\n';

function repoWithOldProblems(): { repo: GitRepo; dir: string } {
  const { dir: top, cleanup } = tempDir('changed-');
  cleanups.push(cleanup);
  const repo = new GitRepo(top);
  const dir = roadmapFrom(top, { 'commitments/old.md': OLD });
  repo.commit('base with old problems');
  return { repo, dir };
}

const summarise = (stdout: string) =>
  (
    JSON.parse(stdout).diagnostics as { file: string; line: number; column: number; severity: string; rule: string }[]
  ).map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.rule}`);

describe('validate --changed-since', () => {
  it('runs per-file rules on changed files only, and global rules everywhere', async () => {
    const { repo, dir } = repoWithOldProblems();
    // A new file (untracked) and an edited one, each with due before start (per-file), plus a duplicate id (global).
    repo.write({
      'roadmap/commitments/new.md': OLD.replace('id: old', 'id: new').replace('lead: nobody', 'lead: cci'),
      'roadmap/commitments/reglement.md': repo
        .git('show', 'HEAD:roadmap/commitments/reglement.md')
        .replace('due: 2018-11-15', 'due: 2018-06-15'),
    });
    const argv = ['validate', '--dir', dir, '--format', 'json', '--as-of', AS_OF, '--changed-since', 'HEAD'];
    const expected = [
      // new.md: due (line 8, value at column 6) before start.
      'roadmap/commitments/new.md:8:6 error date/order',
      // old.md is unchanged: its per-file problem is not reported, its unknown lead (global) is.
      'roadmap/commitments/old.md:5:7 error ref/unknown-partner',
      // reglement.md line 8 is `due: 2018-06-15`.
      'roadmap/commitments/reglement.md:8:6 error date/order',
    ];
    const result = await runMain(argv, { cwd: dir, today: AS_OF });
    assertNoCrash(result);
    expect(summarise(result.stdout).sort()).toEqual(expected);
    expect(result.code).toBe(1);
    // Without the flag, old.md's own problem shows too.
    const all = await runMain(argv.slice(0, -2), { cwd: dir, today: AS_OF });
    expect(summarise(all.stdout)).toContain('roadmap/commitments/old.md:8:6 error date/order');
  });

  it('counts what was committed on the branch since it left the base', async () => {
    const { repo, dir } = repoWithOldProblems();
    repo.git('checkout', '-q', '-b', 'feature');
    repo.commit('feature edits reglement', {
      'roadmap/commitments/reglement.md': repo
        .git('show', 'HEAD:roadmap/commitments/reglement.md')
        .replace('due: 2018-11-15', 'due: 2018-06-15'),
    });
    const result = await runMain(
      ['validate', '--dir', dir, '--format', 'json', '--as-of', AS_OF, '--changed-since', 'main'],
      { cwd: dir, today: AS_OF },
    );
    expect(summarise(result.stdout).sort()).toEqual([
      'roadmap/commitments/old.md:5:7 error ref/unknown-partner',
      'roadmap/commitments/reglement.md:8:6 error date/order',
    ]);
  });

  it('exits 2 with one line on a bad revision or outside git', async () => {
    const { dir } = repoWithOldProblems();
    const bad = await runMain(['validate', '--dir', dir, '--changed-since', 'nope'], { cwd: dir, today: AS_OF });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe(
      'roadmap: révision git inconnue : « nope » (vérifiez le nom de la branche, de l’étiquette ou du commit)\n',
    );
    const { dir: top, cleanup } = tempDir('changed-no-git-');
    cleanups.push(cleanup);
    const plain = roadmapFrom(top);
    const outside = await runMain(['validate', '--dir', plain, '--changed-since', 'HEAD'], { cwd: top, today: AS_OF });
    expect(outside.code).toBe(2);
    expect(outside.stderr.trim().split('\n')).toHaveLength(1);
    expect(outside.stderr).toMatch(/n’est pas dans un dépôt git|is not inside a git repository/);
  });
});
