/**
 * The command line in the user's language: every command's --help in French
 * and English (no English left in the French help), commander's errors with
 * suggestions, and the choice of language (--lang, the roadmap's, the
 * environment's, English).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../src/cli/commands.js';
import { environmentLang } from '../src/i18n/environmentLang.js';
import { ROOT, roadmapFrom, runMain, tempDir } from './helpers/cli.js';

const TODAY = '2026-11-25';
const { dir: empty, cleanup } = tempDir('cli-language-');
afterAll(cleanup);

const run = (argv: string[], env: Record<string, string> = {}, cwd = empty) =>
  runMain(argv, { cwd, today: TODAY, env });

/** The help of every command and group, and the program's. */
const HELP_PATHS = [
  [],
  ...new Set(COMMANDS.map((spec) => spec.name)),
  ...new Set(COMMANDS.filter((spec) => spec.name.includes(' ')).map((spec) => spec.name.split(' ')[0]!)),
].map((name) => (Array.isArray(name) ? name : name.split(' ')));

/** The descriptive part of each help line: what follows the flag or command column, or a line of prose. */
function prose(help: string): string[] {
  // Descriptions wrap at different places in each language: join each continuation line to its item first.
  const lines: string[] = [];
  for (const line of help.split('\n')) {
    const previous = lines[lines.length - 1];
    const paragraph =
      previous !== undefined && /^\S/.test(line) && /^\S/.test(previous) && !/^[\p{L} ]+ ?:$/u.test(previous);
    if ((/^\s{4,}\S/.test(line) || paragraph) && previous !== undefined) lines[lines.length - 1] += ` ${line.trim()}`;
    else lines.push(line);
  }
  return lines
    .map((line) =>
      line
        .replace(
          /^\s*(?:-\w, )?(?:--?[\w-]+(?: <[^>]+>| \[[^\]]+\])?|[\w-]+(?: \[options\])?(?: <[^>]+>| \[[^\]]+\])*)\s{2,}/,
          '',
        )
        .trim(),
    )
    .filter((text) => /[a-zà-ÿ]{3}/i.test(text) && !/^(?:Usage|Utilisation) ?:/.test(text));
}

describe('help in French and English', () => {
  it.each(HELP_PATHS.map((path) => [path.join(' ') || '(program)', path]))(
    '%s --help has no English in French and no French in English',
    async (_name, path) => {
      const fr = await run([...path, '--help', '--lang', 'fr']);
      const en = await run([...path, '--help', '--lang', 'en']);
      expect(fr.code).toBe(0);
      expect(en.code).toBe(0);
      expect(fr.stdout).toMatch(/^Utilisation : roadmap/);
      expect(en.stdout).toMatch(/^Usage: roadmap/);
      for (const english of ['display help', 'output the version', 'Options:', 'Commands:', 'default:', '(choices'])
        expect(fr.stdout).not.toContain(english);
      expect(fr.stdout).toContain('afficher l’aide de la commande');
      // The placeholders too: `--out <dossier>`, `update <engagement>`; none of the English words is left between brackets.
      const placeholderWords = (help: string) =>
        [...help.matchAll(/<([^>]*)>/g)].flatMap((match) => match[1]!.match(/[A-Za-z][\w-]*/g) ?? []);
      const english = new Set(placeholderWords(en.stdout));
      const left = placeholderWords(fr.stdout).filter(
        (word) =>
          english.has(word) &&
          ![
            'date',
            'id',
            'ids',
            'n',
            'm',
            'url',
            'code',
            'format',
            'points',
            'HH',
            'MM',
            'md',
            'xlsx',
            'ods',
            'yaml',
          ].includes(word),
      );
      expect(left).toEqual([]);
      // Line by line, each description differs between the two languages: a string left untranslated shows up as equal.
      const [frLines, enLines] = [prose(fr.stdout), prose(en.stdout)];
      expect(frLines.length).toBe(enLines.length);
      const same = frLines.filter((line, index) => line === enLines[index]);
      expect(same).toEqual([]);
    },
  );

  it('takes the language of the roadmap found by --dir, else of the environment, else English', async () => {
    const { dir: top, cleanup: done } = tempDir('cli-language-roadmap-');
    try {
      const roadmap = roadmapFrom(top);
      expect((await run(['report', '--help', '--dir', roadmap])).stdout).toMatch(/^Utilisation/);
      expect((await run(['report', '--help'], {}, top)).stdout).toMatch(/^Utilisation/);
      expect((await run(['report', '--help'])).stdout).toMatch(/^Usage:/);
      expect((await run(['report', '--help'], { LANG: 'fr_FR.UTF-8' })).stdout).toMatch(/^Utilisation/);
      expect((await run(['report', '--help'], { LC_ALL: 'C', LANG: 'fr_FR.UTF-8' })).stdout).toMatch(/^Usage:/);
      expect((await run(['report', '--help', '--lang', 'en'], {}, top)).stdout).toMatch(/^Usage:/);
      // A FIFO or a folder named convention.yaml is no convention: nothing blocks, English it is.
      const odd = join(top, 'odd');
      mkdirSync(join(odd, 'convention.yaml'), { recursive: true });
      expect((await run(['report', '--help', '--dir', odd])).stdout).toMatch(/^Usage:/);
      const fifo = join(top, 'fifo');
      mkdirSync(fifo);
      execFileSync('mkfifo', [join(fifo, 'convention.yaml')]);
      expect((await run(['report', '--help', '--dir', fifo])).stdout).toMatch(/^Usage:/);
    } finally {
      done();
    }
  });

  it('reads LC_ALL, then LC_MESSAGES, then LANG', () => {
    expect(environmentLang({ LANG: 'fr_FR.UTF-8' })).toBe('fr');
    expect(environmentLang({ LC_MESSAGES: 'en_GB', LANG: 'fr_FR' })).toBe('en');
    expect(environmentLang({ LC_ALL: 'fr_CA', LC_MESSAGES: 'en_GB' })).toBe('fr');
    expect(environmentLang({ LC_ALL: '', LANG: 'POSIX' })).toBe('en');
    expect(environmentLang({ LANG: 'de_DE.UTF-8' })).toBeUndefined();
    expect(environmentLang({})).toBeUndefined();
  });
});

