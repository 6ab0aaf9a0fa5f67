// The district's figures as one workbook (Culture's): every unit's values of a year, downloaded, edited and imported
// back in one go (through reports.importDistrict). Only changed rows are sent; the file is kept and named in the
// audit entry, never linked from a unit's values (any signed-in user may open evidence links).
import { say } from '@thidua/domain';
import { buildDistrictWorkbook, DISTRICT_SHEET, readDistrictWorkbook, type SheetProblem } from '@thidua/spreadsheets';
import type { Context } from '../context.js';
import { movementForYear } from '../movement/active-movement.js';
import { appRouter } from '../root.js';
import { createCallerFactory } from '../trpc.js';
import { invalidFile, savedImport, type ImportPorts, type SheetFile } from './sheet-import.js';

const createCaller = createCallerFactory(appRouter);

export const districtSheet = async (context: Context, { year }: { year: number }): Promise<SheetFile> => {
  const units = await createCaller(context).reports.districtValues({ year });
  const { movement } = await movementForYear(context.db, year);
  return {
    name: `so-lieu-toan-huyen-${year}.xlsx`,
    file: await buildDistrictWorkbook(movement, year, units, context.actor?.language),
  };
};

/** The participant kind of every unit that reports: which criteria a row may name. */
const reportingKinds = async (context: Context) =>
  new Map(
    (
      await context.db.orgUnit.findMany({
        where: { participantKind: { in: ['department', 'commune', 'enterprise'] } },
        select: { id: true, participantKind: true },
      })
    ).map((u) => [u.id, u.participantKind!]),
  );

export const importDistrictSheet = async (
  context: Context,
  { year, workbook }: { year: number; workbook: Buffer },
  ports: ImportPorts,
) => {
  const caller = createCaller({
    ...context,
    progress: (step, done, total) => ports.phase(step === 'reports' ? 'preparing' : 'saving', done, total),
  });
  // Only Culture may read the district's figures (and so import): asking first spares reading the file otherwise.
  const current = await caller.reports.districtValues({ year });
  const saved = new Map(current.flatMap((u) => u.values.map((v) => [`${u.id}\u0000${v.key}`, v] as const)));
  const { movement } = await movementForYear(context.db, year);
  const lang = context.actor?.language ?? 'vi';
  const kinds = await reportingKinds(context);
  const criteria = new Map(movement.criteria.map((c) => [c.id, c]));
  ports.phase('reading');
  const read = await readDistrictWorkbook(
    workbook,
    year,
    (unitId, key) => {
      const c = criteria.get(key);
      const kind = kinds.get(unitId);
      return c && kind && c.appliesTo.includes(kind as 'department') ? c : null;
    },
    lang,
  );
  if (read.problems.length > 0) return invalidFile(read.problems);
  // Rows that say what is already saved are not changes: the sheet as downloaded can come back with a few edits.
  const changed = read.rows.filter((r) => {
    const s = saved.get(`${r.unitId}\u0000${r.key}`);
    return (
      !s ||
      s.numberValue !== r.number ||
      s.boolValue !== r.bool ||
      (r.evidenceUrl !== null && s.evidenceUrl !== r.evidenceUrl)
    );
  });
  ports.phase('checking', read.rows.length, read.rows.length);
  if (changed.length === 0)
    return invalidFile([
      {
        sheet: DISTRICT_SHEET,
        row: null,
        column: null,
        message: say(lang)(
          'Tệp không có số liệu nào khác với số liệu đã lưu.',
          'The file has no figure that differs from those saved.',
        ),
      },
    ]);
  const { result, fileId } = await ports.keepWorkbook(
    `so-lieu-toan-huyen-${year}.xlsx`,
    async (file) => ({
      result: await caller.reports.importDistrict({
        year,
        evidenceUrl: file.url,
        rows: changed.map(({ line: _line, ...r }) => r),
      }),
      fileId: file.id,
    }),
    ({ result }) => result.ok,
  );
  if (!result.ok)
    return invalidFile(
      result.problems.map((p): SheetProblem => ({
        sheet: DISTRICT_SHEET,
        row: changed[p.index]?.line ?? null,
        column: p.field === 'unitId' ? 'A (unit_id)' : p.field === 'key' ? 'C (criterion_id)' : 'E (value)',
        message: p.message,
      })),
    );
  return savedImport({ saved: result.values, reports: result.reports }, 'district figures imported from Excel', {
    year,
    reports: result.reports,
    values: result.values,
    evidence: fileId,
  });
};
