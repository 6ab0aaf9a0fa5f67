// Org units as the public may see them: names, kinds and validity, never people or contact data.
import type { Prisma } from '@thidua/db';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { procedure, PUBLIC } from '../trpc.js';
import { inForceOn } from '../org/in-force.js';

const publicUnit = {
  id: true,
  name: true,
  nameEn: true,
  kind: true,
  participantKind: true,
  sectorId: true,
  parentId: true,
  validFrom: true,
  validTo: true,
} satisfies Prisma.OrgUnitSelect;

export const orgUnitsRouter = {
  list: procedure
    .meta(PUBLIC)
    .input(z.object({ activeOn: z.iso.date().optional() }).optional())
    .query(({ ctx, input }) => {
      const on = input?.activeOn;
      return ctx.db.orgUnit.findMany({
        where: on ? inForceOn(on) : {},
        orderBy: { id: 'asc' },
        select: publicUnit,
      });
    }),
} satisfies TRPCRouterRecord;
