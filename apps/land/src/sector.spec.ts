import { indicatorGoal, isPossibleValue, ninhSonDx2021_2025, parseMovement, type Measure } from '@thidua/domain';
import { describe, expect, it } from 'vitest';
import { KEY_INDICATOR, SECTOR_ID } from './sector.js';

describe('the land module', () => {
  const parsed = parseMovement(ninhSonDx2021_2025);
  if (!parsed.ok) throw new Error('the plan does not parse');
  const sector = parsed.movement.sectors.find((s) => s.id === SECTOR_ID);

  it('belongs to a sector programme of the plan', () => {
    expect(sector?.id).toBe(SECTOR_ID);
  });

  it('keeps in focus an indicator of its own sector, whose goal the movement gives and the indicator can reach', () => {
    const indicator = sector?.indicators.find((i) => i.id === KEY_INDICATOR);
    const goal = indicator ? indicatorGoal(indicator) : null;
    expect(goal).not.toBeNull();
    expect(indicator && isPossibleValue(indicator.measure as Measure, goal!)).toBe(true);
  });

  it('has registers in the plan for its own tab, each computing indicators of its own sector', () => {
    const registers = sector?.registers ?? [];
    expect(registers.length).toBeGreaterThan(0);
    const own = new Set(sector?.indicators.map((i) => i.id));
    expect(registers.flatMap((r) => r.rollups).every((r) => own.has(r.indicatorId))).toBe(true);
  });
});
