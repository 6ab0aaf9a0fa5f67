// Who reported a year on time, late or not at all (the movement's yearly deadline): for the dashboard, the portal and the reports.
import { annualReportDeadline, annualReportStatus, type Movement } from '@thidua/domain';
import type { Db } from '@thidua/db';

export const reportCompleteness = async (db: Db, movement: Movement, year: number, now: Date) => {
  const yearStart = `${year}-01-01`;
  const units = await db.orgUnit.findMany({
    where: { participantKind: { in: ['department', 'commune', 'enterprise'] }, validFrom: { lte: `${year}-12-31` }, OR: [{ validTo: null }, { validTo: { gt: yearStart } }] },
    orderBy: { id: 'asc' },
    select: { id: true, name: true, participantKind: true, reports: { where: { movementId: movement.id, year }, select: { status: true, submittedAt: true } } },
  });
  const rows = units.map((u) => {
    const report = u.reports[0];
    const d = annualReportStatus(movement, { year, submittedAt: report?.submittedAt ?? null, now });
    return { unitId: u.id, name: u.name, kind: u.participantKind, reportStatus: report?.status ?? 'none', deadline: d.status, overdue: d.overdue };
  });
  const count = (s: string) => rows.filter((r) => r.deadline === s).length;
  return { year, deadlineId: annualReportDeadline(movement)?.id ?? null, dueAt: rows.length > 0 ? annualReportStatus(movement, { year }).dueAtLocal : null, onTime: count('on_time'), late: count('late'), missing: count('missing'), rows };
};
