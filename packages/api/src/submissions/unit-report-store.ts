// A unit's yearly report (D-ANNUAL-REPORT) as a submission: the Report table, its values by criterion and its history.
import type { Tx } from '../mutation.js';
import type { ReportValueInput } from '../reports/report-values.js';
import type { SubmissionStore } from './submission-store.js';

export interface UnitReportKey {
  movementId: string;
  unitId: string;
  year: number;
}

const STATE = { id: true, status: true, version: true } as const;

export const unitReports: SubmissionStore<UnitReportKey, ReportValueInput> = {
  noun: { vi: 'báo cáo', en: 'report' },
  audit: { prefix: 'report', entity: 'Report' },
  find: (tx: Tx, key) => tx.report.findUnique({ where: { movementId_unitId_year: key }, select: STATE }),
  create: (tx, key) => tx.report.create({ data: { ...key, status: 'draft' }, select: { id: true, version: true } }),
  update: async (tx, where, data) => (await tx.report.updateMany({ where, data })).count,
  replaceValues: async (tx, reportId, values) => {
    await tx.reportValue.deleteMany({ where: { reportId } });
    if (values.length === 0) return;
    await tx.reportValue.createMany({
      data: values.map((v) => ({
        reportId,
        key: v.key,
        numberValue: v.number ?? null,
        boolValue: v.bool ?? null,
        evidenceUrl: v.evidenceUrl ?? null,
        note: v.note ?? null,
      })),
    });
  },
  recordChange: async (tx, reportId, change) => {
    await tx.reportStatusChange.create({ data: { reportId, ...change } });
  },
};
