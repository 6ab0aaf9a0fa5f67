// Open data (plan content 3.7): every approved value, one row per year, unit and criterion or indicator, with stable
// column names. Only approved reports are read; rows name units, never people.
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { activeMovement, movementForYear } from '../movement/active-movement.js';
import { procedure, PUBLIC } from '../trpc.js';
import { yearInput } from '../inputs/year-input.js';

/** The columns of the dataset, in order: their names are a published contract and never change meaning. */
export const OPEN_DATA_COLUMNS = [
  'year',
  'unit_id',
  'unit_name',
  'unit_kind',
  'item_id',
  'item_label_vi',
  'item_label_en',
  'measure',
  'value',
  'source',
  'approved_at',
] as const;
export type OpenDataRow = Record<(typeof OPEN_DATA_COLUMNS)[number], string | number | null>;

const query = z.object({
  year: yearInput.optional(),
  unitId: z.string().min(1).max(64).optional(),
  itemId: z
    .string()
    .regex(/^[CI]-[A-Z0-9-]+$/)
    .optional(),
  offset: z.number().int().min(0).default(0),
  /** A page; exports ask for everything at once (the district's whole dataset is some thousands of rows). */
  limit: z.number().int().min(1).max(100_000).default(500),
});

const asValue = (n: number | null, b: boolean | null): number | null => (b === null ? n : b ? 1 : 0);

export const openDataRouter = {
  values: procedure
    .meta(PUBLIC)
    .input(query)
    .query(async ({ ctx, input }) => {
      const { movement } =
        input.year !== undefined ? await movementForYear(ctx.db, input.year) : await activeMovement(ctx.db, ctx.now());
      const criteria = new Map(movement.criteria.map((c) => [c.id, { label: c.label, measure: c.measure.kind }]));
      const indicators = new Map(
        movement.sectors.flatMap((s) =>
          s.indicators.map((i) => [i.id, { label: i.label, measure: i.measure.kind }] as const),
        ),
      );
      const years = input.year ? { year: input.year } : {};
      const [reports, sectorReports] = await Promise.all([
        ctx.db.report.findMany({
          where: {
            movementId: movement.id,
            status: 'approved',
            ...years,
            ...(input.unitId ? { unitId: input.unitId } : {}),
          },
          select: {
            year: true,
            approvedAt: true,
            unit: { select: { id: true, name: true, participantKind: true } },
            values: {
              where: input.itemId ? { key: input.itemId } : {},
              select: { key: true, numberValue: true, boolValue: true },
            },
          },
        }),
        ctx.db.sectorReport.findMany({
          where: { movementId: movement.id, status: 'approved', ...years },
          select: {
            year: true,
            approvedAt: true,
            values: {
              where: {
                ...(input.unitId ? { unitId: input.unitId } : {}),
                ...(input.itemId ? { indicatorId: input.itemId } : {}),
              },
              select: { unitId: true, indicatorId: true, numberValue: true, boolValue: true },
            },
          },
        }),
      ]);
      const unitIds = [...new Set(sectorReports.flatMap((r) => r.values.map((v) => v.unitId)))];
      const units = new Map(
        (
          await ctx.db.orgUnit.findMany({
            where: { id: { in: unitIds } },
            select: { id: true, name: true, participantKind: true },
          })
        ).map((u) => [u.id, u]),
      );
      const rows: OpenDataRow[] = [
        ...reports.flatMap((r) =>
          r.values.flatMap((v) => {
            const item = criteria.get(v.key);
            const value = asValue(v.numberValue, v.boolValue);
            if (!item || value === null) return [];
            return [
              {
                year: r.year,
                unit_id: r.unit.id,
                unit_name: r.unit.name,
                unit_kind: r.unit.participantKind,
                item_id: v.key,
                item_label_vi: item.label.vi,
                item_label_en: item.label.en,
                measure: item.measure,
                value,
                source: 'unit_report',
                approved_at: r.approvedAt?.toISOString() ?? null,
              },
            ];
          }),
        ),
        ...sectorReports.flatMap((r) =>
          r.values.flatMap((v) => {
            const item = indicators.get(v.indicatorId);
            const unit = units.get(v.unitId);
            const value = asValue(v.numberValue, v.boolValue);
            if (!item || !unit || value === null) return [];
            return [
              {
                year: r.year,
                unit_id: unit.id,
                unit_name: unit.name,
                unit_kind: unit.participantKind,
                item_id: v.indicatorId,
                item_label_vi: item.label.vi,
                item_label_en: item.label.en,
                measure: item.measure,
                value,
                source: 'sector_report',
                approved_at: r.approvedAt?.toISOString() ?? null,
              },
            ];
          }),
        ),
      ].sort(
        (a, b) =>
          Number(a.year) - Number(b.year) ||
          String(a.unit_id).localeCompare(String(b.unit_id)) ||
          String(a.item_id).localeCompare(String(b.item_id)),
      );
      return {
        total: rows.length,
        offset: input.offset,
        limit: input.limit,
        rows: rows.slice(input.offset, input.offset + input.limit),
      };
    }),
} satisfies TRPCRouterRecord;
