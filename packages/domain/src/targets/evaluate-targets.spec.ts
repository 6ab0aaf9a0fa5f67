// The district targets for 2025 (digest §4): comparison words, series, per-sector minimum, rank, progress.
import { describe, expect, it } from 'vitest';
import { ninhSonDx2021_2025 as plan } from '../plans/ninh-son-dx-2021-2025/index.js';
import { evaluateTargets, type TargetEvaluation, type TargetObservation } from './evaluate-targets.js';

const evaluateOne = (observation: TargetObservation): TargetEvaluation => {
  const found = evaluateTargets(plan, [observation]).find((t) => t.targetId === observation.targetId);
  if (!found) throw new Error(`no target ${observation.targetId}`);
  return found;
};

const value = (targetId: string, v: number | null): TargetEvaluation => evaluateOne({ targetId, value: v });

const SECTORS = plan.sectors.map((s) => s.id);
const allSectors = (v: number): Record<string, number> => Object.fromEntries(SECTORS.map((s) => [s, v]));
const sectorShare = (bySector: Record<string, number | null>): TargetEvaluation =>
  evaluateOne({ targetId: 'T-G2-SECTOR-SHARE', bySector });

const productivity = (series: Array<{ year: number; value: number | null }>): TargetEvaluation =>
  evaluateOne({ targetId: 'T-G2-PRODUCTIVITY', series });
const years = (v2022: number | null, v2023: number | null, v2024: number | null, v2025: number | null) => [
  { year: 2022, value: v2022 },
  { year: 2023, value: v2023 },
  { year: 2024, value: v2024 },
  { year: 2025, value: v2025 },
];

describe('evaluateTargets', () => {
  it('returns one evaluation per target of the movement, in plan order, whatever was observed', () => {
    const all = evaluateTargets(plan, [{ targetId: 'T-NOT-IN-PLAN', value: 1 }]);
    expect(all.map((t) => t.targetId)).toEqual(plan.targets.map((t) => t.id));
    expect(all).toHaveLength(16);
    expect(all.every((t) => t.status === 'missing' && t.progress === 0 && t.value === null)).toBe(true);
  });

  it('puts each target in its group G1, G2 or G3', () => {
    const groups = Object.fromEntries(evaluateTargets(plan, []).map((t) => [t.targetId, t.group]));
    expect(groups['T-G1-PROVINCE-RANK']).toBe('G1');
    expect(groups['T-G2-PRODUCTIVITY']).toBe('G2');
    expect(groups['T-G3-EPAYMENT']).toBe('G3');
  });
});

describe('single-value targets: the comparison word decides', () => {
  it.each([
    // "trên X%": strictly greater
    ['T-G3-EPAYMENT', '> 50', 50.01, 50],
    ['T-G3-FIBER-HOUSEHOLDS', '> 90', 90.01, 90],
    // bare "X%" and "100%": at least
    ['T-G1-ONLINE-SERVICES', '≥ 100', 100, 99.99],
    ['T-G1-DOSSIERS-DISTRICT', '≥ 85', 85, 84.99],
    ['T-G1-DOSSIERS-COMMUNE', '≥ 65', 65, 64.99],
    ['T-G1-REPORTING', '≥ 100', 100, 99.99],
    ['T-G1-FOUNDATION-DB', '≥ 100', 100, 99.99],
    ['T-G1-INSPECTIONS', '≥ 50', 50, 49.99],
    ['T-G1-SATISFACTION', '≥ 95', 95, 94.99],
    ['T-G2-GRDP', '≥ 20', 20, 19.99],
    ['T-G2-OCOP', '≥ 100', 100, 99.99],
    ['T-G3-FIBER-VILLAGES', '≥ 100', 100, 99.99],
    ['T-G3-MOBILE', '≥ 100', 100, 99.99],
  ] as const)('%s (%s): %d is met, %d is not', (id, _rule, met, notMet) => {
    const pass = value(id, met);
    expect(pass).toMatchObject({ status: 'met', value: met, progress: 1, weakest: null, parts: [] });
    const fail = value(id, notMet);
    expect(fail).toMatchObject({ status: 'not_met', value: notMet });
    expect(fail.progress).toBeLessThan(1);
    expect(fail.progress).toBeGreaterThan(0);
  });

  it('T-G3-EPAYMENT: 50 is not met yet progress stays just under 1', () => {
    expect(value('T-G3-EPAYMENT', 50).progress).toBe(0.9999);
  });

  it('progress is the share of the threshold reached: 42.5 of 85 is 0.5', () => {
    expect(value('T-G1-DOSSIERS-DISTRICT', 42.5).progress).toBe(0.5);
    expect(value('T-G1-DOSSIERS-DISTRICT', 0).progress).toBe(0);
  });

  it.each([null, Number.NaN, Number.POSITIVE_INFINITY])('a value of %s is missing with progress 0', (v) => {
    expect(value('T-G2-GRDP', v)).toMatchObject({ status: 'missing', value: null, progress: 0 });
  });

  it('an observation of the wrong shape (a series for a single-value target) counts as missing', () => {
    expect(evaluateOne({ targetId: 'T-G2-GRDP', series: [{ year: 2025, value: 30 }] }).status).toBe('missing');
  });

  it('explains in both languages, with a decimal comma in Vietnamese', () => {
    expect(value('T-G3-EPAYMENT', 50.01).explanation).toEqual({
      vi: '50,01% (chỉ tiêu > 50%): đạt',
      en: '50.01% (target > 50%): met',
    });
    expect(value('T-G3-FIBER-HOUSEHOLDS', 90).explanation).toEqual({
      vi: '90% (chỉ tiêu > 90%): chưa đạt',
      en: '90% (target > 90%): not met',
    });
    expect(value('T-G2-GRDP', null).explanation).toEqual({
      vi: 'Chưa có số liệu (chỉ tiêu ≥ 20%)',
      en: 'No data (target ≥ 20%)',
    });
  });
});

