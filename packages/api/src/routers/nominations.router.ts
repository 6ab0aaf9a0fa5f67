// Nominations proposed bottom-up by units with their dossier, withdrawn and proposed again while the review is open,
// then a public comment window on the nominees (sections I.2 and V of the plan).
import type { Prisma } from '@thidua/db';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { criteriaFor, findReview, reviewYears } from '@thidua/domain';
import { appError, forbidden, notFound } from '../errors.js';
import { movementById, movementForReview } from '../movement/active-movement.js';
import { evaluatePersonNominee, evaluateUnitNominee } from '../nominations/evaluate-nominee.js';
import { appraiseNominee } from '../nominations/appraise-nominee.js';
import { assertReviewOpen } from '../nominations/review-window.js';
import { assertDossier, dossierSchema, storedDossier } from '../nominations/dossier.js';
import { assertStatedCriteria, statedCriteriaSchema, storedCriteria } from '../nominations/stated-criteria.js';
import { COMMENT_MAX_CHARS, COMMENTS_PER_ADDRESS_PER_HOUR, senderHashOf } from '../nominations/comment-limits.js';
import { expectOneUpdated, mutate } from '../mutation.js';
import { procedure, PUBLIC, rolesMeta } from '../trpc.js';
import { reviewIdInput } from '../inputs/year-input.js';
import { DUTY } from '../roles.js';

const reviewId = reviewIdInput;
const id = z.string().min(1).max(64);
const DISTRICT = [DUTY.culture, DUTY.homeAffairs, DUTY.council, DUTY.chair, 'LEADER', 'ADMIN'] as const;
const achievements = z.string().trim().min(20, 'Thành tích cần ít nhất 20 ký tự / at least 20 characters').max(5000);
const HOUR_MS = 3_600_000;

const nominationSelect = {
  id: true,
  movementId: true,
  reviewId: true,
  awardClass: true,
  status: true,
  achievements: true,
  scoreSnapshot: true,
  eligibleSnapshot: true,
  commentsUntil: true,
  proposedAt: true,
  proposedByUnitId: true,
  withdrawnReason: true,
  facts: true,
  dossier: true,
  version: true,
  unit: { select: { id: true, name: true } },
  person: { select: { id: true, fullName: true, position: true, unitId: true, isCitizen: true } },
  _count: { select: { comments: true } },
} satisfies Prisma.NominationSelect;

/** What the public sees of a nominee: the name, the unit and the achievements, never contact data. */
const publicSelect = {
  id: true,
  movementId: true,
  reviewId: true,
  awardClass: true,
  achievements: true,
  commentsUntil: true,
  unit: { select: { name: true } },
  person: { select: { fullName: true, unit: { select: { name: true } } } },
} satisfies Prisma.NominationSelect;

