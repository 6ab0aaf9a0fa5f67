// Nominations proposed bottom-up by units, then a public comment window on the nominees (section I.2 of the plan).
import type { Prisma } from '@thidua/db';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { criteriaFor } from '@thidua/domain';
import { appError, forbidden, notFound } from '../errors.js';
import { movementForReview } from '../movement/active-movement.js';
import { evaluatePersonNominee, evaluateUnitNominee } from '../nominations/evaluate-nominee.js';
import { assertReviewOpen } from '../nominations/review-window.js';
import { mutate } from '../mutation.js';
import { procedure, PUBLIC, rolesMeta } from '../trpc.js';
import { reviewIdInput } from '../inputs/year-input.js';
import { DUTY } from '../roles.js';

const reviewId = reviewIdInput;
const DISTRICT = [DUTY.culture, DUTY.homeAffairs, DUTY.council, DUTY.chair, 'LEADER', 'ADMIN'] as const;

const nominationSelect = {
  id: true,
  reviewId: true,
  awardClass: true,
  status: true,
  achievements: true,
  scoreSnapshot: true,
  eligibleSnapshot: true,
  commentsUntil: true,
  proposedAt: true,
  proposedByUnitId: true,
  version: true,
  unit: { select: { id: true, name: true } },
  person: { select: { id: true, fullName: true, position: true, unitId: true } },
} satisfies Prisma.NominationSelect;

/** What the public sees of a nominee: the name and the achievements, never contact data. */
const publicSelect = {
  id: true,
  reviewId: true,
  awardClass: true,
  achievements: true,
  commentsUntil: true,
  unit: { select: { name: true } },
  person: { select: { fullName: true, unit: { select: { name: true } } } },
} satisfies Prisma.NominationSelect;

