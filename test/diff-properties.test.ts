/**
 * `diff` over generated pairs of roadmaps (fast-check): the diff is empty exactly
 * when the two models are equal, every field that differs is named by a change
 * of its entity, and every field a change names does differ.
 */
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { derive } from '../src/derive/derive.js';
import { diffRoadmaps, isEmptyDiff } from '../src/diff/diffRoadmaps.js';
import type { RoadmapDiff } from '../src/diff/types.js';
import {
  COMMITMENT_STATUSES,
  type Axis,
  type Commitment,
  type Convention,
  type Entity,
  type Meeting,
  type Partner,
  type Roadmap,
} from '../src/model/types.js';
import { diffToJson } from '../src/render/diff/diffToJson.js';
import { diffToPretty } from '../src/render/diff/diffToPretty.js';
import type { DiffReport } from '../src/render/diff/diffReport.js';
import { addDays } from '../src/util/dates.js';

const AS_OF = '2020-01-01';
const PARTNERS = ['p1', 'p2', 'p3'];
const AXES = ['a1', 'a2'];

const date = fc.integer({ min: 0, max: 3 * 365 }).map((days) => addDays('2018-01-01', days));
const word = fc.constantFrom('Alpha', 'Bêta', 'Gamma <b>', 'Delta « x »');
const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
const some = <T>(arbitrary: fc.Arbitrary<T>, maxLength = 3) => maybe(fc.array(arbitrary, { maxLength }));
const body = fc.constantFrom('', 'Texte.\n', 'Autre texte.\n');

const convention: fc.Arbitrary<Convention> = fc.record(
  {
    id: fc.constant('convention'),
    title: word,
    signed_on: date,
    place: maybe(word),
    language: fc.constantFrom('fr' as const, 'en' as const),
    territory: maybe(word),
    horizon: maybe(date),
    committee: fc.record(
      {
        name: word,
        chair: maybe(fc.constantFrom(...PARTNERS)),
        cadence_months: maybe(fc.integer({ min: 1, max: 12 })),
      },
      { requiredKeys: ['name'] },
    ),
    summary: maybe(word),
    repository: maybe(
      fc.record(
        {
          url: fc.constantFrom('https://a.example/r', 'https://b.example/r'),
          branch: maybe(fc.constantFrom('main', 'trunk')),
        },
        { requiredKeys: ['url'] },
      ),
    ),
  },
  { requiredKeys: ['id', 'title', 'signed_on', 'language', 'committee'] },
);

const partner = (id: string): fc.Arbitrary<Partner> =>
  fc.record(
    {
      id: fc.constant(id),
      name: word,
      short_name: word,
      kind: fc.constantFrom('cci' as const, 'cma' as const, 'other' as const),
      role: fc.constantFrom('signatory' as const, 'member' as const, 'witness' as const),
      joined_on: maybe(date),
      left_on: maybe(date),
      territory: maybe(word),
      representative: maybe(fc.record({ name: word, title: maybe(word) }, { requiredKeys: ['name'] })),
      maintainers: maybe(fc.subarray(['@a', '@b', '@c'], { minLength: 1 })),
      contacts: some(
        fc.record(
          { name: word, email: fc.constantFrom('a@x.fr', 'b@x.fr'), role: maybe(word) },
          { requiredKeys: ['name', 'email'] },
        ),
        2,
      ),
    },
    { requiredKeys: ['id', 'name', 'short_name', 'kind', 'role'] },
  );

const axis = (id: string, number: number): fc.Arbitrary<Axis> =>
  fc.record(
    {
      id: fc.constant(id),
      number: fc.constantFrom(number, number + 5),
      title: word,
      short_title: word,
      leads: maybe(fc.subarray(PARTNERS, { minLength: 1 })),
    },
    { requiredKeys: ['id', 'number', 'title', 'short_title'] },
  );