describe('T-G1-PROVINCE-RANK: among the 3 leading of 7 districts', () => {
  it.each([1, 2, 3])('rank %d is met', (rank) => {
    expect(value('T-G1-PROVINCE-RANK', rank)).toMatchObject({ status: 'met', progress: 1 });
  });

  it.each([
    [4, 0.75, '3/4'],
    [6, 0.5, '3/6'],
    [7, 3 / 7, '3/7'],
  ])('rank %d is not met, progress %s', (rank, progress) => {
    const e = value('T-G1-PROVINCE-RANK', rank);
    expect(e.status).toBe('not_met');
    expect(e.progress).toBeCloseTo(progress, 10);
  });

  it('is described as a rank, not a percent', () => {
    expect(value('T-G1-PROVINCE-RANK', 4).explanation).toEqual({
      vi: 'hạng 4 (chỉ tiêu ≤ hạng 3): chưa đạt',
      en: 'rank 4 (target ≤ rank 3): not met',
    });
    expect(value('T-G1-PROVINCE-RANK', 3).threshold).toEqual({ op: 'lte', value: 3 });
  });

  // The province had 7 district-level units and 1 is best: anything else is not a rank Ninh Sơn can hold.
  it.each([0, -1, 2.5, 8])('rank %d is not a whole rank in 1..7 and is not met', (rank) => {
    expect(value('T-G1-PROVINCE-RANK', rank).status).not.toBe('met');
  });
});

describe('T-G2-PRODUCTIVITY: ≥ 7 % growth every year 2022–2025', () => {
  it('every year at 7 or more is met, progress 1', () => {
    const e = productivity(years(7, 8.2, 7, 9));
    expect(e).toMatchObject({ status: 'met', progress: 1, weakest: null, value: 7 });
    expect(e.parts.map((p) => p.key)).toEqual(['2022', '2023', '2024', '2025']);
  });

  it('one failing year (6.99 in 2023) fails the target and is named', () => {
    const e = productivity(years(8, 6.99, 9, 10));
    expect(e).toMatchObject({ status: 'not_met', value: 6.99, weakest: '2023', progress: 0.75 });
    expect(e.explanation.vi).toBe('6,99% (thấp nhất: 2023) (chỉ tiêu ≥ 7%): chưa đạt');
  });

  it('the worst of several failing years decides', () => {
    expect(productivity(years(5, 8, 3, 6.5))).toMatchObject({
      status: 'not_met',
      value: 3,
      weakest: '2024',
      progress: 0.25,
    });
  });

  it('a missing year without any failure is missing, and names the year', () => {
    const e = productivity([
      { year: 2022, value: 8 },
      { year: 2023, value: 9 },
      { year: 2025, value: 7.5 },
    ]);
    expect(e).toMatchObject({ status: 'missing', weakest: '2024', progress: 0.75 });
    expect(e.parts.find((p) => p.key === '2024')).toEqual({ key: '2024', value: null, status: 'missing' });
    expect(e.explanation.en).toBe('No data (weakest: 2024) (target ≥ 7%)');
  });

  it('a missing year does not hide a failing one', () => {
    expect(productivity(years(8, null, 6, 9))).toMatchObject({ status: 'not_met', weakest: '2024' });
  });

  it('years outside 2022–2025 are ignored', () => {
    expect(productivity([...years(7, 7, 7, 7), { year: 2021, value: 1 }]).status).toBe('met');
  });

  it('no series at all is missing with progress 0', () => {
    expect(evaluateOne({ targetId: 'T-G2-PRODUCTIVITY', value: 10 })).toMatchObject({ status: 'missing', progress: 0 });
  });
});