export const nominationsRouter = {
  /** What a proposal for the review must hold, from the movement: its criteria for individuals (with whether each
   * needs evidence), the dossier's documents, and the rules the nominee will be judged by. */
  requirements: procedure
    .meta(rolesMeta(...DISTRICT, 'UNIT-EDITOR'))
    .input(z.object({ reviewId }))
    .query(async ({ ctx, input }) => {
      const { movement, review } = await movementForReview(ctx.db, input.reviewId);
      return {
        review: {
          id: review.id,
          label: review.label,
          start: review.start,
          end: review.end,
          years: reviewYears(movement, review),
        },
        individualCriteria: criteriaFor(movement, 'individual').map((c) => ({
          id: c.id,
          label: c.label,
          evidence: c.evidence,
        })),
        dossier: movement.awarding.dossier.map((d) => ({ id: d.id, label: d.label, required: d.required })),
        period: movement.awarding.period,
        ballot: movement.awarding.ballot,
      };
    }),

  /** Proposes the editor's unit or one of its people, with the dossier; a withdrawn proposal is proposed again. */
  propose: procedure
    .meta(rolesMeta('UNIT-EDITOR'))
    .input(
      z.discriminatedUnion('awardClass', [
        z.object({ awardClass: z.literal('collective'), reviewId, unitId: id, achievements, dossier: dossierSchema }),
        z.object({
          awardClass: z.literal('individual'),
          reviewId,
          personId: id,
          achievements,
          criteria: statedCriteriaSchema,
          dossier: dossierSchema,
        }),
      ]),
    )
    .mutation(async ({ ctx, input }) => {
      const actor = ctx.actor!;
      const { movement, review } = await movementForReview(ctx.db, input.reviewId);
      assertReviewOpen(movement, review, ctx.now());
      assertDossier(movement, input.dossier);
      return mutate(ctx, async (tx) => {
        let evaluation;
        if (input.awardClass === 'collective') {
          if (input.unitId !== actor.unitId) throw forbidden();
          evaluation = await evaluateUnitNominee(tx, movement, review, input.unitId);
        } else {
          const person = await tx.person.findUnique({ where: { id: input.personId }, select: { unitId: true } });
          if (!person) throw notFound({ vi: 'cá nhân', en: 'Person' });
          if (person.unitId !== actor.unitId) throw forbidden();
          await assertStatedCriteria(tx, movement, input.personId, input.criteria);
          evaluation = evaluatePersonNominee(movement, input.personId, input.criteria);
        }
        const who = input.awardClass === 'collective' ? { unitId: input.unitId } : { personId: input.personId };
        const existing = await tx.nomination.findFirst({
          where: { movementId: movement.id, reviewId: input.reviewId, ...who },
          select: { id: true, status: true },
        });
        if (existing && existing.status !== 'withdrawn')
          throw appError('CONFLICT', 'Đối tượng này đã được đề nghị trong đợt xét', 'Already proposed for this review');
        const data = {
          proposedByUnitId: actor.unitId!,
          proposedBy: actor.userId,
          proposedAt: ctx.now(),
          achievements: input.achievements,
          status: 'proposed',
          // A preview for the proposer: Home Affairs judges again at appraisal, from the data approved by then.
          scoreSnapshot: evaluation.score,
          eligibleSnapshot: evaluation.eligible,
          facts: input.awardClass === 'individual' ? JSON.stringify(input.criteria) : null,
          dossier: JSON.stringify(input.dossier),
          commentsUntil: null,
          withdrawnAt: null,
          withdrawnReason: null,
        };
        const saved = existing
          ? await tx.nomination.update({
              where: { id: existing.id },
              data: { ...data, version: { increment: 1 } },
              select: { id: true },
            })
          : await tx.nomination.create({
              data: {
                ...data,
                movementId: movement.id,
                reviewId: input.reviewId,
                awardClass: input.awardClass,
                ...who,
              },
              select: { id: true },
            });
        return {
          result: {
            nominationId: saved.id,
            eligible: evaluation.eligible,
            score: evaluation.score,
            eligibility: evaluation.eligibility,
            explanation: evaluation.explanation,
          },
          audit: {
            action: existing ? 'nomination.repropose' : 'nomination.propose',
            entity: 'Nomination',
            entityId: saved.id,
            data: {
              reviewId: input.reviewId,
              awardClass: input.awardClass,
              eligible: evaluation.eligible,
              documents: input.dossier.map((d) => d.documentId),
            },
          },
        };
      });
    }),

  /** The proposing unit takes its proposal back, with a reason, while the review is open and before appraisal. */
  withdraw: procedure
    .meta(rolesMeta('UNIT-EDITOR'))
    .input(
      z.object({
        nominationId: id,
        version: z.number().int().min(1),
        reason: z.string().trim().min(5, 'Lý do cần ít nhất 5 ký tự / at least 5 characters').max(1000),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const n = await ctx.db.nomination.findUnique({
        where: { id: input.nominationId },
        select: { movementId: true, reviewId: true, proposedByUnitId: true, status: true },
      });
      if (!n) throw notFound({ vi: 'đề nghị', en: 'Nomination' });
      if (n.proposedByUnitId !== ctx.actor!.unitId) throw forbidden();
      const { movement } = await movementById(ctx.db, n.movementId);
      assertReviewOpen(movement, findReview(movement, n.reviewId), ctx.now());
      if (n.status !== 'proposed' && n.status !== 'in_comment') {
        throw appError(
          'PRECONDITION_FAILED',
          'Chỉ rút đề nghị chưa được thẩm định',
          'Only a proposal not yet appraised can be withdrawn',
        );
      }
      return mutate(ctx, async (tx) => {
        const { count } = await tx.nomination.updateMany({
          where: { id: input.nominationId, version: input.version, status: { in: ['proposed', 'in_comment'] } },
          data: {
            status: 'withdrawn',
            withdrawnAt: ctx.now(),
            withdrawnReason: input.reason,
            version: { increment: 1 },
          },
        });
        expectOneUpdated(count);
        return {
          result: { status: 'withdrawn' as const },
          audit: {
            action: 'nomination.withdraw',
            entity: 'Nomination',
            entityId: input.nominationId,
            data: { reason: input.reason },
          },
        };
      });
    }),

  /** A review's nominations with their dossier and stated criteria; before appraisal, the standing is judged now. */
  list: procedure
    .meta(rolesMeta(...DISTRICT, 'UNIT-EDITOR'))
    .input(z.object({ reviewId }))
    .query(async ({ ctx, input }) => {
      const actor = ctx.actor!;
      const { movement } = await movementForReview(ctx.db, input.reviewId);
      const own = actor.role === 'UNIT-EDITOR' ? { proposedByUnitId: actor.unitId ?? '-' } : {};
      const rows = await ctx.db.nomination.findMany({
        where: { movementId: movement.id, reviewId: input.reviewId, ...own },
        orderBy: [{ awardClass: 'asc' }, { scoreSnapshot: 'desc' }, { id: 'asc' }],
        select: nominationSelect,
      });
      return Promise.all(
        rows.map(async ({ facts, dossier, _count, ...n }) => {
          const pending = n.status === 'proposed' || n.status === 'in_comment';
          const standing = pending ? await appraiseNominee(ctx.db, movement, n.id) : null;
          return {
            ...n,
            /** Who is proposed, as every screen names them: the unit, or the person. */
            nominee: n.unit?.name ?? n.person?.fullName ?? n.id,
            criteria: storedCriteria(facts),
            dossier: storedDossier(dossier),
            comments: _count.comments,
            /** Judged now for a pending nomination; the appraised standing (snapshot) after. */
            standing: standing
              ? {
                  eligible: standing.eligible,
                  score: standing.score,
                  explanation: standing.explanation,
                  years: standing.years,
                }
              : { eligible: n.eligibleSnapshot === true, score: n.scoreSnapshot ?? 0, explanation: null, years: [] },
          };
        }),
      );
    }),

  openComments: procedure
    .meta(rolesMeta(DUTY.homeAffairs))
    .input(z.object({ reviewId, until: z.iso.datetime({ offset: true }) }))
    .mutation(async ({ ctx, input }) => {
      const until = new Date(input.until);
      if (until <= ctx.now())
        throw appError('BAD_REQUEST', 'Hạn lấy ý kiến phải ở tương lai', 'The comment window must end in the future');
      const { movement } = await movementForReview(ctx.db, input.reviewId);
      return mutate(ctx, async (tx) => {
        const { count } = await tx.nomination.updateMany({
          where: { movementId: movement.id, reviewId: input.reviewId, status: 'proposed' },
          data: { status: 'in_comment', commentsUntil: until, version: { increment: 1 } },
        });
        return {
          result: { opened: count },
          audit: {
            action: 'nomination.open_comments',
            entity: 'Review',
            entityId: input.reviewId,
            data: { until: input.until, count },
          },
        };
      });
    }),

  /** The nominees open for public comment now (of one review, or of every running one), with how many comments each
   * has and how many were hidden; never who commented or how to reach them. */
  publicList: procedure
    .meta(PUBLIC)
    .input(z.object({ reviewId: reviewId.optional() }).default({}))
    .query(async ({ ctx, input }) => {
      const movementId = input.reviewId ? (await movementForReview(ctx.db, input.reviewId)).movement.id : undefined;
      const rows = await ctx.db.nomination.findMany({
        where: {
          ...(movementId ? { movementId, reviewId: input.reviewId } : {}),
          status: 'in_comment',
          commentsUntil: { gt: ctx.now() },
        },
        orderBy: [{ reviewId: 'asc' }, { awardClass: 'asc' }, { id: 'asc' }],
        take: 500,
        select: { ...publicSelect, comments: { select: { hidden: true } } },
      });
      return rows.map(({ comments, ...n }) => ({
        ...n,
        comments: comments.length,
        hiddenComments: comments.filter((c) => c.hidden).length,
      }));
    }),

  comment: procedure
    .meta(PUBLIC)
    .input(
      z.object({
        nominationId: id,
        body: z
          .string()
          .trim()
          .min(10, 'Ý kiến cần ít nhất 10 ký tự / at least 10 characters')
          .max(COMMENT_MAX_CHARS, `Ý kiến tối đa ${COMMENT_MAX_CHARS} ký tự / at most ${COMMENT_MAX_CHARS} characters`),
        authorName: z.string().trim().min(2, 'Cần ghi họ và tên / your name is needed').max(100),
        /** A phone number or e-mail address for Home Affairs to reach the author: never published. */
        contact: z
          .string()
          .trim()
          .min(6, 'Cần số điện thoại hoặc thư điện tử để liên hệ / a phone or e-mail is needed')
          .max(200),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const n = await ctx.db.nomination.findUnique({
        where: { id: input.nominationId },
        select: { status: true, commentsUntil: true },
      });
      if (!n || n.status !== 'in_comment' || !n.commentsUntil || n.commentsUntil <= ctx.now()) {
        throw appError(
          'PRECONDITION_FAILED',
          'Không trong thời gian lấy ý kiến về đề nghị này',
          'This nomination is not open for comments',
        );
      }
      const senderHash = senderHashOf(ctx.ip);
      const recent = await ctx.db.publicComment.count({
        where: { senderHash, createdAt: { gt: new Date(ctx.now().getTime() - HOUR_MS) } },
      });
      if (recent >= COMMENTS_PER_ADDRESS_PER_HOUR) {
        throw appError(
          'TOO_MANY_REQUESTS',
          `Mỗi địa chỉ mạng gửi tối đa ${COMMENTS_PER_ADDRESS_PER_HOUR} ý kiến mỗi giờ; vui lòng gửi lại sau`,
          `At most ${COMMENTS_PER_ADDRESS_PER_HOUR} comments an hour from one network address; please try later`,
        );
      }
      return mutate(ctx, async (tx) => {
        const c = await tx.publicComment.create({
          data: {
            nominationId: input.nominationId,
            body: input.body,
            authorName: input.authorName,
            contact: input.contact,
            senderHash,
            createdAt: ctx.now(),
          },
          select: { id: true },
        });
        return {
          result: { commentId: c.id },
          audit: {
            action: 'nomination.comment',
            entity: 'Nomination',
            entityId: input.nominationId,
            data: { commentId: c.id },
          },
        };
      });
    }),

  /** The comments on a nominee for those who judge it; only Home Affairs, who may follow a comment up, sees contacts. */
  comments: procedure
    .meta(rolesMeta(DUTY.homeAffairs, DUTY.council))
    .input(z.object({ nominationId: id }))
    .query(async ({ ctx, input }) => {
      const rows = await ctx.db.publicComment.findMany({
        where: { nominationId: input.nominationId },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        select: {
          id: true,
          body: true,
          authorName: true,
          contact: true,
          createdAt: true,
          hidden: true,
          hiddenReason: true,
        },
      });
      const contacts = ctx.actor!.role === DUTY.homeAffairs;
      return rows.map(({ contact, ...c }) => ({ ...c, contact: contacts ? contact : null }));
    }),

  /** Home Affairs hides a comment (abuse, personal data) with a reason; it is still counted as hidden, and audited. */
  hideComment: procedure
    .meta(rolesMeta(DUTY.homeAffairs))
    .input(
      z.object({
        commentId: id,
        reason: z.string().trim().min(5, 'Lý do cần ít nhất 5 ký tự / at least 5 characters').max(500),
      }),
    )
    .mutation(async ({ ctx, input }) =>
      mutate(ctx, async (tx) => {
        const { count } = await tx.publicComment.updateMany({
          where: { id: input.commentId, hidden: false },
          data: { hidden: true, hiddenReason: input.reason, hiddenBy: ctx.actor!.userId, hiddenAt: ctx.now() },
        });
        if (count !== 1)
          throw appError(
            'PRECONDITION_FAILED',
            'Ý kiến không tồn tại hoặc đã được ẩn',
            'The comment does not exist or is already hidden',
          );
        return {
          result: { hidden: true },
          audit: {
            action: 'nomination.comment_hide',
            entity: 'PublicComment',
            entityId: input.commentId,
            data: { reason: input.reason },
          },
        };
      }),
    ),
} satisfies TRPCRouterRecord;
