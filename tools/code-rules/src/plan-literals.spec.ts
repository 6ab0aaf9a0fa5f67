// The plan's vocabulary (its rule IDs and its years) lives in the movement data; the domain answers questions about
// it. Code that spells a plan's ID or year works for that plan only. The remaining places are listed in
// plan-literals.baseline.json: the list may only shrink, and any new place fails here.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findPlanLiterals, planIds, planYears } from './plan-vocabulary.js';

const ROOT = resolve(import.meta.dirname, '../../..');
const BASELINE = join(import.meta.dirname, '..', 'plan-literals.baseline.json');

const countByFile = (findings: ReturnType<typeof findPlanLiterals>): Record<string, number> => {
  const counts: Record<string, number> = {};
  for (const f of findings) counts[f.file] = (counts[f.file] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
};

describe('the plan’s IDs and years in code', () => {
  it('reads the vocabulary from the plan itself', () => {
    expect(planIds()).toContain('R-FINAL');
    expect(planIds()).toContain('C-COMM-DTI');
    expect(planYears()).toEqual([2021, 2022, 2023, 2024, 2025]);
  });

  it('appear nowhere new, and no more often than the recorded remainder', () => {
    const findings = findPlanLiterals(ROOT);
    const now = countByFile(findings);
    // THIDUA_UPDATE_BASELINE=1 rewrites the list after literals were removed (never to add any).
    if (process.env['THIDUA_UPDATE_BASELINE'] === '1') writeFileSync(BASELINE, `${JSON.stringify(now, null, 2)}\n`);
    const baseline = JSON.parse(readFileSync(BASELINE, 'utf8')) as Record<string, number>;
    const grown = Object.entries(now)
      .filter(([file, n]) => n > (baseline[file] ?? 0))
      .map(
        ([file, n]) =>
          `${file}: ${n} (recorded ${baseline[file] ?? 0}): ${findings
            .filter((f) => f.file === file)
            .map((f) => f.literal)
            .join(', ')}`,
      );
    expect(
      grown,
      'plan IDs or years added to code: read them from the movement (the domain answers reportingYears, reviews, …)',
    ).toEqual([]);
    const shrunk = Object.entries(baseline)
      .filter(([file, n]) => (now[file] ?? 0) < n)
      .map(([file, n]) => `${file}: ${now[file] ?? 0} (recorded ${n})`);
    expect(
      shrunk,
      'fewer plan literals than recorded: lower plan-literals.baseline.json (THIDUA_UPDATE_BASELINE=1) so they cannot come back',
    ).toEqual([]);
  });
});
