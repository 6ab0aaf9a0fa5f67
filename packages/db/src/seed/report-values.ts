// Deterministic criterion values per unit and year 2022–2025, trending upward to the 2025 values (pure, no I/O).
import { annualReportDueDate, isActiveOn, ninhSonDx2021_2025, type Criterion, type Measure } from '@thidua/domain';
import { randomFor, round1 } from './determinism.js';
import { FACTS_2025 } from './facts-2025.js';
import type { SeedUnit } from './org-units.js';

export const REPORT_YEARS = [2022, 2023, 2024, 2025] as const;
export type ReportYear = (typeof REPORT_YEARS)[number];
export type SeedValue = number | boolean;
export type YearValues = Record<string, SeedValue>;
export type UnitSeries = Record<ReportYear, YearValues>;

type UnitTraits = Pick<SeedUnit, 'participantKind' | 'isItEnterprise'>;

/** The years a unit reports: those whose report falls due while it is in force. The communes merged on 1/7/2025 stop
 * at 2024; their successors report 2025 (as the API asks and counts them). */
export const reportYearsOf = (unit: Pick<SeedUnit, 'validFrom' | 'validTo'>): ReportYear[] =>
  REPORT_YEARS.filter((y) => isActiveOn(unit, annualReportDueDate(ninhSonDx2021_2025, y)));

const attributeOf = (unit: UnitTraits, attribute: string): boolean | string | number | undefined =>
  attribute === 'isItEnterprise' ? (unit.isItEnterprise ?? false) : undefined;

/**
 * The criteria a unit reports on: those of its kind whose applicability holds. Criteria read from an attribute
 * (C-COL-REGISTERED comes from the Registration table) are not reported.
 */
export const reportedCriteria = (unit: UnitTraits): Criterion[] =>
  ninhSonDx2021_2025.criteria.filter(
    (c) =>
      unit.participantKind !== null &&
      c.appliesTo.includes(unit.participantKind) &&
      c.valueFromAttribute === undefined &&
      (c.applicability === undefined || attributeOf(unit, c.applicability.attribute) === c.applicability.equals),
  );

/** The DTI criterion of a unit's kind (C-DEPT-DTI or C-COMM-DTI), if any. */
export const dtiCriterionOf = (unit: UnitTraits): Criterion | undefined =>
  reportedCriteria(unit).find((c) => c.measure.kind === 'score');

/** A 2025 value for a unit without one in the CLI example; `strength` in [0, 1) makes some units better than others. */
const value2025 = (m: Measure, strength: number, rnd: () => number): SeedValue => {
  switch (m.kind) {
    case 'boolean':
      return rnd() < 0.75 + 0.2 * strength;
    case 'percent':
      if (m.op === 'eq') return rnd() < 0.7 + 0.25 * strength ? 100 : round1(94 + rnd() * 5.9);
      return round1(Math.min(100, m.threshold - 10 + strength * 22 + rnd() * 6));
    case 'score':
      return round1(m.max * Math.min(0.98, 0.7 + strength * 0.2 + rnd() * 0.06));
    case 'count':
      return Math.floor(strength * 3 + rnd() * 1.5);
    case 'rank':
      return 1 + Math.floor(rnd() * (m.outOf ?? 10));
  }
};

/** The value a year earlier: never better than the later one, so every series trends upward; strong units moved less. */
const yearBefore = (m: Measure, later: SeedValue, strength: number, rnd: () => number): SeedValue => {
  if (typeof later === 'boolean') return later && rnd() < 0.93;
  const pace = 1.2 - 0.6 * strength;
  switch (m.kind) {
    case 'percent':
      if (m.op === 'eq')
        return later === 100 && rnd() < 0.75 ? 100 : round1(Math.max(0, Math.min(later, 100) - (0.5 + rnd() * 4)));
      return round1(Math.max(15, later - (1.5 + rnd() * 4) * pace));
    case 'score':
      return round1(Math.max(20, later - (1 + rnd() * 3.5) * pace));
    case 'count':
      return Math.max(0, later - (rnd() < 0.35 ? 1 : 0));
    default:
      return later;
  }
};

/** Every reported criterion of a unit for every year, complete (omissions are decided by the report schedule). */
export const unitSeries = (unit: SeedUnit): UnitSeries => {
  const rnd = randomFor(`values:${unit.id}`);
  const strength = rnd();
  const anchor = FACTS_2025[unit.id] ?? {};
  const series: UnitSeries = { 2022: {}, 2023: {}, 2024: {}, 2025: {} };
  for (const c of reportedCriteria(unit)) {
    const given = anchor[c.id];
    let v = typeof given === 'number' || typeof given === 'boolean' ? given : value2025(c.measure, strength, rnd);
    series[2025][c.id] = v;
    for (const year of [2024, 2023, 2022] as const) {
      v = yearBefore(c.measure, v, strength, rnd);
      series[year][c.id] = v;
    }
  }
  return series;
};

/** Values a unit left empty in a submitted report (besides partly filled drafts). */
const OMITTED: ReadonlyArray<readonly [unitId: string, year: ReportYear, criterionId: string]> = [
  ...Object.entries(FACTS_2025).flatMap(([unitId, facts]) =>
    Object.entries(facts)
      .filter(([, v]) => v === null)
      .map(([criterionId]) => [unitId, 2025, criterionId] as const),
  ),
  ['PHONG-LD-TBXH', 2022, 'C-DEPT-SHAREDDB'], // the LGSP platform was not yet connected in 2022
  ['HOI-LHPN', 2022, 'C-DEPT-SHAREDDB'],
  ['TT-VHTT-TT', 2022, 'C-DEPT-SHAREDDB'],
  ['U-HOA-SON', 2023, 'C-COMM-DTI'],
  ['DN-DUOC-LIEU-MA-NOI', 2023, 'C-COL-INITIATIVE'],
];

export const isOmitted = (unitId: string, year: ReportYear, criterionId: string): boolean =>
  OMITTED.some(([u, y, c]) => u === unitId && y === year && c === criterionId);
