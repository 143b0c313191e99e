/** `roadmap diff` names every amount of a financing plan that changed, in the convention's currency. */
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, assertNoCrash, runMain, tempDir } from './helpers/cli.js';
import { GitRepo } from './helpers/gitRepo.js';

const TODAY = '2026-11-25';

describe('diff of budgets', () => {
  it('says each cost, share and entry that changed, in French and in English', async () => {
    const { dir, cleanup } = tempDir('money-diff-');
    try {
      const repo = new GitRepo(join(dir, 'repo'));
      cpSync(join(FIXTURES, 'money', 'roadmap'), join(repo.top, 'roadmap'), { recursive: true });
      repo.commit('one');
      const root = join(repo.top, 'roadmap');
      const guichet = readFileSync(join(root, 'commitments', 'guichet.md'), 'utf8');
      repo.commit('two', {
        'roadmap/commitments/guichet.md': guichet
          .replace('planned: 40000', 'planned: 45000')
          .replace('amount: 20000, ref: délibération 2025-012', 'amount: 20500, ref: délibération 2025-012')
          .replace('        - { date: 2026-07-15, amount: 7000 }\n', ''),
        'roadmap/commitments/pepiniere.md': readFileSync(join(root, 'commitments', 'pepiniere.md'), 'utf8')
          .replace('cost: 30000', 'cost: 35000')
          .replace(
            '        - { date: 2026-03-01, amount: 15000, ref: CP 2026-118 }',
            '        - { date: 2026-03-01, amount: 15000, ref: CP 2026-118 }\n        - { date: 2026-06-01, amount: 5000.5, ref: CP 2026-200 }',
          )
          .replace('    - partner: region\n', '    - partner: bpi\n      planned: 1000\n    - partner: region\n'),
      });
      const french = await runMain(['diff', 'HEAD~1', 'HEAD', '--dir', root, '--as-of', '2026-06-30'], {
        today: TODAY,
        cwd: repo.top,
      });
      assertNoCrash(french);
      expect(french.code).toBe(0);
      const N = '\u202f';
      for (const line of [
        `Part prévue de cci : 40${N}000${N}€ → 45${N}000${N}€`,
        `Engagement de cci du 1er mars 2025 : 20${N}000${N}€ → 20${N}500${N}€ (délibération 2025-012)`,
        `Paiement de cci du 15 juillet 2026 retiré (7${N}000${N}€)`,
        `Coût prévu : 30${N}000${N}€ → 35${N}000${N}€`,
        `Part prévue de bpi : aucun → 1${N}000${N}€`,
        `Engagement de region le 1er juin 2026 : 5${N}000,50${N}€ (CP 2026-200)`,
      ])
        expect(french.stdout).toContain(line);
      const english = await runMain(
        ['diff', 'HEAD~1', 'HEAD', '--dir', root, '--as-of', '2026-06-30', '--lang', 'en', '--format', 'json'],
        { today: TODAY, cwd: repo.top },
      );
      expect(english.code).toBe(0);
      const json = (
        JSON.parse(english.stdout) as {
          changes: {
            commitments: {
              id: string;
              changes: { kind: string; what?: string; before?: number | null; after?: number | null }[];
            }[];
          };
        }
      ).changes;
      const money = json.commitments.flatMap((subject) =>
        subject.changes.filter((change) => change.kind === 'money').map((change) => ({ id: subject.id, ...change })),
      );
      expect(money).toHaveLength(6);
      expect(money).toContainEqual(
        expect.objectContaining({ id: 'pepiniere', what: 'committed', before: null, after: 5000.5 }),
      );
      const markdown = await runMain(
        ['diff', 'HEAD~1', 'HEAD', '--dir', root, '--as-of', '2026-06-30', '--lang', 'en', '--format', 'markdown'],
        { today: TODAY, cwd: repo.top },
      );
      expect(markdown.stdout).toContain('Commitment of funds by region on 1 June 2026: €5,000.50 (CP 2026-200)');
    } finally {
      cleanup();
    }
  });
});
