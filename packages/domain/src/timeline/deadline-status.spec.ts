// Deadlines of digest §5: "trước ngày X" means day X itself is late, on the district's clock (UTC+7).
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors/domain-error.js';
import type { Movement } from '../movement/movement.schema.js';
import { parseMovement } from '../movement/parse-movement.js';
import { ninhSonDx2021_2025 as plan } from '../plans/ninh-son-dx-2021-2025/index.js';
import { deadlineStatus } from './deadline-status.js';

const errorOf = (fn: () => unknown): DomainError | undefined => {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  return undefined;
};
const errorCodeOf = (fn: () => unknown): string | undefined => errorOf(fn)?.code;

const withReading = (reading: 'on_or_before'): Movement => {
  const copy = structuredClone(plan);
  for (const d of copy.timeline.deadlines) d.reading = reading;
  const parsed = parseMovement(copy);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.movement;
};

describe('D-UNIT-PLAN: before 20/9/2022', () => {
  it.each([
    ['2022-09-19T23:59:59+07:00', 'on_time'],
    ['2022-09-20T00:00:00+07:00', 'late'],
    ['2022-09-19T16:59:59Z', 'on_time'],
    ['2022-09-19T17:00:00Z', 'late'],
    ['2022-09-19T16:59:59.999Z', 'on_time'],
    ['2022-09-20T00:00:00+0700', 'late'],
    ['2022-09-01T08:00:00+07:00', 'on_time'],
    ['2022-09-20T09:00:00+07:00', 'late'],
  ] as const)('submitted at %s is %s', (submittedAt, status) => {
    expect(deadlineStatus(plan, 'D-UNIT-PLAN', { submittedAt }).status).toBe(status);
  });

  it('accepts a Date or epoch milliseconds for the same instants', () => {
    const due = Date.UTC(2022, 8, 19, 17, 0, 0);
    expect(deadlineStatus(plan, 'D-UNIT-PLAN', { submittedAt: new Date(due - 1) }).status).toBe('on_time');
    expect(deadlineStatus(plan, 'D-UNIT-PLAN', { submittedAt: due }).status).toBe('late');
  });

  it('states the first late instant in UTC and on the district clock, and the last on-time second', () => {
    expect(deadlineStatus(plan, 'D-UNIT-PLAN')).toMatchObject({
      deadlineId: 'D-UNIT-PLAN',
      year: 2022,
      dueAt: '2022-09-19T17:00:00.000Z',
      dueAtLocal: '2022-09-20T00:00:00+07:00',
      lastOnTimeLocal: '2022-09-19T23:59:59+07:00',
    });
  });

  it('gives the margin in milliseconds and the submission in UTC', () => {
    expect(deadlineStatus(plan, 'D-UNIT-PLAN', { submittedAt: '2022-09-19T23:59:59+07:00' })).toMatchObject({
      marginMs: -1000,
      submittedAt: '2022-09-19T16:59:59.000Z',
      overdue: false,
    });
    expect(deadlineStatus(plan, 'D-UNIT-PLAN', { submittedAt: '2022-09-20T00:00:00+07:00' })).toMatchObject({
      marginMs: 0,
      overdue: true,
    });
  });

  it('explains on time and late in both languages, naming the last day 19/09/2022', () => {
    expect(deadlineStatus(plan, 'D-UNIT-PLAN', { submittedAt: '2022-09-10T10:00:00+07:00' }).explanation).toEqual({
      vi: 'Nộp đúng hạn (hạn cuối hết ngày 19/09/2022)',
      en: 'Submitted on time (last day 19/09/2022)',
    });
    expect(deadlineStatus(plan, 'D-UNIT-PLAN', { submittedAt: '2022-09-21T02:30:00+07:00' }).explanation).toEqual({
      vi: 'Nộp muộn 1 ngày 2 giờ (hạn cuối hết ngày 19/09/2022)',
      en: 'Submitted 1 day(s) 2 hour(s) late (last day 19/09/2022)',
    });
    expect(deadlineStatus(plan, 'D-UNIT-PLAN', { submittedAt: '2022-09-20T00:10:00+07:00' }).explanation.vi).toContain(
      'chưa tới 1 giờ',
    );
  });

  it.each([
    ['2022-09-20T03:00:00+07:00', 'Nộp muộn 3 giờ', 'Submitted 3 hour(s) late'],
    ['2022-09-22T00:00:00+07:00', 'Nộp muộn 2 ngày', 'Submitted 2 day(s) late'],
    ['2022-09-23T05:59:59+07:00', 'Nộp muộn 3 ngày 5 giờ', 'Submitted 3 day(s) 5 hour(s) late'],
  ] as const)('a submission at %s reads "%s"', (submittedAt, vi, en) => {
    const { explanation } = deadlineStatus(plan, 'D-UNIT-PLAN', { submittedAt });
    expect(explanation.vi.startsWith(`${vi} (`)).toBe(true);
    expect(explanation.en.startsWith(`${en} (`)).toBe(true);
  });

  it('is a one-off deadline: its own year 2022 may be given, any other year is out of range', () => {
    expect(deadlineStatus(plan, 'D-UNIT-PLAN', { year: 2022 }).year).toBe(2022);
    expect(errorCodeOf(() => deadlineStatus(plan, 'D-UNIT-PLAN', { year: 2023 }))).toBe('YEAR_OUT_OF_RANGE');
  });
});

