// The review moves every submission kind offers, as procedures: Culture verifies, approves and returns for correction
// (with a reason); Culture or the administrator withdraws an approval (with a reason). Each kind names its return.
import type { SubmissionAction } from '@thidua/domain';
import type { Context } from '../context.js';
import { DUTY } from '../roles.js';
import { procedure, rolesMeta } from '../trpc.js';
import type { moveSubmission } from './move-submission.js';
import { moveReason, submissionRef } from './submission-inputs.js';

type Move = (
  ctx: Context,
  input: { reportId: string; version: number; reason?: string },
  action: SubmissionAction,
) => ReturnType<typeof moveSubmission>;

const withReason = submissionRef.extend({ reason: moveReason });

export const reviewProcedures = <ReturnName extends string>(move: Move, returnName: ReturnName) => {
  const review = {
    verify: procedure
      .meta(rolesMeta(DUTY.culture))
      .input(submissionRef)
      .mutation(({ ctx, input }) => move(ctx, input, 'verify')),
    approve: procedure
      .meta(rolesMeta(DUTY.culture))
      .input(submissionRef)
      .mutation(({ ctx, input }) => move(ctx, input, 'approve')),
    unapprove: procedure
      .meta(rolesMeta(DUTY.culture, 'ADMIN'))
      .input(withReason)
      .mutation(({ ctx, input }) => move(ctx, input, 'unapprove')),
  };
  const returning = procedure
    .meta(rolesMeta(DUTY.culture))
    .input(withReason)
    .mutation(({ ctx, input }) => move(ctx, input, 'return'));
  return { ...review, [returnName]: returning } as typeof review & Record<ReturnName, typeof returning>;
};
