// Initiatives and good practices (sáng kiến, mô hình hay): units record them, Culture & Information recognises
// them, and where they are replicated is kept; the public sees recognised ones only.
import type { Prisma } from '@thidua/db';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { appError, forbidden, notFound } from '../errors.js';
import { expectOneUpdated, mutate } from '../mutation.js';
import { procedure, PUBLIC, rolesMeta } from '../trpc.js';
import { evidenceUrl } from '../inputs/evidence-url.js';

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
} satisfies Prisma.InitiativeSelect;

export const initiativesRouter = {
  publicList: procedure
    .meta(PUBLIC)
    .input(z.object({ sectorId: z.string().optional(), search: z.string().trim().max(100).optional() }).optional())
    .query(({ ctx, input }) =>
      ctx.db.initiative.findMany({
        where: {
          recognisedAt: { not: null },
          ...(input?.sectorId ? { sectorId: input.sectorId } : {}),
          ...(input?.search ? { OR: [{ title: { contains: input.search } }, { summary: { contains: input.search } }] } : {}),
        },
        orderBy: [{ recognisedAt: 'desc' }, { id: 'asc' }],
        take: 200,
        select: publicInitiative,
      }),
    ),

  create: procedure
    .meta(rolesMeta('UNIT-EDITOR'))
    .input(z.object({ unitId: z.string().min(1), title: z.string().trim().min(5).max(300), summary: z.string().trim().min(20).max(5000), sectorId: z.string().regex(/^S-/).optional(), evidenceUrl: evidenceUrl.optional() }))
    .mutation(async ({ ctx, input }) => {
      if (ctx.actor!.unitId !== input.unitId) throw forbidden();
      return mutate(ctx, async (tx) => {
        const row = await tx.initiative.create({ data: { unitId: input.unitId, title: input.title, summary: input.summary, sectorId: input.sectorId ?? null, evidenceUrl: input.evidenceUrl ?? null, createdAt: ctx.now() }, select: { id: true, version: true } });
        return { result: row, audit: { action: 'initiative.create', entity: 'Initiative', entityId: row.id, data: { title: input.title } } };
      });
    }),

  recognise: procedure
    .meta(rolesMeta('ROLE-CULTURE'))
    .input(z.object({ initiativeId: z.string().min(1), version: z.number().int().min(1), replicatedIn: z.array(z.string().min(1)).max(50).default([]) }))
    .mutation(({ ctx, input }) =>
      mutate(ctx, async (tx) => {
        const found = await tx.initiative.findUnique({ where: { id: input.initiativeId }, select: { recognisedAt: true } });
        if (!found) throw notFound({ vi: 'sáng kiến', en: 'Initiative' });
        if (found.recognisedAt) throw appError('PRECONDITION_FAILED', 'Sáng kiến đã được công nhận', 'Already recognised');
        const { count } = await tx.initiative.updateMany({ where: { id: input.initiativeId, version: input.version }, data: { recognisedAt: ctx.now(), recognisedBy: ctx.actor!.userId, version: { increment: 1 } } });
        expectOneUpdated(count);
        const today = ctx.now().toISOString().slice(0, 10);
        for (const unitId of input.replicatedIn) await tx.initiativeReplication.create({ data: { initiativeId: input.initiativeId, unitId, since: today } });
        return { result: { ok: true }, audit: { action: 'initiative.recognise', entity: 'Initiative', entityId: input.initiativeId, data: { replicatedIn: input.replicatedIn } } };
      }),
    ),
} satisfies TRPCRouterRecord;
