// The sample movement of docs/examples (a commune movement 2026–2030) is accepted as it is uploaded, and can run
// beside the Ninh Sơn plan: it shares no reporting year and no review ID with it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateParticipant } from '../evaluate/evaluate-participant.js';
import type { Movement } from '../movement/movement.schema.js';
import { parseMovement } from '../movement/parse-movement.js';
import { assertCanRunBeside, movementOverlap } from '../timeline/movements-at-once.js';
import {
  annualReportDeadline,
  annualReportDueDate,
  reportingYears,
  unitPlanDeadline,
} from '../timeline/reporting-years.js';
import { ninhSonDx2021_2025 as ninhSon } from './ninh-son-dx-2021-2025/index.js';

const FILE = new URL('../../../../docs/examples/phong-trao-xa-2026-2030.json', import.meta.url);
const SAMPLE_WORDS = 'Văn bản mẫu do thidua soạn để minh họa';

/** The file parsed as the administrator's upload is, or a failure that lists every error by its path. */
const loadSample = (): Movement => {
  const result = parseMovement(JSON.parse(readFileSync(FILE, 'utf8')));
  if (!result.ok)
    throw new Error(
      `${FILE.pathname} is refused:\n${result.errors.map((e) => `  ${e.path || '(root)'} [${e.code}]: ${e.message.en}`).join('\n')}`,
    );
  return result.movement;
};

describe('docs/examples/phong-trao-xa-2026-2030.json', () => {
  const sample = loadSample();

  it('is accepted by parseMovement', () => {
    const result = parseMovement(JSON.parse(readFileSync(FILE, 'utf8')));
    const errors = result.ok ? [] : result.errors.map((e) => `${e.path || '(root)'}: ${e.message.en}`);
    expect(errors, errors.join('\n')).toEqual([]);
    expect(sample.id).toBe('xa-cds-2026-2030');
    expect(sample.timeZone).toBe('Asia/Ho_Chi_Minh');
  });

  it('says it is a sample and quotes no real document', () => {
    expect(sample.name.vi).toMatch(/\(mẫu\)$/);
    expect(sample.name.en).toMatch(/\(sample\)$/);
    const quotes = [
      ...sample.criteria.map((c) => c.quote),
      ...sample.targets.map((t) => t.quote),
      ...sample.timeline.deadlines.map((d) => d.quote),
      ...sample.sectors.flatMap((s) => s.indicators.map((i) => i.quote)),
    ];
    for (const quote of quotes) expect(quote).toMatch(new RegExp(`^${SAMPLE_WORDS}`));
    // No decision or plan number such as "87/KH-UBND" or "123/QĐ-UBND" anywhere in the file.
    expect(readFileSync(FILE, 'utf8')).not.toMatch(/\d+\/(?:KH|QĐ|QD|NQ|CT)-/);
  });

  it('reports yearly from 2026 to 2030, due on 15 December each year', () => {
    expect(reportingYears(sample)).toEqual([2026, 2027, 2028, 2029, 2030]);
    expect(annualReportDeadline(sample)?.id).toBe('D-XA-BAO-CAO-NAM');
    expect(reportingYears(sample).map((y) => annualReportDueDate(sample, y))).toEqual([
      '2026-12-15',
      '2027-12-15',
      '2028-12-15',
      '2029-12-15',
      '2030-12-15',
    ]);
  });

  it('has its own unit-plan deadline, which the API finds by its purpose, not by an ID', () => {
    expect(unitPlanDeadline(sample)).toMatchObject({ id: 'D-XA-KE-HOACH', due: { kind: 'once', date: '2026-03-31' } });
    expect(unitPlanDeadline(ninhSon)?.id).not.toBe(unitPlanDeadline(sample)?.id);
  });

  it('has an annual review of 2026, an interim review in 2028 and a final one in 2030, each within its year and with quotas', () => {
    expect(sample.timeline.reviews.map((r) => [r.id, r.year, r.start, r.end, r.quotas])).toEqual([
      ['R-NAM-2026', 2026, '2026-11-01', '2026-12-31', { collective: 3, individual: 5 }],
      ['R-SO-KET-2028', 2028, '2028-10-01', '2028-12-31', { collective: 5, individual: 8 }],
      ['R-TONG-KET-2030', 2030, '2030-10-01', '2030-12-31', { collective: 8, individual: 12 }],
    ]);
    for (const r of sample.timeline.reviews) expect(r.end.slice(0, 4)).toBe(String(r.year));
  });

  it('has criteria for every kind it declares, and a commune that sends its four values for 2026 is eligible', () => {
    const kinds = sample.participantGroups.map((g) => g.kind);
    expect(kinds).toEqual(['department', 'commune', 'enterprise', 'individual']);
    for (const kind of kinds)
      expect(
        sample.criteria.some((c) => c.appliesTo.includes(kind)),
        kind,
      ).toBe(true);
    expect(sample.criteria.filter((c) => c.appliesTo.includes('commune')).map((c) => c.id)).toEqual([
      'C-XA-DANG-KY',
      'C-XA-SANG-KIEN',
      'C-THON-TO-CNS',
      'C-THON-DVC-TT',
      'C-THON-TTKDTM',
    ]);

    const thon = { id: 'THON-MAU', kind: 'commune' as const, registered: true };
    const report2026 = { 'C-XA-SANG-KIEN': 1, 'C-THON-TO-CNS': true, 'C-THON-DVC-TT': 72.5, 'C-THON-TTKDTM': 61 };
    const e = evaluateParticipant(sample, thon, report2026);
    expect([e.eligibility, e.score, e.counts]).toEqual([
      'eligible',
      86.7,
      { met: 5, notMet: 0, missing: 0, notApplicable: 0 },
    ]);
    // "Trên 50%": exactly 50 % of households paying cashless is not enough.
    expect(evaluateParticipant(sample, thon, { ...report2026, 'C-THON-TTKDTM': 50 }).eligibility).toBe('not_eligible');
    expect(evaluateParticipant(sample, thon, { 'C-THON-TO-CNS': true }).eligibility).toBe('incomplete');
  });

  it('shares no reporting year and no review ID with the Ninh Sơn plan, so both can run at once', () => {
    expect(movementOverlap(sample, ninhSon)).toEqual({ years: [], reviewIds: [] });
    expect(movementOverlap(ninhSon, sample)).toEqual({ years: [], reviewIds: [] });
    expect(() => assertCanRunBeside(sample, [ninhSon])).not.toThrow();
    expect(() => assertCanRunBeside(ninhSon, [sample])).not.toThrow();
  });

  it('uses IDs of its own: no criterion, target, phase, review, sector or indicator ID of the Ninh Sơn plan', () => {
    const ids = (m: Movement): string[] => [
      ...m.participantGroups.map((g) => g.id),
      ...m.criteria.map((c) => c.id),
      ...m.targets.map((t) => t.id),
      ...m.timeline.phases.map((p) => p.id),
      ...m.timeline.reviews.map((r) => r.id),
      ...m.sectors.flatMap((s) => [s.id, ...s.indicators.map((i) => i.id)]),
    ];
    const ninhSonIds = new Set(ids(ninhSon));
    expect(sample.id).not.toBe(ninhSon.id);
    expect(ids(sample).filter((id) => ninhSonIds.has(id))).toEqual([]);
  });
});
