// Home Affairs appraises dossiers and runs the council's secret ballot: who voted is kept, how they voted is only
// added to counters, so nothing stored links a member to a choice. The quorum and the pass rule are the movement's.
import { ballotPasses, ballotQuorum, text } from '@thidua/domain';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { isUniqueViolation } from '../db-errors.js';
import { appError, notFound } from '../errors.js';
import { expectOneUpdated, mutate, type Tx } from '../mutation.js';
import { procedure, rolesMeta } from '../trpc.js';
import { nominationsDecided } from '../notifications/workflow-events.js';
import { roleHolders } from '../notifications/recipients.js';
import { reviewIdInput } from '../inputs/year-input.js';
import { movementById, movementForReview } from '../movement/active-movement.js';
import { appraiseNominee } from '../nominations/appraise-nominee.js';
import { DUTY } from '../roles.js';

const reviewId = reviewIdInput;
const ballotId = z.string().min(1).max(64);
const closedText = () => appError('PRECONDITION_FAILED', 'Cuộc bỏ phiếu đã đóng', 'The ballot is closed');

/** The count of a ballot by its movement's rule: who passes, and whether the quorum is met. */
const countOf = async (tx: Tx, id: string) => {
  const ballot = await tx.ballot.findUnique({
    where: { id },
    select: {
      movementId: true,
      status: true,
      quorum: true,
      members: true,
      votes: true,
      tallies: { orderBy: { nominationId: 'asc' } },
    },
  });
  if (!ballot) throw notFound({ vi: 'phiếu bầu', en: 'Ballot' });
  const { movement } = await movementById(tx, ballot.movementId);
  const voters = ballot.votes;
  const results = ballot.tallies.map((t) => ({
    nominationId: t.nominationId,
    yes: t.yes,
    no: t.no,
    abstain: t.abstain,
    approved: ballotPasses(movement, { yes: t.yes, voters, members: ballot.members }),
  }));
  return {
    ballot,
    voters,
    results,
    quorumMet: voters >= ballot.quorum,
    noneApproved: results.every((r) => !r.approved),
  };
};

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
        select: {
          id: true,
          status: true,
          closesAt: true,
          closedAt: true,
          quorum: true,
          members: true,
          votes: true,
          cancelReason: true,
          tallies: true,
          participations: { where: { userId: ctx.actor!.userId }, select: { userId: true } },
        },
      });
      if (!ballot) return null;
      return {
        id: ballot.id,
        status: ballot.status as 'open' | 'closed' | 'cancelled',
        closesAt: ballot.closesAt,
        closedAt: ballot.closedAt,
        quorum: ballot.quorum,
        members: ballot.members,
        voters: ballot.votes,
        cancelReason: ballot.cancelReason,
        hasVoted: ballot.participations.length > 0,
        nominationIds: ballot.tallies.map((t) => t.nominationId),
        // Counts are shown only once the ballot is closed, so no member votes knowing the others' choices.
        results:
          ballot.status === 'closed'
            ? ballot.tallies.map((t) => ({ nominationId: t.nominationId, yes: t.yes, no: t.no, abstain: t.abstain }))
            : null,
      };
    }),

  appraise: procedure
    .meta(rolesMeta(DUTY.homeAffairs))
    .input(
      z.object({
        nominationId: z.string().min(1).max(64),
        version: z.number().int().min(1),
        result: z.enum(['pass', 'fail']),
        note: z.string().trim().max(2000).optional(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const n = await ctx.db.nomination.findUnique({
        where: { id: input.nominationId },
        select: { status: true, commentsUntil: true, movementId: true },
      });
      if (!n) throw notFound({ vi: 'đề nghị', en: 'Nomination' });
      if (n.status !== 'in_comment' || !n.commentsUntil || n.commentsUntil > ctx.now()) {
        throw appError(
          'PRECONDITION_FAILED',
          'Chỉ thẩm định sau khi đã hết thời gian lấy ý kiến',
          'Appraise only after the comment window has closed',
        );
      }
      if (input.result === 'fail' && !input.note)
        throw appError('BAD_REQUEST', 'Cần ghi lý do không đạt', 'A reason is required for a failed appraisal');
      const { movement } = await movementById(ctx.db, n.movementId);
      return mutate(ctx, async (tx) => {
        // The standing is taken now, from the data approved by now, over the review's years.
        const standing = await appraiseNominee(tx, movement, input.nominationId);
        const { count } = await tx.nomination.updateMany({
          where: { id: input.nominationId, version: input.version },
          data: {
            status: input.result === 'pass' ? 'appraised' : 'rejected',
            scoreSnapshot: standing.score,
            eligibleSnapshot: standing.eligible,
            version: { increment: 1 },
          },
        });
        expectOneUpdated(count);
        await tx.appraisal.create({
          data: {
            nominationId: input.nominationId,
            appraiserId: ctx.actor!.userId,
            result: input.result,
            note: input.note ?? null,
            at: ctx.now(),
          },
        });
        if (input.result === 'fail')
          await nominationsDecided(
            tx,
            [input.nominationId],
            'rejected_in_appraisal',
            input.note ? text(`Lý do: ${input.note}`, `Reason: ${input.note}`) : null,
            ctx.now(),
          );
        return {
          result: {
            status: input.result === 'pass' ? 'appraised' : 'rejected',
            eligible: standing.eligible,
            score: standing.score,
            explanation: standing.explanation,
          },
          audit: {
            action: 'nomination.appraise',
            entity: 'Nomination',
            entityId: input.nominationId,
            data: { result: input.result, eligible: standing.eligible, score: standing.score },
          },
        };
      });
    }),

  /** Opens the review's ballot on every appraised nominee; the quorum is the movement's share of the council's members. */
  openBallot: procedure
    .meta(rolesMeta(DUTY.homeAffairs))
    .input(z.object({ reviewId, closesAt: z.iso.datetime({ offset: true }) }))
    .mutation(async ({ ctx, input }) => {
      const closesAt = new Date(input.closesAt);
      if (closesAt <= ctx.now())
        throw appError('BAD_REQUEST', 'Hạn bỏ phiếu phải ở tương lai', 'The ballot must close in the future');
      const { movement } = await movementForReview(ctx.db, input.reviewId);
      const ofReview = { movementId: movement.id, reviewId: input.reviewId };
      return mutate(ctx, async (tx) => {
        const members = (await roleHolders(tx, [DUTY.council])).length;
        if (members === 0)
          throw appError(
            'PRECONDITION_FAILED',
            'Chưa có tài khoản thành viên Hội đồng nào',
            'No council member has an account',
          );
        const nominations = await tx.nomination.findMany({
          where: { ...ofReview, status: 'appraised' },
          select: { id: true },
        });
        if (nominations.length === 0)
          throw appError(
            'PRECONDITION_FAILED',
            'Chưa có đề nghị nào đã thẩm định đạt',
            'No appraised nominations to vote on',
          );
        const quorum = ballotQuorum(movement, members);
        let ballot;
        try {
          // openKey is unique while open: a second open ballot for the review is refused by the database itself.
          ballot = await tx.ballot.create({
            data: {
              ...ofReview,
              members,
              quorum,
              openKey: `${movement.id}|${input.reviewId}`,
              opensAt: ctx.now(),
              closesAt,
              createdBy: ctx.actor!.userId,
            },
            select: { id: true },
          });
        } catch (e) {
          if (isUniqueViolation(e))
            throw appError(
              'CONFLICT',
              'Đợt xét này đang có một cuộc bỏ phiếu mở',
              'A ballot is already open for this review',
            );
          throw e;
        }
        await tx.ballotTally.createMany({
          data: nominations.map((n) => ({ ballotId: ballot.id, nominationId: n.id })),
        });
        return {
          result: { ballotId: ballot.id, nominations: nominations.length, members, quorum },
          audit: {
            action: 'ballot.open',
            entity: 'Ballot',
            entityId: ballot.id,
            data: { reviewId: input.reviewId, members, quorum },
          },
        };
      });
    }),

  vote: procedure
    .meta(rolesMeta(DUTY.council))
    .input(
      z.object({
        ballotId,
        choices: z
          .array(z.object({ nominationId: z.string().min(1).max(64), choice: z.enum(['yes', 'no', 'abstain']) }))
          .min(1)
          .max(100),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const ballot = await ctx.db.ballot.findUnique({
        where: { id: input.ballotId },
        select: { tallies: { select: { nominationId: true } } },
      });
      if (!ballot) throw notFound({ vi: 'phiếu bầu', en: 'Ballot' });
      const expected = new Set(ballot.tallies.map((t) => t.nominationId));
      const given = new Set(input.choices.map((c) => c.nominationId));
      if (
        given.size !== input.choices.length ||
        given.size !== expected.size ||
        [...given].some((id) => !expected.has(id))
      ) {
        throw appError(
          'BAD_REQUEST',
          'Phiếu phải có đúng một lựa chọn cho mỗi đề nghị',
          'The ballot needs exactly one choice per nomination',
        );
      }
      return mutate(ctx, async (tx) => {
        // The vote counts only while the ballot row is still open: the closing transaction changes that row first, so
        // a vote either lands before the count or is refused (on PostgreSQL the row lock orders the two).
        const { count } = await tx.ballot.updateMany({
          where: { id: input.ballotId, status: 'open', closesAt: { gt: ctx.now() } },
          data: { votes: { increment: 1 } },
        });
        if (count !== 1) throw closedText();
        try {
          await tx.ballotParticipation.create({
            data: { ballotId: input.ballotId, userId: ctx.actor!.userId, votedAt: ctx.now() },
          });
        } catch (e) {
          if (isUniqueViolation(e)) throw appError('CONFLICT', 'Bạn đã bỏ phiếu', 'You have already voted');
          throw e;
        }
        for (const c of input.choices) {
          await tx.ballotTally.updateMany({
            where: { ballotId: input.ballotId, nominationId: c.nominationId },
            data: { [c.choice]: { increment: 1 } },
          });
        }
        // The audit records that this member voted, never the choices.
        return {
          result: { ok: true },
          audit: { action: 'ballot.vote', entity: 'Ballot', entityId: input.ballotId, data: null },
        };
      });
    }),

  /** The count Home Affairs confirms before closing: only once the quorum is met, and only to Home Affairs, who does not vote. */
  tally: procedure
    .meta(rolesMeta(DUTY.homeAffairs))
    .input(z.object({ ballotId }))
    .query(async ({ ctx, input }) => {
      const { ballot, voters, results, quorumMet, noneApproved } = await countOf(ctx.db, input.ballotId);
      if (ballot.status !== 'open') throw closedText();
      if (!quorumMet)
        throw appError(
          'PRECONDITION_FAILED',
          `Chưa đủ số thành viên bỏ phiếu (${voters}/${ballot.quorum})`,
          `Quorum not reached (${voters}/${ballot.quorum})`,
        );
      return { voters, quorum: ballot.quorum, members: ballot.members, results, noneApproved };
    }),

  closeBallot: procedure
    .meta(rolesMeta(DUTY.homeAffairs))
    .input(
      z.object({
        ballotId,
        /** The number of voters in the tally the user confirmed: a vote that arrived since means a new look. */
        voters: z.number().int().min(0),
        /** Required when nobody passes: closing then rejects every nominee. */
        confirmNoneApproved: z.boolean().default(false),
      }),
    )
    .mutation(async ({ ctx, input }) =>
      mutate(ctx, async (tx) => {
        // Changing the row first makes every later vote see it closed (see vote).
        const { count } = await tx.ballot.updateMany({
          where: { id: input.ballotId, status: 'open' },
          data: { status: 'closed', openKey: null, closedAt: ctx.now(), closedBy: ctx.actor!.userId },
        });
        if (count !== 1) {
          if (!(await tx.ballot.findUnique({ where: { id: input.ballotId }, select: { id: true } })))
            throw notFound({ vi: 'phiếu bầu', en: 'Ballot' });
          throw appError('PRECONDITION_FAILED', 'Cuộc bỏ phiếu đã đóng', 'The ballot is already closed');
        }
        const { ballot, voters, results, quorumMet, noneApproved } = await countOf(tx, input.ballotId);
        if (!quorumMet)
          throw appError(
            'PRECONDITION_FAILED',
            `Chưa đủ số thành viên bỏ phiếu (${voters}/${ballot.quorum})`,
            `Quorum not reached (${voters}/${ballot.quorum})`,
          );
        if (voters !== input.voters)
          throw appError(
            'CONFLICT',
            `Đã có thêm phiếu từ khi xem kết quả (${input.voters} → ${voters}): xem lại trước khi kết thúc`,
            `More votes arrived since the count was shown (${input.voters} → ${voters}): look again before closing`,
          );
        if (noneApproved && !input.confirmNoneApproved) {
          throw appError(
            'PRECONDITION_FAILED',
            'Không đề nghị nào đạt: kết thúc sẽ không thông qua tất cả, cần xác nhận rõ',
            'No nominee passes: closing rejects them all and needs an explicit confirmation',
          );
        }
        const decided: typeof results = [];
        for (const r of results) {
          const { count: one } = await tx.nomination.updateMany({
            where: { id: r.nominationId, status: 'appraised' },
            data: { status: r.approved ? 'voted' : 'rejected', version: { increment: 1 } },
          });
          if (one === 1) decided.push(r);
        }
        // Only nominations this count decided are announced (one withdrawn meanwhile is not).
        await nominationsDecided(
          tx,
          decided.filter((r) => r.approved).map((r) => r.nominationId),
          'approved_by_council',
          null,
          ctx.now(),
        );
        await nominationsDecided(
          tx,
          decided.filter((r) => !r.approved).map((r) => r.nominationId),
          'rejected_by_council',
          null,
          ctx.now(),
        );
        return {
          result: { voters, results },
          audit: { action: 'ballot.close', entity: 'Ballot', entityId: input.ballotId, data: { voters, results } },
        };
      }),
    ),

  /** Cancels an open ballot with a reason: nothing is counted, the nominees stay appraised for a new ballot. */
  cancelBallot: procedure
    .meta(rolesMeta(DUTY.homeAffairs))
    .input(
      z.object({
        ballotId,
        reason: z
          .string()
          .trim()
          .min(10, 'Lý do hủy cần ít nhất 10 ký tự / the reason needs at least 10 characters')
          .max(1000),
      }),
    )
    .mutation(async ({ ctx, input }) =>
      mutate(ctx, async (tx) => {
        const { count } = await tx.ballot.updateMany({
          where: { id: input.ballotId, status: 'open' },
          data: {
            status: 'cancelled',
            openKey: null,
            closedAt: ctx.now(),
            closedBy: ctx.actor!.userId,
            cancelReason: input.reason,
          },
        });
        if (count !== 1) throw closedText();
        return {
          result: { cancelled: true },
          audit: {
            action: 'ballot.cancel',
            entity: 'Ballot',
            entityId: input.ballotId,
            data: { reason: input.reason },
          },
        };
      }),
    ),
} satisfies TRPCRouterRecord;
