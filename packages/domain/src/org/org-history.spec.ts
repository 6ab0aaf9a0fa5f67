// Org units over time (digest §9): the 1 July 2025 commune merges must not lose a unit's past record.
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors/domain-error.js';
import { ninhSonOrgHistory as ninhSon } from '../plans/ninh-son-dx-2021-2025/org-history.js';
import type { OrgHistory, OrgUnitSpan } from './org-history.schema.js';
import { isActiveOn, orgHistoryProblems, predecessorsOf, successorsOn, unitsActiveOn } from './org-history.js';

const unit = (id: string, validFrom: string, validTo?: string): OrgUnitSpan => ({
  id,
  name: { vi: `Đơn vị ${id}`, en: `Unit ${id}` },
  kind: 'commune',
  validFrom,
  ...(validTo === undefined ? {} : { validTo }),
});

// A commune split in two on 1/1/2024, then one half merged with a neighbour on 1/7/2025.
const splitHistory: OrgHistory = {
  units: [
    unit('A', '2000-01-01', '2024-01-01'),
    unit('B', '2024-01-01', '2025-07-01'),
    unit('C', '2024-01-01'),
    unit('N', '2000-01-01', '2025-07-01'),
    unit('D', '2025-07-01'),
  ],
  successions: [
    { type: 'split', date: '2024-01-01', from: ['A'], to: ['B', 'C'] },
    { type: 'merge', date: '2025-07-01', from: ['B', 'N'], to: ['D'] },
  ],
};

const ids = (units: readonly OrgUnitSpan[]): string[] => units.map((u) => u.id).sort();

describe('successorsOn with the Ninh Sơn history', () => {
  it('on 2025-06-30 Tân Sơn town is still active itself', () => {
    expect(successorsOn(ninhSon, 'U-TAN-SON', '2025-06-30')).toEqual({
      unitIds: ['U-TAN-SON'],
      status: 'active',
      via: [],
    });
  });

  it('from 2025-07-01 the history of Tân Sơn is carried by U-NINH-SON-1, via the merge', () => {
    const s = successorsOn(ninhSon, 'U-TAN-SON', '2025-07-01');
    expect(s.unitIds).toEqual(['U-NINH-SON-1']);
    expect(s.status).toBe('succeeded');
    expect(s.via).toHaveLength(1);
    expect(s.via[0]).toMatchObject({
      type: 'merge',
      date: '2025-07-01',
      from: ['U-TAN-SON', 'U-QUANG-SON'],
      to: ['U-NINH-SON-1'],
    });
  });

  it('at the final review (Q4 2025) each merged commune is found under its new commune', () => {
    const on = (id: string) => successorsOn(ninhSon, id, '2025-11-15').unitIds;
    expect(on('U-QUANG-SON')).toEqual(['U-NINH-SON-1']);
    expect(on('U-LAM-SON')).toEqual(['U-NINH-SON-2']);
    expect(on('U-LUONG-SON')).toEqual(['U-NINH-SON-2']);
    expect(on('U-HOA-SON')).toEqual(['U-NINH-SON-3']);
    expect(on('U-MA-NOI')).toEqual(['U-NINH-SON-3']);
  });

  it('a commune not merged (Mỹ Sơn) stays active itself', () => {
    expect(successorsOn(ninhSon, 'U-MY-SON', '2025-11-15')).toMatchObject({ unitIds: ['U-MY-SON'], status: 'active' });
  });

  it('a new commune does not exist before its creation date', () => {
    expect(successorsOn(ninhSon, 'U-NINH-SON-1', '2025-06-30')).toEqual({
      unitIds: [],
      status: 'not_yet_created',
      via: [],
    });
  });

  it('the district, abolished on 2025-07-01 with no successor, is dissolved', () => {
    expect(successorsOn(ninhSon, 'U-NINH-SON', '2025-07-01')).toEqual({ unitIds: [], status: 'dissolved', via: [] });
  });

  it('an unknown unit is refused with UNKNOWN_UNIT', () => {
    expect(() => successorsOn(ninhSon, 'U-NOWHERE', '2025-01-01')).toThrow(DomainError);
    expect(() => successorsOn(ninhSon, 'U-NOWHERE', '2025-01-01')).toThrow('UNKNOWN_UNIT: No unit U-NOWHERE');
  });
});

describe('predecessorsOf', () => {
  it('U-NINH-SON-1 carries the history of Quảng Sơn and Tân Sơn', () => {
    expect(predecessorsOf(ninhSon, 'U-NINH-SON-1')).toEqual(['U-QUANG-SON', 'U-TAN-SON']);
  });

  it('U-NINH-SON-2 and U-NINH-SON-3 carry their two communes each', () => {
    expect(predecessorsOf(ninhSon, 'U-NINH-SON-2')).toEqual(['U-LAM-SON', 'U-LUONG-SON']);
    expect(predecessorsOf(ninhSon, 'U-NINH-SON-3')).toEqual(['U-HOA-SON', 'U-MA-NOI']);
  });

  it('a unit with no predecessor has none', () => {
    expect(predecessorsOf(ninhSon, 'U-TAN-SON')).toEqual([]);
    expect(predecessorsOf(ninhSon, 'U-MY-SON')).toEqual([]);
  });

  it('follows successions transitively', () => {
    expect(predecessorsOf(splitHistory, 'D')).toEqual(['A', 'B', 'N']);
    expect(predecessorsOf(splitHistory, 'C')).toEqual(['A']);
  });
});

