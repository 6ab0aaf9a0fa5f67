// A sector's register items as the domain reads them, and the cells of a year's grid they compute: a commune with
// items in the register computing an indicator has that figure computed, never typed.
import { rollUpRegister, type LocalizedText, type RegisterItem, type Sector } from '@thidua/domain';
import type { Tx } from '../mutation.js';

export interface RegisterScope {
  movementId: string;
  sectorId: string;
  year: number;
}

type Reader = Pick<Tx, 'registerItem'>;

/** Values as stored (JSON text written by this API only, after the domain checked it). */
export const parseValues = (json: string): RegisterItem['values'] => JSON.parse(json) as RegisterItem['values'];

/** The items of the sector's registers for the year (narrowed to one register's in one commune when asked), each
 * with its register. */
export const registerItemsOf = async (
  db: Reader,
  scope: RegisterScope,
  only: { registerId: string; unitId: string } | Record<string, never> = {},
) =>
  (
    await db.registerItem.findMany({
      where: { ...scope, ...only },
      select: { registerId: true, unitId: true, values: true },
    })
  ).map((i) => ({ registerId: i.registerId, unitId: i.unitId, values: parseValues(i.values) }));

export interface ComputedCell {
  unitId: string;
  indicatorId: string;
  number: number | null;
  registerId: string;
  /** What one item of the register is ("Cơ sở giáo dục"), to name it where the figure shows. */
  registerLabel: LocalizedText;
}

/** Each commune's figures computed by the sector's registers, for the communes that have items in them. */
export const computedCells = (
  sector: Sector,
  items: ReadonlyArray<RegisterItem & { registerId: string }>,
): ComputedCell[] =>
  (sector.registers ?? []).flatMap((register) => {
    const own = items.filter((i) => i.registerId === register.id);
    const communes = [...new Set(own.map((i) => i.unitId))];
    return rollUpRegister(register, own, communes).map((v) => ({
      ...v,
      registerId: register.id,
      registerLabel: register.label,
    }));
  });
