// Seed yearly reports 2022–2025: Report, ReportValue and ReportStatusChange rows, one short transaction per unit.
import type { Db } from '../open-database.js';
import type { SeedClock } from './clock.js';
import { MOVEMENT_ID } from './movement.js';
import type { SeedUnit } from './org-units.js';
import { reportSchedule, type StatusChange } from './report-schedule.js';
import { isOmitted, reportedCriteria, reportYearsOf, type UnitSeries } from './report-values.js';
import { reporterOf } from './users.js';

const TRANSACTION = { maxWait: 10_000, timeout: 60_000 };
const ON_BEHALF = 'Phòng Văn hóa và Thông tin nhập thay từ báo cáo giấy của đơn vị';

export interface ReportActors {
  /** Culture's specialist, who verifies (and returns) reports. */
  verifier: string;
  /** Culture's head, who approves what the specialist verified. */
  approver: string;
  /** User ID of each unit's own account, when it has one. */
  reporterOf(unitId: string): string | undefined;
}

/** Demo user IDs for report actors, from the seeded accounts (username → ID). */
export const reportActors = (userIds: ReadonlyMap<string, string>): ReportActors => {
  const id = (username: string): string => {
    const found = userIds.get(username);
    if (!found) throw new Error(`Seed user ${username} is missing`);
    return found;
  };
  return {
    verifier: id('vhtt.chuyenvien'),
    approver: id('vhtt'),
    reporterOf: (unitId) => {
      const account = reporterOf(unitId);
      return account ? id(account.username) : undefined;
    },
  };
};

const evidenceUrl = (unitId: string, year: number, criterionId: string): string =>
  `https://example.invalid/thidua/minh-chung/${unitId}/${year}/${criterionId}.pdf`;

export const seedUnitReports = async (
  db: Db,
  unit: SeedUnit,
  series: UnitSeries,
  actors: ReportActors,
  clock: SeedClock,
): Promise<void> => {
  const criteria = reportedCriteria(unit);
  const reporter = actors.reporterOf(unit.id);
  const by = (change: StatusChange): { by: string; reason: string | null } => {
    if (change.actor !== 'reporter') return { by: actors[change.actor], reason: change.reason ?? null };
    return reporter ? { by: reporter, reason: change.reason ?? null } : { by: actors.verifier, reason: ON_BEHALF };
  };
  await db.$transaction(async (tx) => {
    for (const year of reportYearsOf(unit)) {
      const s = reportSchedule(unit.id, year, clock);
      const fields = {
        status: s.status,
        submittedAt: s.submittedAt,
        verifiedAt: s.verifiedAt,
        verifiedBy: s.verifiedAt ? actors.verifier : null,
        approvedAt: s.approvedAt,
        approvedBy: s.approvedAt ? actors.approver : null,
        returnReason: s.returnReason,
      };
      const report = await tx.report.upsert({
        where: { movementId_unitId_year: { movementId: MOVEMENT_ID, unitId: unit.id, year } },
        create: { id: `RPT-${unit.id}-${year}`, movementId: MOVEMENT_ID, unitId: unit.id, year, ...fields },
        update: fields,
        select: { id: true },
      });
      // A draft in progress has only its first half filled in.
      const filled = criteria.filter(
        (c, i) => !isOmitted(unit.id, year, c.id) && (!s.partial || i < criteria.length / 2),
      );
      for (const c of filled) {
        const value = series[year][c.id];
        if (value === undefined) continue;
        const row = {
          numberValue: typeof value === 'number' ? value : null,
          boolValue: typeof value === 'boolean' ? value : null,
          evidenceUrl:
            c.evidence === 'required' && value !== false && value !== 0 ? evidenceUrl(unit.id, year, c.id) : null,
          note:
            value === 0
              ? 'Chưa có sáng kiến được công nhận / no recognised initiative yet'
              : value === false && c.evidence === 'required'
                ? 'Chưa có minh chứng / no evidence yet'
                : null,
        };
        await tx.reportValue.upsert({
          where: { reportId_key: { reportId: report.id, key: c.id } },
          create: { id: `${report.id}-${c.id}`, reportId: report.id, key: c.id, ...row },
          update: row,
        });
      }
      for (const [i, change] of s.history.entries()) {
        const row = { from: change.from, to: change.to, at: change.at, ...by(change) };
        const id = `${report.id}-H${i + 1}`;
        await tx.reportStatusChange.upsert({ where: { id }, create: { id, reportId: report.id, ...row }, update: row });
      }
    }
  }, TRANSACTION);
};