export const nominationsRouter = {
  propose: procedure
    .meta(rolesMeta('UNIT-EDITOR'))
    .input(
      z.discriminatedUnion('awardClass', [
        z.object({ awardClass: z.literal('collective'), reviewId, unitId: z.string().min(1), achievements: z.string().trim().min(20).max(5000) }),
        z.object({
          awardClass: z.literal('individual'),
          reviewId,
          personId: z.string().min(1),
          achievements: z.string().trim().min(20).max(5000),
          /** Yes or no for each of the movement's criteria for individuals (its IDs, e.g. from movement.get). */
          facts: z.record(z.string().min(1).max(64), z.boolean()).refine((f) => Object.keys(f).length <= 50, 'Tối đa 50 tiêu chuẩn / at most 50 criteria'),
        }),
      ]),
    )
    .mutation(async ({ ctx, input }) => {
      const actor = ctx.actor!;
      const { movement, review } = await movementForReview(ctx.db, input.reviewId);
      assertReviewOpen(movement, review, ctx.now());
      return mutate(ctx, async (tx) => {
        let evaluation;
        if (input.awardClass === 'collective') {
          if (input.unitId !== actor.unitId) throw forbidden();
          evaluation = await evaluateUnitNominee(tx, movement, input.unitId, review.year);
        } else {
          const person = await tx.person.findUnique({ where: { id: input.personId }, select: { unitId: true } });
          if (!person) throw notFound({ vi: 'cá nhân', en: 'Person' });
          if (person.unitId !== actor.unitId) throw forbidden();
          const asked = criteriaFor(movement, 'individual').map((c) => c.id);
          const unknown = Object.keys(input.facts).filter((id) => !asked.includes(id));
          if (unknown.length > 0) throw appError('BAD_REQUEST', `Phong trào không có tiêu chuẩn cá nhân ${unknown.join(', ')} (có: ${asked.join(', ')})`, `The movement has no individual criterion ${unknown.join(', ')} (it has: ${asked.join(', ')})`);
          evaluation = evaluatePersonNominee(movement, input.personId, input.facts);
        }
        const existing = await tx.nomination.findFirst({
          where: { movementId: movement.id, reviewId: input.reviewId, ...(input.awardClass === 'collective' ? { unitId: input.unitId } : { personId: input.personId }) },
          select: { id: true },
        });
        if (existing) throw appError('CONFLICT', 'Đối tượng này đã được đề nghị trong đợt xét', 'Already proposed for this review');
        const created = await tx.nomination.create({
          data: {
            movementId: movement.id,
            reviewId: input.reviewId,
            awardClass: input.awardClass,
            unitId: input.awardClass === 'collective' ? input.unitId : null,
            personId: input.awardClass === 'individual' ? input.personId : null,
            proposedByUnitId: actor.unitId!,
            proposedBy: actor.userId,
            proposedAt: ctx.now(),
            achievements: input.achievements,
            scoreSnapshot: evaluation.score,
            eligibleSnapshot: evaluation.eligible,
          },
          select: { id: true },
        });
        return {
          result: { nominationId: created.id, eligible: evaluation.eligible, score: evaluation.score, eligibility: evaluation.eligibility },
          audit: { action: 'nomination.propose', entity: 'Nomination', entityId: created.id, data: { reviewId: input.reviewId, awardClass: input.awardClass, eligible: evaluation.eligible } },
        };
      });
    }),

  list: procedure
    .meta(rolesMeta(...DISTRICT, 'UNIT-EDITOR'))
    .input(z.object({ reviewId }))
    .query(async ({ ctx, input }) => {
      const actor = ctx.actor!;
      const { movement } = await movementForReview(ctx.db, input.reviewId);
      const own = actor.role === 'UNIT-EDITOR' ? { proposedByUnitId: actor.unitId ?? '-' } : {};
      return ctx.db.nomination.findMany({ where: { movementId: movement.id, reviewId: input.reviewId, ...own }, orderBy: [{ awardClass: 'asc' }, { scoreSnapshot: 'desc' }, { id: 'asc' }], select: nominationSelect });
    }),

  openComments: procedure
    .meta(rolesMeta(DUTY.homeAffairs))
    .input(z.object({ reviewId, until: z.iso.datetime({ offset: true }) }))
    .mutation(async ({ ctx, input }) => {
      const until = new Date(input.until);
      if (until <= ctx.now()) throw appError('BAD_REQUEST', 'Hạn lấy ý kiến phải ở tương lai', 'The comment window must end in the future');
      const { movement } = await movementForReview(ctx.db, input.reviewId);
      return mutate(ctx, async (tx) => {
        const { count } = await tx.nomination.updateMany({ where: { movementId: movement.id, reviewId: input.reviewId, status: 'proposed' }, data: { status: 'in_comment', commentsUntil: until, version: { increment: 1 } } });
        return { result: { opened: count }, audit: { action: 'nomination.open_comments', entity: 'Review', entityId: input.reviewId, data: { until: input.until, count } } };
      });
    }),

  publicList: procedure
    .meta(PUBLIC)
    .input(z.object({ reviewId }))
    .query(async ({ ctx, input }) => {
      const { movement } = await movementForReview(ctx.db, input.reviewId);
      return ctx.db.nomination.findMany({ where: { movementId: movement.id, reviewId: input.reviewId, status: 'in_comment' }, orderBy: { id: 'asc' }, select: publicSelect });
    }),

  comment: procedure
    .meta(PUBLIC)
    .input(z.object({ nominationId: z.string().min(1), body: z.string().trim().min(5).max(2000), authorName: z.string().trim().max(100).optional() }))
    .mutation(async ({ ctx, input }) => {
      const n = await ctx.db.nomination.findUnique({ where: { id: input.nominationId }, select: { status: true, commentsUntil: true } });
      if (!n || n.status !== 'in_comment' || !n.commentsUntil || n.commentsUntil <= ctx.now()) {
        throw appError('PRECONDITION_FAILED', 'Không trong thời gian lấy ý kiến về đề nghị này', 'This nomination is not open for comments');
      }
      return mutate(ctx, async (tx) => {
        const c = await tx.publicComment.create({ data: { nominationId: input.nominationId, body: input.body, authorName: input.authorName ?? null, createdAt: ctx.now() }, select: { id: true } });
        return { result: { commentId: c.id }, audit: { action: 'nomination.comment', entity: 'Nomination', entityId: input.nominationId, data: { commentId: c.id } } };
      });
    }),
} satisfies TRPCRouterRecord;
