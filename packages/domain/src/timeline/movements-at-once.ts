// Several movements can run at once (a finished one stays readable beside a running one). A year or a review ID
// must then name exactly one of them, so two active movements may share neither: every request finds its movement.
import { DomainError } from '../errors/domain-error.js';
import { text } from '../i18n/localized-text.js';
import type { Movement } from '../movement/movement.schema.js';
import { assertReportingYear, reportingYears, reportingYearsText } from './reporting-years.js';

/** What two movements would share if both were active: reporting years and review IDs (empty when they can run together). */
export const movementOverlap = (a: Movement, b: Movement): { years: number[]; reviewIds: string[] } => {
  const yearsOfB = new Set(reportingYears(b));
  const reviewsOfB = new Set(b.timeline.reviews.map((r) => r.id));
  return {
    years: reportingYears(a).filter((y) => yearsOfB.has(y)),
    reviewIds: a.timeline.reviews.map((r) => r.id).filter((id) => reviewsOfB.has(id)),
  };
};

/** Refuses to run `next` beside the active movements it would share a year or a review with (other versions of itself excepted). */
export const assertCanRunBeside = (next: Movement, active: readonly Movement[]): void => {
  for (const other of active) {
    if (other.id === next.id) continue;
    const { years, reviewIds } = movementOverlap(next, other);
    if (years.length === 0 && reviewIds.length === 0) continue;
    const shared = [...years.map(String), ...reviewIds].join(', ');
    throw new DomainError(
      'MOVEMENTS_OVERLAP',
      text(
        `Phong trào ${next.id} trùng với phong trào đang chạy ${other.id} (${shared}): mỗi năm báo cáo và mỗi mã đợt xét chỉ thuộc một phong trào`,
        `Movement ${next.id} overlaps the running movement ${other.id} (${shared}): each reporting year and review id belongs to one movement only`,
      ),
    );
  }
};

/** The active movement that takes reports in `year`, else an error naming each movement's years. */
export const movementReportingIn = <M extends Movement>(movements: readonly M[], year: number): M => {
  const found = movements.find((m) => reportingYears(m).includes(year));
  if (found) return found;
  // One movement running: the refusal every year input gives ("… của phong trào (2022–2025)").
  if (movements.length === 1) assertReportingYear(movements[0]!, year);
  const known = movements.map(reportingYearsText).join('; ');
  throw new DomainError(
    'YEAR_OUT_OF_RANGE',
    text(
      `Năm ${year} không phải năm báo cáo của phong trào nào đang chạy (${known})`,
      `${year} is not a reporting year of any running movement (${known})`,
    ),
  );
};

/** The active movement that has the review `reviewId`, else an error naming the reviews there are. */
export const movementWithReview = <M extends Movement>(movements: readonly M[], reviewId: string): M => {
  const found = movements.find((m) => m.timeline.reviews.some((r) => r.id === reviewId));
  if (found) return found;
  const known = movements.flatMap((m) => m.timeline.reviews.map((r) => r.id)).join(', ');
  throw new DomainError(
    'UNKNOWN_REVIEW',
    text(
      `Không phong trào nào đang chạy có đợt xét ${reviewId} (có: ${known})`,
      `No running movement has a review ${reviewId} (there are: ${known})`,
    ),
  );
};

/** The movement a screen opens on at `today` (yyyy-mm-dd, local): the one reporting this year, else the latest begun, else the first to begin. */
export const currentMovement = <M extends Movement>(movements: readonly M[], today: string): M | null => {
  const year = Number(today.slice(0, 4));
  const spans = movements
    .map((m) => ({ m, years: reportingYears(m) }))
    .sort((a, b) => (a.years[0] ?? 0) - (b.years[0] ?? 0));
  const now = spans.find((s) => s.years.includes(year));
  if (now) return now.m;
  const begun = spans.filter((s) => (s.years[0] ?? Infinity) <= year);
  return (begun[begun.length - 1] ?? spans[0])?.m ?? null;
};
