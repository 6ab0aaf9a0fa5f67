// Sector programme indicators: faithful to the plan text, checked cell by cell, and summed up from approved values.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors/domain-error.js';
import type { Indicator } from '../movement/organisation.schema.js';
import { ninhSonDx2021_2025 as plan } from '../plans/ninh-son-dx-2021-2025/index.js';
import { parseMovement } from '../movement/parse-movement.js';
import { indicatorGoal } from './indicator-goal.js';
import {
  indicatorAggregate,
  indicatorValueProblem,
  sectorIndicators,
  sectorOf,
  sectorSummary,
  summarizeIndicator,
  type SectorValue,
} from './sector-indicators.js';

const planText = readFileSync(
  new URL('../../../../docs/plan/ke-hoach-thi-dua-chuyen-doi-so-ninh-son.md', import.meta.url),
  'utf8',
).replace(/\s+/g, ' ');

const indicator = (id: string): Indicator => {
  const found = plan.sectors.flatMap((s) => s.indicators).find((i) => i.id === id);
  if (!found) throw new Error(`no indicator ${id}`);
  return found;
};

describe('the indicators of the Ninh Sơn sector programmes (II.3.9)', () => {
  const all = plan.sectors.flatMap((s) => s.indicators.map((i) => ({ sector: s, indicator: i })));

  it('every one of the 10 sectors has 2 or 3 indicators, 26 in all, each ID once', () => {
    expect(plan.sectors).toHaveLength(10);
    for (const s of plan.sectors) expect(s.indicators.length, s.id).toBeGreaterThanOrEqual(2);
    for (const s of plan.sectors) expect(s.indicators.length, s.id).toBeLessThanOrEqual(3);
    expect(all).toHaveLength(26);
    expect(new Set(all.map((x) => x.indicator.id)).size).toBe(all.length);
  });

  it.each(all.map((x) => [x.indicator.id, x] as const))(
    '%s names its sector, cites its programme and quotes the plan word for word',
    (_id, { sector, indicator: i }) => {
      expect(i.id.startsWith(`I-${sector.id.split('-')[1]}-`)).toBe(true);
      expect(i.source).toBe(sector.source);
      expect(planText).toContain(i.quote);
      expect(i.label.vi).not.toBe(i.label.en);
      expect(i.measure.kind === 'percent' ? i.unit.vi : '%').toBe('%');
      if (i.measure.kind === 'percent') expect(i.label.vi).toMatch(/^Tỷ lệ /);
      if (i.measure.kind === 'count') expect(i.label.vi).toMatch(/^Số /);
    },
  );

  it('has the indicators the sector offices asked for, with the right kind of measure', () => {
    expect(
      [
        'I-HEALTH-EMR',
        'I-HEALTH-TELEMED',
        'I-EDUCATION-SCHOOLS-DX',
        'I-AGRICULTURE-TRACE',
        'I-AGRICULTURE-CASHLESS',
        'I-LAND-DIGITAL-MAP',
        'I-RESIDENTS-ID',
        'I-RESIDENTS-CLEAN',
      ].map((id) => [id, indicator(id).measure.kind]),
    ).toEqual([
      ['I-HEALTH-EMR', 'percent'],
      ['I-HEALTH-TELEMED', 'count'],
      ['I-EDUCATION-SCHOOLS-DX', 'percent'],
      ['I-AGRICULTURE-TRACE', 'count'],
      ['I-AGRICULTURE-CASHLESS', 'percent'],
      ['I-LAND-DIGITAL-MAP', 'percent'],
      ['I-RESIDENTS-ID', 'percent'],
      ['I-RESIDENTS-CLEAN', 'percent'],
    ]);
  });

  it('gives a goal of the plan only where the plan gives a number (100% of schools); every other is marked as ours', () => {
    const withGoal = all
      .filter(({ indicator: i }) => i.measure.kind !== 'boolean' && i.measure.threshold !== undefined)
      .map((x) => x.indicator);
    expect(withGoal.filter((i) => !i.workingGoal).map((i) => [i.id, i.measure])).toEqual([
      ['I-EDUCATION-SCHOOLS-DX', { kind: 'percent', op: 'eq', threshold: 100 }],
    ]);
    expect(withGoal.filter((i) => i.workingGoal).map((i) => i.id)).toEqual([
      'I-HEALTH-EMR',
      'I-AGRICULTURE-CASHLESS',
      'I-LAND-DIGITAL-MAP',
      'I-RESIDENTS-CLEAN',
    ]);
  });
});

