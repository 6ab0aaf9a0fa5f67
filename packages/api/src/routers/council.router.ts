// Home Affairs appraises dossiers and runs the council's secret ballot: who voted is kept, how they voted is only
// added to counters, so nothing stored links a member to a choice.
import { text } from '@thidua/domain';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { appError, notFound } from '../errors.js';
import { expectOneUpdated, mutate } from '../mutation.js';
import { procedure, rolesMeta } from '../trpc.js';
import { nominationsDecided } from '../notifications/workflow-events.js';
import { reviewIdInput } from '../inputs/year-input.js';
import { movementForReview } from '../movement/active-movement.js';
import { DUTY } from '../roles.js';

const reviewId = reviewIdInput;

export const councilRouter = {
  /** The review's current ballot for the council screen: open ballots show who has voted (a count), never how. */
  ballot: procedure
    .meta(rolesMeta(DUTY.council, DUTY.homeAffairs))
    .input(z.object({ reviewId }))
    .query(async ({ ctx, input }) => {
      const { movement } = await movementForReview(ctx.db, input.reviewId);
      const ballot = await ctx.db.ballot.findFirst({
        where: { movementId: movement.id, reviewId: input.reviewId },
        orderBy: [{ status: 'desc' }, { createdAt: 'desc' }],
        select: { id: true, status: true, closesAt: true, quorum: true, tallies: true, participations: { select: { userId: true } } },
      });
      if (!ballot) return null;
      const closed = ballot.status !== 'open';
      return {
        id: ballot.id,
        status: ballot.status,
        closesAt: ballot.closesAt,
        quorum: ballot.quorum,
        voters: ballot.participations.length,
        hasVoted: ballot.participations.some((p) => p.userId === ctx.actor!.userId),
        nominationIds: ballot.tallies.map((t) => t.nominationId),
        // Counts are shown only once the ballot is closed, so no member votes knowing the others' choices.
        results: closed ? ballot.tallies.map((t) => ({ nominationId: t.nominationId, yes: t.yes, no: t.no, abstain: t.abstain })) : null,
      };
    }),

  appraise: procedure
    .meta(rolesMeta(DUTY.homeAffairs))
    .input(z.object({ nominationId: z.string().min(1), version: z.number().int().min(1), result: z.enum(['pass', 'fail']), note: z.string().trim().max(2000).optional() }))
    .mutation(async ({ ctx, input }) => {
      const n = await ctx.db.nomination.findUnique({ where: { id: input.nominationId }, select: { status: true, commentsUntil: true } });
      if (!n) throw notFound({ vi: 'đề nghị', en: 'Nomination' });
      if (n.status !== 'in_comment' || !n.commentsUntil || n.commentsUntil > ctx.now()) {
        throw appError('PRECONDITION_FAILED', 'Chỉ thẩm định sau khi đã hết thời gian lấy ý kiến', 'Appraise only after the comment window has closed');
      }
      if (input.result === 'fail' && !input.note) throw appError('BAD_REQUEST', 'Cần ghi lý do không đạt', 'A reason is required for a failed appraisal');
      return mutate(ctx, async (tx) => {
        const { count } = await tx.nomination.updateMany({ where: { id: input.nominationId, version: input.version }, data: { status: input.result === 'pass' ? 'appraised' : 'rejected', version: { increment: 1 } } });
        expectOneUpdated(count);
        await tx.appraisal.create({ data: { nominationId: input.nominationId, appraiserId: ctx.actor!.userId, result: input.result, note: input.note ?? null, at: ctx.now() } });
        if (input.result === 'fail') await nominationsDecided(tx, [input.nominationId], 'rejected_in_appraisal', input.note ? text(`Lý do: ${input.note}`, `Reason: ${input.note}`) : null, ctx.now());
        return { result: { status: input.result === 'pass' ? 'appraised' : 'rejected' }, audit: { action: 'nomination.appraise', entity: 'Nomination', entityId: input.nominationId, data: { result: input.result } } };
      });
    }),

  openBallot: procedure
    .meta(rolesMeta(DUTY.homeAffairs))
    .input(z.object({ reviewId, quorum: z.number().int().min(1).max(50), closesAt: z.iso.datetime({ offset: true }) }))
    .mutation(async ({ ctx, input }) => {
      const { movement } = await movementForReview(ctx.db, input.reviewId);
      const ofReview = { movementId: movement.id, reviewId: input.reviewId };
      return mutate(ctx, async (tx) => {
        if (await tx.ballot.findFirst({ where: { ...ofReview, status: 'open' }, select: { id: true } })) {
          throw appError('CONFLICT', 'Đợt xét này đang có một cuộc bỏ phiếu mở', 'A ballot is already open for this review');
        }
        const nominations = await tx.nomination.findMany({ where: { ...ofReview, status: 'appraised' }, select: { id: true } });
        if (nominations.length === 0) throw appError('PRECONDITION_FAILED', 'Chưa có đề nghị nào đã thẩm định đạt', 'No appraised nominations to vote on');
        const ballot = await tx.ballot.create({ data: { ...ofReview, quorum: input.quorum, opensAt: ctx.now(), closesAt: new Date(input.closesAt), createdBy: ctx.actor!.userId }, select: { id: true } });
        await tx.ballotTally.createMany({ data: nominations.map((n) => ({ ballotId: ballot.id, nominationId: n.id })) });
        return { result: { ballotId: ballot.id, nominations: nominations.length }, audit: { action: 'ballot.open', entity: 'Ballot', entityId: ballot.id, data: { reviewId: input.reviewId, quorum: input.quorum } } };
      });
    }),

  vote: procedure
    .meta(rolesMeta(DUTY.council))
    .input(z.object({ ballotId: z.string().min(1), choices: z.array(z.object({ nominationId: z.string().min(1), choice: z.enum(['yes', 'no', 'abstain']) })).min(1).max(100) }))
    .mutation(async ({ ctx, input }) => {
      const ballot = await ctx.db.ballot.findUnique({ where: { id: input.ballotId }, select: { status: true, closesAt: true, tallies: { select: { nominationId: true } } } });
      if (!ballot) throw notFound({ vi: 'phiếu bầu', en: 'Ballot' });
      if (ballot.status !== 'open' || ballot.closesAt <= ctx.now()) throw appError('PRECONDITION_FAILED', 'Cuộc bỏ phiếu đã đóng', 'The ballot is closed');
      const expected = new Set(ballot.tallies.map((t) => t.nominationId));
      const given = new Set(input.choices.map((c) => c.nominationId));
      if (given.size !== input.choices.length || given.size !== expected.size || [...given].some((id) => !expected.has(id))) {
        throw appError('BAD_REQUEST', 'Phiếu phải có đúng một lựa chọn cho mỗi đề nghị', 'The ballot needs exactly one choice per nomination');
      }
      return mutate(ctx, async (tx) => {
        const already = await tx.ballotParticipation.findUnique({ where: { ballotId_userId: { ballotId: input.ballotId, userId: ctx.actor!.userId } }, select: { userId: true } });
        if (already) throw appError('CONFLICT', 'Bạn đã bỏ phiếu', 'You have already voted');
        await tx.ballotParticipation.create({ data: { ballotId: input.ballotId, userId: ctx.actor!.userId, votedAt: ctx.now() } });
        for (const c of input.choices) {
          await tx.ballotTally.updateMany({ where: { ballotId: input.ballotId, nominationId: c.nominationId }, data: { [c.choice]: { increment: 1 } } });
        }
        // The audit records that this member voted, never the choices.
        return { result: { ok: true }, audit: { action: 'ballot.vote', entity: 'Ballot', entityId: input.ballotId, data: null } };
      });
    }),

  closeBallot: procedure
    .meta(rolesMeta(DUTY.homeAffairs))
    .input(z.object({ ballotId: z.string().min(1) }))
    .mutation(async ({ ctx, input }) =>
      mutate(ctx, async (tx) => {
        const ballot = await tx.ballot.findUnique({ where: { id: input.ballotId }, select: { status: true, quorum: true, tallies: true, _count: { select: { participations: true } } } });
        if (!ballot) throw notFound({ vi: 'phiếu bầu', en: 'Ballot' });
        if (ballot.status !== 'open') throw appError('PRECONDITION_FAILED', 'Cuộc bỏ phiếu đã đóng', 'The ballot is already closed');
        const voters = ballot._count.participations;
        if (voters < ballot.quorum) {
          throw appError('PRECONDITION_FAILED', `Chưa đủ số thành viên bỏ phiếu (${voters}/${ballot.quorum})`, `Quorum not reached (${voters}/${ballot.quorum})`);
        }
        const results = ballot.tallies.map((t) => ({ nominationId: t.nominationId, yes: t.yes, no: t.no, abstain: t.abstain, approved: t.yes * 2 > voters }));
        const decided: typeof results = [];
        for (const r of results) {
          const { count } = await tx.nomination.updateMany({ where: { id: r.nominationId, status: 'appraised' }, data: { status: r.approved ? 'voted' : 'rejected', version: { increment: 1 } } });
          if (count === 1) decided.push(r);
        }
        await tx.ballot.update({ where: { id: input.ballotId }, data: { status: 'closed' } });
        // Only nominations this count decided are announced (one withdrawn meanwhile is not).
        await nominationsDecided(tx, decided.filter((r) => r.approved).map((r) => r.nominationId), 'approved_by_council', null, ctx.now());
        await nominationsDecided(tx, decided.filter((r) => !r.approved).map((r) => r.nominationId), 'rejected_by_council', null, ctx.now());
        return { result: { voters, results }, audit: { action: 'ballot.close', entity: 'Ballot', entityId: input.ballotId, data: { voters, results } } };
      }),
    ),
} satisfies TRPCRouterRecord;
