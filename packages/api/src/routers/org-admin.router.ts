// The administrator keeps the organisation true: units created and corrected, and merges, splits and renames recorded
// as dated events, so history stays readable under the names it had and successors carry it forward.
import { orgHistoryProblems, orgUnitKindSchema } from '@thidua/domain';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { appError, notFound } from '../errors.js';
import { activeMovements } from '../movement/active-movement.js';
import { mutate, type Tx } from '../mutation.js';
import { inForceOn } from '../org/in-force.js';
import { storedHistory } from '../org/stored-history.js';
import { procedure, rolesMeta } from '../trpc.js';

const unitId = z
  .string()
  .trim()
  .regex(
    /^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+$/,
    'Mã đơn vị: chữ in hoa, số, nối bằng dấu gạch, ví dụ U-XA-MOI / unit id: upper-case words joined by hyphens',
  )
  .max(64);
const localDate = z.iso.date('Ngày dạng yyyy-mm-dd / a date as yyyy-mm-dd');
const name = z.string().trim().min(3, 'Tên cần ít nhất 3 ký tự / at least 3 characters').max(200);
const participantKind = z.enum(['department', 'commune', 'enterprise']).nullable();

const newUnit = z.object({
  id: unitId,
  name,
  nameEn: name,
  kind: orgUnitKindSchema,
  participantKind,
  parentId: unitId.nullable().default(null),
  sectorId: z.string().max(64).nullable().default(null),
  isItEnterprise: z.boolean().nullable().default(null),
});

const SHAPES = {
  merge: { from: [2, 50], to: [1, 1] },
  split: { from: [1, 1], to: [2, 50] },
  rename: { from: [1, 1], to: [1, 1] },
} as const;

const SHAPE_TEXT = {
  merge: { vi: 'hợp nhất từ 2 đơn vị trở lên thành 1', en: 'two or more units into one' },
  split: { vi: 'chia 1 đơn vị thành từ 2 đơn vị trở lên', en: 'one unit into two or more' },
  rename: { vi: '1 đơn vị thành 1 đơn vị mang tên mới', en: 'one unit into one with a new name' },
};

/** A sector a unit answers for must be one a running movement has. */
const assertSector = async (tx: Tx, sectorId: string | null) => {
  if (!sectorId) return;
  const running = await activeMovements(tx);
  if (!running.some((a) => a.movement.sectors.some((s) => s.id === sectorId)))
    throw appError(
      'BAD_REQUEST',
      `Không phong trào nào đang chạy có ngành ${sectorId}`,
      `No running movement has a sector ${sectorId}`,
    );
};

const createRow = (u: z.infer<typeof newUnit>, validFrom: string) => ({
  id: u.id,
  name: u.name,
  nameEn: u.nameEn,
  kind: u.kind,
  participantKind: u.participantKind,
  parentId: u.parentId,
  sectorId: u.sectorId,
  isItEnterprise: u.kind === 'enterprise' ? (u.isItEnterprise ?? false) : null,
  validFrom,
});

/** The domain judges the history as it would be after the change; any problem undoes the whole change. */
const assertHistoryConsistent = async (tx: Tx) => {
  const problems = orgHistoryProblems(await storedHistory(tx));
  if (problems.length > 0)
    throw appError(
      'BAD_REQUEST',
      problems.map((p) => p.message.vi).join('; '),
      problems.map((p) => p.message.en).join('; '),
    );
};

