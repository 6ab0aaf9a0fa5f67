// Row counts of the tables the seed writes, with bilingual labels for the CLI.
import type { Db } from '../open-database.js';

export const SEED_TABLES = [
  'orgUnit',
  'orgSuccession',
  'orgSuccessionLink',
  'person',
  'user',
  'movementVersion',
  'awardQuota',
  'registration',
  'unitPlan',
  'report',
  'reportValue',
  'reportStatusChange',
  'sectorReport',
  'sectorReportValue',
  'sectorReportStatusChange',
  'targetObservation',
  'nomination',
  'awardDecisionItem',
  'dtiScore',
  'initiative',
  'initiativeReplication',
] as const;
export type SeedTable = (typeof SEED_TABLES)[number];

/** Rows in each seeded table after seeding (all rows, not only the seed's). */
export type SeedSummary = Record<SeedTable, number>;

export const SUMMARY_LABELS: Readonly<Record<SeedTable, { vi: string; en: string }>> = {
  orgUnit: { vi: 'Đơn vị', en: 'org units' },
  orgSuccession: { vi: 'Sáp nhập, chia tách', en: 'successions' },
  orgSuccessionLink: { vi: 'Liên kết kế thừa', en: 'succession links' },
  person: { vi: 'Cá nhân', en: 'people' },
  user: { vi: 'Tài khoản', en: 'users' },
  movementVersion: { vi: 'Phiên bản phong trào', en: 'movement versions' },
  awardQuota: { vi: 'Chỉ tiêu khen thưởng', en: 'award quotas' },
  registration: { vi: 'Đăng ký thi đua', en: 'registrations' },
  unitPlan: { vi: 'Kế hoạch của đơn vị', en: 'unit plans' },
  report: { vi: 'Báo cáo năm', en: 'yearly reports' },
  reportValue: { vi: 'Số liệu tiêu chí', en: 'report values' },
  reportStatusChange: { vi: 'Lịch sử trạng thái', en: 'status changes' },
  sectorReport: { vi: 'Báo cáo ngành', en: 'sector reports' },
  sectorReportValue: { vi: 'Số liệu chỉ số ngành', en: 'sector indicator values' },
  sectorReportStatusChange: { vi: 'Lịch sử trạng thái báo cáo ngành', en: 'sector report status changes' },
  targetObservation: { vi: 'Số liệu chỉ tiêu huyện', en: 'target observations' },
  nomination: { vi: 'Đề nghị khen thưởng', en: 'nominations' },
  awardDecisionItem: { vi: 'Đã khen thưởng', en: 'awards made' },
  dtiScore: { vi: 'Điểm DTI', en: 'DTI scores' },
  initiative: { vi: 'Sáng kiến', en: 'initiatives' },
  initiativeReplication: { vi: 'Nơi nhân rộng', en: 'replications' },
};

export const countTables = async (db: Db): Promise<SeedSummary> => ({
  orgUnit: await db.orgUnit.count(),
  orgSuccession: await db.orgSuccession.count(),
  orgSuccessionLink: await db.orgSuccessionLink.count(),
  person: await db.person.count(),
  user: await db.user.count(),
  movementVersion: await db.movementVersion.count(),
  awardQuota: await db.awardQuota.count(),
  registration: await db.registration.count(),
  unitPlan: await db.unitPlan.count(),
  report: await db.report.count(),
  reportValue: await db.reportValue.count(),
  reportStatusChange: await db.reportStatusChange.count(),
  sectorReport: await db.sectorReport.count(),
  sectorReportValue: await db.sectorReportValue.count(),
  sectorReportStatusChange: await db.sectorReportStatusChange.count(),
  targetObservation: await db.targetObservation.count(),
  nomination: await db.nomination.count(),
  awardDecisionItem: await db.awardDecisionItem.count(),
  dtiScore: await db.dtiScore.count(),
  initiative: await db.initiative.count(),
  initiativeReplication: await db.initiativeReplication.count(),
});

/** One line per table: "Đơn vị / org units ........ 41". */
export const formatSummary = (summary: SeedSummary): string => {
  const labels = SEED_TABLES.map((t) => `${SUMMARY_LABELS[t].vi} / ${SUMMARY_LABELS[t].en}`);
  const width = Math.max(...labels.map((l) => l.length)) + 2;
  return SEED_TABLES.map(
    (t, i) => `  ${`${labels[i] ?? t} `.padEnd(width, '.')} ${String(summary[t]).padStart(5)}`,
  ).join('\n');
};