describe('commander errors in the user’s language', () => {
  const cases: [string[], string][] = [
    [
      ['validate', '--frmat', 'json', '--lang', 'fr'],
      'roadmap: option inconnue : --frmat ; vouliez-vous dire « --format » ?\n',
    ],
    [['validate', '--frmat', 'json', '--lang', 'en'], 'roadmap: unknown option: --frmat; did you mean "--format"?\n'],
    [['valider', '--lang', 'fr'], 'roadmap: commande inconnue : « valider » ; vouliez-vous dire « validate » ?\n'],
    [['rapport', '--lang', 'en'], 'roadmap: unknown command: "rapport"; did you mean "report"?\n'],
    [['repor', '--lang', 'fr'], 'roadmap: commande inconnue : « repor » ; vouliez-vous dire « report » ?\n'],
    [['diff', '--lang', 'fr'], 'roadmap: argument manquant : <depuis> (voir « roadmap diff --help »)\n'],
    [['report', '--lang', 'fr', '--as-of'], 'roadmap: l’option --as-of attend une valeur\n'],
    [
      ['report', 'extra', '--lang', 'fr'],
      'roadmap: trop d’arguments pour « roadmap report » : 0 attendu(s), 1 donné(s)\n',
    ],
    [
      ['report', '--format', 'jsn', '--lang', 'fr'],
      'roadmap: --format doit valoir table | markdown | json | csv | xlsx | ods, pas « jsn » ; vouliez-vous dire « json » ?\n',
    ],
    [['report', '--lang', 'de'], 'roadmap: --lang must be fr | en, not "de"\n'],
    [
      ['report', '--dir', join(ROOT, 'roadmap'), '--as-of', '2026-02-30', '--lang', 'fr'],
      'roadmap: --as-of : « 2026-02-30 » n’est pas une date valide (ce mois n’a que 28 jours).\n',
    ],
    [['report', '--dir', 'nowhere', '--lang', 'fr'], 'roadmap: --dir nowhere : ce dossier n’existe pas.\n'],
  ];
  it.each(cases)('%j', async (argv, stderr) => {
    const result = await run(argv);
    expect(result.stderr).toBe(stderr);
    expect(result.code).toBe(2);
  });

  it('echoes what the user typed without control characters, bidi overrides or unbounded length', async () => {
    const hostile = `x\u001b[31m\u202e${'y'.repeat(500)}\nz`;
    for (const argv of [
      [hostile],
      ['report', `--${hostile}`],
      ['report', '--format', hostile],
      ['report', '--lang', hostile],
      ['report', '--as-of', hostile],
      ['report', '--dir', hostile],
    ]) {
      const result = await run(argv);
      expect(result.code).toBe(2);
      expect(result.stderr).not.toMatch(/[\u001b\u202e]/);
      expect(result.stderr.split('\n')).toHaveLength(2);
      expect(result.stderr.length).toBeLessThan(400);
    }
  });
});

describe('filters: prefixes and the words the tables print', () => {
  it('lists the ids a prefix may name, points at the one it names, and accepts the printed status words', async () => {
    const { dir: top, cleanup: done } = tempDir('cli-language-filters-');
    try {
      const partner = (id: string) => `id: ${id}\nname: ${id}\nshort_name: ${id}\nkind: cma\nrole: member\n`;
      roadmapFrom(top, {
        'partners/cma-essonne.yaml': partner('cma-essonne'),
        'partners/cma-val-de-marne.yaml': partner('cma-val-de-marne'),
      });
      const ambiguous = await run(['report', '--partner', 'cma'], {}, top);
      expect(ambiguous.stderr).toBe(
        'roadmap: --partner : « cma » peut désigner cma-essonne, cma-val-de-marne ; précisez lequel\n',
      );
      expect(ambiguous.code).toBe(2);
      const prefix = await run(['report', '--partner', 'cma-ess', '--lang', 'en'], {}, top);
      expect(prefix.stderr).toBe('roadmap: --partner: no id "cma-ess" in partners/; did you mean "cma-essonne"?\n');
      const printed = await run(['actions', '--status', 'Soldée', '--format', 'json'], {}, top);
      const canonical = await run(['actions', '--status', 'done', '--format', 'json'], {}, top);
      expect(printed.code).toBe(0);
      expect(printed.stdout).toBe(canonical.stdout);
      expect(JSON.parse(canonical.stdout).actions.length).toBeGreaterThan(0);
      const byAxis = await run(['report', '--by', 'Axe', '--format', 'json'], {}, top);
      expect(byAxis.stdout).toBe((await run(['report', '--by', 'axis', '--format', 'json'], {}, top)).stdout);
      const wrong = await run(['actions', '--status', 'ouvert'], {}, top);
      expect(wrong.stderr).toBe(
        'roadmap: --status doit valoir open | done | cancelled, pas « ouvert » ; vouliez-vous dire « ouverte » ?\n',
      );
    } finally {
      done();
    }
  });
});
