// What the award path's tests propose with: a complete dossier, an official's stated criteria, approved yearly reports.
import type { Db } from '@thidua/db';
import { asStoredValues, COMMUNE_2025 } from './api-harness.js';

const file = (n: number) => `/api/evidence/${String(n).repeat(40).slice(0, 40)}.pdf`;

/** The three documents the Ninh Sơn data asks for, as uploaded files. */
export const DOSSIER = [
  { documentId: 'HS-TO-TRINH', file: file(1), name: 'To trinh.pdf' },
  { documentId: 'HS-BAO-CAO-THANH-TICH', file: file(2), name: 'Bao cao thanh tich.pdf' },
  { documentId: 'HS-BIEN-BAN-BINH-XET', file: file(3), name: 'Bien ban binh xet.pdf' },
];

/** An official active in the movement, with a policy document as evidence. */
export const OFFICIAL_CRITERIA = [
  { criterionId: 'C-IND-ACTIVE', met: true },
  { criterionId: 'C-IND-INITIATIVE', met: false },
  { criterionId: 'C-IND-POLICY', met: true, evidenceFile: file(4), note: 'Tham mưu Quy chế số hóa hồ sơ địa chính' },
];

/** Approved reports with the commune's passing figures, one per year. */
export const approveReports = async (db: Db, movementId: string, unitId: string, years: readonly number[]) => {
  for (const year of years)
    await db.report.create({
      data: { movementId, unitId, year, status: 'approved', values: { create: asStoredValues(COMMUNE_2025) } },
    });
};
