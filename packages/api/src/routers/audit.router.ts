// The audit log: the administrator reads it, filtered, newest first, and verifies the hash chain, the check that
// nobody rewrote history.
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { verifyAuditChain } from '../audit/verify-chain.js';
import { auditKeyOf, writeCheckpoint } from '../audit/checkpoint.js';
import { exportAuditLog } from '../audit/audit-export.js';
import { mutate } from '../mutation.js';
import { procedure, rolesMeta } from '../trpc.js';

const PAGE = 100;

export const auditRouter = {
  /** Recomputes the chain and holds it against the signed checkpoints; a chain that verifies is noted as a new one. */
  verify: procedure.meta(rolesMeta('ADMIN')).mutation(async ({ ctx }) => {
    const key = ctx.auditKey ?? auditKeyOf(undefined);
    const report = await verifyAuditChain(ctx.db, key);
    if (report.ok) await writeCheckpoint(ctx.db, key, ctx.now());
    return report;
  }),

  /** The whole log and its signed checkpoints as one file, for an inspector's `thidua audit verify` (audited). */
  export: procedure.meta(rolesMeta('ADMIN')).mutation(async ({ ctx }) => {
    const file = await exportAuditLog(ctx.db, ctx.now());
    await mutate(ctx, async () => ({
      result: null,
      audit: { action: 'audit.export', entity: 'AuditLog', entityId: null, data: { entries: file.entries.length } },
    }));
    return file;
  }),

  /** One page of entries, newest first; `before` is the last `seq` of the previous page. */
  list: procedure
    .meta(rolesMeta('ADMIN'))
    .input(
      z.object({
        /** An action or its prefix: `user.`, `report.approve`, `org.`. */
        action: z.string().trim().max(64).optional(),
        username: z.string().trim().toLowerCase().max(64).optional(),
        entityId: z.string().trim().max(128).optional(),
        /** Local dates, inclusive. */
        from: z.iso.date().optional(),
        to: z.iso.date().optional(),
        before: z.number().int().min(1).optional(),
      }),
    )
    .query(async ({ ctx, input }) => {
      const actor = input.username
        ? await ctx.db.user.findUnique({ where: { username: input.username }, select: { id: true } })
        : null;
      if (input.username && !actor) return { entries: [], next: null };
      // The district's day: a date filter means Vietnam's calendar day, whatever the server's zone.
      const at = {
        ...(input.from ? { gte: new Date(`${input.from}T00:00:00+07:00`) } : {}),
        ...(input.to ? { lt: new Date(new Date(`${input.to}T00:00:00+07:00`).getTime() + 86_400_000) } : {}),
      };
      const rows = await ctx.db.auditLog.findMany({
        where: {
          ...(input.action ? { action: { startsWith: input.action } } : {}),
          ...(actor ? { actorId: actor.id } : {}),
          ...(input.entityId ? { entityId: input.entityId } : {}),
          ...(input.from || input.to ? { at } : {}),
          ...(input.before ? { seq: { lt: input.before } } : {}),
        },
        orderBy: { seq: 'desc' },
        take: PAGE + 1,
        select: {
          seq: true,
          at: true,
          actorId: true,
          actorRole: true,
          action: true,
          entity: true,
          entityId: true,
          requestId: true,
          data: true,
        },
      });
      const page = rows.slice(0, PAGE);
      const actorIds = [...new Set(page.map((r) => r.actorId).filter((id): id is string => id !== null))];
      const names = new Map(
        (await ctx.db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, username: true } })).map(
          (u) => [u.id, u.username],
        ),
      );
      return {
        entries: page.map((r) => ({ ...r, actor: r.actorId ? (names.get(r.actorId) ?? r.actorId) : null })),
        next: rows.length > PAGE ? (page[page.length - 1]?.seq ?? null) : null,
      };
    }),
} satisfies TRPCRouterRecord;