describe('T-G2-SECTOR-SHARE: ≥ 10 % in every sector, the weakest decides', () => {
  it('covers all 10 sectors of the movement', () => {
    expect(sectorShare(allSectors(10)).parts.map((p) => p.key)).toEqual(SECTORS);
  });

  it('every sector at 10 is met', () => {
    expect(sectorShare(allSectors(10))).toMatchObject({ status: 'met', value: 10, progress: 1, weakest: null });
  });

  it('one sector at 9.99 fails it, and that sector is named', () => {
    const e = sectorShare({ ...allSectors(40), 'S-TOURISM': 9.99 });
    expect(e).toMatchObject({ status: 'not_met', value: 9.99, weakest: 'S-TOURISM' });
    expect(e.progress).toBeCloseTo(0.999, 10);
    expect(e.explanation.vi).toBe('9,99% (thấp nhất: S-TOURISM) (chỉ tiêu ≥ 10%): chưa đạt');
  });

  it('the lowest of several failing sectors is the one named', () => {
    expect(sectorShare({ ...allSectors(12), 'S-HEALTH': 8, 'S-FINANCE': 4 })).toMatchObject({
      weakest: 'S-FINANCE',
      value: 4,
      progress: 0.4,
    });
  });

  it('a sector without data leaves the target missing and names it', () => {
    const bySector: Record<string, number | null> = { ...allSectors(15), 'S-RESIDENTS': null };
    expect(sectorShare(bySector)).toMatchObject({ status: 'missing', weakest: 'S-RESIDENTS' });
  });

  it('no data for any sector is missing with progress 0', () => {
    expect(sectorShare({})).toMatchObject({ status: 'missing', value: null, progress: 0 });
  });

  it('a NaN sector value counts as missing data: value is not NaN and progress stays in [0, 1]', () => {
    const e = sectorShare({ ...allSectors(15), 'S-HEALTH': Number.NaN });
    expect(e.status).toBe('missing');
    expect(e.parts.find((p) => p.key === 'S-HEALTH')?.status).toBe('missing');
    expect(Number.isNaN(e.value)).toBe(false);
    expect(e.progress).toBeGreaterThanOrEqual(0);
    expect(e.progress).toBeLessThanOrEqual(1);
  });
});

describe('T-G3-MOBILE is qualitative', () => {
  it('is the only target flagged qualitative: the plan gives no number', () => {
    const flagged = evaluateTargets(plan, [])
      .filter((t) => t.qualitative)
      .map((t) => t.targetId);
    expect(flagged).toEqual(['T-G3-MOBILE']);
  });

  it('is measured as coverage, met at 100 %', () => {
    expect(value('T-G3-MOBILE', 100)).toMatchObject({
      status: 'met',
      qualitative: true,
      threshold: { op: 'gte', value: 100 },
    });
  });
});

describe('progress is always within [0, 1]', () => {
  const observations: TargetObservation[] = [
    { targetId: 'T-G1-ONLINE-SERVICES', value: 250 },
    { targetId: 'T-G1-DOSSIERS-DISTRICT', value: -20 },
    { targetId: 'T-G1-PROVINCE-RANK', value: 7 },
    { targetId: 'T-G2-GRDP', value: 19.999 },
    { targetId: 'T-G2-SECTOR-SHARE', bySector: { ...allSectors(3), 'S-HEALTH': -5 } },
    { targetId: 'T-G2-PRODUCTIVITY', series: years(1, null, 20, -3) },
    { targetId: 'T-G3-EPAYMENT', value: 49.999 },
    { targetId: 'T-G3-FIBER-HOUSEHOLDS', value: 1000 },
  ];

  it.each(evaluateTargets(plan, observations).map((e) => [e.targetId, e] as const))(
    '%s: progress in [0, 1], and 1 exactly when met',
    (_id, e) => {
      expect(e.progress).toBeGreaterThanOrEqual(0);
      expect(e.progress).toBeLessThanOrEqual(1);
      expect(e.status === 'met').toBe(e.progress === 1);
    },
  );
});
