// Seed sector reports (II.3.9): each reporting sector office's figures per commune, approved for 2022–2024 by the
// Culture & Information office, and S-HEALTH's 2025 draft. One short transaction per sector; upserts on stable IDs.
import type { Db } from '../open-database.js';
import type { SeedClock } from './clock.js';
import { MOVEMENT_ID } from './movement.js';
import {
  APPROVED_SECTOR_YEARS,
  SECTOR_DRAFT_YEAR,
  SECTOR_DRAFTS_2025,
  SECTOR_REPORT_SECTORS,
  sectorReportValues,
  type SeedSector,
} from './sector-values.js';
import { DEMO_ACCOUNTS } from './users.js';

const TRANSACTION = { maxWait: 10_000, timeout: 60_000 };

/** The demo account of the sector's office (SECTOR-EDITOR of that sector). */
export const sectorEditorOf = (sectorId: string): string => {
  const account = DEMO_ACCOUNTS.find((a) => a.role === 'SECTOR-EDITOR' && a.sectorId === sectorId);
  if (!account) throw new Error(`No SECTOR-EDITOR demo account for ${sectorId}`);
  return account.username;
};

const evidenceUrl = (sectorId: string, year: number, unitId: string): string =>
  `https://example.invalid/thidua/nganh/${sectorId}/${year}/${unitId}.pdf`;

export const sectorReportId = (sectorId: string, year: number): string => `SRPT-${sectorId}-${year}`;

const seedSectorReport = async (
  db: Db,
  sectorId: SeedSector,
  year: number,
  users: { editor: string; verifier: string; approver: string },
  clock: SeedClock,
): Promise<void> => {
  const approved = year !== SECTOR_DRAFT_YEAR;
  // Sector offices send their figures in the first days of December, before the yearly reports (D-ANNUAL-REPORT).
  const offset = SECTOR_REPORT_SECTORS.indexOf(sectorId);
  const submittedAt = approved ? clock.at(`${year}-12-0${1 + offset}T09:30`) : null;
  const verifiedAt = submittedAt ? clock.after(submittedAt, 2.25) : null;
  const approvedAt = verifiedAt ? clock.after(verifiedAt, 1.5) : null;
  const fields = {
    status: approved ? 'approved' : 'draft',
    submittedAt,
    verifiedAt,
    verifiedBy: verifiedAt ? users.verifier : null,
    approvedAt,
    approvedBy: approvedAt ? users.approver : null,
    returnReason: null,
  };
  const id = sectorReportId(sectorId, year);
  const history =
    submittedAt && verifiedAt && approvedAt
      ? [
          { from: 'draft', to: 'submitted', by: users.editor, at: submittedAt },
          { from: 'submitted', to: 'verified', by: users.verifier, at: verifiedAt },
          { from: 'verified', to: 'approved', by: users.approver, at: approvedAt },
        ]
      : [];
  await db.$transaction(async (tx) => {
    await tx.sectorReport.upsert({
      where: { movementId_sectorId_year: { movementId: MOVEMENT_ID, sectorId, year } },
      create: { id, movementId: MOVEMENT_ID, sectorId, year, ...fields },
      update: fields,
    });
    for (const { unitId, indicator, value } of sectorReportValues(sectorId, year)) {
      const row = {
        numberValue: typeof value === 'number' ? value : null,
        boolValue: typeof value === 'boolean' ? value : null,
        evidenceUrl: value === false ? null : evidenceUrl(sectorId, year, unitId),
        note: value === false ? 'Chưa triển khai trên địa bàn / not in place yet' : null,
      };
      const valueId = `${id}-${unitId}-${indicator.id}`;
      await tx.sectorReportValue.upsert({
        where: { sectorReportId_unitId_indicatorId: { sectorReportId: id, unitId, indicatorId: indicator.id } },
        create: { id: valueId, sectorReportId: id, unitId, indicatorId: indicator.id, ...row },
        update: row,
      });
    }
    for (const [i, change] of history.entries()) {
      const changeId = `${id}-H${i + 1}`;
      await tx.sectorReportStatusChange.upsert({
        where: { id: changeId },
        create: { id: changeId, sectorReportId: id, reason: null, ...change },
        update: { reason: null, ...change },
      });
    }
  }, TRANSACTION);
};

/** Approved sector reports 2022–2024 for the five reporting sectors, and the 2025 drafts. `userIds`: username → ID. */
export const seedSectorReports = async (
  db: Db,
  userIds: ReadonlyMap<string, string>,
  clock: SeedClock,
): Promise<void> => {
  const id = (username: string): string => {
    const found = userIds.get(username);
    if (!found) throw new Error(`Seed user ${username} is missing`);
    return found;
  };
  for (const sectorId of SECTOR_REPORT_SECTORS) {
    const users = { editor: id(sectorEditorOf(sectorId)), verifier: id('vhtt.chuyenvien'), approver: id('vhtt') };
    for (const year of APPROVED_SECTOR_YEARS) await seedSectorReport(db, sectorId, year, users, clock);
    if (SECTOR_DRAFTS_2025.includes(sectorId)) await seedSectorReport(db, sectorId, SECTOR_DRAFT_YEAR, users, clock);
  }
};
