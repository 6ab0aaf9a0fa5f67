// After a register item changes, the commune's computed figures in the year's sector report follow in the same
// transaction: the draft is created when there is none, and its version moves so an open grid knows it is stale.
import { isEditable, SUBMISSION_STATUSES, type Register, type Sector } from '@thidua/domain';
import { isUniqueViolation } from '../db-errors.js';
import { appError, conflict } from '../errors.js';
import type { Tx } from '../mutation.js';
import { sectorReports } from '../submissions/index.js';
import { computedCells, registerItemsOf, type RegisterScope } from './register-items.js';

/** Refuses a change to a register whose year's figures were already sent (they are what was submitted). */
export const assertRegisterOpen = async (tx: Tx, scope: RegisterScope) => {
  const report = await sectorReports.find(tx, scope);
  if (report && !isEditable(report.status))
    throw appError(
      'PRECONDITION_FAILED',
      `Số liệu ngành năm ${scope.year} đã nộp hoặc đã duyệt: sổ của năm này không sửa được (cần được trả lại trước)`,
      `The sector's ${scope.year} figures were submitted or approved: this year's register cannot be changed`,
    );
  return report;
};

/** The year's first change creates the draft; another request creating it at the same moment makes this one a
 * conflict to retry, not a failure. */
const createDraft = async (tx: Tx, scope: RegisterScope) => {
  try {
    return await sectorReports.create(tx, scope);
  } catch (e) {
    if (isUniqueViolation(e)) throw conflict();
    throw e;
  }
};

/** Writes the figures this register computes for the commune into the draft; a commune left without items in it gets
 * those cells emptied (typed again). The cells other registers compute, or typed ones, are left as they are. */
export const refreshCommuneFigures = async (
  tx: Tx,
  scope: RegisterScope,
  sector: Sector,
  register: Register,
  unitId: string,
) => {
  const existing = await assertRegisterOpen(tx, scope);
  const report = existing ?? (await createDraft(tx, scope));
  // Not a lock on the version the clerk saw (two clerks keep one register), but on the status: a report sent in the
  // meantime takes no new figures.
  if (existing) {
    const moved = await tx.sectorReport.updateMany({
      where: { id: existing.id, status: { in: SUBMISSION_STATUSES.filter(isEditable) } },
      data: { version: { increment: 1 } },
    });
    if (moved.count !== 1) await assertRegisterOpen(tx, scope);
  }
  const items = await registerItemsOf(tx, scope, { registerId: register.id, unitId });
  const computed = computedCells({ ...sector, registers: [register] }, items);
  const indicators = register.rollups.map((r) => r.indicatorId);
  await tx.sectorReportValue.deleteMany({
    where: {
      sectorReportId: report.id,
      unitId,
      indicatorId: { in: indicators.filter((id) => !computed.some((c) => c.indicatorId === id)) },
    },
  });
  for (const cell of computed)
    await tx.sectorReportValue.upsert({
      where: {
        sectorReportId_unitId_indicatorId: { sectorReportId: report.id, unitId, indicatorId: cell.indicatorId },
      },
      create: { sectorReportId: report.id, unitId, indicatorId: cell.indicatorId, numberValue: cell.number },
      update: { numberValue: cell.number, boolValue: null },
    });
  const { version } = await tx.sectorReport.findUniqueOrThrow({ where: { id: report.id }, select: { version: true } });
  return { reportId: report.id, version };
};
