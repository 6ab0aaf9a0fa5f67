// A grid (or a workbook) saved by the sector office keeps the figures its registers compute: the computed value is
// stored whatever the cell held, and a different typed value is refused by name, not silently replaced.
import { appError } from '../errors.js';
import type { SectorValueInput } from '../sectors/sector-values.js';
import type { ComputedCell } from './register-items.js';

const key = (unitId: string, indicatorId: string) => `${unitId} ${indicatorId}`;

/** A typed number the register disagrees with; a register without a figure yet (every school unchecked) still owns
 * its cell, so any typed number there is refused too. */
const differs = (typed: SectorValueInput, computed: ComputedCell | undefined): computed is ComputedCell =>
  computed !== undefined &&
  typed.number !== undefined &&
  typed.number !== null &&
  (computed.number === null || Math.abs(typed.number - computed.number) > 1e-9);

export const withComputedFigures = (
  computed: readonly ComputedCell[],
  names: ReadonlyMap<string, string>,
  values: readonly SectorValueInput[],
): SectorValueInput[] => {
  const byCell = new Map(computed.map((c) => [key(c.unitId, c.indicatorId), c]));
  const typed = new Map(values.map((v) => [key(v.unitId, v.indicatorId), v]));
  const differing = values.flatMap((v) => {
    const c = byCell.get(key(v.unitId, v.indicatorId));
    return differs(v, c) ? [{ v, c }] : [];
  });
  if (differing.length > 0)
    throw appError(
      'BAD_REQUEST',
      `Số liệu tính từ sổ, không nhập tay: ${differing
        .map(({ v, c }) => `${names.get(v.unitId) ?? v.unitId} · ${v.indicatorId} (sổ ${c.registerLabel.vi})`)
        .join('; ')}. Sửa sổ để thay đổi số liệu này`,
      `Computed from a register, not typed: ${differing
        .map(({ v, c }) => `${v.unitId} · ${v.indicatorId} (${c.registerLabel.en})`)
        .join('; ')}. Change the register instead`,
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
