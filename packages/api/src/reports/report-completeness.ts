// Who reported a year on time, late or not at all (the movement's yearly deadline): for the dashboard, the portal and the reports.
import {
  annualReportDeadline,
  annualReportDueDate,
  annualReportStatus,
  mayApproveAfterVerifying,
  type Movement,
} from '@thidua/domain';
import type { Db } from '@thidua/db';
import { inForceOn } from '../org/in-force.js';

/** Only the units in force on the year's due date are asked for that year: a commune merged in July does not owe the
 * December report (its successor does), and one created in 2025 is not missing from 2022. */
const unitsAsked = async (db: Db, movement: Movement, year: number, now: Date) => {
  const units = await db.orgUnit.findMany({
    where: {
      participantKind: { in: ['department', 'commune', 'enterprise'] },
      ...inForceOn(annualReportDueDate(movement, year)),
    },
    orderBy: { id: 'asc' },
    select: {
      id: true,
      name: true,
      participantKind: true,
      reports: {
        where: { movementId: movement.id, year },
        select: { status: true, submittedAt: true, verifiedBy: true, returnReason: true },
      },
    },
  });
  return units.map((u) => {
    const report = u.reports[0];
    return {
      unit: u,
      report,
      deadline: annualReportStatus(movement, { year, submittedAt: report?.submittedAt ?? null, now }),
    };
  });
};

export const reportCompleteness = async (db: Db, movement: Movement, year: number, now: Date) => {
  const rows = (await unitsAsked(db, movement, year, now)).map(({ unit: u, report, deadline: d }) => ({
    unitId: u.id,
    name: u.name,
    kind: u.participantKind,
    reportStatus: report?.status ?? 'none',
    deadline: d.status,
    overdue: d.overdue,
  }));
  const count = (s: string) => rows.filter((r) => r.deadline === s).length;
  return {
    year,
    deadlineId: annualReportDeadline(movement)?.id ?? null,
    dueAt: rows.length > 0 ? annualReportStatus(movement, { year }).dueAtLocal : null,
    onTime: count('on_time'),
    late: count('late'),
    missing: count('missing'),
    rows,
  };
};

/** The reviewer's queue: every unit asked for the year, with what waits for this reviewer (a report to verify, or one
 * verified by another officer to approve), what was returned, and what came late. */
export const reviewQueue = async (db: Db, movement: Movement, year: number, now: Date, reviewerId: string) =>
  (await unitsAsked(db, movement, year, now)).map(({ unit: u, report, deadline: d }) => {
    const status = report?.status ?? 'none';
    return {
      unitId: u.id,
      name: u.name,
      kind: u.participantKind,
      reportStatus: status,
      submittedAt: report?.submittedAt ?? null,
      deadline: d.status,
      overdue: d.overdue,
      returned: status === 'draft' && (report?.returnReason ?? null) !== null,
      waitingForMe:
        status === 'submitted' ||
        (status === 'verified' && mayApproveAfterVerifying(movement.duties, report?.verifiedBy ?? null, reviewerId)),
    };
  });
