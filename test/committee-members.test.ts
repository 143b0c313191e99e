/** Who sits on the committee on a date, and the ids given to new decisions and actions. */
import { describe, expect, it } from 'vitest';
import { committeeMembersOn } from '../src/derive/committeeMembersOn.js';
import type { Partner } from '../src/model/types.js';
import { nextItemId } from '../src/scaffold/nextItemId.js';

const partner = (
  id: string,
  role: Partner['role'],
  dates: Partial<Pick<Partner, 'joined_on' | 'left_on'>> = {},
): Partner => ({ id, name: id, short_name: id, kind: 'other', role, ...dates });

describe('committeeMembersOn', () => {
  const partners = [
    partner('founder', 'signatory'),
    partner('joined', 'member', { joined_on: '2020-01-01' }),
    partner('left', 'signatory', { joined_on: '2018-06-25', left_on: '2021-06-30' }),
    partner('witness', 'witness'),
    partner('observer', 'observer', { joined_on: '2018-01-01' }),
  ];
  const ids = (date: string) => committeeMembersOn(partners, date).map((p) => p.id);

  it('counts signatories and members who had joined and not left that day', () => {
    expect(ids('2019-12-31')).toEqual(['founder', 'left']);
    expect(ids('2020-01-01')).toEqual(['founder', 'joined', 'left']);
    expect(ids('2021-06-29')).toEqual(['founder', 'joined', 'left']);
  });

  it('a partner who left that day no longer sits', () => {
    expect(ids('2021-06-30')).toEqual(['founder', 'joined']);
  });
});

describe('nextItemId', () => {
  it('numbers after the highest id of that month, across meetings, in two digits', () => {
    expect(nextItemId('d', '2026-12-10', new Set())).toBe('d-2026-12-01');
    expect(
      nextItemId('d', '2026-12-10', new Set(['d-2026-12-01', 'd-2026-12-03', 'd-2026-11-07', 'a-2026-12-09'])),
    ).toBe('d-2026-12-04');
    expect(nextItemId('a', '2026-12-10', new Set(['a-2026-12-99']))).toBe('a-2026-12-100');
  });

  it('ignores ids of that month in another style', () => {
    expect(nextItemId('d', '2026-12-10', new Set(['d-2026-12-10-1', 'd-2026-12-bis']))).toBe('d-2026-12-01');
  });
});
