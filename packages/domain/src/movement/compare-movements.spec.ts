import { describe, expect, it } from 'vitest';
import { ninhSonDx2021_2025 } from '../plans/ninh-son-dx-2021-2025/index.js';
import { compareMovements } from './compare-movements.js';
import type { Movement } from './movement.schema.js';

const copy = (): Movement => structuredClone(ninhSonDx2021_2025);
const part = (m: ReturnType<typeof compareMovements>, name: string) => m.collections.find((c) => c.part === name)!;

describe('comparing a movement file with the active version', () => {
  it('finds nothing changed in the same definition, whatever the key order', () => {
    const reverseKeys = (v: unknown): unknown =>
      Array.isArray(v)
        ? v.map(reverseKeys)
        : v && typeof v === 'object'
          ? Object.fromEntries(
              Object.entries(v)
                .reverse()
                .map(([k, x]) => [k, reverseKeys(x)]),
            )
          : v;
    const reordered = reverseKeys(copy()) as Movement;
    expect(Object.keys(reordered)[0]).not.toBe(Object.keys(ninhSonDx2021_2025)[0]);
    const result = compareMovements(ninhSonDx2021_2025, reordered);
    expect(result.sameMovement).toBe(true);
    expect(result.fields).toEqual([]);
    for (const c of result.collections) expect([c.added, c.removed, c.changed]).toEqual([[], [], []]);
    expect(part(result, 'criteria').unchanged).toBe(ninhSonDx2021_2025.criteria.length);
  });

  it('names what was added, removed and changed, and the top-level fields that differ', () => {
    const next = copy();
    next.awardGrantor = { vi: 'Chủ tịch UBND tỉnh', en: 'Chair of the Provincial People’s Committee' };
    const [first, ...rest] = next.criteria;
    next.criteria = [...rest, { ...first!, id: 'C-NEW-ONE' }];
    next.timeline.reviews = next.timeline.reviews.map((r, i) =>
      i === 0 ? { ...r, quotas: { ...r.quotas, collective: r.quotas.collective + 1 } } : r,
    );
    const result = compareMovements(ninhSonDx2021_2025, next);
    expect(result.fields).toEqual(['awardGrantor']);
    expect(part(result, 'criteria')).toMatchObject({ added: ['C-NEW-ONE'], removed: [first!.id], changed: [] });
    expect(part(result, 'timeline.reviews').changed).toEqual([ninhSonDx2021_2025.timeline.reviews[0]!.id]);
  });

  it('treats another movement as all new, replacing nothing', () => {
    const other = { ...copy(), id: 'tinh-chuyen-doi-so-2026-2030' };
    const result = compareMovements(ninhSonDx2021_2025, other);
    expect(result.sameMovement).toBe(false);
    expect(part(result, 'criteria').added).toHaveLength(ninhSonDx2021_2025.criteria.length);
    expect(part(result, 'criteria').removed).toEqual([]);
    expect(compareMovements(null, other).sameMovement).toBe(false);
  });
});
