// Initiatives and good practices (sáng kiến, mô hình hay): units record them, Culture & Information recognises
// them, and where they are replicated is kept; the district media centre presents recognised ones for the public
// page, which shows recognised ones only.
import type { Prisma } from '@thidua/db';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { appError, forbidden, notFound } from '../errors.js';
import { activeMovement } from '../movement/active-movement.js';
import { expectOneUpdated, mutate } from '../mutation.js';
import type { Actor } from '../context.js';
import { procedure, PUBLIC, rolesMeta, SIGNED_IN } from '../trpc.js';
import { evidenceUrl } from '../inputs/evidence-url.js';
import { DUTY } from '../roles.js';

const publicInitiative = {
  id: true,
  title: true,
  summary: true,
  sectorId: true,
  recognisedAt: true,
  evidenceUrl: true,
  unit: { select: { id: true, name: true } },
  author: { select: { fullName: true } },
  replications: { select: { unitId: true, since: true } },
  featureTitle: true,
  featureText: true,
} satisfies Prisma.InitiativeSelect;

/** What the showcase screen shows a signed-in user: the public fields, and the state of the work on it. */
const screenInitiative = {
  ...publicInitiative,
  /** Who authored it: a unit proposing that person cites it as evidence. */
  authorId: true,
  createdAt: true,
  version: true,
  featuredAt: true,
  replications: {
    select: { unitId: true, since: true, unit: { select: { name: true } } },
    orderBy: { unitId: 'asc' as const },
  },
} satisfies Prisma.InitiativeSelect;

/** Who sees initiatives not yet recognised: the district offices, and a unit's own editors for its own. */
const DISTRICT: ReadonlySet<string> = new Set([
  DUTY.culture,
  DUTY.homeAffairs,
  DUTY.council,
  DUTY.chair,
  'LEADER',
  'ADMIN',
]);
const pendingVisibleTo = (actor: Actor): Prisma.InitiativeWhereInput =>
  DISTRICT.has(actor.role)
    ? { recognisedAt: null }
    : actor.role === 'UNIT-EDITOR' && actor.unitId
      ? { recognisedAt: null, unitId: actor.unitId }
      : { id: '-' };

const searchWhere = (
  input: { sectorId?: string | undefined; search?: string | undefined } | undefined,
): Prisma.InitiativeWhereInput => ({
  ...(input?.sectorId ? { sectorId: input.sectorId } : {}),
  ...(input?.search ? { OR: [{ title: { contains: input.search } }, { summary: { contains: input.search } }] } : {}),
});