const commitment = (id: string): fc.Arbitrary<Commitment> =>
  fc.record(
    {
      id: fc.constant(id),
      title: word,
      axis: fc.constantFrom(...AXES),
      lead: fc.constantFrom(...PARTNERS),
      partners: maybe(fc.subarray(PARTNERS, { minLength: 1 })),
      status: fc.constantFrom(...COMMITMENT_STATUSES),
      start: maybe(date),
      due: maybe(date),
      progress: maybe(fc.integer({ min: 0, max: 100 })),
      weight: maybe(fc.constantFrom(0.5, 1, 2.25)),
      milestones: some(
        fc.record(
          { title: fc.constantFrom('Phase', 'Phase 2'), due: maybe(date), done_on: maybe(date) },
          { requiredKeys: ['title'] },
        ),
      ),
      indicators: some(
        fc.record(
          {
            id: fc.constantFrom('i1', 'i2'),
            label: word,
            unit: maybe(word),
            baseline: fc.record({ value: fc.integer({ min: 0, max: 10 }), date }),
            target: fc.record({ value: fc.integer({ min: 0, max: 10 }), date }),
            measures: some(
              fc.record(
                { date, value: fc.integer({ min: 0, max: 20 }), source: maybe(word) },
                { requiredKeys: ['date', 'value'] },
              ),
            ),
          },
          { requiredKeys: ['id', 'label', 'baseline', 'target'] },
        ),
        2,
      ),
      updates: some(
        fc.record(
          {
            date,
            text: word,
            status: maybe(fc.constantFrom(...COMMITMENT_STATUSES)),
            due: maybe(date),
            previous_due: maybe(date),
            decision: maybe(fc.constantFrom('m1#d1', 'm1#d2')),
          },
          { requiredKeys: ['date', 'text'] },
        ),
      ),
    },
    { requiredKeys: ['id', 'title', 'axis', 'lead', 'status'] },
  );

const meeting = (id: string): fc.Arbitrary<Meeting> =>
  fc.record(
    {
      id: fc.constant(id),
      date,
      kind: fc.constantFrom('committee' as const, 'technical' as const),
      title: word,
      status: fc.constantFrom('planned' as const, 'held' as const, 'cancelled' as const),
      place: maybe(word),
      time: maybe(fc.constantFrom('09:30', '14:00')),
      end_time: maybe(fc.constantFrom('11:00', '17:00')),
      chair: maybe(fc.constantFrom(...PARTNERS)),
      attendees: some(
        fc.record(
          {
            partner: fc.constantFrom(...PARTNERS),
            people: maybe(fc.subarray(['Ana', 'Léo'], { minLength: 1 })),
            present: fc.boolean(),
            excused: maybe(fc.boolean()),
          },
          { requiredKeys: ['partner', 'present'] },
        ),
      ),
      guests: some(fc.record({ name: word, organisation: maybe(word) }, { requiredKeys: ['name'] }), 2),
      agenda: some(
        fc.record(
          {
            title: word,
            axis: maybe(fc.constantFrom(...AXES)),
            commitments: maybe(fc.subarray(['c1', 'c2'], { minLength: 1 })),
          },
          { requiredKeys: ['title'] },
        ),
        2,
      ),
      decisions: some(
        fc.record(
          {
            id: fc.constantFrom('d1', 'd2'),
            text: word,
            axes: maybe(fc.subarray(AXES, { minLength: 1 })),
            commitments: maybe(fc.subarray(['c1', 'c2'], { minLength: 1 })),
          },
          { requiredKeys: ['id', 'text'] },
        ),
        2,
      ),
      actions: some(
        fc.record(
          {
            id: fc.constantFrom('x1', 'x2'),
            text: word,
            owner: fc.constantFrom(...PARTNERS),
            due: maybe(date),
            status: fc.constantFrom('open' as const, 'done' as const, 'cancelled' as const),
            closed_on: maybe(date),
            commitment: maybe(fc.constantFrom('c1', 'c2')),
          },
          { requiredKeys: ['id', 'text', 'owner', 'status'] },
        ),
        2,
      ),
    },
    { requiredKeys: ['id', 'date', 'kind', 'title', 'status'] },
  );

