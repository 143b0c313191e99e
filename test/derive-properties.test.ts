/**
 * Properties of the engine over generated roadmaps (fast-check): progress within
 * 0–100 or null, cancelled commitments never counted, results independent of the
 * order files were read in, and a closed action stays closed at later as-of dates.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { derive } from '../src/derive/derive.js';
import { statusAsOf } from '../src/derive/statusAsOf.js';
import {
  COMMITMENT_STATUSES,
  type Axis,
  type Commitment,
  type Entity,
  type Meeting,
  type Partner,
  type Roadmap,
} from '../src/model/types.js';
import { addDays } from '../src/util/dates.js';

const AXES = ['a1', 'a2', 'a3'];
const PARTNERS = ['p1', 'p2', 'p3', 'p4'];

const date = fc.integer({ min: 0, max: 4 * 365 }).map((days) => addDays('2018-01-01', days));
const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });

const commitment = (id: string): fc.Arbitrary<Commitment> =>
  fc.record(
    {
      id: fc.constant(id),
      title: fc.constant(`Engagement ${id}`),
      axis: fc.constantFrom(...AXES),
      lead: fc.constantFrom(...PARTNERS),
      partners: maybe(fc.subarray(PARTNERS)),
      status: fc.constantFrom(...COMMITMENT_STATUSES),
      due: maybe(date),
      progress: maybe(fc.integer({ min: 0, max: 100 })),
      weight: maybe(fc.double({ min: 0.1, max: 10, noNaN: true })),
      milestones: maybe(
        fc.array(fc.record({ title: fc.constant('Jalon'), due: maybe(date), done_on: maybe(date) }), { maxLength: 4 }),
      ),
      indicators: maybe(
        fc.array(
          fc.record({
            id: fc.constant('i'),
            label: fc.constant('Indicateur'),
            baseline: fc.record({ value: fc.integer({ min: 0, max: 100 }), date }),
            target: fc.record({ value: fc.integer({ min: 0, max: 100 }), date }),
            measures: maybe(fc.array(fc.record({ date, value: fc.integer({ min: -50, max: 200 }) }), { maxLength: 4 })),
          }),
          { maxLength: 1 },
        ),
      ),
      updates: maybe(
        fc.array(
          fc.record({ date, text: fc.constant('Point'), status: maybe(fc.constantFrom(...COMMITMENT_STATUSES)) }),
          { maxLength: 4 },
        ),
      ),
    },
    { requiredKeys: ['id', 'title', 'axis', 'lead', 'status'] },
  );

const meeting = (id: string, actionIds: string[]): fc.Arbitrary<Meeting> =>
  fc.record({
    id: fc.constant(id),
    date,
    kind: fc.constantFrom('committee' as const, 'technical' as const),
    title: fc.constant('Réunion'),
    status: fc.constantFrom('planned' as const, 'held' as const, 'cancelled' as const),
    actions: fc.tuple(
      ...actionIds.map((actionId) =>
        fc.record(
          {
            id: fc.constant(actionId),
            text: fc.constant('Action'),
            owner: fc.constantFrom(...PARTNERS),
            due: maybe(date),
            status: fc.constantFrom('open' as const, 'done' as const, 'cancelled' as const),
            closed_on: maybe(date),
          },
          { requiredKeys: ['id', 'text', 'owner', 'status'] },
        ),
      ),
    ),
  });

const entity =
  <T extends { id: string }>(folder: string) =>
  (data: T): Entity<T> => ({ data, file: `${folder}/${data.id}.md`, body: '' });

const roadmap: fc.Arbitrary<Roadmap> = fc
  .record({
    commitments: fc
      .integer({ min: 0, max: 8 })
      .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => commitment(`c${i}`)))),
    meetings: fc
      .integer({ min: 0, max: 3 })
      .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => meeting(`m${i}`, [`m${i}-a1`, `m${i}-a2`])))),
  })
  .map(({ commitments, meetings }) => ({
    partners: PARTNERS.map((id) =>
      entity<Partner>('partners')({ id, name: id, short_name: id, kind: 'other' as const, role: 'signatory' as const }),
    ),
    axes: AXES.map((id, index) => entity<Axis>('axes')({ id, number: index + 1, title: id, short_title: id })),
    commitments: commitments.map(entity<Commitment>('commitments')),
    meetings: meetings.map(entity<Meeting>('meetings')),
  }));

const within = (value: number | null): boolean => value === null || (value >= 0 && value <= 100);

describe('engine properties', () => {
  test('progress is always within 0–100, or null', () => {
    fc.assert(
      fc.property(roadmap, date, (map, asOf) => {
        const figures = derive(map, asOf);
        for (const item of [...figures.commitments, ...figures.axes, ...figures.partners])
          expect(within(item.progress)).toBe(true);
        for (const item of figures.commitments)
          expect(item.progress === null).toBe(item.status === 'cancelled' || item.progressSource === 'unknown');
      }),
    );
  });

  test('an open commitment never reads 100 % from its milestones, and unknown progress is counted apart', () => {
    fc.assert(
      fc.property(roadmap, date, (map, asOf) => {
        const figures = derive(map, asOf);
        for (const item of figures.commitments) {
          if (item.progressSource === 'milestones') expect(item.progress!).toBeLessThan(100);
          if (item.progressSource === 'unknown') expect(['in_progress', 'blocked']).toContain(item.status);
        }
        for (const axis of figures.axes) {
          const unknown = figures.commitments.filter(
            (item) => item.axis === axis.id && item.progressSource === 'unknown',
          ).length;
          expect(axis.unknown).toBe(unknown);
          const known = figures.commitments.filter((item) => item.axis === axis.id && item.progress !== null).length;
          if (known === 0) expect(axis.progress).toBeNull();
        }
      }),
    );
  });

  test('commitments cancelled as of the date are never counted', () => {
    fc.assert(
      fc.property(roadmap, date, (map, asOf) => {
        const withoutCancelled = {
          ...map,
          commitments: map.commitments.filter(({ data }) => statusAsOf(data, asOf) !== 'cancelled'),
        };
        const aggregates = (figures: ReturnType<typeof derive>) => ({
          axes: figures.axes.map(({ commitments, done, late, progress, lateMilestones, health, healthReasons }) => ({
            commitments,
            done,
            late,
            progress,
            lateMilestones,
            health,
            healthReasons,
          })),
          partners: figures.partners,
          coverage: figures.coverage,
          readiness: figures.readiness,
        });
        expect(aggregates(derive(map, asOf))).toEqual(aggregates(derive(withoutCancelled, asOf)));
      }),
    );
  });

  test('results do not depend on the order files were read in', () => {
    const shuffled = <T>(items: readonly T[]) =>
      fc.shuffledSubarray([...items], { minLength: items.length, maxLength: items.length });
    fc.assert(
      fc.property(
        roadmap.chain((map) =>
          fc.tuple(
            fc.constant(map),
            fc.record({
              partners: shuffled(map.partners),
              axes: shuffled(map.axes),
              commitments: shuffled(map.commitments),
              meetings: shuffled(map.meetings),
            }),
          ),
        ),
        date,
        ([map, reordered], asOf) => {
          expect(derive(reordered, asOf)).toEqual(derive(map, asOf));
        },
      ),
    );
  });

  test('an action closed as of a date is closed, with the same status, at every later date', () => {
    fc.assert(
      fc.property(roadmap, date, date, (map, first, second) => {
        const [earlier, later] = first <= second ? [first, second] : [second, first];
        const then = new Map(derive(map, later).actions.map((action) => [action.id, action]));
        for (const action of derive(map, earlier).actions) {
          expect(then.has(action.id)).toBe(true);
          if (action.status !== 'open') expect(then.get(action.id)!.status).toBe(action.status);
        }
      }),
    );
  });
});

describe('engine edge cases', () => {
  test('ids that are names of Object properties are ordinary ids', () => {
    const [partner, axis] = ['constructor', 'to-string'];
    const map: Roadmap = {
      partners: [
        {
          data: { id: partner, name: 'P', short_name: 'P', kind: 'other', role: 'member' },
          file: 'partners/constructor.yaml',
          body: '',
        },
        {
          data: { id: 'lead', name: 'L', short_name: 'L', kind: 'other', role: 'member' },
          file: 'partners/lead.yaml',
          body: '',
        },
      ],
      axes: [{ data: { id: axis, number: 1, title: 'A', short_title: 'A' }, file: 'axes/to-string.md', body: '' }],
      commitments: [
        {
          data: { id: 'c', title: 'C', axis, lead: 'lead', partners: [partner], status: 'planned' },
          file: 'commitments/c.md',
          body: '',
        },
      ],
      meetings: [],
    };
    const figures = derive(map, '2020-01-01');
    expect(figures.coverage.cells[axis]).toEqual({ lead: 'lead', constructor: 'contributor' });
    expect(figures.partners.find(({ id }) => id === partner)!.contributed).toBe(1);
  });
});

describe('non-finite numbers never reach a figure', () => {
  test('weights near the largest number keep the weighted mean finite and within the progress values', async () => {
    const { weightedProgress } = await import('../src/derive/weightedProgress.js');
    const item = (progress: number | null, weight: number) =>
      ({ progress, weight }) as Parameters<typeof weightedProgress>[0] extends Iterable<infer C> ? C : never;
    expect(weightedProgress([item(40, 1e308), item(80, 1e308)])).toBeCloseTo(60, 10);
    expect(weightedProgress([item(40, 1e308), item(80, 1)])).toBeCloseTo(40, 10);
    expect(weightedProgress([item(null, 1e308)])).toBeNull();
  });
});
