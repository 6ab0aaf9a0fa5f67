// The generated report values: deterministic, trending upward, and equal to the CLI example in 2025.
import { describe, expect, it } from 'vitest';
import { FACTS_2025 } from './facts-2025.js';
import { REPORTING_UNITS, unitById } from './org-units.js';
import { isOmitted, REPORT_YEARS, reportedCriteria, unitSeries } from './report-values.js';

describe('unitSeries', () => {
  it('gives the same values on every call', () => {
    for (const unit of REPORTING_UNITS) expect(unitSeries(unit)).toEqual(unitSeries(unit));
  });

  it('never gets worse from one year to the next', () => {
    for (const unit of REPORTING_UNITS) {
      const series = unitSeries(unit);
      for (const c of reportedCriteria(unit)) {
        const values = REPORT_YEARS.map((y) => series[y][c.id]);
        for (let i = 1; i < values.length; i++)
          expect(Number(values[i]) >= Number(values[i - 1]), `${unit.id} ${c.id} ${values.join(' → ')}`).toBe(true);
      }
    }
  });

  it('reaches the 2025 values of the CLI example, leaving its blanks out of the report', () => {
    for (const [unitId, facts] of Object.entries(FACTS_2025)) {
      const series = unitSeries(unitById(unitId));
      for (const [criterionId, value] of Object.entries(facts)) {
        if (value === null) expect(isOmitted(unitId, 2025, criterionId)).toBe(true);
        else expect(series[2025][criterionId], `${unitId} ${criterionId}`).toBe(value);
      }
    }
  });

  it('reports C-ENT-MAKEINVN only for IT enterprises and never C-COL-REGISTERED', () => {
    for (const unit of REPORTING_UNITS) {
      const ids = reportedCriteria(unit).map((c) => c.id);
      expect(ids).not.toContain('C-COL-REGISTERED');
      expect(ids.includes('C-ENT-MAKEINVN')).toBe(unit.isItEnterprise === true);
    }
  });
});
