/**
 * The diagnostics formatters, pure (hand-written results in, text out) and
 * end to end through `validate`: GitHub workflow commands that partner text
 * cannot break out of, GitLab Code Quality fields, well-formed JUnit XML with
 * one testcase per file, the JSON shape of SPEC §6, colour rules of the
 * pretty format, and the pull-request summary appended to GITHUB_STEP_SUMMARY.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Result } from '../src/diagnostics/diagnostic.js';
import type { FormatContext } from '../src/formats/context.js';
import { github } from '../src/formats/github.js';
import { gitlab } from '../src/formats/gitlab.js';
import { json } from '../src/formats/json.js';
import { junit } from '../src/formats/junit.js';
import { FIXTURES, assertNoCrash, roadmapFrom, runBin, runMain, tempDir } from './helpers/cli.js';

const CONTEXT: FormatContext = { lang: 'fr', color: false, files: [] };

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

describe('github', () => {
  it('escapes %, CR and LF in the message, so partner text cannot start a second command', () => {
    const out = github([result({ message: '100% fait\n::error file=x::pwned%0A', fix: 'Corrigez.' })], CONTEXT);
    expect(out).toBe(
      '::error file=roadmap/partners/cci.yaml,line=4,col=7,title=schema/enum::100%25 fait%0A::error file=x::pwned%250A Corrigez.\n',
    );
  });

  it('drops CR and terminal controls, which the Actions log would render', () => {
    const out = github([result({ message: 'a\r\nb \u001b[31mrouge\u001b[0m \u202eexe.pdf' })], CONTEXT);
    expect(out).toBe(
      '::error file=roadmap/partners/cci.yaml,line=4,col=7,title=schema/enum::a%0Ab rouge exe.pdf Corrigez.\n',
    );
  });

  it('escapes : and , inside properties (file names)', () => {
    const out = github(
      [result({ file: 'roadmap/partners/a,b:c%.yaml', severity: 'warning', rule: 'stale/past-due' })],
      CONTEXT,
    );
    expect(out).toBe(
      '::warning file=roadmap/partners/a%2Cb%3Ac%25.yaml,line=4,col=7,title=stale/past-due::Valeur refusée. Corrigez.\n',
    );
  });

  it('prints one line per diagnostic and nothing for none', () => {
    expect(github([], CONTEXT)).toBe('');
    expect(github([result({}), result({ line: 9, severity: 'warning' })], CONTEXT).split('\n')).toHaveLength(3);
  });
});

describe('gitlab', () => {
  it('gives the Code Quality fields', () => {
    const [issue] = JSON.parse(
      gitlab(
        [
          result({
            line: 12,
            severity: 'warning',
            rule: 'stale/past-due',
            message: 'En retard.',
            fix: 'Mettez à jour.',
          }),
        ],
        CONTEXT,
      ),
    ) as Record<string, unknown>[];
    expect(issue).toEqual({
      description: 'En retard. Mettez à jour.',
      check_name: 'stale/past-due',
      fingerprint: expect.stringMatching(/^[0-9a-f]{32}$/),
      severity: 'minor',
      location: { path: 'roadmap/partners/cci.yaml', lines: { begin: 12 } },
    });
    expect((JSON.parse(gitlab([result({})], CONTEXT)) as { severity: string }[])[0]!.severity).toBe('major');
  });

  it('fingerprints are stable across runs and lines, distinct for a repeated problem', () => {
    const once = JSON.parse(gitlab([result({ line: 3 }), result({ line: 8 })], CONTEXT)) as { fingerprint: string }[];
    const again = JSON.parse(gitlab([result({ line: 5 }), result({ line: 10 })], CONTEXT)) as { fingerprint: string }[];
    expect(once.map((issue) => issue.fingerprint)).toEqual(again.map((issue) => issue.fingerprint));
    expect(once[0]!.fingerprint).not.toBe(once[1]!.fingerprint);
  });

  it('is an empty array when there is nothing to report', () => {
    expect(JSON.parse(gitlab([], CONTEXT))).toEqual([]);
  });
});

/** A small XML 1.0 well-formedness check: balanced tags, quoted attributes, only the five entities, no control characters. */
function assertWellFormedXml(text: string): void {
  const body = text.replace(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n/, '');
  expect(body, 'XML declaration').not.toBe(text);
  expect(body).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
  const stack: string[] = [];
  const token = /<(\/?)([A-Za-z][\w.-]*)((?:\s+[A-Za-z][\w.-]*="[^"<]*")*)\s*(\/?)>|([^<]+)/gy;
  let match: RegExpExecArray | null;
  let consumed = 0;
  while ((match = token.exec(body)) !== null) {
    consumed = token.lastIndex;
    const [, closing, name, attributes, selfClosing, chars] = match;
    const escaped = chars ?? attributes ?? '';
    expect(escaped.replace(/&(amp|lt|gt|quot|apos);/g, ''), 'bare & or >').not.toMatch(/[&>]/);
    if (!name) continue;
    if (closing) expect(stack.pop(), `closing </${name}>`).toBe(name);
    else if (!selfClosing) stack.push(name);
  }
  expect(consumed, 'unparsable XML after this offset').toBe(body.length);
  expect(stack).toEqual([]);
}

describe('junit', () => {
  it('the well-formedness check itself rejects broken XML', () => {
    const declaration = '<?xml version="1.0" encoding="UTF-8"?>\n';
    expect(() => assertWellFormedXml(`${declaration}<a><b></a></b>`)).toThrow();
    expect(() => assertWellFormedXml(`${declaration}<a>x & y</a>`)).toThrow();
    expect(() => assertWellFormedXml(`${declaration}<a t="<">x</a>`)).toThrow();
    expect(() => assertWellFormedXml(`${declaration}<a>ok &amp; fine</a>`)).not.toThrow();
  });

  const files = ['roadmap/convention.yaml', 'roadmap/partners/a&b "x".yaml', 'roadmap/partners/cci.yaml'];

  it('has one testcase per file, a failure for files with errors, warnings as system-out', () => {
    const out = junit(
      [
        result({ file: files[1], message: 'Balise <script> & "guillemets" \u0007 \u001b[31m' }),
        result({ file: files[2], severity: 'warning', rule: 'partner/no-maintainers' }),
      ],
      { ...CONTEXT, files },
    );
    assertWellFormedXml(out);
    expect(out.match(/<testcase /g)).toHaveLength(3);
    expect(out).toContain('<testsuites name="roadmap validate" tests="3" failures="1">');
    expect(out).toContain('<testcase classname="roadmap.validate" name="roadmap/partners/a&amp;b &quot;x&quot;.yaml">');
    expect(out).toContain('Balise &lt;script&gt; &amp; &quot;guillemets&quot;');
    expect(out).toContain(
      '<system-out>roadmap/partners/cci.yaml:4:7 warning partner/no-maintainers: Valeur refusée. Corrigez.</system-out>',
    );
    expect(out).toContain('<testcase classname="roadmap.validate" name="roadmap/convention.yaml"></testcase>');
  });
});

describe('json', () => {
  it('has the SPEC §6 shape and counts', () => {
    const out = JSON.parse(
      json([result({ fix: 'not printed' }), result({ severity: 'warning', line: 1 })], CONTEXT),
    ) as Record<string, unknown>;
    expect(out).toEqual({
      diagnostics: [
        {
          file: 'roadmap/partners/cci.yaml',
          line: 4,
          column: 7,
          severity: 'error',
          rule: 'schema/enum',
          message: 'Valeur refusée.',
        },
        {
          file: 'roadmap/partners/cci.yaml',
          line: 1,
          column: 7,
          severity: 'warning',
          rule: 'schema/enum',
          message: 'Valeur refusée.',
        },
      ],
      errors: 1,
      warnings: 1,
    });
  });
});

describe('validate end to end', () => {
  const AS_OF = '2026-11-25';
  const { dir, cleanup } = tempDir('formats-');
  afterAll(cleanup);
  const root = roadmapFrom(dir, {
    // One error (unknown partner, line 5 column 7) and one warning (past due, line 9 column 6).
    'commitments/guichet-unique.md': readFileSync(
      join(FIXTURES, 'base', 'roadmap', 'commitments', 'guichet-unique.md'),
      'utf8',
    )
      .replace('lead: cci', 'lead: cci-94')
      .replace('due: 2030-06-30', 'due: 2026-06-30'),
  });
  const argv = (format: string) => ['validate', '--dir', root, '--as-of', AS_OF, '--format', format];
  const ERROR_AT = 'roadmap/commitments/guichet-unique.md,line=5,col=7';

  it('github: one workflow command per diagnostic', async () => {
    const run = await runMain(argv('github'), { today: AS_OF });
    assertNoCrash(run);
    expect(run.code).toBe(1);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(new RegExp(`^::error file=${ERROR_AT},title=ref/unknown-partner::`));
    expect(lines[1]).toMatch(
      /^::warning file=roadmap\/commitments\/guichet-unique\.md,line=9,col=6,title=stale\/past-due::/,
    );
  });

  it('gitlab and junit parse', async () => {
    const report = await runMain(argv('gitlab'));
    assertNoCrash(report);
    const issues = JSON.parse(report.stdout) as {
      check_name: string;
      location: { path: string; lines: { begin: number } };
    }[];
    expect(issues.map((issue) => [issue.check_name, issue.location.path, issue.location.lines.begin])).toEqual([
      ['ref/unknown-partner', 'roadmap/commitments/guichet-unique.md', 5],
      ['stale/past-due', 'roadmap/commitments/guichet-unique.md', 9],
    ]);
    const xml = await runMain(argv('junit'));
    assertNoCrash(xml);
    assertWellFormedXml(xml.stdout);
    // The base roadmap has 8 files; every one is a testcase, one of them failing.
    expect(xml.stdout.match(/<testcase /g)).toHaveLength(8);
    expect(xml.stdout).toContain('tests="8" failures="1"');
  });

  it('pretty: colour on a terminal, never with NO_COLOR, always with FORCE_COLOR, the last through the bin', async () => {
    const hasEscape = (run: { stdout: string }) => run.stdout.includes('\u001b[');
    expect(hasEscape(await runMain(argv('pretty'), { today: AS_OF, isTTY: false }))).toBe(false);
    expect(hasEscape(await runMain(argv('pretty'), { today: AS_OF, isTTY: true }))).toBe(true);
    expect(hasEscape(await runMain(argv('pretty'), { today: AS_OF, isTTY: true, env: { NO_COLOR: '1' } }))).toBe(false);
    expect(hasEscape(await runMain(argv('pretty'), { today: AS_OF, isTTY: false, env: { FORCE_COLOR: '1' } }))).toBe(
      true,
    );
    expect(hasEscape(await runMain(argv('pretty'), { today: AS_OF, isTTY: true, env: { FORCE_COLOR: '0' } }))).toBe(
      false,
    );
    expect(hasEscape(runBin(argv('pretty'), { env: { FORCE_COLOR: '1' } }))).toBe(true);
  });

  it('GITHUB_STEP_SUMMARY gets the markdown summary appended, never overwritten', async () => {
    const summary = join(dir, 'summary.md');
    writeFileSync(summary, '# Étape précédente\n');
    const env = { GITHUB_STEP_SUMMARY: summary };
    await runMain(argv('github'), { today: AS_OF, env });
    const once = readFileSync(summary, 'utf8');
    expect(once.startsWith('# Étape précédente\n')).toBe(true);
    expect(once).toContain('ref/unknown-partner');
    expect(once).toContain('stale/past-due');
    await runMain(argv('github'), { today: AS_OF, env });
    expect(readFileSync(summary, 'utf8')).toBe(once + once.slice('# Étape précédente\n'.length));
  });
});
