// The movement definition and where it stands today: public, it is a published plan.
import {
  annualReportDeadline,
  annualReportDueDate,
  defaultReportingYear,
  localDateOf,
  reportingYears,
  reviewsLatestFirst,
  timelineAt,
} from '@thidua/domain';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { reviewIdInput, yearInput } from '../inputs/year-input.js';
import {
  activeMovement,
  activeMovements,
  movementForReview,
  movementForYear,
  noMovement,
  openingMovement,
} from '../movement/active-movement.js';
import { procedure, PUBLIC } from '../trpc.js';

export const movementRouter = {
  /** The movement a year or a review belongs to; without either, the one screens open on today. */
  get: procedure
    .meta(PUBLIC)
    .input(z.object({ year: yearInput.optional(), reviewId: reviewIdInput.optional() }).optional())
    .query(async ({ ctx, input }) => {
      if (input?.year !== undefined) return (await movementForYear(ctx.db, input.year)).movement;
      if (input?.reviewId !== undefined) return (await movementForReview(ctx.db, input.reviewId)).movement;
      return (await activeMovement(ctx.db, ctx.now())).movement;
    }),
  /** What every year and review picker offers, from the running movements together (they share no year and no
   * review): their reporting years (latest first), the year the screens open on today, and their reviews (latest
   * first). Small, so the first screen asks for it before anything. */
  calendar: procedure.meta(PUBLIC).query(async ({ ctx }) => {
    // One read of the running movements serves both the list and the one screens open on.
    const all = await activeMovements(ctx.db);
    const current = openingMovement(all, ctx.now())?.movement;
    if (!current) throw noMovement();
    const running = all.map((a) => a.movement);
    const byStart = [...running].sort((a, b) => (reportingYears(b)[0] ?? 0) - (reportingYears(a)[0] ?? 0));
    return {
      /** The movement screens open on today. */
      movementId: current.id,
      name: current.name,
      /** Every running movement, the latest to begin first, with the years it reports in: a year names its movement. */
      movements: byStart.map((m) => ({ id: m.id, name: m.name, reportingYears: reportingYears(m).reverse() })),
      reportingYears: byStart.flatMap((m) => reportingYears(m).reverse()).sort((a, b) => b - a),
      defaultYear: defaultReportingYear(current, localDateOf(ctx.now().getTime(), current.timeZone)),
      /** Each reporting year's due date: the units in force on it are the ones that report that year. */
      dueDates: Object.fromEntries(
        byStart.flatMap((m) =>
          annualReportDeadline(m) ? reportingYears(m).map((y) => [String(y), annualReportDueDate(m, y)]) : [],
        ),
      ) as Record<string, string>,
      reviews: byStart
        .flatMap((m) =>
          reviewsLatestFirst(m).map((r) => ({
            id: r.id,
            label: r.label,
            year: r.year,
            start: r.start,
            end: r.end,
            movementId: m.id,
          })),
        )
        .sort((a, b) => b.end.localeCompare(a.end) || b.id.localeCompare(a.id)),
    };
  }),
  timeline: procedure
    .meta(PUBLIC)
    .query(async ({ ctx }) => timelineAt((await activeMovement(ctx.db, ctx.now())).movement, ctx.now())),
} satisfies TRPCRouterRecord;
