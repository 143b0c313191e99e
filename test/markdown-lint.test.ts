/**
 * Generated markdown as markdownlint reads it (its defaults, line length off):
 * the report and the actions in every view, the brief's `.md` (bundled
 * roadmap in French and English, the brief fixture, and partner markdown
 * whose headings jump levels, use `===` underlines or sit in quotes), the
 * convocation, attendance sheet, minutes and reminders. The
 * pull-request summary has its own cases in test/formats-ci.test.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { settleQuotedMarkdown } from '../src/render/document/settleQuotedMarkdown.js';
import { FIXTURES, ROOT, roadmapFrom, runMain, tempDir } from './helpers/cli.js';
import { diffHistory } from './helpers/diffHistory.js';
import { markdownlintFindings } from './helpers/markdownlint.js';

const BUNDLED = join(ROOT, 'roadmap');
const AS_OF = '2026-11-25';

describe('the markdownlint check', () => {
  it('finds what it should, so a clean result means something', async () => {
    const findings = await markdownlintFindings(
      '## Pas de titre\n\n#### Saut\n\n| a |b|\n|---| --- |\n|1| 2 |\n\n<br>\n',
    );
    expect(findings.map((finding) => finding.split(' ')[1]!.split('/')[0])).toEqual(
      expect.arrayContaining(['MD041', 'MD001', 'MD060', 'MD033']),
    );
  });
});

describe('report and actions --format markdown', () => {
  it.each([
    ['report', '--by', 'all'],
    ['report', '--by', 'axis'],
    ['report', '--by', 'partner'],
    ['report', '--partner', 'cci-essonne'],
    ['report', '--axis', 'gouvernance-territoriale', '--lang', 'en'],
    ['actions'],
    ['actions', '--status', 'open', '--lang', 'en'],
  ])('%s %s %s', async (...argv) => {
    const run = await runMain([...argv, '--dir', BUNDLED, '--as-of', AS_OF, '--format', 'markdown'], { today: AS_OF });
    expect(run.code, run.stderr).toBe(0);
    expect(await markdownlintFindings(run.stdout)).toEqual([]);
  });
});

describe('brief.md', () => {
  const { dir, cleanup } = tempDir('markdown-lint-');
  afterAll(cleanup);

  async function brief(roadmap: string, asOf: string, meeting: string, ...extra: string[]): Promise<string> {
    const out = join(dir, `${meeting}-${extra.join('')}-${Math.random().toString(36).slice(2)}`);
    const run = await runMain(['brief', '--dir', roadmap, '--as-of', asOf, '--out', out, ...extra], { today: asOf });
    expect(run.code, run.stderr).toBe(0);
    return readFileSync(join(out, meeting, 'brief.md'), 'utf8');
  }

  it.each([[], ['--lang', 'en']])('of the bundled roadmap %s', async (...extra) => {
    expect(await markdownlintFindings(await brief(BUNDLED, AS_OF, 'comite-territorial-2026-12-10', ...extra))).toEqual(
      [],
    );
  });

  it('of the brief fixture', async () => {
    expect(
      await markdownlintFindings(await brief(join(FIXTURES, 'brief', 'roadmap'), '2019-09-15', 'comite-2019-10-10')),
    ).toEqual([]);
  });

  it('with partner headings that jump levels, use underlines or sit in quotes', async () => {
    const axis = readFileSync(join(FIXTURES, 'brief', 'roadmap', 'axes', 'createurs.md'), 'utf8').replace(
      'Un parcours lisible pour les créateurs d’entreprise.',
      'Intro.\n\n###### Très profond\n\nTexte.\n\nSous-titre souligné\n===================\n\n> # Dans une citation\n\n```\n# pas un titre\n```\n\n## Retour',
    );
    const roadmap = roadmapFrom(
      join(dir, 'hostile'),
      { 'axes/createurs.md': axis },
      join(FIXTURES, 'brief', 'roadmap'),
    );
    const text = await brief(roadmap, '2019-09-15', 'comite-2019-10-10');
    expect(text).toContain('### Très profond');
    expect(text).toContain('### Sous-titre souligné');
    expect(text).toContain('# pas un titre');
    expect(await markdownlintFindings(text)).toEqual([]);
  });
});

describe('the meeting documents and the reminders', () => {
  const { dir, cleanup } = tempDir('markdown-lint-meeting-');
  afterAll(cleanup);

  it.each([
    [['meeting', 'convene', 'comite-territorial-2026-12-10'], 'comite-territorial-2026-12-10/convocation.md'],
    [
      ['meeting', 'convene', 'comite-territorial-2026-12-10', '--per-member', '--lang', 'en'],
      'comite-territorial-2026-12-10/convocation-cci-essonne.md',
    ],
    [['meeting', 'sheet', 'comite-territorial-2026-12-10'], 'comite-territorial-2026-12-10/feuille-emargement.md'],
    [
      ['meeting', 'sheet', 'comite-territorial-2026-12-10', '--lang', 'en'],
      'comite-territorial-2026-12-10/attendance-sheet.md',
    ],
    [['meeting', 'minutes', 'comite-territorial-2026-06-18'], 'comite-territorial-2026-06-18/proces-verbal.md'],
    [
      ['meeting', 'minutes', 'comite-territorial-2026-06-18', '--lang', 'en'],
      'comite-territorial-2026-06-18/minutes.md',
    ],
    [
      ['remind', '--meeting', 'comite-territorial-2026-12-10'],
      'comite-territorial-2026-12-10/reminders/cci-essonne.md',
    ],
  ])('%j', async (argv, file) => {
    const out = join(dir, argv.join('-'));
    const run = await runMain([...argv, '--dir', BUNDLED, '--as-of', AS_OF, '--out', out], { today: AS_OF });
    expect(run.code, run.stderr).toBe(0);
    expect(await markdownlintFindings(readFileSync(join(out, file), 'utf8'))).toEqual([]);
  });
});

describe('the pull request’s other summaries: diff and owners', () => {
  it('diff --format markdown and owners --changed-since --format markdown, each alone', async () => {
    const history = diffHistory();
    try {
      const { dir, commits } = history;
      for (const argv of [
        ['diff', commits.a, commits.b, '--format', 'markdown'],
        ['diff', commits.a, commits.b, '--format', 'markdown', '--lang', 'en'],
        ['owners', '--changed-since', commits.a, '--format', 'markdown'],
      ]) {
        const run = await runMain([...argv, '--dir', dir], { cwd: dir, today: AS_OF });
        expect(run.code, run.stderr).toBe(0);
        expect(await markdownlintFindings(run.stdout), argv.join(' ')).toEqual([]);
      }
    } finally {
      history.cleanup();
    }
  });
});

describe('settleQuotedMarkdown', () => {
  it('puts headings right below the quoting level and never skips one', () => {
    expect(settleQuotedMarkdown('#### Un\n\n###### Deux\n\n#### Trois', 2)).toBe('### Un\n\n#### Deux\n\n### Trois');
    expect(settleQuotedMarkdown('# Un\n\n## Deux', 3)).toBe('#### Un\n\n##### Deux');
  });

  it('turns setext headings into ATX ones, leaves code alone and names a fence’s language', () => {
    expect(settleQuotedMarkdown('Titre\nsur deux lignes\n---\n\n```\n# code\n```', 2)).toBe(
      '### Titre sur deux lignes\n\n```text\n# code\n```',
    );
  });
});
