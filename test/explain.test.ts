/** `roadmap explain`: one rule in full in each language, the list of rules, and help on a mistyped id. */
import { describe, expect, it } from 'vitest';
import { catalogue } from '../src/diagnostics/catalogue.js';
import { assertNoCrash, runMain } from './helpers/cli.js';

describe('roadmap explain <rule>', () => {
  it('explains a rule in French by default: what it checks, why, what is shown, a wrong and a right example', async () => {
    const result = await runMain(['explain', 'schema/unknown-field']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      [
        'schema/unknown-field — erreur, étape 2 : Schéma',
        '',
        'Ce que la règle vérifie',
        '  Chaque champ est un champ prévu pour ce type de fichier ; seuls les champs commençant par « x- » sont libres.',
        '',
        'Pourquoi c’est important',
        '  Un champ inconnu est presque toujours une faute de frappe : sa valeur serait ignorée sans que personne ne s’en aperçoive.',
        '',
        'Message affiché',
        '  Le champ « … » n’existe pas à cet endroit.',
        '  → … Pour garder une note libre, préfixez son nom par « x- » (par exemple « x-note »).',
        '',
        'Exemple à éviter',
        '  stauts: done',
        '',
        'Exemple correct',
        '  status: done',
        '',
      ].join('\n'),
    );
  });

  it('explains in English with --lang en, examples included', async () => {
    const result = await runMain(['explain', 'stale/past-due', '--lang', 'en']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('stale/past-due — warning, stage 6: Staleness\n');
    expect(result.stdout).toContain(
      'What the rule checks\n  A commitment neither done nor cancelled has not passed its due date.\n',
    );
    expect(result.stdout).toContain('Wrong\n  due: 2019-06-30\n  status: in_progress   # as of 15 January 2020\n');
  });

  it('works for every rule of the catalogue, in both languages', async () => {
    for (const entry of catalogue.values()) {
      for (const lang of ['fr', 'en'] as const) {
        const result = await runMain(['explain', entry.id, '--lang', lang]);
        expect(result.code, entry.id).toBe(0);
        expect(result.stdout).toContain(entry.checks[lang]);
        expect(result.stdout).toContain(entry.why[lang]);
        expect(result.stdout, `${entry.id}: no raw placeholder`).not.toMatch(/\{\w+(:date)?\}/);
      }
    }
  });

  it('suggests the closest ids for a mistyped one and exits 2', async () => {
    const typo = await runMain(['explain', 'schema/unknow-field']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toBe(
      'roadmap: la règle « schema/unknow-field » n’existe pas ; vouliez-vous dire schema/unknown-field ?\n',
    );
    const shortName = await runMain(['explain', 'past-due', '--lang', 'en']);
    expect(shortName.code).toBe(2);
    expect(shortName.stderr).toBe('roadmap: there is no rule "past-due"; did you mean stale/past-due?\n');
    const nothingClose = await runMain(['explain', 'zzz']);
    expect(nothingClose.stderr).toBe(
      'roadmap: la règle « zzz » n’existe pas (roadmap explain sans argument liste toutes les règles)\n',
    );
  });

  it('keeps terminal escapes out of the error message', async () => {
    const result = await runMain(['explain', 'x\u001b[31mrouge']);
    expect(result.code).toBe(2);
    expect(result.stderr).not.toContain('\u001b');
  });
});

describe('roadmap explain (no id)', () => {
  it('lists every rule, grouped by stage in validation order', async () => {
    const result = await runMain(['explain']);
    expect(result.code).toBe(0);
    const headings = result.stdout.split('\n').filter((line) => /^\d\. /.test(line));
    expect(headings).toEqual(['1. Syntaxe', '2. Schéma', '3. Identité', '4. Références', '5. Cohérence', '6. Suivi']);
    for (const id of catalogue.keys()) expect(result.stdout).toContain(`  ${id} `);
    expect(result.stdout).toMatch(
      /\n {2}stale\/past-due +avertissement +Un engagement ni réalisé ni abandonné n’a pas dépassé son échéance\.\n/,
    );
  });

  it('explains a consistency rule in English, its right example included', async () => {
    const result = await runMain(['explain', 'date/invalid', '--lang', 'en']);
    assertNoCrash(result);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('date/invalid — error, stage 5: Consistency\n');
    expect(result.stdout).toContain('Right\n  due: 2019-02-28\n');
  });
});
