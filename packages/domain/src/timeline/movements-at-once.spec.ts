// Several movements at once, at each boundary: a shared year or review refuses the newcomer (a new version of the same
// movement does not count), each year and review finds its one movement, and screens open on the right one.
import { describe, expect, it } from 'vitest';
import type { Movement } from '../movement/movement.schema.js';
import { ninhSonDx2021_2025 as ninhSon } from '../plans/ninh-son-dx-2021-2025/index.js';
import { DomainError } from '../errors/domain-error.js';
import {
  assertCanRunBeside,
  currentMovement,
  movementOverlap,
  movementReportingIn,
  movementWithReview,
} from './movements-at-once.js';
import { assertUnitPlanDeadline, unitPlanDeadline } from './reporting-years.js';

/** Ninh Sơn moved by `years` (its yearly deadlines and phases), with its review IDs suffixed by `tag`. */
const shifted = (years: number, tag: string, id = `next-${tag.toLowerCase()}`): Movement => {
  const m = structuredClone(ninhSon) as Movement;
  m.id = id;
  for (const d of m.timeline.deadlines)
    if (d.due.kind === 'yearly')
      Object.assign(d.due, { fromYear: d.due.fromYear + years, toYear: d.due.toYear + years });
  m.timeline.reviews = m.timeline.reviews.map((r) => ({ ...r, id: `${r.id}-${tag}`, year: r.year + years }));
  return m;
};

const codeOf = (run: () => unknown): string | null => {
  try {
    run();
    return null;
  } catch (e) {
    return e instanceof DomainError ? e.code : 'other';
  }
};

describe('several movements at once', () => {
  const next = shifted(4, 'B'); // reports 2026–2029
  const touching = shifted(3, 'C'); // reports 2025–2028: shares 2025

  it('refuses a movement sharing a reporting year or a review id, and only then', () => {
    expect(movementOverlap(next, ninhSon)).toEqual({ years: [], reviewIds: [] });
    expect(codeOf(() => assertCanRunBeside(next, [ninhSon]))).toBeNull();
    expect(movementOverlap(touching, ninhSon).years).toEqual([2025]);
    expect(codeOf(() => assertCanRunBeside(touching, [ninhSon]))).toBe('MOVEMENTS_OVERLAP');
    const sameReview = shifted(4, 'D');
    sameReview.timeline.reviews[0] = { ...sameReview.timeline.reviews[0]!, id: ninhSon.timeline.reviews[0]!.id };
    expect(codeOf(() => assertCanRunBeside(sameReview, [ninhSon]))).toBe('MOVEMENTS_OVERLAP');
    // A new version of a running movement replaces it: it is not beside itself.
    expect(codeOf(() => assertCanRunBeside(ninhSon, [ninhSon]))).toBeNull();
  });

  it('finds the movement of a year and of a review, and names what there is when none has it', () => {
    const both = [ninhSon, next];
    expect(movementReportingIn(both, 2025)).toBe(ninhSon);
    expect(movementReportingIn(both, 2026)).toBe(next);
    expect(() => movementReportingIn(both, 2030)).toThrow(
      /2030 is not a reporting year of any running movement \(2022–2025; 2026–2029\)/,
    );
    expect(() => movementReportingIn([ninhSon], 2021)).toThrow(
      /2021 is not a reporting year of this movement \(2022–2025\)/,
    );
    expect(movementWithReview(both, 'R-FINAL')).toBe(ninhSon);
    expect(movementWithReview(both, 'R-FINAL-B')).toBe(next);
    expect(codeOf(() => movementWithReview(both, 'R-KHAC'))).toBe('UNKNOWN_REVIEW');
  });

  it('opens screens on the movement reporting this year, else the latest begun, else the first to begin', () => {
    const both = [next, ninhSon];
    expect(currentMovement(both, '2025-12-31')).toBe(ninhSon);
    expect(currentMovement(both, '2026-01-01')).toBe(next);
    expect(currentMovement(both, '2031-06-01')).toBe(next);
    expect(currentMovement([ninhSon], '2021-06-01')).toBe(ninhSon);
    expect(currentMovement([], '2026-01-01')).toBeNull();
  });

  it('finds the unit-plan deadline by its purpose, and says when a movement asks for none', () => {
    expect(unitPlanDeadline(ninhSon)?.purpose).toBe('unit-plan');
    const none = structuredClone(ninhSon) as Movement;
    none.timeline.deadlines = none.timeline.deadlines.filter((d) => d.purpose !== 'unit-plan');
    expect(unitPlanDeadline(none)).toBeNull();
    expect(codeOf(() => assertUnitPlanDeadline(none))).toBe('UNKNOWN_DEADLINE');
    expect(assertUnitPlanDeadline(ninhSon).id).toBe(unitPlanDeadline(ninhSon)?.id);
  });
});