export const initiativesRouter = {
  publicList: procedure
    .meta(PUBLIC)
    .input(z.object({ sectorId: z.string().optional(), search: z.string().trim().max(100).optional() }).optional())
    .query(({ ctx, input }) =>
      ctx.db.initiative.findMany({
        where: { recognisedAt: { not: null }, ...searchWhere(input) },
        orderBy: [{ recognisedAt: 'desc' }, { id: 'asc' }],
        take: 200,
        select: publicInitiative,
      }),
    ),

  /** The showcase screen: recognised initiatives for everyone signed in, plus those awaiting recognition for who may see them. */
  list: procedure
    .meta(SIGNED_IN)
    .input(
      z.object({
        status: z.enum(['recognised', 'pending']),
        sectorId: z.string().max(40).optional(),
        search: z.string().trim().max(100).optional(),
      }),
    )
    .query(({ ctx, input }) =>
      ctx.db.initiative.findMany({
        where: {
          AND: [
            input.status === 'recognised' ? { recognisedAt: { not: null } } : pendingVisibleTo(ctx.actor!),
            searchWhere(input),
          ],
        },
        orderBy:
          input.status === 'recognised'
            ? [{ recognisedAt: 'desc' }, { id: 'asc' }]
            : [{ createdAt: 'desc' }, { id: 'asc' }],
        take: 200,
        select: screenInitiative,
      }),
    ),

  /** The media centre's presentation of a recognised initiative for the public page; an empty text withdraws it. */
  feature: procedure
    .meta(rolesMeta(DUTY.media))
    .input(
      z.object({
        initiativeId: z.string().min(1),
        version: z.number().int().min(1),
        featureTitle: z
          .string()
          .trim()
          .min(5, 'Tiêu đề cần ít nhất 5 ký tự / a title of at least 5 characters')
          .max(200)
          .nullable(),
        featureText: z
          .string()
          .trim()
          .min(30, 'Bài giới thiệu cần ít nhất 30 ký tự / at least 30 characters')
          .max(3000)
          .nullable(),
      }),
    )
    .mutation(({ ctx, input }) =>
      mutate(ctx, async (tx) => {
        const found = await tx.initiative.findUnique({
          where: { id: input.initiativeId },
          select: { recognisedAt: true },
        });
        if (!found) throw notFound({ vi: 'sáng kiến', en: 'Initiative' });
        if (!found.recognisedAt)
          throw appError(
            'PRECONDITION_FAILED',
            'Chỉ giới thiệu sáng kiến, mô hình đã được công nhận',
            'Only recognised initiatives can be presented',
          );
        const withdrawn = input.featureTitle === null || input.featureText === null;
        const { count } = await tx.initiative.updateMany({
          where: { id: input.initiativeId, version: input.version },
          data: withdrawn
            ? { featureTitle: null, featureText: null, featuredAt: null, featuredBy: null, version: { increment: 1 } }
            : {
                featureTitle: input.featureTitle,
                featureText: input.featureText,
                featuredAt: ctx.now(),
                featuredBy: ctx.actor!.userId,
                version: { increment: 1 },
              },
        });
        expectOneUpdated(count);
        return {
          result: { version: input.version + 1 },
          audit: {
            action: withdrawn ? 'initiative.unfeature' : 'initiative.feature',
            entity: 'Initiative',
            entityId: input.initiativeId,
            data: { featureTitle: input.featureTitle },
          },
        };
      }),
    ),

  create: procedure
    .meta(rolesMeta('UNIT-EDITOR'))
    .input(
      z.object({
        unitId: z.string().min(1),
        title: z.string().trim().min(5).max(300),
        summary: z.string().trim().min(20).max(5000),
        sectorId: z.string().regex(/^S-/).optional(),
        evidenceUrl: evidenceUrl.optional(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      if (ctx.actor!.unitId !== input.unitId) throw forbidden();
      // An initiative is the work of the movement running today.
      const { movement } = await activeMovement(ctx.db, ctx.now());
      return mutate(ctx, async (tx) => {
        const row = await tx.initiative.create({
          data: {
            movementId: movement.id,
            unitId: input.unitId,
            title: input.title,
            summary: input.summary,
            sectorId: input.sectorId ?? null,
            evidenceUrl: input.evidenceUrl ?? null,
            createdAt: ctx.now(),
          },
          select: { id: true, version: true },
        });
        return {
          result: row,
          audit: { action: 'initiative.create', entity: 'Initiative', entityId: row.id, data: { title: input.title } },
        };
      });
    }),

  recognise: procedure
    .meta(rolesMeta(DUTY.culture))
    .input(
      z.object({
        initiativeId: z.string().min(1),
        version: z.number().int().min(1),
        replicatedIn: z
          .array(z.string().min(1).max(64))
          .max(50)
          .default([])
          .transform((ids) => [...new Set(ids)]),
      }),
    )
    .mutation(({ ctx, input }) =>
      mutate(ctx, async (tx) => {
        const found = await tx.initiative.findUnique({
          where: { id: input.initiativeId },
          select: { recognisedAt: true },
        });
        if (!found) throw notFound({ vi: 'sáng kiến', en: 'Initiative' });
        if (found.recognisedAt)
          throw appError('PRECONDITION_FAILED', 'Sáng kiến đã được công nhận', 'Already recognised');
        const { count } = await tx.initiative.updateMany({
          where: { id: input.initiativeId, version: input.version },
          data: { recognisedAt: ctx.now(), recognisedBy: ctx.actor!.userId, version: { increment: 1 } },
        });
        expectOneUpdated(count);
        const known = await tx.orgUnit.findMany({ where: { id: { in: input.replicatedIn } }, select: { id: true } });
        const unknown = input.replicatedIn.filter((id) => !known.some((u) => u.id === id));
        if (unknown.length > 0)
          throw appError(
            'BAD_REQUEST',
            `Không có đơn vị: ${unknown.join(', ')}`,
            `No such unit: ${unknown.join(', ')}`,
          );
        const today = ctx.now().toISOString().slice(0, 10);
        for (const unitId of input.replicatedIn)
          await tx.initiativeReplication.create({ data: { initiativeId: input.initiativeId, unitId, since: today } });
        return {
          result: { ok: true },
          audit: {
            action: 'initiative.recognise',
            entity: 'Initiative',
            entityId: input.initiativeId,
            data: { replicatedIn: input.replicatedIn },
          },
        };
      }),
    ),
} satisfies TRPCRouterRecord;
