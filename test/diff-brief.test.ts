/** `brief --since <rev>`: the briefing pack gains a "changes since" section built by the diff engine. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { assertNoCrash, runMain, tempDir } from './helpers/cli.js';
import { diffHistory } from './helpers/diffHistory.js';

const AS_OF = '2026-11-25';
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

describe('brief --since', () => {
  it('adds the changes since a revision, and leaves the section out without the flag', async () => {
    const history = diffHistory();
    cleanups.push(history.cleanup);
    const { dir: out, cleanup } = tempDir('brief-since-');
    cleanups.push(cleanup);
    const run = (extra: string[], folder: string) =>
      runMain(['brief', '--dir', history.dir, '--as-of', AS_OF, '--out', join(out, folder), '--lang', 'en', ...extra], {
        cwd: history.repo.top,
        today: AS_OF,
      });
    const withSince = await run(['--since', history.commits.a], 'with');
    assertNoCrash(withSince);
    expect(withSince.code).toBe(0);
    const markdown = readFileSync(join(out, 'with', 'comite-2026-12-10', 'brief.md'), 'utf8');
    // Titled with the day of the revision's commit, in words a committee reads; never the revision's name.
    expect(markdown).toMatch(/^## Changes recorded since \d{1,2} [A-Z][a-z]+ \d{4}$/m);
    expect(markdown).not.toContain(history.commits.a);
    // The brief escapes markdown: parentheses come out as \( and \).
    expect(markdown).toContain('| Plateforme emploi (plateforme) | commitment removed |\n');
    expect(markdown).toContain(
      '| Région Île-de-France (region) | joined the partnership (member, on 15 October 2026) |\n',
    );
    expect(markdown).toContain(
      '| Guichet unique des créateurs d’entreprise (guichet-unique) | title: "Guichet unique des créateurs" → "Guichet unique des créateurs d’entreprise" |\n' +
        '| | progress derived from milestones: 33% → 67% |\n' +
        '| | due date moved 92 days later: 30 June 2030 → 30 September 2030 |\n',
    );
    const html = readFileSync(join(out, 'with', 'comite-2026-12-10', 'brief.html'), 'utf8');
    expect(html).toContain('Préparer le bilan &lt;b&gt;annuel&lt;/b&gt;');
    const without = await run([], 'without');
    expect(without.code).toBe(0);
    expect(readFileSync(join(out, 'without', 'comite-2026-12-10', 'brief.md'), 'utf8')).not.toContain(
      'commitment removed',
    );
  });

  it('exits 2 with one line on a bad revision', async () => {
    const history = diffHistory();
    cleanups.push(history.cleanup);
    const result = await runMain(['brief', '--dir', history.dir, '--as-of', AS_OF, '--since', 'nope'], {
      cwd: history.repo.top,
      today: AS_OF,
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'roadmap: révision git inconnue : « nope » (vérifiez le nom de la branche, de l’étiquette ou du commit)\n',
    );
  });
});
