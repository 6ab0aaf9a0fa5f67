// Each signed-in user reads and clears only their own notifications.
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { SIGNED_IN, procedure } from '../trpc.js';
import { asReadAt } from '../notifications/reminder-as-read.js';

const PAGE = 30;

export const notificationsRouter = {
  /** Newest first, a page at a time, with how many are unread in all. */
  mine: procedure
    .meta(SIGNED_IN)
    .input(z.object({ cursor: z.string().min(1).max(40).optional(), unreadOnly: z.boolean().optional() }).optional())
    .query(async ({ ctx, input }) => {
      const userId = ctx.actor!.userId;
      const where = { userId, ...(input?.unreadOnly ? { readAt: null } : {}) };
      const [rows, unread] = await Promise.all([
        ctx.db.notification.findMany({
          where,
          orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
          take: PAGE + 1,
          ...(input?.cursor ? { cursor: { id: input.cursor }, skip: 1 } : {}),
          select: {
            id: true,
            kind: true,
            title: true,
            body: true,
            titleEn: true,
            bodyEn: true,
            link: true,
            createdAt: true,
            readAt: true,
            milestone: true,
          },
        }),
        ctx.db.notification.count({ where: { userId, readAt: null } }),
      ]);
      const now = ctx.now();
      const items = rows.slice(0, PAGE).map((n) => asReadAt(n, now));
      return { items, unread, nextCursor: rows.length > PAGE ? (items.at(-1)?.id ?? null) : null };
    }),

  /** Marks the given notifications read, or all of them; someone else's ids are ignored, not revealed. */
  markRead: procedure
    .meta(SIGNED_IN)
    .input(
      z.union([
        z.object({ ids: z.array(z.string().min(1).max(40)).min(1).max(100) }),
        z.object({ all: z.literal(true) }),
      ]),
    )
    .mutation(async ({ ctx, input }) => {
      const userId = ctx.actor!.userId;
      const { count } = await ctx.db.notification.updateMany({
        where: { userId, readAt: null, ...('ids' in input ? { id: { in: input.ids } } : {}) },
        data: { readAt: ctx.now() },
      });
      const unread = await ctx.db.notification.count({ where: { userId, readAt: null } });
      return { marked: count, unread };
    }),
} satisfies TRPCRouterRecord;