const entity = <T extends { id: string }>(folder: string, data: fc.Arbitrary<T>): fc.Arbitrary<Entity<T>> =>
  fc
    .record({ data, body })
    .map(({ data: value, body: text }) => ({ data: value, file: `${folder}/${value.id}.md`, body: text }));

/** Entities present or not, so that pairs of roadmaps add and remove them. */
const present = <T>(arbitraries: fc.Arbitrary<T>[]) =>
  fc
    .tuple(...arbitraries.map((arbitrary) => maybe(arbitrary)))
    .map((items) => items.filter((item): item is Awaited<T> & T => item !== undefined));

const roadmap: fc.Arbitrary<Roadmap> = fc.record({
  convention: entity('.', convention),
  partners: present(PARTNERS.map((id) => entity('partners', partner(id)))),
  axes: present(AXES.map((id, index) => entity('axes', axis(id, index + 1)))),
  commitments: present(['c1', 'c2'].map((id) => entity('commitments', commitment(id)))),
  meetings: present(['m1', 'm2'].map((id) => entity('meetings', meeting(id)))),
});

/** A second roadmap: the first one, with some of its entities replaced by others generated independently. */
const pair: fc.Arbitrary<[Roadmap, Roadmap]> = fc.oneof(
  roadmap.map((map) => [map, structuredClone(map)] as [Roadmap, Roadmap]),
  fc.tuple(roadmap, roadmap, fc.array(fc.boolean(), { minLength: 5, maxLength: 5 })).map(
    ([a, other, keep]) =>
      [
        a,
        {
          convention: keep[0] ? structuredClone(a.convention) : other.convention,
          partners: keep[1] ? structuredClone(a.partners) : other.partners,
          axes: keep[2] ? structuredClone(a.axes) : other.axes,
          commitments: keep[3] ? structuredClone(a.commitments) : other.commitments,
          meetings: keep[4] ? structuredClone(a.meetings) : other.meetings,
        },
      ] as [Roadmap, Roadmap],
  ),
  // One field of one entity changed: the case a pull request usually makes.
  fc
    .tuple(roadmap, roadmap, fc.nat(), fc.nat())
    .map(([a, other, which, field]) => [a, oneFieldFrom(a, other, which, field)] as [Roadmap, Roadmap]),
);

type Section = 'partners' | 'axes' | 'commitments' | 'meetings';
const SECTIONS: Section[] = ['partners', 'axes', 'commitments', 'meetings'];

function oneFieldFrom(a: Roadmap, other: Roadmap, which: number, field: number): Roadmap {
  const b = structuredClone(a);
  const section = SECTIONS[which % SECTIONS.length]!;
  const target = b[section][0] as Entity<Record<string, unknown>> | undefined;
  const source = other[section].find((candidate) => candidate.data.id === target?.data.id) as
    | Entity<Record<string, unknown>>
    | undefined;
  if (!target || !source) return b;
  const keys = [...new Set([...Object.keys(target.data), ...Object.keys(source.data)])].filter((key) => key !== 'id');
  const key = keys[field % keys.length]!;
  if (source.data[key] === undefined) delete target.data[key];
  else target.data[key] = structuredClone(source.data[key]);
  return b;
}

/** The model as the diff compares it: absent and empty lists alike, bodies without trailing blank space or CRLF. */
function normal(value: unknown): unknown {
  if (Array.isArray(value)) return value.length === 0 ? undefined : value.map(normal);
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).map(
      ([key, inner]) =>
        [key, key === 'body' ? String(inner).replace(/\r\n?/g, '\n').trimEnd() : normal(inner)] as const,
    );
    return Object.fromEntries(entries.filter(([, inner]) => inner !== undefined));
  }
  return value;
}

function diffOf(a: Roadmap, b: Roadmap): RoadmapDiff {
  return diffRoadmaps({ roadmap: a, figures: derive(a, AS_OF) }, { roadmap: b, figures: derive(b, AS_OF) });
}

