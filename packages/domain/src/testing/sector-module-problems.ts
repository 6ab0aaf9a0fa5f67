// What a sector module (a remote) says about itself, checked against a movement: each module's first test, and the
// generator's, ask this one question instead of repeating its checks.
import { isPossibleValue, type Measure } from '../movement/measure.schema.js';
import type { MovementInput } from '../movement/movement.schema.js';
import { parseMovement } from '../movement/parse-movement.js';
import { indicatorGoal } from '../sectors/indicator-goal.js';

export interface SectorModuleAbout {
  SECTOR_ID: string;
  KEY_INDICATOR: string;
}

/** Why the module does not fit the movement (none: it fits). `registers`: the module also needs registers. */
export const sectorModuleProblems = (
  movement: MovementInput,
  about: SectorModuleAbout,
  needs: { registers?: boolean } = {},
): string[] => {
  const parsed = parseMovement(movement);
  if (!parsed.ok) return ['the movement does not parse'];
  const sector = parsed.movement.sectors.find((s) => s.id === about.SECTOR_ID);
  if (!sector) return [`no sector ${about.SECTOR_ID} in the movement`];
  const problems: string[] = [];
  const indicator = sector.indicators.find((i) => i.id === about.KEY_INDICATOR);
  if (!indicator) problems.push(`${about.KEY_INDICATOR} is not an indicator of ${sector.id}`);
  const goal = indicator ? indicatorGoal(indicator) : null;
  if (indicator && goal !== null && !isPossibleValue(indicator.measure as Measure, goal))
    problems.push(`the goal ${goal} of ${indicator.id} is not a value it can have`);
  if (needs.registers && indicator && goal === null) problems.push(`${indicator.id} has no goal in the movement`);
  if (needs.registers && (sector.registers ?? []).length === 0) problems.push(`${sector.id} keeps no register`);
  return problems;
};
