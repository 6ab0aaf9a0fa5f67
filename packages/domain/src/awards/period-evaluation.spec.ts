import { describe, expect, it } from 'vitest';
import { ninhSonDx2021_2025 } from '../plans/ninh-son-dx-2021-2025/index.js';
import type { Movement } from '../movement/movement.schema.js';
import { findReview } from '../timeline/reporting-years.js';
import { evaluateOverPeriod, reviewYears } from './period-evaluation.js';

const m = ninhSonDx2021_2025;
const ok = (score: number) => ({ eligibility: 'eligible' as const, score });
const withRule = (eligibility: 'every-year' | 'last-year', score: 'mean' | 'last-year'): Movement => ({ ...m, awarding: { ...m.awarding, period: { eligibility, score, source: 'test' } } });

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

describe('every year counts, scores average (the Ninh Sơn rule)', () => {
  it('is eligible when every year is, with the mean score', () => {
    const r = evaluateOverPeriod(m, [{ year: 2022, standing: ok(80) }, { year: 2023, standing: ok(90) }, { year: 2024, standing: ok(95) }]);
    expect(r).toMatchObject({ eligible: true, eligibility: 'eligible', score: 88.33 });
    expect(r.explanation.vi).toContain('2022, 2023, 2024');
  });
  it('is not eligible when one year failed, naming it', () => {
    const r = evaluateOverPeriod(m, [{ year: 2022, standing: { eligibility: 'not_eligible', score: 40 } }, { year: 2023, standing: ok(90) }]);
    expect(r).toMatchObject({ eligible: false, eligibility: 'not_eligible', score: 65 });
    expect(r.explanation.en).toBe('Criteria not met in 2022');
  });
  it('is incomplete while a year has no approved report, naming it, and eligible once it is approved', () => {
    const before = evaluateOverPeriod(m, [{ year: 2024, standing: ok(90) }, { year: 2025, standing: null }]);
    expect(before).toMatchObject({ eligible: false, eligibility: 'incomplete', score: 90 });
    expect(before.explanation.vi).toBe('Chưa có báo cáo được duyệt năm 2025');
    expect(evaluateOverPeriod(m, [{ year: 2024, standing: ok(90) }, { year: 2025, standing: ok(70) }])).toMatchObject({ eligible: true, score: 80 });
  });
  it('is incomplete when a year lacks data without a missing report', () => {
    const r = evaluateOverPeriod(m, [{ year: 2025, standing: { eligibility: 'incomplete', score: 50 } }]);
    expect(r.explanation.en).toBe('Not enough data for 2025');
  });
  it('has nothing to judge without years', () => {
    expect(evaluateOverPeriod(m, [])).toMatchObject({ eligible: false, eligibility: 'incomplete', years: [] });
  });
});

describe('the last year decides, when the movement says so', () => {
  const rule = withRule('last-year', 'last-year');
  it('ignores earlier failures and takes the last score', () => {
    const r = evaluateOverPeriod(rule, [{ year: 2024, standing: { eligibility: 'not_eligible', score: 30 } }, { year: 2025, standing: ok(75) }]);
    expect(r).toMatchObject({ eligible: true, score: 75 });
    expect(r.explanation.en).toBe('Eligible in 2025');
  });
  it('scores 0 when the last year has no report', () => {
    expect(evaluateOverPeriod(rule, [{ year: 2024, standing: ok(90) }, { year: 2025, standing: null }])).toMatchObject({ eligible: false, score: 0 });
  });
  it('averages with every-year eligibility and a missing year scoring nothing', () => {
    expect(evaluateOverPeriod(withRule('every-year', 'mean'), [{ year: 2024, standing: null }]).score).toBe(0);
  });
});