/** The top-level field each change names; null for a change of the whole entity (added, removed, joined, left by removal). */
function namedField(change: { kind: string; field?: string }): string | null {
  switch (change.kind) {
    case 'field':
    case 'item-added':
    case 'item-removed':
      return change.field!.split('.')[0]!;
    case 'description':
      return 'body';
    case 'milestone-done':
      return 'milestones';
    case 'journal-added':
      return 'updates';
    case 'measures-added':
      return 'indicators';
    case 'decision-recorded':
      return 'decisions';
    case 'action-opened':
    case 'action-closed':
    case 'action-reopened':
      return 'actions';
    case 'left':
      return 'left_on';
    case 'title':
    case 'axis':
    case 'lead':
    case 'status':
    case 'progress':
    case 'due':
      return change.kind;
    default:
      return null;
  }
}

/** Top-level fields of two entities that differ, `body` included. */
function differingFields(a: Entity<object> | undefined, b: Entity<object> | undefined): string[] {
  const [x, y] = [
    normal({ ...a?.data, body: a?.body ?? '' }) as Record<string, unknown>,
    normal({ ...b?.data, body: b?.body ?? '' }) as Record<string, unknown>,
  ];
  return [...new Set([...Object.keys(x), ...Object.keys(y)])].filter((key) => !isDeepStrictEqual(x[key], y[key]));
}

