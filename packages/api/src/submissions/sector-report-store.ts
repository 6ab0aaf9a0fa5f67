// A sector office's figures for a year (ADR 0009) as a submission: the SectorReport table, its values per commune and
// indicator, and its history.
import type { Tx } from '../mutation.js';
import type { SectorValueInput } from '../sectors/sector-values.js';
import type { SubmissionStore } from './submission-store.js';

export interface SectorReportKey {
  movementId: string;
  sectorId: string;
  year: number;
}

const STATE = { id: true, status: true, version: true } as const;

export const sectorReports: SubmissionStore<SectorReportKey, SectorValueInput> = {
  noun: { vi: 'báo cáo ngành', en: 'sector report' },
  audit: { prefix: 'sector_report', entity: 'SectorReport' },
  find: (tx: Tx, key) => tx.sectorReport.findUnique({ where: { movementId_sectorId_year: key }, select: STATE }),
  create: (tx, key) =>
    tx.sectorReport.create({ data: { ...key, status: 'draft' }, select: { id: true, version: true } }),
  update: async (tx, where, data) => (await tx.sectorReport.updateMany({ where, data })).count,
  replaceValues: async (tx, sectorReportId, values) => {
    await tx.sectorReportValue.deleteMany({ where: { sectorReportId } });
    if (values.length === 0) return;
    await tx.sectorReportValue.createMany({
      data: values.map((v) => ({
        sectorReportId,
        unitId: v.unitId,
        indicatorId: v.indicatorId,
        numberValue: v.number ?? null,
        boolValue: v.bool ?? null,
        evidenceUrl: v.evidenceUrl ?? null,
        evidenceFile: v.evidenceFile ?? null,
        note: v.note ?? null,
      })),
    });
  },
  recordChange: async (tx, sectorReportId, change) => {
    await tx.sectorReportStatusChange.create({ data: { sectorReportId, ...change } });
  },
};
