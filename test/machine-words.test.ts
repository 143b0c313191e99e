/**
 * No codes or raw ids in anything a person reads: every document, page, calendar entry
 * and report of the bundled roadmap is walked for the roadmap's machine vocabulary
 * (`planned`, `in_progress`, `blocked`, `cancelled`, `held`) and for the ids of its
 * commitments, meetings, decisions, actions, indicators, axes and partners, which all
 * have a label. Markup, link targets, addresses and the calendar's UID lines are
 * machine-read and left out; the text people read must hold none.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runMain, tempDir } from './helpers/cli.js';

const DIR = join(ROOT, 'roadmap');
const AS_OF = '2026-11-25';
const STATUS_CODES = /\b(planned|in_progress|blocked|cancelled|held)\b/;

let out: string;
let cleanup: () => void;
const printed: { name: string; text: string }[] = [];

function frontMatter(file: string): Record<string, unknown> {
  const text = readFileSync(file, 'utf8');
  return (file.endsWith('.yaml') ? parse(text) : parse(text.split(/^---$/m)[1]!)) as Record<string, unknown>;
}

/** Every id of the bundled roadmap that has a label people know it by. */
function ids(): Set<string> {
  const found = new Set<string>();
  for (const kind of ['partners', 'axes', 'commitments', 'meetings']) {
    for (const name of readdirSync(join(DIR, kind))) {
      const data = frontMatter(join(DIR, kind, name));
      found.add(String(data.id));
      for (const list of ['indicators', 'decisions', 'actions']) {
        for (const item of (data[list] as { id: string }[] | undefined) ?? []) found.add(item.id);
      }
    }
  }
  return found;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((rel) => join(dir, rel))
    .filter((path) => statSync(path).isFile());
}

/** What a person reads: tags, attributes, link targets, addresses and calendar UIDs removed. */
function readable(path: string, text: string): string {
  let kept = text;
  if (path.endsWith('.html')) kept = kept.replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]*>/g, ' ');
  if (path.endsWith('.md') || path.endsWith('.eml'))
    kept = kept.replace(/\]\([^)]*\)/g, ']').replace(/<!--[\s\S]*?-->/g, ' ');
  if (path.endsWith('.ics'))
    kept = kept
      .split(/\r?\n/)
      .filter((line) => !/^(UID|URL|X-)/.test(line))
      .join('\n')
      .replace(/\r?\n[ \t]/g, '');
  return kept.replace(/https?:\/\/\S+/g, ' ').replace(/\b[\w.-]+@[\w.-]+\b/g, ' ');
}

beforeAll(async () => {
  ({ dir: out, cleanup } = tempDir('machine-words-'));
  const run = async (argv: string[]) => {
    const result = await runMain([...argv, '--dir', DIR], { today: AS_OF, cwd: out });
    expect(result.code, `${argv.join(' ')}: ${result.stderr}`).toBe(0);
    return result;
  };
  await run(['brief', '--as-of', AS_OF, '--out', join(out, 'documents')]);
  for (const name of readdirSync(join(DIR, 'meetings'))) {
    const meeting = frontMatter(join(DIR, 'meetings', name));
    await run(['meeting', 'convene', String(meeting.id), '--out', join(out, 'documents')]);
    await run(['meeting', 'sheet', String(meeting.id), '--out', join(out, 'documents')]);
    if (meeting.status === 'held')
      await run(['meeting', 'minutes', String(meeting.id), '--out', join(out, 'documents')]);
  }
  await run(['remind', '--as-of', AS_OF, '--out', join(out, 'remind')]);
  await run(['site', '--as-of', AS_OF, '--out', join(out, 'site')]);
  await run(['calendar', '--output', join(out, 'agenda.ics')]);
  for (const path of filesUnder(out).filter(
    (file) => /\.(md|html|ics|eml)$/.test(file) && !file.includes('pagefind'),
  )) {
    printed.push({ name: path.slice(out.length + 1), text: readable(path, readFileSync(path, 'utf8')) });
  }
  for (const format of ['table', 'markdown']) {
    printed.push({
      name: `report --format ${format}`,
      text: (await run(['report', '--as-of', AS_OF, '--format', format])).stdout,
    });
    printed.push({
      name: `actions --format ${format}`,
      text: (await run(['actions', '--as-of', AS_OF, '--format', format])).stdout,
    });
  }
}, 240_000);
afterAll(() => cleanup());

describe('the bundled roadmap, as people read it', () => {
  it('walks every kind of output', () => {
    const names = printed.map((entry) => entry.name);
    for (const kind of [
      /brief\.html$/,
      /brief\.md$/,
      /convocation|convene/,
      /minutes|proces-verbal/,
      /^site\/index\.html$/,
      /^site\/meetings\//,
      /^site\/commitments\//,
      /agenda\.ics$/,
      /^remind\//,
      /^report /,
      /^actions /,
    ]) {
      expect(
        names.some((name) => kind.test(name)),
        String(kind),
      ).toBe(true);
    }
  });

  it('holds no status code', () => {
    const found = printed.flatMap(({ name, text }) =>
      text
        .split('\n')
        .filter((line) => STATUS_CODES.test(line))
        .map((line) => `${name}: ${line.trim().slice(0, 160)}`),
    );
    expect(found).toEqual([]);
  });

  it('holds no raw id where a label exists', () => {
    const known = ids();
    expect(known.size).toBeGreaterThan(40);
    const pattern = new RegExp(
      `(?<![\\w/.#-])(${[...known].map((id) => id.replace(/[-]/g, '\\-')).join('|')})(?![\\w/.-])`,
    );
    // `roadmap actions` lists each action's id on purpose: it is the handle `roadmap close <id>` takes.
    const found = printed
      .filter(({ name }) => !name.startsWith('actions '))
      .flatMap(({ name, text }) =>
        text
          .split('\n')
          .filter((line) => pattern.test(line))
          .map((line) => `${name}: ${line.trim().slice(0, 160)}`),
      );
    expect(found).toEqual([]);
  });
});
