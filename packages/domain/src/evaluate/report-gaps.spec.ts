import { describe, expect, it } from 'vitest';
import { ninhSonDx2021_2025 as plan } from '../plans/ninh-son-dx-2021-2025/index.js';
import type { FactValue } from '../movement/participant.schema.js';
import { formCriteria, reportGaps, type ReportEntry } from './report-gaps.js';

const commune = { id: 'U-X', kind: 'commune', registered: true } as const;
const full: Record<string, FactValue> = {
  'C-COL-LAUNCH': true,
  'C-COL-INITIATIVE': 2,
  'C-COMM-EFFECTIVE': true,
  'C-COMM-DOSSIERS': 60,
  'C-COMM-EDOCS': 90,
  'C-COMM-SOCIOREPORTS': 100,
  'C-COMM-DTI': 82,
};
const entries = (
  values: Record<string, FactValue | undefined>,
  evidence: readonly string[] = Object.keys(values),
): ReportEntry[] => Object.entries(values).map(([key, value]) => ({ key, value, hasEvidence: evidence.includes(key) }));
const without = (key: string) => Object.fromEntries(Object.entries(full).filter(([k]) => k !== key));

describe('the gaps a report has before it may be sent', () => {
  it("a commune form asks its kind's criteria, never the registration taken from its record", () => {
    expect(formCriteria(plan, commune).map((c) => c.id)).toEqual(Object.keys(full));
  });

  it('a complete report with evidence for every claim has no gap', () => {
    expect(reportGaps(plan, commune, entries(full))).toEqual([]);
  });

  it('names each blank figure with its criterion', () => {
    const gaps = reportGaps(plan, commune, entries({ ...without('C-COMM-DTI'), 'C-COMM-EDOCS': null }));
    expect(gaps.map((g) => [g.criterionId, g.missing])).toEqual([
      ['C-COMM-EDOCS', 'value'],
      ['C-COMM-DTI', 'value'],
    ]);
    expect(gaps[0]?.label.vi).toBeTruthy();
  });

  it('asks evidence for a claim where the movement requires it, not where it is optional', () => {
    const gaps = reportGaps(plan, commune, entries(full, ['C-COL-LAUNCH', 'C-COMM-EFFECTIVE']));
    expect(gaps).toEqual([{ criterionId: 'C-COL-INITIATIVE', label: expect.anything(), missing: 'evidence' }]);
  });

  it('at the boundary: 0 initiatives or "no" claims nothing, so needs no evidence; 1 initiative does', () => {
    expect(
      reportGaps(
        plan,
        commune,
        entries({ ...full, 'C-COL-INITIATIVE': 0, 'C-COL-LAUNCH': false }, ['C-COMM-EFFECTIVE']),
      ),
    ).toEqual([]);
    expect(
      reportGaps(plan, commune, entries({ ...full, 'C-COL-INITIATIVE': 1 }, ['C-COL-LAUNCH', 'C-COMM-EFFECTIVE'])).map(
        (g) => g.criterionId,
      ),
    ).toEqual(['C-COL-INITIATIVE']);
  });

  it('an enterprise recorded as not in IT is not asked the IT-only criterion; one not yet recorded is', () => {
    const values = { 'C-COL-LAUNCH': false, 'C-COL-INITIATIVE': 0, 'C-ENT-DIGITAL': false };
    expect(reportGaps(plan, { id: 'DN', kind: 'enterprise', isItEnterprise: false }, entries(values))).toEqual([]);
    expect(reportGaps(plan, { id: 'DN', kind: 'enterprise' }, entries(values)).map((g) => g.criterionId)).toEqual([
      'C-ENT-MAKEINVN',
    ]);
  });
});
