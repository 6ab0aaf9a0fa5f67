// The chairman's award decision: only council-approved, eligible nominees, and never above the review's quota,
// even when several decisions are made at the same time (an atomic conditional counter per class).
import { allocateAwards, authorityOn, formatDateVi, localDateOf, text } from '@thidua/domain';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { appError } from '../errors.js';
import { movementForReview } from '../movement/active-movement.js';
import { ensureQuotaRows } from '../nominations/quota-rows.js';
import { ballotClosedOn } from '../nominations/ballot-closed-on.js';
import { isUniqueViolation } from '../db-errors.js';
import { mutate } from '../mutation.js';
import { PUBLIC, procedure, rolesMeta } from '../trpc.js';
import { nominationsDecided } from '../notifications/workflow-events.js';
import { reviewIdInput } from '../inputs/year-input.js';
import { DUTY } from '../roles.js';

export const decisionsRouter = {
  create: procedure
    .meta(rolesMeta(DUTY.chair))
    .input(
      z.object({
        reviewId: reviewIdInput,
        number: z.string().trim().min(3).max(40),
        date: z.iso.date(),
        signer: z.string().trim().min(3).max(120),
        /** A Vice-Chairman signs for the Chairman (KT. CHỦ TỊCH). */
        signedOnBehalf: z.boolean().default(false),
        nominationIds: z.array(z.string().min(1)).min(1).max(40),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const { movement, review } = await movementForReview(ctx.db, input.reviewId);
      const today = localDateOf(ctx.now().getTime(), movement.timeZone);
      if (input.date > today)
        throw appError(
          'BAD_REQUEST',
          `Ngày quyết định ${formatDateVi(input.date)} chưa đến (hôm nay ${formatDateVi(today)})`,
          `The decision date ${input.date} is in the future (today is ${today})`,
        );
      if (input.date < review.start)
        throw appError(
          'BAD_REQUEST',
          `Ngày quyết định ${formatDateVi(input.date)} trước khi đợt ${input.reviewId} bắt đầu (${formatDateVi(review.start)})`,
          `The decision date ${input.date} is before ${input.reviewId} starts (${review.start})`,
        );
      await ensureQuotaRows(ctx.db, movement);
      return mutate(ctx, async (tx) => {
        const closedOn = await ballotClosedOn(tx, movement.timeZone, input.nominationIds);
        if (closedOn && input.date < closedOn) {
          throw appError(
            'BAD_REQUEST',
            `Ngày quyết định ${formatDateVi(input.date)} trước ngày Hội đồng kết thúc bỏ phiếu (${formatDateVi(closedOn)})`,
            `The decision date ${input.date} is before the council closed its ballot (${closedOn})`,
          );
        }
        if (await tx.awardDecision.findUnique({ where: { number: input.number }, select: { id: true } })) {
          throw appError(
            'CONFLICT',
            `Số quyết định ${input.number} đã được dùng`,
            `Decision number ${input.number} is already used`,
          );
        }
        const nominations = await tx.nomination.findMany({
          where: { id: { in: input.nominationIds }, movementId: movement.id, reviewId: input.reviewId },
          select: { id: true, status: true, awardClass: true, eligibleSnapshot: true, scoreSnapshot: true },
        });
        const unusable = input.nominationIds.filter(
          (id) => !nominations.some((n) => n.id === id && n.status === 'voted'),
        );
        if (unusable.length > 0) {
          throw appError(
            'PRECONDITION_FAILED',
            `Chỉ khen thưởng đề nghị đã được Hội đồng thông qua: ${unusable.join(', ')}`,
            `Only council-approved nominations can be awarded: ${unusable.join(', ')}`,
          );
        }
        const allocation = allocateAwards(
          movement,
          input.reviewId,
          nominations.map((n) => ({
            id: n.id,
            kind: n.awardClass as 'collective' | 'individual',
            eligible: n.eligibleSnapshot === true,
            score: n.scoreSnapshot ?? 0,
          })),
        );
        if (allocation.notAwarded.length > 0) {
          const first = allocation.notAwarded[0]!;
          throw appError(
            'PRECONDITION_FAILED',
            `${first.id}: ${first.explanation.vi}`,
            `${first.id}: ${first.explanation.en}`,
          );
        }
        for (const n of nominations) {
          const { count } = await tx.awardQuota.updateMany({
            where: {
              movementId: movement.id,
              reviewId: input.reviewId,
              awardClass: n.awardClass,
              used: { lt: review.quotas[n.awardClass as 'collective' | 'individual'] },
            },
            data: { used: { increment: 1 } },
          });
          if (count !== 1) {
            throw appError(
              'CONFLICT',
              `Đã đủ số lượng khen thưởng ${n.awardClass === 'collective' ? 'tập thể' : 'cá nhân'} của đợt ${input.reviewId}`,
              `The ${n.awardClass} quota of ${input.reviewId} is full`,
            );
          }
        }
        const decision = await tx.awardDecision
          .create({
            data: {
              movementId: movement.id,
              reviewId: input.reviewId,
              number: input.number,
              date: input.date,
              signer: input.signer,
              signedOnBehalf: input.signedOnBehalf,
              createdBy: ctx.actor!.userId,
              createdAt: ctx.now(),
              items: { create: nominations.map((n) => ({ nominationId: n.id, awardClass: n.awardClass })) },
            },
            select: { id: true },
          })
          .catch((e: unknown) => {
            // The same number taken by a decision made at the same moment.
            throw isUniqueViolation(e)
              ? appError(
                  'CONFLICT',
                  `Số quyết định ${input.number} đã được dùng`,
                  `Decision number ${input.number} is already used`,
                )
              : e;
          });
        await tx.nomination.updateMany({
          where: { id: { in: input.nominationIds } },
          data: { status: 'awarded', version: { increment: 1 } },
        });
        await nominationsDecided(
          tx,
          input.nominationIds,
          'awarded',
          text(
            `Quyết định số ${input.number} ngày ${formatDateVi(input.date)}, người ký: ${input.signer}.`,
            `Decision No. ${input.number} of ${formatDateVi(input.date)}, signed by ${input.signer}.`,
          ),
          ctx.now(),
        );
        const quotas = await tx.awardQuota.findMany({
          where: { movementId: movement.id, reviewId: input.reviewId },
          select: { awardClass: true, max: true, used: true },
        });
        return {
          result: { decisionId: decision.id, quotas },
          audit: {
            action: 'decision.create',
            entity: 'AwardDecision',
            entityId: decision.id,
            data: { number: input.number, nominationIds: input.nominationIds },
          },
        };
      });
    }),

  /** Who grants the review's awards on a decision date (a reorganisation can change it), for the confirmation step. */
  grantor: procedure
    .meta(rolesMeta(DUTY.chair, DUTY.homeAffairs))
    .input(z.object({ reviewId: reviewIdInput, date: z.iso.date() }))
    .query(async ({ ctx, input }) => {
      const { movement } = await movementForReview(ctx.db, input.reviewId);
      const authority = authorityOn(movement, input.date);
      return { grantor: authority.awardGrantor, confirmed: authority.confirmed, note: authority.note };
    }),

  quotas: procedure
    .meta(rolesMeta(DUTY.chair, DUTY.homeAffairs, DUTY.council, DUTY.culture, 'LEADER', 'ADMIN'))
    .input(z.object({ reviewId: reviewIdInput }))
    .query(async ({ ctx, input }) => {
      const { movement, review } = await movementForReview(ctx.db, input.reviewId);
      const rows = await ctx.db.awardQuota.findMany({
        where: { movementId: movement.id, reviewId: input.reviewId },
        select: { awardClass: true, used: true },
      });
      const used = (c: string) => rows.find((r) => r.awardClass === c)?.used ?? 0;
      return (['collective', 'individual'] as const).map((c) => ({
        awardClass: c,
        max: review.quotas[c],
        used: used(c),
        remaining: review.quotas[c] - used(c),
      }));
    }),

  /** Signed decisions of a review with their awardees, for the screens that print the decision and certificates. */
  list: procedure
    .meta(rolesMeta(DUTY.homeAffairs, DUTY.chair, 'LEADER'))
    .input(z.object({ reviewId: reviewIdInput }))
    .query(async ({ ctx, input }) => {
      const { movement } = await movementForReview(ctx.db, input.reviewId);
      const decisions = await ctx.db.awardDecision.findMany({
        where: { movementId: movement.id, reviewId: input.reviewId },
        orderBy: [{ date: 'asc' }, { number: 'asc' }],
        select: {
          id: true,
          number: true,
          date: true,
          signer: true,
          items: {
            orderBy: { nominationId: 'asc' },
            select: {
              nominationId: true,
              awardClass: true,
              nomination: { select: { unit: { select: { name: true } }, person: { select: { fullName: true } } } },
            },
          },
        },
      });
      return decisions.map((d) => ({
        id: d.id,
        number: d.number,
        date: d.date,
        signer: d.signer,
        awards: d.items.map((i) => ({
          nominationId: i.nominationId,
          awardClass: i.awardClass,
          awardee: i.nomination.person?.fullName ?? i.nomination.unit?.name ?? i.nominationId,
        })),
      }));
    }),

  /** Signed decisions of a review, for the public: awardee, unit, decision number and date; never contact data. */
  published: procedure
    .meta(PUBLIC)
    .input(z.object({ reviewId: reviewIdInput }))
    .query(async ({ ctx, input }) => {
      const { movement, review } = await movementForReview(ctx.db, input.reviewId);
      const decisions = await ctx.db.awardDecision.findMany({
        where: { movementId: movement.id, reviewId: input.reviewId },
        orderBy: [{ date: 'asc' }, { number: 'asc' }],
        select: {
          number: true,
          date: true,
          signer: true,
          items: {
            orderBy: { nominationId: 'asc' },
            select: {
              awardClass: true,
              nomination: {
                select: {
                  unit: { select: { id: true, name: true, nameEn: true } },
                  person: { select: { fullName: true, unit: { select: { id: true, name: true, nameEn: true } } } },
                },
              },
            },
          },
        },
      });
      const awards = decisions.flatMap((d) =>
        d.items.map((i) => {
          const unit = i.nomination.unit ?? i.nomination.person?.unit ?? null;
          return {
            decisionNumber: d.number,
            decisionDate: d.date,
            awardClass: i.awardClass as 'collective' | 'individual',
            awardee: i.nomination.person?.fullName ?? unit?.name ?? '',
            unit: unit ? { id: unit.id, name: { vi: unit.name, en: unit.nameEn } } : null,
          };
        }),
      );
      const used = (c: 'collective' | 'individual') => awards.filter((a) => a.awardClass === c).length;
      return {
        reviewId: input.reviewId,
        review: { label: review.label, start: review.start, end: review.end },
        decisions: decisions.map((d) => ({ number: d.number, date: d.date, signer: d.signer, awards: d.items.length })),
        awards,
        quotas: (['collective', 'individual'] as const).map((c) => ({
          awardClass: c,
          max: review.quotas[c],
          awarded: used(c),
        })),
      };
    }),
} satisfies TRPCRouterRecord;
