// Object-level rules: which units' and sectors' data an actor may read or change. Checked on every id taken from input.
import type { Actor } from '../context.js';
import { forbidden } from '../errors.js';
import { DISTRICT_READERS } from './capabilities.js';

export interface UnitRef {
  id: string;
  sectorId: string | null;
}

export const canReadUnitData = (actor: Actor, unit: UnitRef): boolean =>
  DISTRICT_READERS.has(actor.role) ||
  (actor.role === 'UNIT-EDITOR' && actor.unitId === unit.id) ||
  (actor.role === 'SECTOR-EDITOR' && actor.sectorId !== null && actor.sectorId === unit.sectorId);

export const assertCanRead = (actor: Actor, unit: UnitRef): void => {
  if (!canReadUnitData(actor, unit)) throw forbidden();
};

/** As assertCanRead, and a successor's editor also reads the units it carries (its predecessors' records). */
export const assertCanReadCarried = async (
  actor: Actor,
  unit: UnitRef,
  predecessorsOfOwn: (unitId: string) => Promise<string[]>,
): Promise<void> => {
  if (canReadUnitData(actor, unit)) return;
  if (
    actor.role === 'UNIT-EDITOR' &&
    actor.unitId !== null &&
    (await predecessorsOfOwn(actor.unitId)).includes(unit.id)
  )
    return;
  throw forbidden();
};

/** Only the unit's own editor enters its report. */
export const assertCanEdit = (actor: Actor, unit: UnitRef): void => {
  if (!(actor.role === 'UNIT-EDITOR' && actor.unitId === unit.id)) throw forbidden();
};

/** District readers, and the sector office's own editors, read a sector programme's reports. */
export const canReadSectorData = (actor: Actor, sectorId: string): boolean =>
  DISTRICT_READERS.has(actor.role) ||
  (actor.role === 'SECTOR-EDITOR' && actor.sectorId !== null && actor.sectorId === sectorId);

export const assertCanReadSector = (actor: Actor, sectorId: string): void => {
  if (!canReadSectorData(actor, sectorId)) throw forbidden();
};

/** Only the sector's own office enters and submits its figures. */
export const assertCanEditSector = (actor: Actor, sectorId: string): void => {
  if (!(actor.role === 'SECTOR-EDITOR' && actor.sectorId !== null && actor.sectorId === sectorId)) throw forbidden();
};
