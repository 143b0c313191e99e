/**
 * What the CI formats promise a git host: paths from the repository's top
 * folder whatever `--dir` and the current folder are, no control or bidi
 * character in any of them, file names that cannot inject markup into the
 * pull-request summary, a summary that stays under GitHub's size limit, SARIF
 * valid against the official 2.1.0 schema, and markdown that markdownlint
 * finds nothing to say about.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import MarkdownIt from 'markdown-it';
import { afterAll, describe, expect, it } from 'vitest';
import type { Result } from '../src/diagnostics/diagnostic.js';
import type { FormatContext } from '../src/formats/context.js';
import { FORMATTERS } from '../src/formats/index.js';
import { markdown, SUMMARY_BUDGET } from '../src/formats/markdown.js';
import { sarif } from '../src/formats/sarif.js';
import { FIXTURES, assertNoCrash, roadmapFrom, runMain, tempDir } from './helpers/cli.js';
import { markdownlintFindings } from './helpers/markdownlint.js';

const CI_FORMATS = ['github', 'gitlab', 'junit', 'markdown', 'sarif'] as const;
const AS_OF = '2026-11-25';

const validateSarif = (() => {
  // The schema's language-tag pattern is not valid under the `u` flag; ajv's default would refuse to compile it.
  const ajv = new AjvDraft04.default({ strict: false, allErrors: true, unicodeRegExp: false });
  ajvFormats.default(ajv);
  return ajv.compile(JSON.parse(readFileSync(join(FIXTURES, 'sarif', 'sarif-schema-2.1.0.json'), 'utf8')) as object);
})();

function expectValidSarif(text: string): void {
  const log = JSON.parse(text) as unknown;
  expect(validateSarif(log), JSON.stringify(validateSarif.errors, null, 2)).toBe(true);
}

function result(overrides: Partial<Result>): Result {
  return {
    file: 'roadmap/partners/cci.yaml',
    line: 4,
    column: 7,
    severity: 'error',
    rule: 'schema/enum',
    message: 'Valeur refusée.',
    fix: 'Corrigez.',
    ...overrides,
  };
}

describe('the SARIF schema check', () => {
  it('rejects a log that is not SARIF 2.1.0, so a pass means something', () => {
    expect(validateSarif({ version: '2.1.0', runs: [{ tool: { driver: {} } }] })).toBe(false);
    expect(validateSarif({ version: '2.0.0', runs: [] })).toBe(false);
    expect(
      validateSarif({
        version: '2.1.0',
        runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: { text: 'm' }, level: 'fatal' }] }],
      }),
    ).toBe(false);
  });
});

describe('sarif', () => {
  it('is valid SARIF 2.1.0 with rules, levels, regions and percent-encoded relative URIs', () => {
    const out = sarif(
      [
        result({}),
        result({
          file: 'roadmap/partners/a b#c%.yaml',
          severity: 'warning',
          rule: 'stale/past-due',
          line: 9,
          column: 6,
        }),
        result({ rule: 'not/in-catalogue' }),
      ],
      { lang: 'fr', color: false, files: [] },
    );
    expectValidSarif(out);
    const log = JSON.parse(out) as {
      runs: {
        tool: { driver: { rules: { id: string; shortDescription?: { text: string } }[] } };
        results: {
          ruleId: string;
          ruleIndex: number;
          level: string;
          locations: {
            physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } };
          }[];
        }[];
      }[];
    };
    const [run] = log.runs;
    expect(run!.tool.driver.rules.map((rule) => rule.id)).toEqual([
      'not/in-catalogue',
      'schema/enum',
      'stale/past-due',
    ]);
    expect(run!.tool.driver.rules[2]!.shortDescription!.text).toMatch(/échéance/);
    const second = run!.results[1]!;
    expect([second.ruleId, run!.tool.driver.rules[second.ruleIndex]!.id, second.level]).toEqual([
      'stale/past-due',
      'stale/past-due',
      'warning',
    ]);
    expect(second.locations[0]!.physicalLocation).toEqual({
      artifactLocation: { uri: 'roadmap/partners/a%20b%23c%25.yaml', uriBaseId: '%SRCROOT%' },
      region: { startLine: 9, startColumn: 6 },
    });
  });

  it('is valid with no results', () => {
    expectValidSarif(sarif([], { lang: 'en', color: false, files: [] }));
  });
});

describe('every CI format', () => {
  const hostile = result({
    file: 'roadmap/partners/\u001b[31mx\u202eyaml.\u0007txt',
    rule: 'schema/enum',
    message:
      'Valeur \u001b]8;;https://evil.example\u0007lien\u001b]8;;\u0007 \u202eexe.pdf \u2066isolé\u2069 \u0000nul \u009bcsi',
    fix: 'Corrigez \u200fça.',
  });
  const context: FormatContext = { lang: 'fr', color: false, files: [hostile.file] };

  it.each(CI_FORMATS)('%s keeps no escape, control or bidi character', async (format) => {
    const out = (await FORMATTERS[format]!())([hostile], context);
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
    expect(out).toContain('exe.pdf');
  });
});

describe('the pull-request summary', () => {
  it('names a hostile file as inline code: no heading, HTML or image injected', () => {
    const file = 'roadmap/partners/x\n### Injecté <img src=https://evil.example/p.png>\n`a``b`.yaml';
    const out = markdown([result({ file })], { lang: 'fr', color: false, files: [file] });
    const tokens = new MarkdownIt({ html: true }).parse(out, {});
    const headings = tokens
      .filter((token) => token.type === 'heading_open')
      .map((token) => tokens[tokens.indexOf(token) + 1]!.content);
    expect(headings).toHaveLength(2);
    expect(headings[1]).toContain('Injecté');
    expect(
      tokens.some(
        (token) =>
          token.type.startsWith('html') ||
          token.children?.some((child) => child.type.startsWith('html') || child.type === 'image'),
      ),
    ).toBe(false);
    expect(new MarkdownIt({ html: true }).render(out)).not.toMatch(/<img/);
  });

  it('stays under its size budget and says how many problems were left out', () => {
    const many = Array.from({ length: 300 }, (_, file) =>
      Array.from({ length: 105 }, (__, line) =>
        result({
          file: `roadmap/commitments/c${file}.md`,
          line: line + 1,
          rule: 'schema/unknown-field',
          message: `Le champ « x-${'y'.repeat(60)}${line} » n’existe pas à cet endroit.`,
        }),
      ),
    ).flat();
    const out = markdown(many, { lang: 'fr', color: false, files: [] });
    expect(Buffer.byteLength(out)).toBeLessThanOrEqual(SUMMARY_BUDGET + 1024);
    const shown = (out.match(/^❌ \*\*Ligne/gm) ?? []).length;
    expect(shown).toBeGreaterThan(100);
    expect(out).toContain(`⚠️ ${many.length - shown} problèmes de plus ne sont pas affichés ici`);
  });

  it.each(['fr', 'en'] as const)('passes markdownlint (%s), hostile text and file names included', async (lang) => {
    const excerpt = () => ['  6 | title: ```x``` <b>', '> 7 | \tstauts: https://evil.example www.evil.example'];
    const results = [
      result({
        file: 'roadmap/commitments/a.md',
        message: 'Voir https://evil.example et www.evil.example — *gras* _souligné_ <b>x</b> # titre',
      }),
      result({ file: 'roadmap/commitments/a.md', line: 8 }),
      result({ file: 'roadmap/x\n# `y`.md', severity: 'warning', rule: 'stale/past-due' }),
      result({ file: 'roadmap/z.md', severity: 'warning', rule: 'partner/no-maintainers' }),
    ];
    expect(await markdownlintFindings(markdown(results, { lang, color: false, files: [], excerpt }))).toEqual([]);
    expect(await markdownlintFindings(markdown([], { lang, color: false, files: [] }))).toEqual([]);
  });
});

describe('validate in a repository, from anywhere', () => {
  const { dir, cleanup } = tempDir('formats-ci-');
  afterAll(cleanup);
  // A repository whose roadmap sits two folders down; `.git` is all validate looks for.
  const root = roadmapFrom(join(dir, 'config'), {
    'commitments/guichet-unique.md': readFileSync(
      join(FIXTURES, 'base', 'roadmap', 'commitments', 'guichet-unique.md'),
      'utf8',
    ).replace('lead: cci', 'lead: cci-94'),
  });
  mkdirSync(join(dir, '.git'));
  mkdirSync(join(dir, 'docs', 'deep'), { recursive: true });
  const expected = 'config/roadmap/commitments/guichet-unique.md';

  it.each([
    ['the top folder', dir, 'config/roadmap'],
    ['a folder beside', join(dir, 'docs', 'deep'), '../../config/roadmap'],
    ['the roadmap folder', root, '.'],
  ])('from %s, every CI format names the file from the top', async (_, cwd, dirFlag) => {
    const argv = (format: string) => ['validate', '--dir', dirFlag, '--as-of', AS_OF, '--format', format];
    const github = await runMain(argv('github'), { cwd, today: AS_OF });
    assertNoCrash(github);
    expect(github.stdout).toContain(`::error file=${expected},line=5,col=7,title=ref/unknown-partner::`);
    const gitlab = JSON.parse((await runMain(argv('gitlab'), { cwd, today: AS_OF })).stdout) as {
      location: { path: string };
    }[];
    expect(gitlab.map((issue) => issue.location.path)).toEqual([expected]);
    const junit = (await runMain(argv('junit'), { cwd, today: AS_OF })).stdout;
    expect(junit).toContain(`name="${expected}"`);
    expect(junit).toContain('name="config/roadmap/convention.yaml"');
    const summary = (await runMain(argv('markdown'), { cwd, today: AS_OF })).stdout;
    expect(summary).toContain(`## \`${expected}\``);
    expect(summary).toContain('> 5 | lead: cci-94');
    const sarifOut = (await runMain(argv('sarif'), { cwd, today: AS_OF })).stdout;
    expectValidSarif(sarifOut);
    expect(sarifOut).toContain(`"uri": "${expected}"`);
    // The human formats keep the roadmap folder's own name.
    expect((await runMain(argv('json'), { cwd, today: AS_OF })).stdout).toContain(
      '"file": "roadmap/commitments/guichet-unique.md"',
    );
  });

  it('validate writes valid SARIF and exits 1 on an error', async () => {
    const run = await runMain(['validate', '--dir', root, '--as-of', AS_OF, '--format', 'sarif']);
    assertNoCrash(run);
    expect(run.code).toBe(1);
    expectValidSarif(run.stdout);
  });
});

describe('validate with a hostile file name, end to end', () => {
  it('the markdown format and the job summary keep it inert', async () => {
    const { dir, cleanup } = tempDir('formats-ci-hostile-');
    try {
      const name = 'x\n### Injecté <img src=https://evil.example/p.png>\u001b[31m\u202e.yaml';
      const root = roadmapFrom(dir, {
        [`partners/${name}`]: 'id: x\nname: X\nshort_name: X\nkind: other\nrole: member\n',
      });
      const summary = join(dir, 'summary.md');
      const run = await runMain(['validate', '--dir', root, '--as-of', AS_OF, '--format', 'markdown'], {
        today: AS_OF,
      });
      const viaSummary = await runMain(['validate', '--dir', root, '--as-of', AS_OF, '--format', 'github'], {
        today: AS_OF,
        env: { GITHUB_STEP_SUMMARY: summary },
      });
      assertNoCrash(run);
      assertNoCrash(viaSummary);
      for (const out of [run.stdout, readFileSync(summary, 'utf8')]) {
        expect(out).toContain('Injecté');
        expect(out).not.toMatch(/[\u001b\u202e]/);
        const tokens = new MarkdownIt({ html: true }).parse(out, {});
        expect(
          tokens
            .filter((token) => token.type === 'heading_open' && token.tag === 'h3')
            .every((token) => !tokens[tokens.indexOf(token) + 1]!.content.startsWith('Injecté')),
        ).toBe(true);
        expect(new MarkdownIt({ html: true }).render(out)).not.toMatch(/<img/);
        expect(await markdownlintFindings(out)).toEqual([]);
      }
    } finally {
      cleanup();
    }
  });
});
