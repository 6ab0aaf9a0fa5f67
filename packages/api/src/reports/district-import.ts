// Culture & Information compiles a year's figures for many units at once (e.g. from the province's systems): every
// row is checked against the unit's kind and the criterion's range first; then, in one transaction, each unit's
// report is created as a draft or its draft gets the imported values (other values stay). A unit whose report is
// already submitted or approved is refused: an import never overwrites what a unit has sent.
import type { ImportStep } from '../context.js';
import { formatDateVi, isActiveOn, isPossibleValue, say, type Language, type Movement } from '@thidua/domain';
import { insertDraftReports, insertReportValues, type BulkTarget } from '@thidua/db';
import type { Tx } from '../audit/write-audit.js';

export interface DistrictRow {
  unitId: string;
  key: string;
  number: number | null;
  bool: boolean | null;
  evidenceUrl: string | null;
}

export interface RowProblem {
  index: number;
  field: 'unitId' | 'key' | 'value';
  message: string;
}

type UnitInfo = { id: string; name: string; participantKind: string | null; validFrom: string; validTo: string | null };

/** `dueDate`: the year's report due date; a unit not in force on it does not report that year (its successor does).
 * Problems are worded in `lang`, the importing person's language. */
export const checkDistrictRows = (
  movement: Movement,
  units: ReadonlyMap<string, UnitInfo>,
  rows: readonly DistrictRow[],
  dueDate: string,
  lang: Language = 'vi',
): RowProblem[] => {
  const w = say(lang);
  const problems: RowProblem[] = [];
  const criteria = new Map(movement.criteria.map((c) => [c.id, c]));
  const seen = new Set<string>();
  rows.forEach((row, index) => {
    const unit = units.get(row.unitId);
    if (!unit || !unit.participantKind || unit.participantKind === 'individual')
      return void problems.push({
        index,
        field: 'unitId',
        message: w(
          `"${row.unitId}" không phải đơn vị báo cáo phong trào.`,
          `"${row.unitId}" is not a unit that reports in the movement.`,
        ),
      });
    if (!isActiveOn(unit, dueDate))
      return void problems.push({
        index,
        field: 'unitId',
        message: w(
          `${unit.name} không hoạt động vào hạn báo cáo năm này (${formatDateVi(dueDate)}): không báo cáo năm này.`,
          `${unit.name} is not in force on this year's report due date (${formatDateVi(dueDate)}): it does not report this year.`,
        ),
      });
    const criterion = criteria.get(row.key);
    if (!criterion || !criterion.appliesTo.includes(unit.participantKind as 'department'))
      return void problems.push({
        index,
        field: 'key',
        message: w(
          `"${row.key}" không phải tiêu chí của ${unit.name}.`,
          `"${row.key}" is not a criterion of ${unit.name}.`,
        ),
      });
    const pair = `${row.unitId}\u0000${row.key}`;
    // The earlier row's place in the file is the caller's to know: rows arrive without it.
    if (seen.has(pair))
      return void problems.push({
        index,
        field: 'key',
        message: w(
          `${row.unitId} / ${row.key} đã có ở một dòng trước.`,
          `${row.unitId} / ${row.key} is already on an earlier row.`,
        ),
      });
    seen.add(pair);
    if (criterion.measure.kind === 'boolean' ? row.number !== null : row.bool !== null)
      problems.push({
        index,
        field: 'value',
        message:
          criterion.measure.kind === 'boolean'
            ? w('Cần Có/Không.', 'Yes/No is needed.')
            : w('Cần một số.', 'A number is needed.'),
      });
    else if (row.number !== null && !isPossibleValue(criterion.measure, row.number))
      problems.push({
        index,
        field: 'value',
        message: w(`${row.number} ngoài phạm vi cho phép.`, `${row.number} is outside the allowed range.`),
      });
  });
  return problems;
};

const chunks = <T>(xs: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(xs.length / size) }, (_, i) => xs.slice(i * size, (i + 1) * size));

/** Writes checked rows; returns the units whose report is not a draft (nothing is written then). */
export const writeDistrictRows = async (
  tx: Tx,
  target: BulkTarget,
  movementId: string,
  year: number,
  rows: readonly DistrictRow[],
  now: Date,
  onProgress?: (step: ImportStep, done: number, total: number) => void,
): Promise<{ locked: string[]; reports: number; values: number }> => {
  const unitIds = [...new Set(rows.map((r) => r.unitId))];
  const existing = (
    await Promise.all(
      chunks(unitIds, 500).map((ids) =>
        tx.report.findMany({
          where: { movementId, year, unitId: { in: ids } },
          select: { id: true, unitId: true, status: true },
        }),
      ),
    )
  ).flat();
  const locked = existing.filter((r) => r.status !== 'draft').map((r) => r.unitId);
  if (locked.length > 0) return { locked, reports: 0, values: 0 };
  const missing = unitIds.filter((id) => !existing.some((r) => r.unitId === id));
  await insertDraftReports(
    tx,
    target,
    missing.map((unitId) => ({ movementId, unitId, year })),
    now,
    onProgress && ((done, total) => onProgress('reports', done, total)),
  );
  const reports = (
    await Promise.all(
      chunks(unitIds, 500).map((ids) =>
        tx.report.findMany({ where: { movementId, year, unitId: { in: ids } }, select: { id: true, unitId: true } }),
      ),
    )
  ).flat();
  const reportOf = new Map(reports.map((r) => [r.unitId, r.id]));
  // Existing drafts: each unit's imported criteria are replaced (keeping their notes), its others kept; the version
  // moves so open forms see a conflict. Only drafts move: a report submitted meanwhile makes the import fail.
  const drafts = existing.map((r) => r.id);
  let moved = 0;
  for (const ids of chunks(drafts, 500))
    moved += (
      await tx.report.updateMany({ where: { id: { in: ids }, status: 'draft' }, data: { version: { increment: 1 } } })
    ).count;
  if (moved !== drafts.length) return { locked: ['(một báo cáo vừa được nộp)'], reports: 0, values: 0 };
  const imported = new Set(rows.map((r) => `${reportOf.get(r.unitId)}\u0000${r.key}`));
  const notes = new Map<string, string | null>();
  for (const ids of chunks(drafts, 500)) {
    const old = (
      await tx.reportValue.findMany({
        where: { reportId: { in: ids } },
        select: { id: true, reportId: true, key: true, note: true },
      })
    ).filter((v) => imported.has(`${v.reportId}\u0000${v.key}`));
    for (const v of old) notes.set(`${v.reportId}\u0000${v.key}`, v.note);
    for (const part of chunks(
      old.map((v) => v.id),
      500,
    ))
      await tx.reportValue.deleteMany({ where: { id: { in: part } } });
  }
  await insertReportValues(
    tx,
    target,
    rows.map((r) => {
      const reportId = reportOf.get(r.unitId)!;
      return {
        reportId,
        key: r.key,
        numberValue: r.number,
        boolValue: r.bool,
        evidenceUrl: r.evidenceUrl,
        note: notes.get(`${reportId}\u0000${r.key}`) ?? null,
      };
    }),
    onProgress && ((done, total) => onProgress('values', done, total)),
  );
  return { locked: [], reports: unitIds.length, values: rows.length };
};