describe('D-ANNUAL-REPORT: before 15/12 of each year 2022–2025', () => {
  it.each([2022, 2023, 2024, 2025])(
    '%d: 14/12 23:59:59 +07:00 is the last on-time second, 15/12 00:00 is late',
    (year) => {
      const s = deadlineStatus(plan, 'D-ANNUAL-REPORT', { year });
      expect(s.year).toBe(year);
      expect(s.dueAt).toBe(`${year}-12-14T17:00:00.000Z`);
      expect(s.lastOnTimeLocal).toBe(`${year}-12-14T23:59:59+07:00`);
      expect(s.dueAtLocal).toBe(`${year}-12-15T00:00:00+07:00`);
      expect(
        deadlineStatus(plan, 'D-ANNUAL-REPORT', { year, submittedAt: `${year}-12-14T23:59:59+07:00` }).status,
      ).toBe('on_time');
      expect(
        deadlineStatus(plan, 'D-ANNUAL-REPORT', { year, submittedAt: `${year}-12-15T00:00:00+07:00` }).status,
      ).toBe('late');
    },
  );

  it('judges a submission against the year asked for: a 2023 report sent in December 2022 is early, not late', () => {
    expect(
      deadlineStatus(plan, 'D-ANNUAL-REPORT', { year: 2023, submittedAt: '2022-12-20T10:00:00+07:00' }).status,
    ).toBe('on_time');
    expect(
      deadlineStatus(plan, 'D-ANNUAL-REPORT', { year: 2022, submittedAt: '2022-12-20T10:00:00+07:00' }).status,
    ).toBe('late');
  });

  it('requires a year (YEAR_REQUIRED)', () => {
    expect(
      errorCodeOf(() => deadlineStatus(plan, 'D-ANNUAL-REPORT', { submittedAt: '2023-12-01T00:00:00+07:00' })),
    ).toBe('YEAR_REQUIRED');
  });

  it.each([2021, 2026])('refuses %d, outside 2022–2025 (YEAR_OUT_OF_RANGE)', (year) => {
    expect(errorCodeOf(() => deadlineStatus(plan, 'D-ANNUAL-REPORT', { year }))).toBe('YEAR_OUT_OF_RANGE');
  });
});

describe('errors', () => {
  it('an unknown deadline is refused with UNKNOWN_DEADLINE and a bilingual message', () => {
    const error = errorOf(() => deadlineStatus(plan, 'D-NOPE'));
    expect(error?.code).toBe('UNKNOWN_DEADLINE');
    expect(error?.name).toBe('DomainError');
    expect(error?.message).toBe('UNKNOWN_DEADLINE: No deadline D-NOPE in this movement');
    expect(error?.text.vi).toBe('Không có hạn D-NOPE trong phong trào');
  });

  it.each(['2022-09-19T23:59:59', '2022-09-19', '19/09/2022', 'not a date', ''])(
    'the instant "%s" has no offset or is not a date: INVALID_INSTANT',
    (submittedAt) => {
      expect(errorCodeOf(() => deadlineStatus(plan, 'D-UNIT-PLAN', { submittedAt }))).toBe('INVALID_INSTANT');
    },
  );

  it('an invalid Date or NaN is refused with INVALID_INSTANT', () => {
    expect(errorCodeOf(() => deadlineStatus(plan, 'D-UNIT-PLAN', { submittedAt: new Date(Number.NaN) }))).toBe(
      'INVALID_INSTANT',
    );
    expect(errorCodeOf(() => deadlineStatus(plan, 'D-UNIT-PLAN', { submittedAt: Number.NaN }))).toBe('INVALID_INSTANT');
    expect(errorCodeOf(() => deadlineStatus(plan, 'D-UNIT-PLAN', { now: '2022-09-19 10:00' }))).toBe('INVALID_INSTANT');
  });
});

