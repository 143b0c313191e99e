/**
 * The engine fixture (test/fixtures/engine/roadmap) checked at two as-of dates,
 * every figure of `report --format json` and `actions --format json` written out
 * by hand below — never recomputed by the code under test. Each case runs
 * in-process (the bin's own cases are in report.test.ts and brief.test.ts).
 */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { FIXTURES, runMain } from './helpers/cli.js';

const DIR = join(FIXTURES, 'engine', 'roadmap');
const TODAY = '2026-11-25';

const zero = { planned: 0, in_progress: 0, blocked: 0, done: 0, cancelled: 0 };

/** SPEC §6 keys only, so that extra keys may be added without breaking the contract. */
function specReport(json: string): unknown {
  const report = JSON.parse(json) as Record<string, Record<string, unknown>[]>;
  const pick = (item: Record<string, unknown>, keys: string[]) =>
    Object.fromEntries(keys.map((key) => [key, item[key]]));
  return {
    asOf: report.asOf,
    axes: report.axes!.map((axis) =>
      pick(axis, ['id', 'number', 'title', 'commitments', 'done', 'late', 'progress', 'byStatus', 'unknown']),
    ),
    partners: report.partners!.map((partner) =>
      pick(partner, [
        'id',
        'name',
        'led',
        'contributed',
        'late',
        'progress',
        'openActions',
        'overdueActions',
        'unknown',
      ]),
    ),
    indicators: report.indicators!.map((indicator) => pick(indicator, ['commitment', 'id', 'latest', 'attainment'])),
  };
}

// As of 2019-03-31: c1 in progress (1 of 2 milestones done: 100 × 1 / (2 + 1) = 33.33… %, the
// delivery itself being the last step; weight 2), c2 40 % (weight 1), c3 in progress 30 % (weight 5),
// late since 2019-03-01; c4 planned (no milestone done yet: 0 / 5 = 0 %), c5 0 % (weight 0.5),
// c6 done (100 %). Axis 1 = (33.33…×2 + 40 + 30×5) / 8 = 256.66… / 8 = 32.083… → 32.1;
// axis 2 = (0 + 0×0.5 + 100) / 2.5 = 40. Alpha leads c1, c3: (66.66… + 150) / 7 = 30.952… → 31;
// beta leads c2, c5: 40 / 1.5 = 26.666… → 26.7; gamma leads c4, c6: 100 / 2 = 50. No progress is unknown.
// Actions of m1 only (m2 is later): a1 closed 2019-03-15 (after its due date), a2 closed later
// (2019-05-01) so still open and overdue, a3 open. i1: 100 × (12 − 10) / (30 − 10) = 10.
const EARLY = {
  asOf: '2019-03-31',
  axes: [
    {
      id: 'un',
      number: 1,
      title: 'Premier axe',
      commitments: 3,
      done: 0,
      late: 1,
      progress: 32.1,
      byStatus: { ...zero, in_progress: 3 },
      unknown: 0,
    },
    {
      id: 'deux',
      number: 2,
      title: 'Deuxième axe',
      commitments: 3,
      done: 1,
      late: 0,
      progress: 40,
      byStatus: { ...zero, planned: 2, done: 1 },
      unknown: 0,
    },
    {
      id: 'trois',
      number: 3,
      title: 'Troisième axe, sans engagement',
      commitments: 0,
      done: 0,
      late: 0,
      progress: null,
      byStatus: zero,
      unknown: 0,
    },
  ],
  partners: [
    {
      id: 'alpha',
      name: 'Partenaire Alpha',
      led: 2,
      contributed: 2,
      late: 1,
      progress: 31,
      openActions: 0,
      overdueActions: 0,
      unknown: 0,
    },
    {
      id: 'beta',
      name: 'Partenaire Bêta',
      led: 2,
      contributed: 2,
      late: 0,
      progress: 26.7,
      openActions: 1,
      overdueActions: 1,
      unknown: 0,
    },
    {
      id: 'delta',
      name: 'Partenaire Delta',
      led: 0,
      contributed: 0,
      late: 0,
      progress: null,
      openActions: 0,
      overdueActions: 0,
      unknown: 0,
    },
    {
      id: 'gamma',
      name: 'Partenaire Gamma',
      led: 2,
      contributed: 1,
      late: 0,
      progress: 50,
      openActions: 1,
      overdueActions: 0,
      unknown: 0,
    },
  ],
  indicators: [
    { commitment: 'c4', id: 'i1', latest: 12, attainment: 10 },
    { commitment: 'c5', id: 'i2', latest: 120, attainment: null },
    { commitment: 'c5', id: 'i3', latest: null, attainment: null },
  ],
};

