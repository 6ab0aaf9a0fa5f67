// Object-level rules: which units' data an actor may read or change. Checked on every id taken from input.
import type { Actor } from '../context.js';
import { forbidden } from '../errors.js';
import type { Role } from '../roles.js';

/** Roles that oversee the whole district and may read every unit's reports. */
const DISTRICT_READERS: ReadonlySet<Role> = new Set(['ROLE-CULTURE', 'ROLE-HOME-AFFAIRS', 'ROLE-COUNCIL', 'ROLE-CHAIR', 'LEADER', 'ADMIN']);

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

/** Only the unit's own editor enters its report. */
export const assertCanEdit = (actor: Actor, unit: UnitRef): void => {
  if (!(actor.role === 'UNIT-EDITOR' && actor.unitId === unit.id)) throw forbidden();
};