describe('unitsActiveOn', () => {
  it('before the merge: the district, the town and the 7 communes', () => {
    expect(ids(unitsActiveOn(ninhSon, '2025-06-30'))).toEqual([
      'U-HOA-SON',
      'U-LAM-SON',
      'U-LUONG-SON',
      'U-MA-NOI',
      'U-MY-SON',
      'U-NHON-SON',
      'U-NINH-SON',
      'U-QUANG-SON',
      'U-TAN-SON',
    ]);
  });

  it('after the merge: the 3 new communes and the 2 communes not merged', () => {
    expect(ids(unitsActiveOn(ninhSon, '2025-07-01'))).toEqual([
      'U-MY-SON',
      'U-NHON-SON',
      'U-NINH-SON-1',
      'U-NINH-SON-2',
      'U-NINH-SON-3',
    ]);
  });

  it('validTo is exclusive and validFrom inclusive', () => {
    const tanSon = ninhSon.units.find((u) => u.id === 'U-TAN-SON');
    if (!tanSon) throw new Error('U-TAN-SON missing');
    expect(isActiveOn(tanSon, '2025-06-30')).toBe(true);
    expect(isActiveOn(tanSon, '2025-07-01')).toBe(false);
    expect(isActiveOn(tanSon, '1999-12-31')).toBe(false);
    expect(isActiveOn(tanSon, '2000-01-01')).toBe(true);
  });
});

describe('a split', () => {
  it('before the split the unit is itself', () => {
    expect(successorsOn(splitHistory, 'A', '2023-12-31')).toMatchObject({ unitIds: ['A'], status: 'active' });
  });

  it('after the split its history is carried by several units', () => {
    const s = successorsOn(splitHistory, 'A', '2024-01-01');
    expect(s).toMatchObject({ unitIds: ['B', 'C'], status: 'succeeded' });
    expect(s.via.map((e) => e.type)).toEqual(['split']);
  });

  it('after a later merge of one half, follows both events, oldest first', () => {
    const s = successorsOn(splitHistory, 'A', '2025-07-01');
    expect(s.unitIds).toEqual(['C', 'D']);
    expect(s.via.map((e) => e.type)).toEqual(['split', 'merge']);
  });

  it('the split history has no problems', () => {
    expect(orgHistoryProblems(splitHistory)).toEqual([]);
  });
});

describe('orgHistoryProblems', () => {
  it('the Ninh Sơn history has none', () => {
    expect(orgHistoryProblems(ninhSon)).toEqual([]);
  });

  it('finds a merged unit that does not end on the merge date', () => {
    const history: OrgHistory = {
      units: [unit('X', '2000-01-01', '2025-06-01'), unit('Y', '2025-07-01')],
      successions: [{ type: 'merge', date: '2025-07-01', from: ['X'], to: ['Y'] }],
    };
    expect(orgHistoryProblems(history)).toEqual([
      {
        path: 'successions[0].from',
        message: { vi: 'Đơn vị X phải kết thúc đúng ngày 2025-07-01', en: 'Unit X must end on 2025-07-01' },
      },
    ]);
  });

  it('finds a new unit that does not start on the merge date', () => {
    const history: OrgHistory = {
      units: [unit('X', '2000-01-01', '2025-07-01'), unit('Y', '2025-08-01')],
      successions: [{ type: 'merge', date: '2025-07-01', from: ['X'], to: ['Y'] }],
    };
    expect(orgHistoryProblems(history)).toMatchObject([
      { path: 'successions[0].to', message: { en: 'Unit Y must start on 2025-07-01' } },
    ]);
  });

  it('finds a unit that ends before it starts', () => {
    expect(orgHistoryProblems({ units: [unit('X', '2025-07-01', '2025-07-01')], successions: [] })).toMatchObject([
      { path: 'units[0]', message: { en: 'Unit X ends before it starts' } },
    ]);
  });

  it('finds unknown units on either side of a succession', () => {
    const history: OrgHistory = {
      units: [unit('X', '2000-01-01', '2025-07-01')],
      successions: [{ type: 'merge', date: '2025-07-01', from: ['X', 'GHOST'], to: ['NEW'] }],
    };
    expect(orgHistoryProblems(history)).toEqual([
      { path: 'successions[0].from', message: { vi: 'Không có đơn vị GHOST', en: 'No unit GHOST' } },
      { path: 'successions[0].to', message: { vi: 'Không có đơn vị NEW', en: 'No unit NEW' } },
    ]);
  });

  it('finds a duplicated unit ID', () => {
    expect(
      orgHistoryProblems({ units: [unit('X', '2000-01-01'), unit('X', '2010-01-01')], successions: [] }),
    ).toMatchObject([{ path: 'units', message: { en: 'Duplicate unit ID' } }]);
  });

  // Merging a commune into one that continues (sáp nhập vào) is written from [X, Y] to [X]: successorsOn already
  // follows it, and the `to` check already exempts X; the `from` check should accept that X goes on too.
  it('accepts a unit that absorbs another and continues (from [X, Y] to [X])', () => {
    const history: OrgHistory = {
      units: [unit('X', '2000-01-01'), unit('Y', '2000-01-01', '2025-07-01')],
      successions: [{ type: 'merge', date: '2025-07-01', from: ['X', 'Y'], to: ['X'] }],
    };
    expect(successorsOn(history, 'Y', '2025-07-01')).toMatchObject({ unitIds: ['X'], status: 'succeeded' });
    expect(orgHistoryProblems(history)).toEqual([]);
  });
});
