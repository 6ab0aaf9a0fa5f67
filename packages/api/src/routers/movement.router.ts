// The movement definition and where it stands today: public, it is a published plan.
import { annualReportDeadline, annualReportDueDate, defaultReportingYear, localDateOf, reportingYears, reviewsLatestFirst, timelineAt } from '@thidua/domain';
import type { TRPCRouterRecord } from '@trpc/server';
import { activeMovement } from '../movement/active-movement.js';
import { procedure, PUBLIC } from '../trpc.js';

export const movementRouter = {
  get: procedure.meta(PUBLIC).query(async ({ ctx }) => (await activeMovement(ctx.db)).movement),
  /** What every year and review picker offers, from the movement: its reporting years (latest first), the year the
   * screens open on today, and its reviews (latest first). Small, so the first screen asks for it before anything. */
  calendar: procedure.meta(PUBLIC).query(async ({ ctx }) => {
    const { movement } = await activeMovement(ctx.db);
    return {
      movementId: movement.id,
      name: movement.name,
      reportingYears: reportingYears(movement).reverse(),
      defaultYear: defaultReportingYear(movement, localDateOf(ctx.now().getTime(), movement.timeZone)),
      /** Each reporting year's due date: the units in force on it are the ones that report that year. */
      dueDates: Object.fromEntries(annualReportDeadline(movement) ? reportingYears(movement).map((y) => [String(y), annualReportDueDate(movement, y)]) : []) as Record<string, string>,
      reviews: reviewsLatestFirst(movement).map((r) => ({ id: r.id, label: r.label, year: r.year, start: r.start, end: r.end })),
    };
  }),
  timeline: procedure.meta(PUBLIC).query(async ({ ctx }) => timelineAt((await activeMovement(ctx.db)).movement, ctx.now())),
} satisfies TRPCRouterRecord;
