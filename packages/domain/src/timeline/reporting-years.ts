// The questions every screen and procedure asks about a movement's calendar, answered from its data: which years are
// reported, which deadline is the yearly report, which year a screen opens on, which reviews there are.
import { DomainError } from '../errors/domain-error.js';
import { text } from '../i18n/localized-text.js';
import type { Movement } from '../movement/movement.schema.js';
import type { Deadline, Review } from '../movement/timeline.schema.js';
import { deadlineOccurrence } from './deadline-occurrence.js';
import { deadlineStatus, type DeadlineStatus, type DeadlineStatusInput } from './deadline-status.js';

/** The movement's yearly report: its (first) deadline that recurs every year, or null for a movement without one. */
export const annualReportDeadline = (movement: Movement): Deadline | null =>
  movement.timeline.deadlines.find((d) => d.due.kind === 'yearly') ?? null;

/** Where a unit's report of a year stands against the movement's yearly deadline. */
export const annualReportStatus = (
  movement: Movement,
  input: DeadlineStatusInput & { year: number },
): DeadlineStatus => {
  const deadline = annualReportDeadline(movement);
  if (!deadline)
    throw new DomainError(
      'UNKNOWN_DEADLINE',
      text('Phong trào không có hạn báo cáo hằng năm', 'This movement has no yearly reporting deadline'),
    );
  return deadlineStatus(movement, deadline.id, input);
};

/** The day the plan names for a year's report ("trước ngày 15/12": 2025-12-15): the units in force on it are the ones
 * asked to report that year, counted in its completeness, ranked and listed in its sector grids. */
export const annualReportDueDate = (movement: Movement, year: number): string => {
  const deadline = annualReportDeadline(movement);
  if (!deadline)
    throw new DomainError(
      'UNKNOWN_DEADLINE',
      text('Phong trào không có hạn báo cáo hằng năm', 'This movement has no yearly reporting deadline'),
    );
  return deadlineOccurrence(movement, deadline.id, year).dueDate;
};

const yearsOf = (from: number, to: number): number[] =>
  Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);

/** Every year units report in, ascending: the years of the yearly deadlines, or else the years the phases span. */
export const reportingYears = (movement: Movement): number[] => {
  const years = new Set<number>();
  for (const d of movement.timeline.deadlines)
    if (d.due.kind === 'yearly') for (const y of yearsOf(d.due.fromYear, d.due.toYear)) years.add(y);
  if (years.size === 0) {
    const starts = movement.timeline.phases.map((p) => Number(p.start.slice(0, 4)));
    const ends = movement.timeline.phases.map((p) => Number(p.end.slice(0, 4)));
    for (const y of yearsOf(Math.min(...starts), Math.max(...ends))) years.add(y);
  }
  return [...years].sort((a, b) => a - b);
};

export const isReportingYear = (movement: Movement, year: number): boolean => reportingYears(movement).includes(year);

/** "2022–2025", or the list when the years have gaps: what an error message names. */
export const reportingYearsText = (movement: Movement): string => {
  const years = reportingYears(movement);
  const first = years[0];
  const last = years[years.length - 1];
  if (first === undefined || last === undefined) return '';
  return last - first + 1 === years.length ? (first === last ? String(first) : `${first}–${last}`) : years.join(', ');
};

/** Refuses a year the movement does not report in, naming the years it does. */
export const assertReportingYear = (movement: Movement, year: number): void => {
  if (!isReportingYear(movement, year)) {
    const years = reportingYearsText(movement);
    throw new DomainError(
      'YEAR_OUT_OF_RANGE',
      text(
        `Năm ${year} không phải năm báo cáo của phong trào (${years})`,
        `${year} is not a reporting year of this movement (${years})`,
      ),
    );
  }
};

/** The year a screen opens on at `today` (yyyy-mm-dd, local): the latest reporting year that has begun, else the first. */
export const defaultReportingYear = (movement: Movement, today: string): number => {
  const years = reportingYears(movement);
  const current = Number(today.slice(0, 4));
  const begun = years.filter((y) => y <= current);
  return begun[begun.length - 1] ?? years[0] ?? current;
};

/** The movement's reviews, the latest first: the order every review picker shows. */
export const reviewsLatestFirst = (movement: Movement): Review[] =>
  [...movement.timeline.reviews].sort((a, b) => b.end.localeCompare(a.end) || b.id.localeCompare(a.id));

export const findReview = (movement: Movement, reviewId: string): Review => {
  const review = movement.timeline.reviews.find((r) => r.id === reviewId);
  if (!review) {
    const known = movement.timeline.reviews.map((r) => r.id).join(', ');
    throw new DomainError(
      'UNKNOWN_REVIEW',
      text(
        `Phong trào không có đợt xét ${reviewId} (có: ${known})`,
        `This movement has no review ${reviewId} (it has: ${known})`,
      ),
    );
  }
  return review;
};

/** The deadline units send their own movement plan against (purpose 'unit-plan'), or null for a movement without one. */
export const unitPlanDeadline = (movement: Movement): Deadline | null =>
  movement.timeline.deadlines.find((d) => d.purpose === 'unit-plan') ?? null;

/** The unit-plan deadline, else an error saying the movement asks for no plan. */
export const assertUnitPlanDeadline = (movement: Movement): Deadline => {
  const deadline = unitPlanDeadline(movement);
  if (!deadline)
    throw new DomainError(
      'UNKNOWN_DEADLINE',
      text(
        'Phong trào này không yêu cầu đơn vị gửi kế hoạch hưởng ứng',
        'This movement asks units for no plan of their own',
      ),
    );
  return deadline;
};
