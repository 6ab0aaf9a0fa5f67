// Properties of deadlineStatus: on time exactly when strictly before the first late instant.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors/domain-error.js';
import { ninhSonDx2021_2025 as plan } from '../plans/ninh-son-dx-2021-2025/index.js';
import { deadlineStatus } from './deadline-status.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
// 20/9/2022 00:00 in Ninh Sơn (UTC+7): the first late instant of D-UNIT-PLAN.
const UNIT_PLAN_DUE = Date.UTC(2022, 8, 19, 17, 0, 0);
// 15/12/<year> 00:00 in Ninh Sơn: the first late instant of D-ANNUAL-REPORT.
const annualDue = (year: number): number => Date.UTC(year, 11, 14, 17, 0, 0);

/** The same instant written on the district's clock, e.g. 2022-09-19T23:59:59.999+07:00. */
const asLocalIso = (ms: number): string => new Date(ms + 7 * HOUR).toISOString().replace('Z', '+07:00');

const nearUnitPlan = fc.integer({ min: UNIT_PLAN_DUE - 10 * DAY, max: UNIT_PLAN_DUE + 10 * DAY });
const anyInstant = fc.date({
  min: new Date('1990-01-01T00:00:00Z'),
  max: new Date('2060-01-01T00:00:00Z'),
  noInvalidDate: true,
});

describe('deadlineStatus properties', () => {
  it('D-UNIT-PLAN: an instant near the deadline is on time iff it is before dueAt', () => {
    fc.assert(
      fc.property(nearUnitPlan, (t) => {
        const s = deadlineStatus(plan, 'D-UNIT-PLAN', { submittedAt: t });
        expect(s.status).toBe(t < UNIT_PLAN_DUE ? 'on_time' : 'late');
        expect(s.status === 'on_time').toBe(t < Date.parse(s.dueAt));
        expect(s.marginMs).toBe(t - UNIT_PLAN_DUE);
      }),
    );
  });

  it('D-UNIT-PLAN: any instant at all is on time iff it is before dueAt', () => {
    fc.assert(
      fc.property(anyInstant, (d) => {
        expect(deadlineStatus(plan, 'D-UNIT-PLAN', { submittedAt: d }).status).toBe(
          d.getTime() < UNIT_PLAN_DUE ? 'on_time' : 'late',
        );
      }),
    );
  });

  it('the same instant as epoch ms, Date, UTC ISO and +07:00 ISO gets the same answer', () => {
    fc.assert(
      fc.property(nearUnitPlan, (t) => {
        const answers = [t, new Date(t), new Date(t).toISOString(), asLocalIso(t)].map((submittedAt) =>
          deadlineStatus(plan, 'D-UNIT-PLAN', { submittedAt }),
        );
        for (const a of answers) expect(a).toEqual(answers[0]);
      }),
    );
  });

  it('D-ANNUAL-REPORT: the boundary moves with the year, always 15/12 00:00 +07:00', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2022, max: 2025 }), fc.integer({ min: -3 * DAY, max: 3 * DAY }), (year, offset) => {
        const t = annualDue(year) + offset;
        const s = deadlineStatus(plan, 'D-ANNUAL-REPORT', { year, submittedAt: asLocalIso(t) });
        expect(s.dueAt).toBe(new Date(annualDue(year)).toISOString());
        expect(s.lastOnTimeLocal).toBe(`${year}-12-14T23:59:59+07:00`);
        expect(s.status).toBe(offset < 0 ? 'on_time' : 'late');
      }),
    );
  });

  it('D-ANNUAL-REPORT: a submission is judged against the year asked for, not the year it was sent', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2022, max: 2025 }), anyInstant, (year, d) => {
        expect(deadlineStatus(plan, 'D-ANNUAL-REPORT', { year, submittedAt: d }).status).toBe(
          d.getTime() < annualDue(year) ? 'on_time' : 'late',
        );
      }),
    );
  });

  it('D-ANNUAL-REPORT: any year outside 2022–2025 is refused', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -5000, max: 5000 }).filter((y) => y < 2022 || y > 2025),
        (year) => {
          expect(() => deadlineStatus(plan, 'D-ANNUAL-REPORT', { year })).toThrow(DomainError);
        },
      ),
    );
  });

  it('a missing submission is overdue iff `now` is at or after dueAt', () => {
    fc.assert(
      fc.property(nearUnitPlan, (now) => {
        const s = deadlineStatus(plan, 'D-UNIT-PLAN', { now });
        expect(s.status).toBe('missing');
        expect(s.overdue).toBe(now >= UNIT_PLAN_DUE);
      }),
    );
  });
});