// As of 2020-01-15: c1 done (100, weight 2), c2 40 % and late since 2019-12-31, c3 cancelled
// (out of every aggregate), c4 blocked with 2 of 4 milestones done (100 × 2 / 5 = 40 %) and late
// since 2020-01-01, c5 0 %, c6 done. Axis 1 = (100×2 + 40) / 3 = 80; axis 2 = (40 + 0 + 100) / 2.5 = 56.
// Alpha now leads c1 only (100); beta (40 + 0) / 1.5 = 26.7; gamma (40 + 100) / 2 = 70.
// a2 closed, a4 (m2) open and overdue, a5 cancelled. i1: 100 × (20 − 10) / 20 = 50.
const LATE = {
  asOf: '2020-01-15',
  axes: [
    {
      id: 'un',
      number: 1,
      title: 'Premier axe',
      commitments: 2,
      done: 1,
      late: 1,
      progress: 80,
      byStatus: { ...zero, in_progress: 1, done: 1, cancelled: 1 },
      unknown: 0,
    },
    {
      id: 'deux',
      number: 2,
      title: 'Deuxième axe',
      commitments: 3,
      done: 1,
      late: 1,
      progress: 56,
      byStatus: { ...zero, planned: 1, blocked: 1, done: 1 },
      unknown: 0,
    },
    {
      id: 'trois',
      number: 3,
      title: 'Troisième axe, sans engagement',
      commitments: 0,
      done: 0,
      late: 0,
      progress: null,
      byStatus: zero,
      unknown: 0,
    },
  ],
  partners: [
    {
      id: 'alpha',
      name: 'Partenaire Alpha',
      led: 1,
      contributed: 2,
      late: 0,
      progress: 100,
      openActions: 1,
      overdueActions: 1,
      unknown: 0,
    },
    {
      id: 'beta',
      name: 'Partenaire Bêta',
      led: 2,
      contributed: 2,
      late: 1,
      progress: 26.7,
      openActions: 0,
      overdueActions: 0,
      unknown: 0,
    },
    {
      id: 'delta',
      name: 'Partenaire Delta',
      led: 0,
      contributed: 0,
      late: 0,
      progress: null,
      openActions: 0,
      overdueActions: 0,
      unknown: 0,
    },
    {
      id: 'gamma',
      name: 'Partenaire Gamma',
      led: 2,
      contributed: 1,
      late: 1,
      progress: 70,
      openActions: 1,
      overdueActions: 0,
      unknown: 0,
    },
  ],
  indicators: [
    { commitment: 'c4', id: 'i1', latest: 20, attainment: 50 },
    { commitment: 'c5', id: 'i2', latest: 120, attainment: null },
    { commitment: 'c5', id: 'i3', latest: null, attainment: null },
  ],
};

const EARLY_ACTIONS = {
  asOf: '2019-03-31',
  actions: [
    { id: 'a1', meeting: 'm1', owner: 'alpha', due: '2019-02-28', status: 'done', overdue: false },
    { id: 'a2', meeting: 'm1', owner: 'beta', due: '2019-03-15', status: 'open', overdue: true },
    { id: 'a3', meeting: 'm1', owner: 'gamma', due: '2020-03-01', status: 'open', overdue: false },
  ],
};

const LATE_ACTIONS = {
  asOf: '2020-01-15',
  actions: [
    { id: 'a1', meeting: 'm1', owner: 'alpha', due: '2019-02-28', status: 'done', overdue: false },
    { id: 'a2', meeting: 'm1', owner: 'beta', due: '2019-03-15', status: 'done', overdue: false },
    { id: 'a3', meeting: 'm1', owner: 'gamma', due: '2020-03-01', status: 'open', overdue: false },
    { id: 'a4', meeting: 'm2', owner: 'alpha', due: '2019-09-30', status: 'open', overdue: true },
    { id: 'a5', meeting: 'm2', owner: 'beta', due: null, status: 'cancelled', overdue: false },
  ],
};

function specActions(json: string): unknown {
  const listing = JSON.parse(json) as { asOf: string; actions: Record<string, unknown>[] };
  return {
    asOf: listing.asOf,
    actions: listing.actions.map(({ id, meeting, owner, due, status, overdue }) => ({
      id,
      meeting,
      owner,
      due,
      status,
      overdue,
    })),
  };
}

