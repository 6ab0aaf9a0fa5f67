// Who signs on a date: the 2025 reorganisation of Ninh Sơn as the plan data holds it, at each boundary day.
import { describe, expect, it } from 'vitest';
import { parseMovement } from '../movement/parse-movement.js';
import { ninhSonDx2021_2025 } from '../plans/ninh-son-dx-2021-2025/index.js';
import { authorityOn, grantorOn, issuerOn } from './authority-on.js';

describe('the authority on a date', () => {
  it('is the district until the last day before the district level ended', () => {
    expect(grantorOn(ninhSonDx2021_2025, '2023-12-28').vi).toBe('Chủ tịch Ủy ban nhân dân huyện Ninh Sơn');
    expect(issuerOn(ninhSonDx2021_2025, '2025-06-30').vi).toBe('Ủy ban nhân dân huyện Ninh Sơn');
    expect(authorityOn(ninhSonDx2021_2025, '2025-06-30')).toMatchObject({ confirmed: true, basis: null });
  });

  it('is the successor from 1 July 2025, held as not yet confirmed with its basis and a note', () => {
    const after = authorityOn(ninhSonDx2021_2025, '2025-07-01');
    expect(after.awardGrantor.vi).toContain('kế thừa thẩm quyền của huyện Ninh Sơn');
    expect(after).toMatchObject({ confirmed: false, place: 'Ninh Sơn' });
    expect(after.basis).toContain('01/7/2025');
    expect(after.note).toContain('confirmed: true');
    expect(grantorOn(ninhSonDx2021_2025, '2026-01-05')).toEqual(after.awardGrantor);
  });

  it('takes the latest change before the date, whatever order the file lists them in', () => {
    const base = structuredClone(ninhSonDx2021_2025) as unknown as Record<string, unknown>;
    const change = (from: string, who: string) => ({
      from,
      issuer: { vi: who, en: who },
      awardGrantor: { vi: `Chủ tịch ${who}`, en: who },
      place: 'X',
      basis: 'b',
      confirmed: true,
    });
    const parsed = parseMovement({ ...base, authorities: [change('2027-01-01', 'B'), change('2026-01-01', 'A')] });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    expect(issuerOn(parsed.movement, '2026-06-01').vi).toBe('A');
    expect(issuerOn(parsed.movement, '2027-01-01').vi).toBe('B');
    const twice = parseMovement({ ...base, authorities: [change('2026-01-01', 'A'), change('2026-01-01', 'B')] });
    expect(twice.ok ? [] : twice.errors.map((e) => e.code)).toEqual(['DUPLICATE_DATE']);
  });
});
