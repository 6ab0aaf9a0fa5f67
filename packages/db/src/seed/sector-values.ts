// Deterministic sector indicator values per commune and year (pure, no I/O): shares and counts rise year on year,
// a yes/no indicator turns "yes" in some year and stays so.
import { annualReportDueDate, isActiveOn, ninhSonDx2021_2025, sectorIndicators, type Indicator } from '@thidua/domain';
import { randomFor, round1 } from './determinism.js';
import { SEED_UNITS, type SeedUnit } from './org-units.js';

/** The sectors whose offices report in the demo data; the other five have indicators but no figures yet. */
export const SECTOR_REPORT_SECTORS = ['S-HEALTH', 'S-EDUCATION', 'S-AGRICULTURE', 'S-LAND-ENV', 'S-RESIDENTS'] as const;
export type SeedSector = (typeof SECTOR_REPORT_SECTORS)[number];

/** Years whose sector reports are approved; 2025 has S-HEALTH's draft only (SECTOR_DRAFTS_2025). */
export const APPROVED_SECTOR_YEARS = [2022, 2023, 2024] as const;
export const SECTOR_DRAFT_YEAR = 2025;
export const SECTOR_DRAFTS_2025: readonly SeedSector[] = ['S-HEALTH'];

/** Communes and the town in force on the year's report due date (the same reading as the API's). */
export const communesActiveIn = (year: number): SeedUnit[] =>
  SEED_UNITS.filter(
    (u) => u.participantKind === 'commune' && isActiveOn(u, annualReportDueDate(ninhSonDx2021_2025, year)),
  );

/** Communes that exist at the end of the year: those that file the year's figures after the 2025 merges. */
export const communesAtYearEnd = (year: number): SeedUnit[] =>
  communesActiveIn(year).filter((u) => u.validTo === null || u.validTo > `${year}-12-31`);

// A share's level in 2022 and its yearly gain across the communes (percentage points).
const PERCENT_START: Readonly<Record<string, readonly [start: number, gain: number]>> = {
  'I-HEALTH-EMR': [28, 17],
  'I-HEALTH-RECORDS': [42, 13],
  'I-EDUCATION-SCHOOLS-DX': [45, 17],
  'I-AGRICULTURE-CASHLESS': [12, 9],
  'I-LAND-DIGITAL-MAP': [38, 14],
  'I-RESIDENTS-ID': [8, 24],
  'I-RESIDENTS-CLEAN': [62, 10],
  'I-RESIDENTS-ONLINE-SERVICES': [18, 15],
};

// A count's level in 2022 and its yearly gain per commune.
const COUNT_START: Readonly<Record<string, readonly [start: number, gain: number]>> = {
  'I-HEALTH-TELEMED': [12, 22],
  'I-EDUCATION-MATERIALS': [20, 35],
  'I-EDUCATION-IT-CLASSES': [1, 1],
  'I-AGRICULTURE-TRACE': [2, 2],
  'I-AGRICULTURE-OCOP-ONLINE': [1, 1],
};

export type SectorSeedValue = number | boolean;
const YEARS = [...APPROVED_SECTOR_YEARS, SECTOR_DRAFT_YEAR] as const;

/** One commune's value of one indicator for 2022–2025, trending upward. */
export const indicatorSeries = (indicator: Indicator, unitId: string): Record<number, SectorSeedValue> => {
  const rnd = randomFor(`sector-values:${unitId}:${indicator.id}`);
  const out: Record<number, SectorSeedValue> = {};
  if (indicator.measure.kind === 'boolean') {
    const from = 2022 + Math.floor(rnd() * 4); // the year the system reached the commune; 2025 for the last ones
    for (const year of YEARS) out[year] = year >= from;
    return out;
  }
  if (indicator.measure.kind === 'percent') {
    const [start, gain] = PERCENT_START[indicator.id] ?? [30, 12];
    let v = Math.max(3, start + (rnd() - 0.5) * 24);
    for (const year of YEARS) {
      out[year] = round1(Math.min(100, v));
      v += gain * (0.6 + rnd() * 0.8);
    }
    return out;
  }
  const [start, gain] = COUNT_START[indicator.id] ?? [1, 1];
  let n = Math.floor(start * (0.5 + rnd()));
  for (const year of YEARS) {
    out[year] = n;
    n += Math.floor(gain * (0.5 + rnd()));
  }
  return out;
};

/** The values of a sector's report for a year: every commune × indicator, or for a draft the first indicator only. */
export const sectorReportValues = (
  sectorId: SeedSector,
  year: number,
): Array<{ unitId: string; indicator: Indicator; value: SectorSeedValue }> => {
  const indicators = sectorIndicators(ninhSonDx2021_2025, sectorId);
  const draft = year === SECTOR_DRAFT_YEAR;
  const communes = draft ? communesAtYearEnd(year) : communesActiveIn(year);
  return communes.flatMap((unit) =>
    (draft ? indicators.slice(0, 1) : indicators).map((indicator) => ({
      unitId: unit.id,
      indicator,
      value: indicatorSeries(indicator, unit.id)[year] as SectorSeedValue,
    })),
  );
};
