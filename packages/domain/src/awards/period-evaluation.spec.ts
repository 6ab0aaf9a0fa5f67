import { describe, expect, it } from 'vitest';
import { ninhSonDx2021_2025 } from '../plans/ninh-son-dx-2021-2025/index.js';
import type { Movement } from '../movement/movement.schema.js';
import { findReview } from '../timeline/reporting-years.js';
import { evaluateOverPeriod, reviewYears } from './period-evaluation.js';

const m = ninhSonDx2021_2025;
const ok = (score: number) => ({ eligibility: 'eligible' as const, score });
const failed = (score: number) => ({ eligibility: 'not_eligible' as const, score });
const withRule = (eligibility: 'every-year' | 'last-year', score: 'mean' | 'last-year'): Movement => ({
  ...m,
  awarding: { ...m.awarding, period: { eligibility, score, source: 'test' } },
});

describe('the years a review judges', () => {
  it('are 2022–2023 for the interim review and the reported years of 2021–2025 for the final review', () => {
    expect(reviewYears(m, findReview(m, 'R-INTERIM'))).toEqual([2022, 2023]);
    // 2021 is in the period, but units report from 2022 (D-ANNUAL-REPORT).
    expect(reviewYears(m, findReview(m, 'R-FINAL'))).toEqual([2022, 2023, 2024, 2025]);
  });
  it('are the review year alone when the review names no period', () => {
    const review = { ...findReview(m, 'R-FINAL'), years: undefined };
    expect(reviewYears(m, review)).toEqual([2025]);
  });
});

describe('the Ninh Sơn rule: the review year decides eligibility, the score averages every year', () => {
  it('is eligible on the last year even after a failed first year, with the mean score', () => {
    const r = evaluateOverPeriod(m, [
      { year: 2022, standing: failed(40) },
      { year: 2023, standing: ok(90) },
      { year: 2024, standing: ok(95) },
    ]);
    expect(r).toMatchObject({ eligible: true, eligibility: 'eligible', score: 75 });
    expect(r.explanation.en).toBe('Eligible in 2024');
  });
  it('is not eligible when the last year failed, naming it', () => {
    const r = evaluateOverPeriod(m, [
      { year: 2022, standing: ok(90) },
      { year: 2023, standing: failed(50) },
    ]);
    expect(r).toMatchObject({ eligible: false, eligibility: 'not_eligible', score: 70 });
    expect(r.explanation.en).toBe('Criteria not met in 2023');
  });
  it('is incomplete while the last year has no approved report, naming it, and eligible once it is approved', () => {
    const before = evaluateOverPeriod(m, [
      { year: 2024, standing: ok(90) },
      { year: 2025, standing: null },
    ]);
    expect(before).toMatchObject({ eligible: false, eligibility: 'incomplete', score: 45 });
    expect(before.explanation.vi).toBe('Chưa có báo cáo được duyệt năm 2025');
    expect(
      evaluateOverPeriod(m, [
        { year: 2024, standing: ok(90) },
        { year: 2025, standing: ok(70) },
      ]),
    ).toMatchObject({ eligible: true, score: 80 });
  });
  it('scores a year without an approved report as 0: skipping a weak year does not pay', () => {
    const skipped = evaluateOverPeriod(m, [
      { year: 2022, standing: null },
      { year: 2023, standing: ok(80) },
    ]);
    const weak = evaluateOverPeriod(m, [
      { year: 2022, standing: failed(30) },
      { year: 2023, standing: ok(80) },
    ]);
    expect(skipped.score).toBe(40);
    expect(weak.score).toBeGreaterThan(skipped.score);
  });
  it('is incomplete when the last year lacks data without a missing report', () => {
    const r = evaluateOverPeriod(m, [{ year: 2025, standing: { eligibility: 'incomplete', score: 50 } }]);
    expect(r.explanation.en).toBe('Not enough data for 2025');
  });
  it('has nothing to judge without years', () => {
    expect(evaluateOverPeriod(m, [])).toMatchObject({ eligible: false, eligibility: 'incomplete', years: [] });
  });
});

describe('the criteria of each year', () => {
  it('are listed with their status, value and explanation when given, and empty for a year without a report', () => {
    const criteria = [
      {
        criterionId: 'C-COMM-DOSSIERS',
        status: 'met' as const,
        measure: 'percent' as const,
        value: 72.5,
        threshold: { op: 'gte' as const, value: 65 },
        attainment: 1,
        weight: 1,
        explanation: { vi: 'Đạt', en: 'Met' },
      },
    ];
    const r = evaluateOverPeriod(m, [
      { year: 2024, standing: null },
      { year: 2025, standing: { eligibility: 'eligible', score: 100, criteria } },
    ]);
    expect(r.years).toEqual([
      { year: 2024, eligibility: 'incomplete', score: null, criteria: [] },
      {
        year: 2025,
        eligibility: 'eligible',
        score: 100,
        criteria: [
          { criterionId: 'C-COMM-DOSSIERS', status: 'met', value: 72.5, explanation: { vi: 'Đạt', en: 'Met' } },
        ],
      },
    ]);
  });
});

describe('every year counts, when a movement says so', () => {
  const rule = withRule('every-year', 'mean');
  it('is eligible only when every year is, naming all of them', () => {
    const r = evaluateOverPeriod(rule, [
      { year: 2022, standing: ok(80) },
      { year: 2023, standing: ok(90) },
    ]);
    expect(r).toMatchObject({ eligible: true, score: 85 });
    expect(r.explanation.vi).toBe('Đủ điều kiện trong mọi năm 2022, 2023');
  });
  it('is not eligible when an earlier year failed, and incomplete when an earlier report is missing', () => {
    expect(
      evaluateOverPeriod(rule, [
        { year: 2022, standing: failed(40) },
        { year: 2023, standing: ok(90) },
      ]).explanation.en,
    ).toBe('Criteria not met in 2022');
    expect(
      evaluateOverPeriod(rule, [
        { year: 2022, standing: null },
        { year: 2023, standing: ok(90) },
      ]).explanation.en,
    ).toBe('No approved report for 2022');
  });
});

describe('the last year’s score alone, when a movement says so', () => {
  it('takes the last score, and 0 when the last year has no report', () => {
    const rule = withRule('last-year', 'last-year');
    expect(
      evaluateOverPeriod(rule, [
        { year: 2024, standing: failed(30) },
        { year: 2025, standing: ok(75) },
      ]),
    ).toMatchObject({ eligible: true, score: 75 });
    expect(
      evaluateOverPeriod(rule, [
        { year: 2024, standing: ok(90) },
        { year: 2025, standing: null },
      ]),
    ).toMatchObject({ eligible: false, score: 0 });
  });
});
