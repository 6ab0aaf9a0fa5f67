// "Việc cần làm": what the signed-in person has to do now, where each role lands after signing in.
import type { TRPCRouterRecord } from '@trpc/server';
import { findActiveMovement } from '../movement/active-movement.js';
import { myTasks } from '../tasks/my-tasks.js';
import { procedure, SIGNED_IN } from '../trpc.js';

export const tasksRouter = {
  mine: procedure.meta(SIGNED_IN).query(async ({ ctx }) => {
    const now = ctx.now();
    const running = await findActiveMovement(ctx.db, now);
    // A new installation runs no movement yet: nothing is due.
    if (!running) return { year: null, tasks: [] };
    return myTasks(ctx.db, running.movement, ctx.actor!, now);
  }),
} satisfies TRPCRouterRecord;