describe('sectorIndicators', () => {
  it('lists a sector’s indicators in the movement’s order', () => {
    expect(sectorIndicators(plan, 'S-HEALTH').map((i) => i.id)).toEqual([
      'I-HEALTH-EMR',
      'I-HEALTH-TELEMED',
      'I-HEALTH-RECORDS',
    ]);
    expect(sectorOf(plan, 'S-LAND-ENV').indicators.map((i) => i.id)).toEqual([
      'I-LAND-DIGITAL-MAP',
      'I-LAND-EARLY-WARNING',
    ]);
  });

  it('refuses an unknown sector with a DomainError', () => {
    expect(() => sectorIndicators(plan, 'S-SPACE')).toThrow(DomainError);
    try {
      sectorIndicators(plan, 'S-SPACE');
    } catch (e) {
      expect(e).toMatchObject({
        code: 'UNKNOWN_SECTOR',
        text: { vi: 'Ngành S-SPACE không tồn tại', en: 'Sector S-SPACE does not exist' },
      });
    }
  });
});

describe('indicatorValueProblem', () => {
  const emr = indicator('I-HEALTH-EMR');
  const telemed = indicator('I-HEALTH-TELEMED');
  const warning = indicator('I-LAND-EARLY-WARNING');

  it.each([
    ['an empty cell', emr, {}],
    ['an empty cell with nulls', warning, { number: null, bool: null }],
    ['0%', emr, { number: 0 }],
    ['100%', emr, { number: 100 }],
    ['a share with decimals', emr, { number: 72.35 }],
    ['a count', telemed, { number: 1250 }],
    ['yes', warning, { bool: true }],
    ['no', warning, { bool: false }],
  ])('accepts %s', (_name, i, cell) => {
    expect(indicatorValueProblem(i, cell)).toBeNull();
  });

  it.each([
    ['120%', emr, { number: 120 }, 'out_of_range', '120 ngoài khoảng 0–100%'],
    ['−1%', emr, { number: -1 }, 'out_of_range', '-1 ngoài khoảng 0–100%'],
    ['NaN', emr, { number: Number.NaN }, 'out_of_range', 'NaN ngoài khoảng 0–100%'],
    ['a fractional count', telemed, { number: 2.5 }, 'out_of_range', '2,5 không phải số nguyên không âm'],
    ['a negative count', telemed, { number: -3 }, 'out_of_range', '-3 không phải số nguyên không âm'],
    ['yes/no for a share', emr, { bool: true }, 'wrong_type', 'cần một số'],
    ['a number for yes/no', warning, { number: 1 }, 'wrong_type', 'cần có/không'],
  ])('refuses %s', (_name, i, cell, code, vi) => {
    const problem = indicatorValueProblem(i, cell);
    expect(problem).toMatchObject({ code, message: { vi } });
    expect(problem?.message.en.length).toBeGreaterThan(0);
  });
});

