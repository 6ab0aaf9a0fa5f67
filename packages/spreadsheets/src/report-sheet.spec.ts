// A unit's sheet comes back as it went out: every saved figure read again, in either language, and a sheet for another
// unit or year refused with the row and column named.
import { ninhSonDx2021_2025 as movement, reportingYears, type Criterion } from '@thidua/domain';
import { describe, expect, it } from 'vitest';
import { buildReportWorkbook, criteriaFor, readReportWorkbook, type SheetUnit, type StoredValue } from './index.js';

const unit: SheetUnit = { id: 'U-TEST', name: 'Xã Thử', kind: 'commune' };
const YEAR = reportingYears(movement)[0]!;

/** A value inside each measure's range: the middle of a percentage or score, a count, yes. */
const valueFor = (c: Criterion): StoredValue => {
  const m = c.measure;
  const base = { key: c.id, evidenceUrl: `https://evidence.example/${c.id}`, note: null };
  if (m.kind === 'boolean') return { ...base, numberValue: null, boolValue: true };
  const number = m.kind === 'percent' ? 55.5 : m.kind === 'score' ? m.max / 2 : m.kind === 'rank' ? 1 : 12;
  return { ...base, numberValue: number, boolValue: null };
};

describe('the unit report sheet', () => {
  const criteria = criteriaFor(movement, unit.kind);
  const stored = criteria.map(valueFor);

  it.each(['vi', 'en'] as const)('reads back every saved figure of a sheet made in %s', async (lang) => {
    const file = await buildReportWorkbook(movement, unit, YEAR, stored, 3, lang);
    const read = await readReportWorkbook(file, movement, unit, YEAR, lang);
    expect(read.problems).toEqual([]);
    expect(read.version).toBe(3);
    expect(read.values).toEqual(
      stored.map((v) => ({
        key: v.key,
        number: v.numberValue,
        bool: v.boolValue,
        evidenceUrl: v.evidenceUrl,
        note: null,
      })),
    );
  });

  it('refuses the sheet of another year, naming the cell', async () => {
    const file = await buildReportWorkbook(movement, unit, YEAR, stored, null);
    const read = await readReportWorkbook(file, movement, unit, YEAR + 1);
    expect(read.problems).toEqual([expect.objectContaining({ row: 4, column: expect.stringMatching(/^B /) })]);
  });
});
