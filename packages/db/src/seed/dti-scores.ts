// Seed provincial DTI scores (0–100) per office and commune per year, ranked within offices and within communes.
import type { Db } from '../open-database.js';
import type { SeedUnit } from './org-units.js';
import { dtiCriterionOf, REPORT_YEARS, reportYearsOf, type UnitSeries } from './report-values.js';

export interface DtiRow {
  unitId: string;
  year: number;
  score: number;
  rank: number;
}

/** The DTI score of every office and commune, equal to the C-*-DTI value the series gives it. */
export const dtiRows = (units: readonly SeedUnit[], series: ReadonlyMap<string, UnitSeries>): DtiRow[] =>
  REPORT_YEARS.flatMap((year) =>
    (['department', 'commune'] as const).flatMap((kind) => {
      const scored = units
        .filter((u) => u.participantKind === kind && reportYearsOf(u).includes(year))
        .flatMap((u) => {
          const criterion = dtiCriterionOf(u);
          const score = criterion ? series.get(u.id)?.[year][criterion.id] : undefined;
          return typeof score === 'number' ? [{ unitId: u.id, year, score }] : [];
        })
        .sort((a, b) => b.score - a.score || a.unitId.localeCompare(b.unitId));
      return scored.map((row, i) => ({ ...row, rank: i + 1 }));
    }),
  );

export const seedDtiScores = async (db: Db, rows: readonly DtiRow[]): Promise<void> => {
  for (const year of REPORT_YEARS) {
    await db.$transaction(
      rows
        .filter((r) => r.year === year)
        .map((r) => {
          const data = {
            score: r.score,
            rank: r.rank,
            source: `Bộ chỉ số DTI tỉnh Ninh Thuận năm ${year} (số liệu minh họa)`,
          };
          return db.dtiScore.upsert({
            where: { unitId_year: { unitId: r.unitId, year: r.year } },
            create: { id: `DTI-${r.unitId}-${r.year}`, unitId: r.unitId, year: r.year, ...data },
            update: data,
          });
        }),
    );
  }
};
