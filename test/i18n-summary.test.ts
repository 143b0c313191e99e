/**
 * The pull-request summary and the terminal output a partner reads: in the
 * roadmap's language, grouped by file, each problem with what to change and
 * the `roadmap explain` hint.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Result } from '../src/diagnostics/diagnostic.js';
import { markdown } from '../src/formats/markdown.js';
import { pretty } from '../src/formats/pretty.js';
import { assertNoCrash, FIXTURES, roadmapFrom, runMain, tempDir } from './helpers/cli.js';

const TYPO: Result = {
  file: 'roadmap/commitments/guichet.md',
  line: 7,
  column: 1,
  severity: 'error',
  rule: 'schema/unknown-field',
  message: 'Le champ « stauts » n’existe pas à cet endroit.',
  fix: 'Renommez « stauts » en « status ».',
};
const LATE: Result = {
  file: 'roadmap/commitments/autre.md',
  line: 9,
  column: 6,
  severity: 'warning',
  rule: 'stale/past-due',
  message: 'L’échéance du 30 juin 2020 est passée.',
  fix: 'Mettez à jour le statut.',
};

describe('markdown summary', () => {
  it('puts files with errors first, warning-only files under their own heading, explains each rule once, and ends each problem with the explain hint', () => {
    const excerpt = (file: string, line: number) =>
      file.endsWith('guichet.md') ? [`  ${line - 1} | lead: cci`, `> ${line} | stauts: done`] : undefined;
    const out = markdown([LATE, TYPO, { ...TYPO, line: 9 }], { lang: 'fr', color: false, files: [], excerpt });
    expect(out).toBe(
      [
        '# ❌ Vérification de la feuille de route : 2 erreurs à corriger',
        '',
        '2 erreurs, 1 avertissement dans 2 fichiers. Les erreurs bloquent la fusion : corrigez-les dans les fichiers ci-dessous (ouvrez le fichier, crayon « Modifier », enregistrez dans la même branche) ; la vérification se relance seule. Les avertissements signalent un point à regarder, sans bloquer.',
        '',
        '## `roadmap/commitments/guichet.md` — 2 erreurs',
        '',
        '❌ **Ligne 7** — Le champ « stauts » n’existe pas à cet endroit.',
        '',
        '**À faire :** Renommez « stauts » en « status ».',
        '',
        '```text',
        '  6 | lead: cci',
        '> 7 | stauts: done',
        '```',
        '',
        '**Pourquoi :** Un champ inconnu est presque toujours une faute de frappe : sa valeur serait ignorée sans que personne ne s’en aperçoive.',
        '',
        'À éviter :',
        '',
        '```yaml',
        'stauts: done',
        '```',
        '',
        'Correct :',
        '',
        '```yaml',
        'status: done',
        '```',
        '',
        'Règle `schema/unknown-field` — explication complète : `roadmap explain schema/unknown-field`',
        '',
        '❌ **Ligne 9** — Le champ « stauts » n’existe pas à cet endroit.',
        '',
        '**À faire :** Renommez « stauts » en « status ».',
        '',
        '```text',
        '  8 | lead: cci',
        '> 9 | stauts: done',
        '```',
        '',
        'Règle `schema/unknown-field` — explication complète : `roadmap explain schema/unknown-field`',
        '',
        '## ⚠️ 1 avertissement dans 1 fichier (sans blocage)',
        '',
        '### `roadmap/commitments/autre.md` — 1 avertissement',
        '',
        '⚠️ **Ligne 9** — L’échéance du 30 juin 2020 est passée.',
        '',
        '**À faire :** Mettez à jour le statut.',
        '',
        '**Pourquoi :** Le comité doit voir les retards, et les partenaires pouvoir les expliquer.',
        '',
        'À éviter :',
        '',
        '```yaml',
        'due: 2019-06-30',
        'status: in_progress   # au 15 janvier 2020',
        '```',
        '',
        'Correct :',
        '',
        '```yaml',
        'due: 2020-06-30',
        'status: in_progress',
        'updates:',
        '  - { date: 2019-07-01, text: Report de six mois validé en comité }',
        '```',
        '',
        'Règle `stale/past-due` — explication complète : `roadmap explain stale/past-due`',
        '',
      ].join('\n'),
    );
  });

  it('says so when all is well, in English too', () => {
    expect(markdown([], { lang: 'en', color: false, files: [] })).toBe(
      '# ✅ Roadmap check\n\nNo problems: the roadmap is valid.\n',
    );
  });

  it('keeps partner text from becoming HTML or closing the code block', () => {
    const hostile: Result = { ...TYPO, message: 'Le champ « <img src=x onerror=alert(1)> » n’existe pas.' };
    const out = markdown([hostile], {
      lang: 'fr',
      color: false,
      files: [],
      excerpt: () => ['> 7 | title: ```', '```html'],
    });
    expect(out).not.toMatch(/(?<!)<img/);
    expect(out).toContain('\\<img src=x onerror=alert(1)\\>');
    expect(out).toContain('````text\n> 7 | title: ```\n```html\n````');
  });
});

describe('pretty output', () => {
  it('ends each problem with the command that explains its rule', () => {
    expect(pretty([TYPO], { lang: 'fr', color: false, files: [] })).toBe(
      [
        'roadmap/commitments/guichet.md',
        '  7:1      erreur  Le champ « stauts » n’existe pas à cet endroit.',
        '                   → Renommez « stauts » en « status ».',
        '                   en savoir plus : roadmap explain schema/unknown-field',
        '',
        '✖ 1 erreur, 0 avertissement',
        '',
      ].join('\n'),
    );
    expect(pretty([LATE], { lang: 'en', color: false, files: [] })).toContain(
      '                   more: roadmap explain stale/past-due\n',
    );
  });
});

describe('validate as CI runs it', () => {
  const broken = readFileSync(
    join(FIXTURES, 'validate', 'unknown-field', 'files', 'commitments', 'guichet-unique.md'),
    'utf8',
  );

  it('speaks the convention’s language by default and English with --lang en; GitHub titles carry the rule id', async () => {
    const { dir, cleanup } = tempDir('summary-');
    try {
      const root = roadmapFrom(dir, { 'commitments/guichet-unique.md': broken });
      const argv = ['validate', '--dir', root, '--as-of', '2026-11-25', '--format', 'github'];
      const french = await runMain(argv, { today: '2026-11-25' });
      expect(french.code).toBe(1);
      expect(french.stdout).toBe(
        '::error file=roadmap/commitments/guichet-unique.md,line=7,col=1,title=schema/unknown-field::' +
          'Le champ « stauts » n’existe pas à cet endroit. Renommez « stauts » en « status » (État de l’engagement). ' +
          'Pour garder une note libre, préfixez son nom par « x- » (par exemple « x-note »).\n',
      );
      const english = await runMain([...argv, '--lang', 'en'], { today: '2026-11-25' });
      expect(english.stdout).toContain(
        'title=schema/unknown-field::There is no field "stauts" here. Rename "stauts" to "status" (Commitment status).',
      );
    } finally {
      cleanup();
    }
  });

  it('speaks English by default when the convention is in English', async () => {
    const { dir, cleanup } = tempDir('summary-en-');
    try {
      const convention = readFileSync(join(FIXTURES, 'base', 'roadmap', 'convention.yaml'), 'utf8').replace(
        'language: fr',
        'language: en',
      );
      const root = roadmapFrom(dir, { 'convention.yaml': convention, 'commitments/guichet-unique.md': broken });
      const result = await runMain(['validate', '--dir', root, '--as-of', '2026-11-25'], { today: '2026-11-25' });
      expect(result.stdout).toContain('  7:1      error   There is no field "stauts" here.\n');
      expect(result.stdout).toContain('more: roadmap explain schema/unknown-field\n');
    } finally {
      cleanup();
    }
  });

  it('writes the French summary to GITHUB_STEP_SUMMARY', async () => {
    const { dir, cleanup } = tempDir('summary-bin-');
    try {
      const root = roadmapFrom(dir, { 'commitments/guichet-unique.md': broken });
      const summary = join(dir, 'summary.md');
      const result = await runMain(['validate', '--dir', root, '--as-of', '2026-11-25', '--format', 'github'], {
        env: { GITHUB_STEP_SUMMARY: summary },
      });
      assertNoCrash(result);
      expect(result.code).toBe(1);
      const text = readFileSync(summary, 'utf8');
      expect(text).toContain('# ❌ Vérification de la feuille de route : 1 erreur à corriger\n');
      expect(text).toContain('## `roadmap/commitments/guichet-unique.md` — 1 erreur\n');
      expect(text).toContain('❌ **Ligne 7** — Le champ « stauts » n’existe pas à cet endroit.\n');
      expect(text).toContain('> 7 | stauts: in_progress');
      expect(text).toContain('`roadmap explain schema/unknown-field`');
    } finally {
      cleanup();
    }
  });
});
