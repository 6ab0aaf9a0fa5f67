// A grid (or a workbook) saved by the sector office keeps the figures its registers compute: the computed value is
// stored whatever the cell held, and a different typed value is refused by name, not silently replaced.
import { appError } from '../errors.js';
import type { SectorValueInput } from '../sectors/sector-values.js';
import type { ComputedCell } from './register-items.js';

const key = (unitId: string, indicatorId: string) => `${unitId} ${indicatorId}`;

export const withComputedFigures = (
  computed: readonly ComputedCell[],
  names: ReadonlyMap<string, string>,
  values: readonly SectorValueInput[],
): SectorValueInput[] => {
  const byCell = new Map(computed.map((c) => [key(c.unitId, c.indicatorId), c]));
  const typed = new Map(values.map((v) => [key(v.unitId, v.indicatorId), v]));
  const differing = values.filter((v) => {
    const c = byCell.get(key(v.unitId, v.indicatorId));
    return (
      c !== undefined && (v.number ?? null) !== null && Math.abs((v.number ?? 0) - (c.number ?? Number.NaN)) > 1e-9
    );
  });
  if (differing.length > 0)
    throw appError(
      'BAD_REQUEST',
      `Số liệu tính từ sổ, không nhập tay: ${differing
        .map(
          (v) =>
            `${names.get(v.unitId) ?? v.unitId} · ${v.indicatorId} (sổ ${byCell.get(key(v.unitId, v.indicatorId))!.registerId})`,
        )
        .join('; ')}. Sửa sổ để thay đổi số liệu này`,
      `Computed from a register, not typed: ${differing.map((v) => `${v.unitId} · ${v.indicatorId}`).join('; ')}`,
    );
  // The cell keeps its evidence and note; only the figure comes from the register.
  return [
    ...values.filter((v) => !byCell.has(key(v.unitId, v.indicatorId))),
    ...computed.map((c) => ({
      ...typed.get(key(c.unitId, c.indicatorId)),
      unitId: c.unitId,
      indicatorId: c.indicatorId,
      number: c.number,
      bool: null,
    })),
  ];
};
