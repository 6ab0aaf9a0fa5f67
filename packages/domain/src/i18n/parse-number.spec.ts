// Numbers as officials type them: what the product writes reads back to the same value, Vietnamese and English
// spellings of one number agree, and a spelling with two sensible readings is asked about, never shrunk silently.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseOfficialNumber } from './parse-number.js';

const INTEGER = { integer: true };
const DECIMAL = { integer: false };

/** Groups thousands with `mark`, as the product writes them ("1.200" in Vietnamese, "1,200" in English). */
const groupWith = (n: number, mark: string) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, mark);

describe('reading numbers as officials type them', () => {
  it.each([
    ['1.200', INTEGER, 1200],
    ['1 200', INTEGER, 1200],
    ['1 200', DECIMAL, 1200],
    ['1.000,5', DECIMAL, 1000.5],
    ['1,000.5', DECIMAL, 1000.5],
    ['85%', DECIMAL, 85],
    ['85,5 %', DECIMAL, 85.5],
    ['12,5', DECIMAL, 12.5],
    ['12.5', DECIMAL, 12.5],
    ['0,375', DECIMAL, 0.375],
    ['1.234.567', INTEGER, 1234567],
    ['1.234.567,25', DECIMAL, 1234567.25],
    ['1\u00a0200', INTEGER, 1200],
    ['  42 ', INTEGER, 42],
    ['-3', INTEGER, -3],
    ['1234,567', DECIMAL, 1234.567],
  ])('reads %s as %s', (raw, field, value) => {
    expect(parseOfficialNumber(raw, field)).toEqual({ ok: true, value });
  });

  it('asks about a spelling with two sensible readings in a field that takes decimals, Vietnamese reading first', () => {
    expect(parseOfficialNumber('1.000', DECIMAL)).toEqual({ ok: false, problem: 'ambiguous', readings: [1000, 1] });
    expect(parseOfficialNumber('1,000', DECIMAL)).toEqual({ ok: false, problem: 'ambiguous', readings: [1, 1000] });
    // The sign stays with both readings: a range then rules out both, never reads "-1.000" as 1.
    expect(parseOfficialNumber('-1.000', DECIMAL)).toEqual({ ok: false, problem: 'ambiguous', readings: [-1000, -1] });
    // In a count, only the grouping is sensible.
    expect(parseOfficialNumber('1.000', INTEGER)).toEqual({ ok: true, value: 1000 });
  });

  it.each(['', 'abc', '1..2', '1.2.3', '12 00', '1 2', '1,2,3', '1.000.5', '1e5', '--1', '1,000,5.5', '١٢'])(
    'refuses %j',
    (raw) => {
      expect(parseOfficialNumber(raw, DECIMAL)).toEqual({ ok: false, problem: 'not-a-number' });
    },
  );

  it('reads back every whole number the way the Vietnamese and English screens write it, in any field', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_000 }), fc.boolean(), (n, integer) => {
        for (const written of [groupWith(n, '.'), groupWith(n, ' '), String(n)]) {
          const reading = parseOfficialNumber(written, { integer });
          // Grouped with one mark and three digits after it, a decimal field asks; it never stores another number.
          if (reading.ok) expect(reading.value).toBe(n);
          else expect(reading).toMatchObject({ problem: 'ambiguous', readings: expect.arrayContaining([n]) });
        }
      }),
    );
  });

  it('reads back every decimal written with a decimal comma (Vietnamese) or point (English)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999 }), fc.integer({ min: 1, max: 99 }), (whole, hundredths) => {
        const value = Number(`${whole}.${String(hundredths).padStart(2, '0')}`);
        const fraction = String(hundredths).padStart(2, '0');
        expect(parseOfficialNumber(`${groupWith(whole, '.')},${fraction}`, DECIMAL)).toEqual({ ok: true, value });
        expect(parseOfficialNumber(`${groupWith(whole, ',')}.${fraction}`, DECIMAL)).toEqual({ ok: true, value });
        expect(parseOfficialNumber(`${groupWith(whole, ' ')},${fraction} %`, DECIMAL)).toEqual({ ok: true, value });
      }),
    );
  });
});
