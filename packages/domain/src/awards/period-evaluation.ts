// A nominee judged over the years its review covers, by the movement's period rule (ADR 0019): at appraisal, from
// the approved data of each year, never from a snapshot taken when it was proposed.
import { text, type LocalizedText } from '../i18n/localized-text.js';
import type { CriterionResult, CriterionStatus } from '../evaluate/criterion-result.js';
import type { Eligibility } from '../evaluate/evaluate-participant.js';
import type { Movement } from '../movement/movement.schema.js';
import type { Review } from '../movement/timeline.schema.js';
import { reportingYears } from '../timeline/reporting-years.js';

/** The years whose work a review judges and units report in: the review's period met with the reporting years. */
export const reviewYears = (movement: Movement, review: Review): number[] => {
  const from = review.years?.from ?? review.year;
  const to = review.years?.to ?? review.year;
  const reported = reportingYears(movement).filter((y) => y >= from && y <= to);
  return reported.length > 0 ? reported : [review.year];
};

/** One year of a nominee: its evaluation from that year's approved report, or null when none is approved. */
export interface YearStanding {
  year: number;
  standing: { eligibility: Eligibility; score: number; criteria?: readonly CriterionResult[] } | null;
}

/** One criterion of one year, as the appraisal screen lists it. */
export interface YearCriterion {
  criterionId: string;
  status: CriterionStatus;
  value: number | boolean | null;
  explanation: LocalizedText;
}

export interface PeriodEvaluation {
  eligible: boolean;
  eligibility: Eligibility;
  score: number;
  /** Each year judged, with its criteria when the caller gave them (the appraisal reads them criterion by criterion). */
  years: Array<{ year: number; eligibility: Eligibility; score: number | null; criteria: YearCriterion[] }>;
  explanation: LocalizedText;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Combines the years a unit was asked to report (ascending; at least one) by the movement's period rule. */
export const evaluateOverPeriod = (movement: Movement, years: readonly YearStanding[]): PeriodEvaluation => {
  const rule = movement.awarding.period;
  const rows = years.map((y) => ({
    year: y.year,
    eligibility: y.standing?.eligibility ?? ('incomplete' as const),
    score: y.standing?.score ?? null,
    criteria: (y.standing?.criteria ?? []).map((c) => ({
      criterionId: c.criterionId,
      status: c.status,
      value: c.value,
      explanation: c.explanation,
    })),
  }));
  const last = rows[rows.length - 1];
  if (!last)
    return {
      eligible: false,
      eligibility: 'incomplete',
      score: 0,
      years: [],
      explanation: text('Không có năm nào để xét', 'No year to judge'),
    };
  const judged = rule.eligibility === 'last-year' ? [last] : rows;
  const missing = judged.filter((r) => r.score === null).map((r) => r.year);
  const failed = judged.filter((r) => r.eligibility === 'not_eligible').map((r) => r.year);
  const open = judged.filter((r) => r.eligibility === 'incomplete').map((r) => r.year);
  const eligibility: Eligibility = failed.length > 0 ? 'not_eligible' : open.length > 0 ? 'incomplete' : 'eligible';
  // A year the unit was asked to report but has no approved report for scores 0: skipping a weak year must not pay.
  const score =
    rule.score === 'last-year'
      ? (last.score ?? 0)
      : round2(rows.reduce((sum, r) => sum + (r.score ?? 0), 0) / rows.length);
  const explanation =
    eligibility === 'eligible'
      ? text(
          `Đủ điều kiện ${rule.eligibility === 'every-year' ? `trong mọi năm ${rows.map((r) => r.year).join(', ')}` : `năm ${last.year}`}`,
          `Eligible ${rule.eligibility === 'every-year' ? `in every year ${rows.map((r) => r.year).join(', ')}` : `in ${last.year}`}`,
        )
      : failed.length > 0
        ? text(`Chưa đạt tiêu chuẩn năm ${failed.join(', ')}`, `Criteria not met in ${failed.join(', ')}`)
        : missing.length > 0
          ? text(`Chưa có báo cáo được duyệt năm ${missing.join(', ')}`, `No approved report for ${missing.join(', ')}`)
          : text(`Chưa đủ số liệu năm ${open.join(', ')}`, `Not enough data for ${open.join(', ')}`);
  return { eligible: eligibility === 'eligible', eligibility, score, years: rows, explanation };
};