describe('diff properties', () => {
  test('the diff is empty exactly when the two models are equal', () => {
    fc.assert(
      fc.property(pair, ([a, b]) => {
        expect(isEmptyDiff(diffOf(a, b))).toBe(isDeepStrictEqual(normal(a), normal(b)));
      }),
      { numRuns: 200 },
    );
  });

  test('every field that differs is named by a change of its entity, and every field named differs', () => {
    fc.assert(
      fc.property(pair, ([a, b]) => {
        const diff = diffOf(a, b);
        const sides: [keyof RoadmapDiff, Entity<object>[], Entity<object>[]][] = [
          ['convention', a.convention ? [a.convention] : [], b.convention ? [b.convention] : []],
          ...SECTIONS.map(
            (section) => [section, a[section], b[section]] as [keyof RoadmapDiff, Entity<object>[], Entity<object>[]],
          ),
        ];
        for (const [section, before, after] of sides) {
          const ids = new Set([...before, ...after].map((e) => (e.data as { id: string }).id));
          for (const id of ids) {
            const [x, y] = [
              before.find((e) => (e.data as { id: string }).id === id),
              after.find((e) => (e.data as { id: string }).id === id),
            ];
            const subject = (diff[section] as { id: string; changes: { kind: string; field?: string }[] }[]).find(
              (s) => s.id === id,
            );
            const differing = differingFields(x, y);
            if (differing.length === 0) {
              expect(subject, `${section} ${id}`).toBeUndefined();
              continue;
            }
            expect(subject, `${section} ${id}`).toBeDefined();
            const named = subject!.changes.map(namedField);
            if (!x || !y) continue; // added or removed: the whole entity is the change
            for (const field of differing) expect(named, `${section} ${id}: ${field}`).toContain(field);
            // Figures as of the date (status, progress, due) may move with the journal or the milestones; every other named field differs.
            for (const [index, field] of named.entries()) {
              if (field !== null && !['status', 'progress', 'due'].includes(subject!.changes[index]!.kind))
                expect(differing, `${section} ${id}: ${field}`).toContain(field);
            }
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  test('every change is printed, in French and English, and appears in the JSON', () => {
    fc.assert(
      fc.property(pair, ([a, b]) => {
        const diff = diffOf(a, b);
        const side = { rev: 'a', commit: 'a'.repeat(40), folder: 'roadmap/', errors: [] };
        const report: DiffReport = { asOf: AS_OF, from: side, to: side, diff };
        const count = Object.values(diff)
          .flat()
          .reduce((sum, subject) => sum + subject.changes.length, 0);
        for (const lang of ['fr', 'en'] as const) {
          const lines = diffToPretty(report, lang, () => '')
            .split('\n')
            .filter((line) => line.startsWith('      '));
          expect(lines).toHaveLength(count);
          for (const line of lines) expect(line.trim()).not.toBe('');
        }
        expect(Object.values(JSON.parse(diffToJson(report)).changes).flat()).toHaveLength(
          Object.values(diff).flat().length,
        );
      }),
      { numRuns: 100 },
    );
  });
});

describe('diff field labels', () => {
  test('every field the schemas allow has a French and English name in the diff', async () => {
    const { readFileSync } = await import('node:fs');
    const { LABELLED_FIELDS } = await import('../src/render/diff/fieldLabels.js');
    const seen: string[] = [];
    const missing: string[] = [];
    for (const kind of ['convention', 'partner', 'axis', 'commitment', 'meeting']) {
      const schema = JSON.parse(readFileSync(new URL(`../schemas/${kind}.schema.json`, import.meta.url), 'utf8'));
      // biome-ignore lint/suspicious/noExplicitAny: a JSON Schema, walked as the plain JSON it is.
      const visit = (node: Record<string, any> | undefined, path: string[]): void => {
        if (!node) return;
        const resolved =
          typeof node.$ref === 'string' && node.$ref.startsWith('#/$defs/') ? schema.$defs[node.$ref.slice(8)] : node;
        const object = resolved?.type === 'array' ? resolved.items : resolved;
        const target =
          typeof object?.$ref === 'string' && object.$ref.startsWith('#/$defs/')
            ? schema.$defs[object.$ref.slice(8)]
            : object;
        // biome-ignore lint/suspicious/noExplicitAny: as above.
        for (const [key, inner] of Object.entries<Record<string, any>>(target?.properties ?? {})) {
          const field = [...path, key].join('.');
          if (field === 'id') continue;
          const isObject =
            (inner.type === 'object' || inner.items?.type === 'object' || inner.$ref || inner.items?.$ref) &&
            !field.endsWith('due');
          seen.push(field);
          if ((!isObject || inner.type === 'array') && !LABELLED_FIELDS.includes(field))
            missing.push(`${kind}: ${field}`);
          if (isObject) visit(inner, [...path, key]);
        }
      };
      visit(schema, []);
    }
    expect(missing).toEqual([]);
    // The walk reaches nested fields, or the check above would prove little.
    expect(seen).toEqual(
      expect.arrayContaining([
        'committee.cadence_months',
        'milestones.done_on',
        'indicators.measures.value',
        'actions.closed_on',
        'contacts.email',
      ]),
    );
  });
});

describe('diff markdown size', () => {
  test('a huge diff is cut at the limit and says how many changes were left out', async () => {
    const { diffToMarkdown, DIFF_MARKDOWN_LIMIT } = await import('../src/render/diff/diffToMarkdown.js');
    const title = 'Très long titre '.repeat(40);
    const commitments = Array.from({ length: 3000 }, (_, i) => ({
      id: `c${i}`,
      title,
      changes: [{ kind: 'title' as const, before: title, after: `${title}!` }, { kind: 'description' as const }],
    }));
    const side = { rev: 'a', commit: 'a'.repeat(40), folder: 'roadmap/', errors: [] };
    const diff: RoadmapDiff = { convention: [], axes: [], partners: [], commitments, meetings: [] };
    const page = diffToMarkdown({ asOf: AS_OF, from: side, to: side, diff }, 'fr', () => '');
    expect(Buffer.byteLength(page)).toBeLessThanOrEqual(DIFF_MARKDOWN_LIMIT + 400);
    const shown = page.split('\n').filter((line) => line.startsWith('  - ')).length;
    expect(shown).toBeGreaterThan(100);
    expect(page).toContain(`… et ${6000 - shown} changements de plus, non affichés`);
    const small = diffToMarkdown(
      { asOf: AS_OF, from: side, to: side, diff: { ...diff, commitments: commitments.slice(0, 2) } },
      'en',
      () => '',
    );
    expect(small).not.toContain('not shown');
  });
});
