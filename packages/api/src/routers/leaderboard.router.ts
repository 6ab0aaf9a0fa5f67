// The leaderboard: every participating unit of a kind, ranked by the domain from approved data only.
import { evaluateParticipant, PARTICIPANT_KINDS, plainEvaluation } from '@thidua/domain';
import { notFound } from '../errors.js';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { movementForYear } from '../movement/active-movement.js';
import { versionedCache } from '../movement/data-version.js';
import { evaluateKind, rankApproved } from '../scoring/evaluate-kind.js';
import { factsOfValues, unitParticipant } from '../scoring/unit-participant.js';
import { procedure, PUBLIC } from '../trpc.js';
import { yearInput } from '../inputs/year-input.js';

type Board = Array<{
  position: number;
  /** Null for a unit without an approved report: it is listed after the ranked ones, never ranked among them. */
  rank: number | null;
  unitId: string;
  name: { vi: string; en: string };
  reported: boolean;
  eligibility: 'eligible' | 'not_eligible' | 'incomplete';
  /** Null without an approved report: the public sees scores from approved data only. */
  score: number | null;
  counts: { met: number; notMet: number; missing: number; notApplicable: number };
}>;

// Thousands of units are evaluated per board: compute once per data version, not once per request.
const cache = versionedCache<string, Board>();

export const leaderboardRouter = {
  get: procedure
    .meta(PUBLIC)
    .input(
      z.object({
        year: yearInput,
        kind: z.enum(PARTICIPANT_KINDS).exclude(['individual']),
        offset: z.number().int().min(0).default(0),
        /** A page of the board; the whole board of a district can hold thousands of enterprises. */
        limit: z.number().int().min(1).max(10_000).default(100),
      }),
    )
    .query(async ({ ctx, input }) => {
      const board = await cache(ctx.db, `${input.year}:${input.kind}`, async (): Promise<Board> => {
        const { movement } = await movementForYear(ctx.db, input.year);
        const kindEvaluation = await evaluateKind(ctx.db, movement, input.year, input.kind);
        const { names } = kindEvaluation;
        // Ranked from approved reports only; a unit still waiting for one follows, unranked and unscored.
        const { ranked, waiting } = rankApproved(kindEvaluation);
        const row = (item: (typeof waiting)[number]) => ({
          unitId: item.participantId,
          name: names.get(item.participantId) ?? { vi: item.participantId, en: item.participantId },
          eligibility: item.eligibility,
          counts: item.counts,
        });
        return [
          ...ranked.map(({ position, rank, item }) => ({
            position,
            rank,
            ...row(item),
            reported: true,
            score: item.score,
          })),
          ...waiting.map((item, i) => ({
            position: ranked.length + i + 1,
            rank: null,
            ...row(item),
            reported: false,
            score: null,
          })),
        ];
      });
      return { total: board.length, offset: input.offset, rows: board.slice(input.offset, input.offset + input.limit) };
    }),

  /** Why a unit stands where it does: each criterion's verdict and the reason, from approved data only. */
  explain: procedure
    .meta(PUBLIC)
    .input(
      z.object({
        year: yearInput,
        kind: z.enum(PARTICIPANT_KINDS).exclude(['individual']),
        unitId: z.string().min(1).max(64),
      }),
    )
    .query(async ({ ctx, input }) => {
      const { movement } = await movementForYear(ctx.db, input.year);
      const unit = await ctx.db.orgUnit.findFirst({
        where: { id: input.unitId, participantKind: input.kind },
        select: { id: true, isItEnterprise: true },
      });
      if (!unit) throw notFound({ vi: 'đơn vị', en: 'Unit' });
      const [report, registration] = await Promise.all([
        ctx.db.report.findFirst({
          where: { movementId: movement.id, unitId: unit.id, year: input.year, status: 'approved' },
          select: { values: { select: { key: true, numberValue: true, boolValue: true } } },
        }),
        ctx.db.registration.findFirst({ where: { movementId: movement.id, unitId: unit.id }, select: { id: true } }),
      ]);
      const e = plainEvaluation(
        evaluateParticipant(
          movement,
          unitParticipant(unit, input.kind, registration !== null),
          factsOfValues(report?.values ?? []),
        ),
      );
      const labels = new Map(movement.criteria.map((c) => [c.id, c.label]));
      return {
        unitId: unit.id,
        year: input.year,
        reported: report !== null,
        eligibility: e.eligibility,
        score: e.score,
        explanation: e.explanation,
        criteria: e.criteria.map((c) => ({
          criterionId: c.criterionId,
          label: labels.get(c.criterionId) ?? { vi: c.criterionId, en: c.criterionId },
          status: c.status,
          value: c.value,
          explanation: c.explanation,
        })),
      };
    }),
} satisfies TRPCRouterRecord;