describe('missing submissions', () => {
  it('without `now` a missing submission is treated as overdue', () => {
    const s = deadlineStatus(plan, 'D-UNIT-PLAN');
    expect(s).toMatchObject({ status: 'missing', submittedAt: null, marginMs: null, overdue: true });
    expect(s.explanation).toEqual({
      vi: 'Chưa nộp; đã quá hạn (hạn cuối hết ngày 19/09/2022)',
      en: 'Not submitted; the deadline has passed (last day 19/09/2022)',
    });
  });

  it('null counts as not submitted', () => {
    expect(deadlineStatus(plan, 'D-UNIT-PLAN', { submittedAt: null }).status).toBe('missing');
  });

  it('with `now` before the deadline it is missing but not overdue', () => {
    const s = deadlineStatus(plan, 'D-UNIT-PLAN', { now: '2022-09-19T23:59:59+07:00' });
    expect(s).toMatchObject({ status: 'missing', overdue: false });
    expect(s.explanation.en).toBe('Not submitted yet; open until the end of 19/09/2022');
    expect(s.explanation.vi).toBe('Chưa nộp; còn hạn đến hết ngày 19/09/2022');
  });

  it('with `now` at the first late instant it is overdue', () => {
    expect(deadlineStatus(plan, 'D-UNIT-PLAN', { now: '2022-09-19T17:00:00Z' }).overdue).toBe(true);
  });

  it('for a yearly deadline `now` is compared with that year', () => {
    expect(deadlineStatus(plan, 'D-ANNUAL-REPORT', { year: 2024, now: '2024-12-14T23:59:59+07:00' }).overdue).toBe(
      false,
    );
    expect(deadlineStatus(plan, 'D-ANNUAL-REPORT', { year: 2023, now: '2024-12-14T23:59:59+07:00' }).overdue).toBe(
      true,
    );
  });
});

describe('dates are read in the movement time zone', () => {
  const inZone = (timeZone: string): Movement => {
    const parsed = parseMovement({ ...structuredClone(plan), timeZone });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    return parsed.movement;
  };

  it('the same plan run on New York time (UTC−4 in September) closes D-UNIT-PLAN 11 hours later', () => {
    const s = deadlineStatus(inZone('America/New_York'), 'D-UNIT-PLAN');
    expect(s.dueAt).toBe('2022-09-20T04:00:00.000Z');
    expect(s.dueAtLocal).toBe('2022-09-20T00:00:00-04:00');
    expect(s.lastOnTimeLocal).toBe('2022-09-19T23:59:59-04:00');
  });

  it('the same plan run on UTC closes D-ANNUAL-REPORT at midnight UTC', () => {
    expect(deadlineStatus(inZone('UTC'), 'D-ANNUAL-REPORT', { year: 2024 }).dueAtLocal).toBe(
      '2024-12-15T00:00:00+00:00',
    );
  });
});

describe('the reading of "trước ngày X" is configurable', () => {
  const lenient = withReading('on_or_before');

  it('with on_or_before, day X itself is on time for D-UNIT-PLAN', () => {
    expect(deadlineStatus(lenient, 'D-UNIT-PLAN', { submittedAt: '2022-09-20T23:59:59+07:00' }).status).toBe('on_time');
    expect(deadlineStatus(lenient, 'D-UNIT-PLAN', { submittedAt: '2022-09-21T00:00:00+07:00' }).status).toBe('late');
    expect(deadlineStatus(lenient, 'D-UNIT-PLAN').lastOnTimeLocal).toBe('2022-09-20T23:59:59+07:00');
  });

  it('with on_or_before, 15/12 is on time for D-ANNUAL-REPORT', () => {
    expect(
      deadlineStatus(lenient, 'D-ANNUAL-REPORT', { year: 2025, submittedAt: '2025-12-15T12:00:00+07:00' }).status,
    ).toBe('on_time');
    expect(
      deadlineStatus(lenient, 'D-ANNUAL-REPORT', { year: 2025, submittedAt: '2025-12-16T00:00:00+07:00' }).status,
    ).toBe('late');
  });

  it('the plan itself reads both deadlines as "before"', () => {
    expect(plan.timeline.deadlines.map((d) => [d.id, d.reading])).toEqual([
      ['D-UNIT-PLAN', 'before'],
      ['D-ANNUAL-REPORT', 'before'],
    ]);
  });
});
