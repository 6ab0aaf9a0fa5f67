// The sector office's registers (ADR 0026): read a year's items, add or change one, remove one. Each change recomputes
// the commune's figures in the year's draft in the same transaction, with its audit entry.
import { isEditable, registerItemProblems, type Register, type Sector } from '@thidua/domain';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import type { Context } from '../context.js';
import { appError, notFound } from '../errors.js';
import { yearInput } from '../inputs/year-input.js';
import { movementById, movementForYear } from '../movement/active-movement.js';
import { expectOneUpdated, mutate } from '../mutation.js';
import { assertCanEditSector, assertCanReadSector } from '../policy/unit-access.js';
import { communesActiveIn, sectorIn } from '../sectors/sector-lookup.js';
import { sectorReports } from '../submissions/index.js';
import { procedure, rolesMeta, SIGNED_IN } from '../trpc.js';
import { computedCells, parseValues } from './register-items.js';
import { refreshCommuneFigures } from './refresh-figures.js';

/** Items one commune may keep in one register for a year: far above any commune's schools or villages. */
export const REGISTER_ITEMS_MAX = 500;
export const REGISTER_NAME_MAX = 200;

const id = z.string().min(1).max(64);
const fieldValue = z.union([z.string().max(200), z.number().finite(), z.boolean(), z.null()]);
const itemInput = z.object({
  sectorId: id,
  registerId: id,
  year: yearInput,
  /** The item changed; omitted for a new one. */
  itemId: id.optional(),
  /** The version of the item the clerk changed (optimistic locking). */
  version: z.number().int().min(1).optional(),
  unitId: id,
  name: z
    .string()
    .trim()
    .min(1, 'Cần nhập tên / a name is needed')
    .max(
      REGISTER_NAME_MAX,
      `Tên tối đa ${REGISTER_NAME_MAX} ký tự / a name of at most ${REGISTER_NAME_MAX} characters`,
    ),
  values: z.record(z.string().max(40), fieldValue).refine((v) => Object.keys(v).length <= 30, 'at most 30 fields'),
});

const registerIn = (sector: Sector, registerId: string): Register => {
  const register = (sector.registers ?? []).find((r) => r.id === registerId);
  if (!register) throw notFound({ vi: `sổ ${registerId} của ngành ${sector.id}`, en: `Register ${registerId}` });
  return register;
};

/** Every wrong field named by its label, as the clerk sees it on the form. */
const assertItemValues = (register: Register, unitId: string, values: z.infer<typeof itemInput>['values']) => {
  const problems = registerItemProblems(register, { unitId, values });
  if (problems.length === 0) return;
  const label = (f: string) => register.fields.find((x) => x.id === f)?.label ?? { vi: f, en: f };
  throw appError(
    'BAD_REQUEST',
    `${register.label.vi}: ${problems.map((p) => `${label(p.field).vi} ${p.message.vi}`).join('; ')}`,
    `${register.label.en}: ${problems.map((p) => `${label(p.field).en} ${p.message.en}`).join('; ')}`,
  );
};

const saveItem = async (ctx: Context, input: z.infer<typeof itemInput>) => {
  const actor = ctx.actor!;
  assertCanEditSector(actor, input.sectorId);
  const { movement } = await movementForYear(ctx.db, input.year);
  const sector = sectorIn(movement, input.sectorId);
  const register = registerIn(sector, input.registerId);
  const communes = await communesActiveIn(ctx.db, movement, input.year);
  if (!communes.some((c) => c.id === input.unitId))
    throw appError(
      'BAD_REQUEST',
      `Xã, thị trấn ${input.unitId} không hoạt động trong năm ${input.year}`,
      `${input.unitId} is not a commune active in ${input.year}`,
    );
  assertItemValues(register, input.unitId, input.values);
  const scope = { movementId: movement.id, sectorId: sector.id, year: input.year };
  const data = {
    unitId: input.unitId,
    name: input.name,
    values: JSON.stringify(input.values),
    updatedBy: actor.userId,
  };
  return mutate(ctx, async (tx) => {
    // The commune receiving an item (a new one, or one moved from another commune) must have room for it.
    const assertRoom = async () => {
      const kept = await tx.registerItem.count({ where: { ...scope, registerId: register.id, unitId: input.unitId } });
      if (kept >= REGISTER_ITEMS_MAX)
        throw appError(
          'BAD_REQUEST',
          `Mỗi xã có tối đa ${REGISTER_ITEMS_MAX} mục trong sổ ${register.label.vi} mỗi năm`,
          `A commune keeps at most ${REGISTER_ITEMS_MAX} items in this register per year`,
        );
    };
    let itemId = input.itemId;
    let before: string | null = null;
    if (itemId) {
      const found = await tx.registerItem.findUnique({ where: { id: itemId }, select: { unitId: true, ...SCOPE } });
      if (!found || !sameScope(found, { ...scope, registerId: register.id }))
        throw notFound({ vi: 'mục trong sổ', en: 'Register item' });
      before = found.unitId;
      if (before !== input.unitId) await assertRoom();
      expectOneUpdated(
        (
          await tx.registerItem.updateMany({
            where: { id: itemId, version: input.version ?? -1 },
            data: { ...data, version: { increment: 1 } },
          })
        ).count,
      );
    } else {
      await assertRoom();
      itemId = (
        await tx.registerItem.create({ data: { ...scope, registerId: register.id, ...data }, select: { id: true } })
      ).id;
    }
    // An item moved to another commune changes the figures of both.
    if (before && before !== input.unitId) await refreshCommuneFigures(tx, scope, sector, register, before);
    const report = await refreshCommuneFigures(tx, scope, sector, register, input.unitId);
    const { version } = await tx.registerItem.findUniqueOrThrow({ where: { id: itemId }, select: { version: true } });
    return {
      result: { itemId, version, report },
      audit: {
        action: input.itemId ? 'sector_register.update_item' : 'sector_register.add_item',
        entity: 'RegisterItem',
        entityId: itemId,
        data: { ...scope, registerId: register.id, unitId: input.unitId, name: input.name, values: input.values },
      },
    };
  });
};