describe('summarizeIndicator and sectorSummary', () => {
  it('aggregates shares by mean, counts by sum, yes/no by the share of yes', () => {
    expect(indicatorAggregate({ kind: 'percent' })).toBe('mean');
    expect(indicatorAggregate({ kind: 'count' })).toBe('sum');
    expect(indicatorAggregate({ kind: 'boolean' })).toBe('share_true');
    expect(summarizeIndicator({ kind: 'percent' }, [50, 60, 71])).toEqual({ value: 60.33, communesReported: 3 });
    expect(summarizeIndicator({ kind: 'count' }, [3, 4, 0])).toEqual({ value: 7, communesReported: 3 });
    expect(summarizeIndicator({ kind: 'boolean' }, [true, false, true, true])).toEqual({
      value: 75,
      communesReported: 4,
    });
  });

  it('skips empty, impossible and wrongly typed values, and has no figure without values', () => {
    expect(summarizeIndicator({ kind: 'percent' }, [null, undefined, 120, true, 40])).toEqual({
      value: 40,
      communesReported: 1,
    });
    expect(summarizeIndicator({ kind: 'count' }, [1.5, 2])).toEqual({ value: 2, communesReported: 1 });
    expect(summarizeIndicator({ kind: 'boolean' }, [1, null])).toEqual({ value: null, communesReported: 0 });
    expect(summarizeIndicator({ kind: 'percent' }, [])).toEqual({ value: null, communesReported: 0 });
  });

  it('builds a series per indicator and counts the communes that reported each year', () => {
    const v = (
      year: number,
      unitId: string,
      indicatorId: string,
      number: number | null,
      bool: boolean | null = null,
    ): SectorValue => ({ year, unitId, indicatorId, number, bool });
    const values = [
      v(2022, 'U-LAM-SON', 'I-HEALTH-EMR', 40),
      v(2022, 'U-MY-SON', 'I-HEALTH-EMR', 60),
      v(2022, 'U-LAM-SON', 'I-HEALTH-TELEMED', 12),
      v(2023, 'U-LAM-SON', 'I-HEALTH-EMR', 70),
      v(2023, 'U-MY-SON', 'I-HEALTH-TELEMED', null), // empty: not a report
      v(2023, 'U-HOA-SON', 'I-LAND-DIGITAL-MAP', 90), // another sector's indicator
      v(2023, 'U-MA-NOI', 'I-HEALTH-EMR', 130), // impossible: never counted
      v(2024, 'U-MY-SON', 'I-HEALTH-RECORDS', null, true), // wrong type for a share
      v(2021, 'U-MY-SON', 'I-HEALTH-EMR', 10), // a year not asked for
    ];
    const summary = sectorSummary(plan, 'S-HEALTH', values, [2022, 2023, 2024]);
    expect(summary.sectorId).toBe('S-HEALTH');
    expect(summary.years).toEqual([
      { year: 2022, communesReported: 2 },
      { year: 2023, communesReported: 1 },
      { year: 2024, communesReported: 0 },
    ]);
    expect(summary.indicators.map((i) => [i.indicatorId, i.aggregate, i.series.map((p) => p.value)])).toEqual([
      ['I-HEALTH-EMR', 'mean', [50, 70, null]],
      ['I-HEALTH-TELEMED', 'sum', [12, null, null]],
      ['I-HEALTH-RECORDS', 'mean', [null, null, null]],
    ]);
    expect(summary.indicators[0]).toMatchObject({
      label: indicator('I-HEALTH-EMR').label,
      unit: { vi: '%', en: '%' },
      measure: { kind: 'percent' },
    });
    expect(summary.indicators[0]?.series[0]).toEqual({ year: 2022, value: 50, communesReported: 2 });
  });

  it('a boolean indicator sums up as the share of communes answering yes', () => {
    const summary = sectorSummary(
      plan,
      'S-LAND-ENV',
      [
        { year: 2024, unitId: 'A-ONE', indicatorId: 'I-LAND-EARLY-WARNING', number: null, bool: true },
        { year: 2024, unitId: 'A-TWO', indicatorId: 'I-LAND-EARLY-WARNING', number: null, bool: false },
      ],
      [2024],
    );
    expect(summary.indicators.find((i) => i.indicatorId === 'I-LAND-EARLY-WARNING')?.series).toEqual([
      { year: 2024, value: 50, communesReported: 2 },
    ]);
  });
});

describe('an indicator’s goal', () => {
  const parsed = parseMovement(plan);
  if (!parsed.ok) throw new Error('the plan does not parse');
  const indicator = (id: string) => parsed.movement.sectors.flatMap((s) => s.indicators).find((i) => i.id === id)!;

  it('is the measure’s threshold: the plan’s 100 % of schools, the district’s working 50 % of cashless farmers', () => {
    expect(indicatorGoal(indicator('I-EDUCATION-SCHOOLS-DX'))).toBe(100);
    expect(indicatorGoal(indicator('I-AGRICULTURE-CASHLESS'))).toBe(50);
  });

  it('refuses a working goal without a threshold', () => {
    const marked = {
      ...plan,
      sectors: plan.sectors.map((s) =>
        s.id === 'S-HEALTH'
          ? {
              ...s,
              indicators: s.indicators.map((i) => (i.id === 'I-HEALTH-TELEMED' ? { ...i, workingGoal: true } : i)),
            }
          : s,
      ),
    };
    const result = parseMovement(marked);
    expect(result.ok ? [] : result.errors.map((e) => [e.code, e.path])).toEqual([
      ['INCOMPLETE_GOAL', 'sectors[0].indicators[1].workingGoal'],
    ]);
  });

  it('is none for a count without a mark and for a yes/no indicator', () => {
    expect(indicatorGoal(indicator('I-HEALTH-TELEMED'))).toBeNull();
    expect(indicatorGoal(indicator('I-LAND-EARLY-WARNING'))).toBeNull();
  });
});