const run = (argv: string[]) => runMain(argv, { today: TODAY });

describe('engine fixture', () => {
  test.each([
    ['2019-03-31', EARLY],
    ['2020-01-15', LATE],
  ])('report --format json as of %s', async (asOf, expected) => {
    const result = await run(['report', '--dir', DIR, '--as-of', asOf, '--format', 'json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(specReport(result.stdout)).toEqual(expected);
  });

  test.each([
    ['2019-03-31', EARLY_ACTIONS],
    ['2020-01-15', LATE_ACTIONS],
  ])('actions --format json as of %s', async (asOf, expected) => {
    const result = await run(['actions', '--dir', DIR, '--as-of', asOf, '--format', 'json']);
    expect(result.code).toBe(0);
    expect(specActions(result.stdout)).toEqual(expected);
  });
});

describe('beyond the tracker, as of 2020-01-15', () => {
  const report = async (asOf: string) =>
    JSON.parse((await runMain(['report', '--dir', DIR, '--as-of', asOf, '--format', 'json'], { today: TODAY })).stdout);

  test('health: late weight exactly one third is red; blocked past due is red; an indicator within the tolerance is not behind', async () => {
    const { axes } = await report('2020-01-15');
    // Axis 1: c2 (weight 1) late out of 3 → share 1/3 → red.
    expect(axes[0].health).toBe('red');
    expect(axes[0].healthReasons).toEqual([{ code: 'late-weight', commitments: ['c2'], share: 0.333 }]);
    // Axis 2: c4 (weight 1) of 2.5 → 0.4; blocked and past due; i1 at 50 % on 2020-01-10 when the
    // line from 2019-01-01 to 2020-12-31 expects 374 / 730 = 51.2 %: 1.2 points behind, within the
    // default tolerance of 10, so not behind (test/figures.test.ts pins both sides of the line).
    expect(axes[1].health).toBe('red');
    expect(axes[1].healthReasons).toEqual([
      { code: 'late-weight', commitments: ['c4'], share: 0.4 },
      { code: 'blocked-past-due', commitments: ['c4'] },
    ]);
    expect(axes[2].health).toBe('green');
    expect(axes[2].healthReasons).toEqual([]);
  });

  test('health as of 2019-03-31: the cancelled-later c3 still counts, its milestone is late; i1 ahead of its line', async () => {
    const { axes } = await report('2019-03-31');
    expect(axes[0].healthReasons).toEqual([
      { code: 'late-weight', commitments: ['c3'], share: 0.625 },
      {
        code: 'late-milestones',
        milestones: [{ commitment: 'c3', index: 0, title: 'Jalon trois', due: '2019-02-15' }],
      },
    ]);
    // i1: 10 % attained on 2019-03-01, the line expects 59 / 730 = 8.1 %.
    expect(axes[1].health).toBe('green');
    expect(axes[1].lateMilestones).toBe(0);
  });

  test('coverage: cancelled commitments do not count, axis 3 has no lead', async () => {
    const { coverage } = await report('2020-01-15');
    expect(coverage.cells).toEqual({
      un: { alpha: 'lead', beta: 'lead', gamma: 'contributor' },
      deux: { gamma: 'lead', beta: 'lead', alpha: 'contributor' },
      trois: {},
    });
    expect(coverage.axesWithoutLead).toEqual(['trois']);
  });

  test('readiness relative to the previous held committee', async () => {
    const late = await report('2020-01-15');
    expect(late.previousCommittee.id).toBe('m2');
    // Since 2019-06-15: beta's c2 and c5 last reported on 2019-02-01; c4 had a measure on 2020-01-10.
    expect(late.readiness).toEqual([
      { partner: 'alpha', stale: [], ready: true },
      {
        partner: 'beta',
        stale: [
          { commitment: 'c2', lastReported: '2019-02-01' },
          { commitment: 'c5', lastReported: '2019-02-01' },
        ],
        ready: false,
      },
      { partner: 'delta', stale: [], ready: true },
      { partner: 'gamma', stale: [], ready: true },
    ]);
    const early = await report('2019-03-31');
    expect(early.previousCommittee.id).toBe('m1');
    // Since 2019-01-20: alpha's c1 (2019-01-10) and c3 (2019-01-05) have no news.
    expect(early.readiness[0]).toEqual({
      partner: 'alpha',
      stale: [
        { commitment: 'c1', lastReported: '2019-01-10' },
        { commitment: 'c3', lastReported: '2019-01-05' },
      ],
      ready: false,
    });
  });
});