export const orgAdminRouter = {
  /** Every unit that ever existed, with its validity, and every recorded change. */
  units: procedure.meta(rolesMeta('ADMIN')).query(async ({ ctx }) => {
    const [units, history] = await Promise.all([
      ctx.db.orgUnit.findMany({
        orderBy: [{ kind: 'asc' }, { name: 'asc' }],
        select: {
          id: true,
          name: true,
          nameEn: true,
          kind: true,
          participantKind: true,
          parentId: true,
          sectorId: true,
          isItEnterprise: true,
          validFrom: true,
          validTo: true,
        },
        take: 20_000,
      }),
      storedHistory(ctx.db),
    ]);
    return { units, successions: history.successions };
  }),

  createUnit: procedure
    .meta(rolesMeta('ADMIN'))
    .input(newUnit.extend({ validFrom: localDate }))
    .mutation(({ ctx, input }) =>
      mutate(ctx, async (tx) => {
        if (await tx.orgUnit.findUnique({ where: { id: input.id }, select: { id: true } }))
          throw appError('CONFLICT', `Mã đơn vị ${input.id} đã có`, `Unit ${input.id} exists`);
        if (input.parentId && !(await tx.orgUnit.findUnique({ where: { id: input.parentId }, select: { id: true } })))
          throw notFound({ vi: `đơn vị cấp trên ${input.parentId}`, en: `Parent unit ${input.parentId}` });
        await assertSector(tx, input.sectorId);
        await tx.orgUnit.create({ data: createRow(input, input.validFrom) });
        return {
          result: { id: input.id },
          audit: { action: 'org.unit_create', entity: 'OrgUnit', entityId: input.id, data: input },
        };
      }),
    ),

  /** Corrects a unit's details (a misspelt name, its sector, its IT flag); a real rename is a dated change instead. */
  updateUnit: procedure
    .meta(rolesMeta('ADMIN'))
    .input(
      z.object({
        id: unitId,
        name,
        nameEn: name,
        participantKind,
        sectorId: z.string().max(64).nullable(),
        isItEnterprise: z.boolean().nullable(),
      }),
    )
    .mutation(({ ctx, input }) =>
      mutate(ctx, async (tx) => {
        const unit = await tx.orgUnit.findUnique({ where: { id: input.id }, select: { kind: true } });
        if (!unit) throw notFound({ vi: `đơn vị ${input.id}`, en: `Unit ${input.id}` });
        await assertSector(tx, input.sectorId);
        await tx.orgUnit.update({
          where: { id: input.id },
          data: {
            name: input.name,
            nameEn: input.nameEn,
            participantKind: input.participantKind,
            sectorId: input.sectorId,
            isItEnterprise: unit.kind === 'enterprise' ? (input.isItEnterprise ?? false) : null,
          },
        });
        return {
          result: { id: input.id },
          audit: { action: 'org.unit_update', entity: 'OrgUnit', entityId: input.id, data: input },
        };
      }),
    ),

  /** A unit that ends with no successor (an enterprise closes, an office is dissolved): it reports up to the years
   * whose due date falls before the end, and its records stay readable under its name. */
  closeUnit: procedure
    .meta(rolesMeta('ADMIN'))
    .input(
      z.object({
        id: unitId,
        date: localDate,
        basis: z
          .string()
          .trim()
          .min(5, 'Căn cứ (văn bản) cần ít nhất 5 ký tự / the legal basis needs at least 5 characters')
          .max(500),
      }),
    )
    .mutation(({ ctx, input }) =>
      mutate(ctx, async (tx) => {
        const unit = await tx.orgUnit.findFirst({
          where: { id: input.id, ...inForceOn(input.date) },
          select: { validFrom: true },
        });
        if (!unit)
          throw appError(
            'BAD_REQUEST',
            `${input.id} không hoạt động vào ngày ${input.date}`,
            `${input.id} is not in force on ${input.date}`,
          );
        if (unit.validFrom >= input.date)
          throw appError(
            'BAD_REQUEST',
            `Đơn vị bắt đầu từ ngày ${unit.validFrom} không thể kết thúc ngày ${input.date}`,
            `A unit starting on ${unit.validFrom} cannot end on ${input.date}`,
          );
        await tx.orgUnit.update({ where: { id: input.id }, data: { validTo: input.date } });
        await assertHistoryConsistent(tx);
        return {
          result: { id: input.id },
          audit: {
            action: 'org.unit_close',
            entity: 'OrgUnit',
            entityId: input.id,
            data: { date: input.date, basis: input.basis },
          },
        };
      }),
    ),

  /** A merge, split or rename on a date: the `from` units end that day, the new units start it, history is linked. */
  recordChange: procedure
    .meta(rolesMeta('ADMIN'))
    .input(
      z.object({
        type: z.enum(['merge', 'split', 'rename']),
        date: localDate,
        from: z.array(unitId).min(1).max(50),
        to: z.array(newUnit).min(1).max(50),
        basis: z
          .string()
          .trim()
          .min(5, 'Căn cứ (văn bản) cần ít nhất 5 ký tự / the legal basis needs at least 5 characters')
          .max(500),
      }),
    )
    .mutation(({ ctx, input }) => {
      const shape = SHAPES[input.type];
      const fits = (n: number, [min, max]: readonly [number, number]) => n >= min && n <= max;
      if (!fits(new Set(input.from).size, shape.from) || !fits(new Set(input.to.map((u) => u.id)).size, shape.to)) {
        throw appError(
          'BAD_REQUEST',
          `Thay đổi "${input.type}" phải ${SHAPE_TEXT[input.type].vi}`,
          `A ${input.type} turns ${SHAPE_TEXT[input.type].en}`,
        );
      }
      return mutate(ctx, async (tx) => {
        const from = await tx.orgUnit.findMany({
          where: { id: { in: input.from }, ...inForceOn(input.date) },
          select: { id: true, validFrom: true },
        });
        const missing = input.from.filter((id) => !from.some((u) => u.id === id));
        if (missing.length > 0)
          throw appError(
            'BAD_REQUEST',
            `Không còn hoạt động ngày ${input.date}: ${missing.join(', ')}`,
            `Not in force on ${input.date}: ${missing.join(', ')}`,
          );
        const early = from.filter((u) => u.validFrom >= input.date).map((u) => u.id);
        if (early.length > 0)
          throw appError(
            'BAD_REQUEST',
            `Đơn vị bắt đầu từ ngày ${input.date} trở đi không thể kết thúc ngày đó: ${early.join(', ')}`,
            `Units starting on or after ${input.date} cannot end then: ${early.join(', ')}`,
          );
        const taken = await tx.orgUnit.findMany({
          where: { id: { in: input.to.map((u) => u.id) } },
          select: { id: true },
        });
        if (taken.length > 0)
          throw appError(
            'CONFLICT',
            `Mã đơn vị đã có: ${taken.map((u) => u.id).join(', ')}`,
            `Unit ids exist: ${taken.map((u) => u.id).join(', ')}`,
          );
        for (const u of input.to) await assertSector(tx, u.sectorId);
        await tx.orgUnit.updateMany({ where: { id: { in: input.from } }, data: { validTo: input.date } });
        for (const u of input.to) await tx.orgUnit.create({ data: createRow(u, input.date) });
        const succession = await tx.orgSuccession.create({
          data: { type: input.type, date: input.date, basis: input.basis },
          select: { id: true },
        });
        await tx.orgSuccessionLink.createMany({
          data: [
            ...input.from.map((id) => ({ successionId: succession.id, unitId: id, role: 'from' })),
            ...input.to.map((u) => ({ successionId: succession.id, unitId: u.id, role: 'to' })),
          ],
        });
        await assertHistoryConsistent(tx);
        return {
          result: { successionId: succession.id },
          audit: {
            action: `org.${input.type}`,
            entity: 'OrgSuccession',
            entityId: succession.id,
            data: { date: input.date, from: input.from, to: input.to.map((u) => u.id), basis: input.basis },
          },
        };
      });
    }),
} satisfies TRPCRouterRecord;
