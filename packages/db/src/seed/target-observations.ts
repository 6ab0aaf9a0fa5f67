// Seed observations of the district targets (T-*), approved by the Culture & Information office each December:
// illustrative figures that rise year by year, with some 2025 targets met and some still behind, so the dashboard
// shows both. Per-sector targets get one value per sector programme. Upserts on the natural key: idempotent.
import type { Db } from '../open-database.js';
import type { SeedClock } from './clock.js';
import { MOVEMENT_ID } from './movement.js';

const YEARS = [2022, 2023, 2024, 2025] as const;

/** District-wide targets: the value of each year 2022–2025. */
export const TARGET_SERIES: Readonly<Record<string, readonly [number, number, number, number]>> = {
  'T-G1-ONLINE-SERVICES': [78, 88, 95, 100],
  'T-G1-DOSSIERS-DISTRICT': [41, 58, 72, 86.5],
  'T-G1-DOSSIERS-COMMUNE': [22, 38, 51, 61.2],
  'T-G1-REPORTING': [60, 80, 95, 100],
  'T-G1-FOUNDATION-DB': [40, 60, 80, 90],
  'T-G1-INSPECTIONS': [20, 32, 45, 52],
  'T-G1-SATISFACTION': [85, 89, 92, 94.5],
  'T-G1-PROVINCE-RANK': [5, 4, 3, 2],
  'T-G2-GRDP': [8, 11, 14.5, 17.2],
  'T-G2-PRODUCTIVITY': [6.8, 7.4, 7.9, 8.1],
  'T-G2-OCOP': [45, 70, 90, 100],
  'T-G3-FIBER-HOUSEHOLDS': [72, 81, 88, 91.5],
  'T-G3-FIBER-VILLAGES': [85, 93, 98, 100],
  'T-G3-EPAYMENT': [28, 36, 44, 51.3],
};

/** T-G2-SECTOR-SHARE: the digital economy share of each sector in 2025 (tourism still below 10%). */
export const SECTOR_SHARE_2025: Readonly<Record<string, number>> = {
  'S-HEALTH': 12.4,
  'S-EDUCATION': 14.1,
  'S-FINANCE': 24.8,
  'S-AGRICULTURE': 10.6,
  'S-TRANSPORT': 11.2,
  'S-ECOMMERCE-ENERGY': 19.5,
  'S-LAND-ENV': 10.9,
  'S-INDUSTRY': 16.3,
  'S-TOURISM': 8.7,
  'S-RESIDENTS': 13.0,
};

const rows = (): Array<{ targetId: string; year: number; sectorId: string; value: number }> => [
  ...Object.entries(TARGET_SERIES).flatMap(([targetId, values]) =>
    YEARS.map((year, i) => ({ targetId, year, sectorId: '', value: values[i] ?? 0 })),
  ),
  // Earlier years scaled down from 2025, so the per-sector series rises too.
  ...Object.entries(SECTOR_SHARE_2025).flatMap(([sectorId, share]) =>
    YEARS.map((year, i) => ({
      targetId: 'T-G2-SECTOR-SHARE',
      year,
      sectorId,
      value: Math.round(share * (0.55 + 0.15 * i) * 10) / 10,
    })),
  ),
];

export const seedTargetObservations = async (
  db: Db,
  userIds: ReadonlyMap<string, string>,
  clock: SeedClock,
): Promise<void> => {
  const culture = userIds.get('vhtt');
  if (!culture) throw new Error('Seed user vhtt is missing');
  await db.$transaction(
    async (tx) => {
      for (const r of rows()) {
        const enteredAt = clock.at(`${r.year}-12-10T10:00`);
        const fields = {
          value: r.value,
          source: 'Số liệu minh họa (demo) / illustrative figures',
          status: 'approved',
          enteredBy: culture,
          enteredAt,
          approvedBy: culture,
          approvedAt: clock.after(enteredAt, 1),
        };
        await tx.targetObservation.upsert({
          where: {
            movementId_targetId_year_sectorId: {
              movementId: MOVEMENT_ID,
              targetId: r.targetId,
              year: r.year,
              sectorId: r.sectorId,
            },
          },
          create: { movementId: MOVEMENT_ID, targetId: r.targetId, year: r.year, sectorId: r.sectorId, ...fields },
          update: fields,
        });
      }
    },
    { maxWait: 10_000, timeout: 60_000 },
  );
};