const SCOPE = { movementId: true, sectorId: true, registerId: true, year: true } as const;
type Scoped = { movementId: string; sectorId: string; registerId: string; year: number };
const sameScope = (a: Scoped, b: Scoped) =>
  a.movementId === b.movementId && a.sectorId === b.sectorId && a.registerId === b.registerId && a.year === b.year;

export const registerProcedures = {
  /** The sector's registers with the year's items, the communes of the grid, and whether the year is still open. */
  register: procedure
    .meta(SIGNED_IN)
    .input(z.object({ sectorId: id, year: yearInput }))
    .query(async ({ ctx, input }) => {
      assertCanReadSector(ctx.actor!, input.sectorId);
      const { movement } = await movementForYear(ctx.db, input.year);
      const sector = sectorIn(movement, input.sectorId);
      const scope = { movementId: movement.id, sectorId: sector.id, year: input.year };
      const [items, communes, report] = await Promise.all([
        ctx.db.registerItem.findMany({
          where: scope,
          orderBy: [{ unitId: 'asc' }, { name: 'asc' }, { id: 'asc' }],
          select: {
            id: true,
            registerId: true,
            unitId: true,
            name: true,
            values: true,
            version: true,
            updatedAt: true,
          },
        }),
        communesActiveIn(ctx.db, movement, input.year),
        sectorReports.find(ctx.db, scope),
      ]);
      const parsed = items.map((i) => ({ ...i, values: parseValues(i.values) }));
      return {
        year: input.year,
        registers: sector.registers ?? [],
        indicators: sector.indicators,
        communes: communes.map((c) => ({ id: c.id, name: c.name, nameEn: c.nameEn })),
        items: parsed,
        computed: computedCells(sector, parsed),
        /** False once the year's figures were sent: the register is then what was submitted. */
        open: !report || isEditable(report.status),
      };
    }),

  saveRegisterItem: procedure
    .meta(rolesMeta('SECTOR-EDITOR'))
    .input(itemInput)
    .mutation(({ ctx, input }) => saveItem(ctx, input)),

  /** Removes an item (the page asks first); the commune's figures follow. */
  removeRegisterItem: procedure
    .meta(rolesMeta('SECTOR-EDITOR'))
    .input(z.object({ itemId: id, version: z.number().int().min(1) }))
    .mutation(async ({ ctx, input }) => {
      const found = await ctx.db.registerItem.findUnique({
        where: { id: input.itemId },
        select: { unitId: true, name: true, ...SCOPE },
      });
      if (!found) throw notFound({ vi: 'mục trong sổ', en: 'Register item' });
      assertCanEditSector(ctx.actor!, found.sectorId);
      const { movement } = await movementById(ctx.db, found.movementId);
      const sector = sectorIn(movement, found.sectorId);
      const scope = { movementId: found.movementId, sectorId: found.sectorId, year: found.year };
      return mutate(ctx, async (tx) => {
        expectOneUpdated(
          (await tx.registerItem.deleteMany({ where: { id: input.itemId, version: input.version } })).count,
        );
        const report = await refreshCommuneFigures(
          tx,
          scope,
          sector,
          registerIn(sector, found.registerId),
          found.unitId,
        );
        return {
          result: { report },
          audit: {
            action: 'sector_register.remove_item',
            entity: 'RegisterItem',
            entityId: input.itemId,
            data: { ...scope, registerId: found.registerId, unitId: found.unitId, name: found.name },
          },
        };
      });
    }),
} satisfies TRPCRouterRecord;
