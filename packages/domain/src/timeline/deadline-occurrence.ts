// One concrete due instant of a deadline: a one-off deadline has one, a yearly deadline one per year.
import { DomainError } from '../errors/domain-error.js';
import { text } from '../i18n/localized-text.js';
import type { Movement } from '../movement/movement.schema.js';
import type { Deadline } from '../movement/timeline.schema.js';
import { isoDate, startOfLocalDay } from './zoned-time.js';

export interface DeadlineOccurrence {
  deadline: Deadline;
  year: number;
  /** The day named in the plan, e.g. 2022-09-20 for "trước ngày 20/9/2022". */
  dueDate: string;
  /** First instant that counts as late (exclusive end of the on-time window). */
  dueAtMs: number;
  opensAtMs: number;
}

export const findDeadline = (movement: Movement, deadlineId: string): Deadline => {
  const deadline = movement.timeline.deadlines.find((d) => d.id === deadlineId);
  if (!deadline) {
    throw new DomainError(
      'UNKNOWN_DEADLINE',
      text(`Không có hạn ${deadlineId} trong phong trào`, `No deadline ${deadlineId} in this movement`),
    );
  }
  return deadline;
};

const occurrenceFor = (
  movement: Movement,
  deadline: Deadline,
  year: number,
  dueDate: string,
  opensOn: string,
): DeadlineOccurrence => {
  const tz = movement.timeZone;
  const dueAtMs = startOfLocalDay(dueDate, tz, deadline.reading === 'before' ? 0 : 1);
  return { deadline, year, dueDate, dueAtMs, opensAtMs: Math.min(startOfLocalDay(opensOn, tz), dueAtMs) };
};

const firstPhaseStart = (movement: Movement): string =>
  movement.timeline.phases.reduce(
    (min, p) => (p.start < min ? p.start : min),
    movement.timeline.phases[0]?.start ?? '1970-01-01',
  );

export const deadlineOccurrences = (movement: Movement, deadline: Deadline): DeadlineOccurrence[] => {
  const due = deadline.due;
  if (due.kind === 'once') {
    return [
      occurrenceFor(
        movement,
        deadline,
        Number(due.date.slice(0, 4)),
        due.date,
        due.opensOn ?? firstPhaseStart(movement),
      ),
    ];
  }
  const out: DeadlineOccurrence[] = [];
  for (let year = due.fromYear; year <= due.toYear; year++) {
    out.push(
      occurrenceFor(
        movement,
        deadline,
        year,
        isoDate(year, due.month, due.day),
        isoDate(year, due.opensOn.month, due.opensOn.day),
      ),
    );
  }
  return out;
};

export const deadlineOccurrence = (movement: Movement, deadlineId: string, year?: number): DeadlineOccurrence => {
  const deadline = findDeadline(movement, deadlineId);
  const all = deadlineOccurrences(movement, deadline);
  if (deadline.due.kind === 'once') {
    const only = all[0] as DeadlineOccurrence;
    if (year !== undefined && year !== only.year) throw yearOutOfRange(deadlineId, year);
    return only;
  }
  if (year === undefined) {
    throw new DomainError(
      'YEAR_REQUIRED',
      text(
        `Hạn ${deadlineId} lặp lại hằng năm: cần chỉ rõ năm`,
        `Deadline ${deadlineId} is yearly: a year is required`,
      ),
    );
  }
  const found = all.find((o) => o.year === year);
  if (!found) throw yearOutOfRange(deadlineId, year);
  return found;
};

const yearOutOfRange = (deadlineId: string, year: number): DomainError =>
  new DomainError(
    'YEAR_OUT_OF_RANGE',
    text(`Hạn ${deadlineId} không áp dụng cho năm ${year}`, `Deadline ${deadlineId} does not apply to ${year}`),
  );
