/**
 * The postponement fixture (test/fixtures/postponements/roadmap) at two as-of
 * dates: every due date in force, move count, days moved and total below is
 * written out by hand from the journals — never recomputed by the code under test.
 */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { FIXTURES, runMain } from './helpers/cli.js';

const DIR = join(FIXTURES, 'postponements', 'roadmap');
const TODAY = '2021-04-01';

interface Report {
  axes: { id: string; late: number; postponements: unknown }[];
  partners: { id: string; late: number; postponements: unknown }[];
  commitments: {
    id: string;
    status: string;
    due: string | null;
    late: boolean;
    daysLate: number;
    postponements: { originalDue: string | null; count: number; days: number; moves: unknown[] };
  }[];
}

async function report(asOf: string): Promise<Report> {
  const result = await runMain(['report', '--dir', DIR, '--as-of', asOf, '--format', 'json'], { today: TODAY });
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as Report;
}

const brief = (commitment: Report['commitments'][number]) => ({
  id: commitment.id,
  status: commitment.status,
  due: commitment.due,
  late: commitment.late,
  daysLate: commitment.daysLate,
  originalDue: commitment.postponements.originalDue,
  count: commitment.postponements.count,
  days: commitment.postponements.days,
});

test('the fixture is a valid roadmap (k2, advanced and never finished, is past due today)', async () => {
  const result = await runMain(['validate', '--dir', DIR, '--format', 'json'], { today: TODAY });
  const json = JSON.parse(result.stdout) as { errors: number; diagnostics: { rule: string; file: string }[] };
  expect(json.errors).toBe(0);
  expect(json.diagnostics.map(({ rule, file }) => [rule, file.replace(/^.*roadmap\//, '')])).toEqual([
    ['stale/past-due', 'commitments/k2.md'],
  ]);
});

// 2020-07-01. k1: one move on or before (2020-06-15, 2020-12-31 → 2021-03-31 = +90 days); in force:
// the previous_due of the next move (2021-01-20), 2021-03-31. k2: its only move (2020-09-01) is
// later, so the due then was that move's previous_due, 2020-11-30; no move yet. k3: its move
// (2021-03-10) is later: 2021-01-31 then. k4: planned then (its journal cancels it on 2020-10-01),
// one move (2020-05-01, 2020-12-31 → 2021-01-31 = +31 days).
// Axis a1 = k1 + k2: 1 postponed, 1 move, 90 days; a2 = k3 + k4: 1, 1, 31.
// p1 leads k1, k3: 1, 1, 90; p2 leads k2, k4: 1, 1, 31.
describe('as of 2020-07-01', () => {
  test('per commitment', async () => {
    expect((await report('2020-07-01')).commitments.map(brief)).toEqual([
      {
        id: 'k1',
        status: 'in_progress',
        due: '2021-03-31',
        late: false,
        daysLate: 0,
        originalDue: '2020-12-31',
        count: 1,
        days: 90,
      },
      {
        id: 'k2',
        status: 'in_progress',
        due: '2020-11-30',
        late: false,
        daysLate: 0,
        originalDue: '2020-11-30',
        count: 0,
        days: 0,
      },
      {
        id: 'k3',
        status: 'planned',
        due: '2021-01-31',
        late: false,
        daysLate: 0,
        originalDue: '2021-01-31',
        count: 0,
        days: 0,
      },
      {
        id: 'k4',
        status: 'planned',
        due: '2021-01-31',
        late: false,
        daysLate: 0,
        originalDue: '2020-12-31',
        count: 1,
        days: 31,
      },
    ]);
  });
  test('per axis and per partner', async () => {
    const json = await report('2020-07-01');
    expect(json.axes.map(({ id, postponements }) => ({ id, postponements }))).toEqual([
      { id: 'a1', postponements: { postponed: 1, moves: 1, daysMoved: 90 } },
      { id: 'a2', postponements: { postponed: 1, moves: 1, daysMoved: 31 } },
    ]);
    expect(json.partners.map(({ id, postponements }) => ({ id, postponements }))).toEqual([
      { id: 'p1', postponements: { postponed: 1, moves: 1, daysMoved: 90 } },
      { id: 'p2', postponements: { postponed: 1, moves: 1, daysMoved: 31 } },
      { id: 'p3', postponements: { postponed: 0, moves: 0, daysMoved: 0 } },
    ]);
  });
});

// 2021-02-15. k1: both moves (+90, then 2021-03-31 → 2021-09-30 = +183): 2 moves, 273 days, due
// 2021-09-30. k2: advanced 2020-11-30 → 2020-10-31 (−30 days), late since: 30 + 31 + 31 + 15 = 107 days.
// k3: due then 2021-01-31 (the later move's previous_due), so late by 15 days although its file
// says 2021-06-30. k4: cancelled, out of the totals. a1: 2 postponed, 3 moves, 273 − 30 = 243 days,
// 1 late (k2); a2: nothing moved, 1 late (k3). p1 (k1, k3): 1, 2, 273, 1 late; p2 (k2): 1, 1, −30, 1 late.
describe('as of 2021-02-15', () => {
  test('per commitment, late by the due date in force then', async () => {
    const json = await report('2021-02-15');
    expect(json.commitments.map(brief)).toEqual([
      {
        id: 'k1',
        status: 'in_progress',
        due: '2021-09-30',
        late: false,
        daysLate: 0,
        originalDue: '2020-12-31',
        count: 2,
        days: 273,
      },
      {
        id: 'k2',
        status: 'in_progress',
        due: '2020-10-31',
        late: true,
        daysLate: 107,
        originalDue: '2020-11-30',
        count: 1,
        days: -30,
      },
      {
        id: 'k3',
        status: 'planned',
        due: '2021-01-31',
        late: true,
        daysLate: 15,
        originalDue: '2021-01-31',
        count: 0,
        days: 0,
      },
      {
        id: 'k4',
        status: 'cancelled',
        due: '2021-01-31',
        late: false,
        daysLate: 0,
        originalDue: '2020-12-31',
        count: 1,
        days: 31,
      },
    ]);
    expect(json.commitments[0]!.postponements.moves).toEqual([
      { date: '2020-06-15', from: '2020-12-31', to: '2021-03-31', days: 90, decision: null },
      { date: '2021-01-20', from: '2021-03-31', to: '2021-09-30', days: 183, decision: null },
    ]);
  });
  test('per axis and per partner', async () => {
    const json = await report('2021-02-15');
    expect(json.axes.map(({ id, late, postponements }) => ({ id, late, postponements }))).toEqual([
      { id: 'a1', late: 1, postponements: { postponed: 2, moves: 3, daysMoved: 243 } },
      { id: 'a2', late: 1, postponements: { postponed: 0, moves: 0, daysMoved: 0 } },
    ]);
    expect(json.partners.map(({ id, late, postponements }) => ({ id, late, postponements }))).toEqual([
      { id: 'p1', late: 1, postponements: { postponed: 1, moves: 2, daysMoved: 273 } },
      { id: 'p2', late: 1, postponements: { postponed: 1, moves: 1, daysMoved: -30 } },
      { id: 'p3', late: 0, postponements: { postponed: 0, moves: 0, daysMoved: 0 } },
    ]);
  });
});
