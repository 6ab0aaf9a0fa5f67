// The movement definition and where it stands today: public, it is a published plan.
import { timelineAt } from '@thidua/domain';
import type { TRPCRouterRecord } from '@trpc/server';
import { activeMovement } from '../movement/active-movement.js';
import { procedure, PUBLIC } from '../trpc.js';

export const movementRouter = {
  get: procedure.meta(PUBLIC).query(async ({ ctx }) => (await activeMovement(ctx.db)).movement),
  timeline: procedure.meta(PUBLIC).query(async ({ ctx }) => timelineAt((await activeMovement(ctx.db)).movement, ctx.now())),
} satisfies TRPCRouterRecord;
