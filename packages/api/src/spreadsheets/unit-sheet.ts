// A unit's yearly report as a workbook: downloaded with what is saved so far, imported back as the report's draft
// (through reports.saveDraft, so the same permissions, checks and audit apply), the file kept as evidence.
import { buildReportWorkbook, readReportWorkbook, type SheetUnit } from '@thidua/spreadsheets';
import { TRPCError } from '@trpc/server';
import type { Context } from '../context.js';
import { movementForYear } from '../movement/active-movement.js';
import { assertCanEdit } from '../policy/unit-access.js';
import { appRouter } from '../root.js';
import { createCallerFactory } from '../trpc.js';
import { invalidFile, savedImport, staleFile, type ImportPorts, type SheetFile } from './sheet-import.js';

const createCaller = createCallerFactory(appRouter);

interface UnitYear {
  unitId: string;
  year: number;
}

const load = async (context: Context, { unitId, year }: UnitYear) => {
  const caller = createCaller(context);
  // reports.get decides who may read this unit's report; its answer carries the unit and the saved values.
  const { report } = await caller.reports.get({ unitId, year });
  const unitRow =
    report?.unit ??
    (await context.db.orgUnit.findUnique({
      where: { id: unitId },
      select: { id: true, name: true, participantKind: true },
    }));
  const kind = unitRow?.participantKind;
  if (!unitRow || !kind || kind === 'individual')
    throw new TRPCError({
      code: 'BAD_REQUEST',
      message: 'Đơn vị này không báo cáo phong trào | This unit does not report',
    });
  const unit: SheetUnit = { id: unitRow.id, name: unitRow.name, kind: kind as SheetUnit['kind'] };
  const { movement } = await movementForYear(context.db, year);
  return { caller, report, unit, movement, lang: context.actor?.language ?? 'vi' };
};

export const unitSheet = async (context: Context, at: UnitYear): Promise<SheetFile> => {
  const { report, unit, movement, lang } = await load(context, at);
  const file = await buildReportWorkbook(movement, unit, at.year, report?.values ?? [], report?.version ?? null, lang);
  return { name: `bao-cao-${unit.id}-${at.year}.xlsx`, file };
};

export const importUnitSheet = async (context: Context, at: UnitYear & { workbook: Buffer }, ports: ImportPorts) => {
  const { caller, report, unit, movement, lang } = await load(context, at);
  // District readers may download a unit's sheet; only its own editor may import (checked before the file is kept).
  assertCanEdit(context.actor!, { id: unit.id, sectorId: null });
  ports.phase('reading');
  const { values, problems, version } = await readReportWorkbook(at.workbook, movement, unit, at.year, lang);
  ports.phase('checking', values.length, values.length);
  if (report && version !== report.version) return staleFile({ vi: 'Báo cáo', en: 'report' }, report.version, version);
  if (problems.length > 0) return invalidFile(problems);
  const { saved, file } = await ports.keepWorkbook(`bao-cao-${unit.id}-${at.year}.xlsx`, async (file) => ({
    file,
    saved: await caller.reports.saveDraft({
      unitId: unit.id,
      year: at.year,
      ...(report ? { version: report.version } : {}),
      // The workbook itself is the evidence of every value that has no link of its own.
      values: values.map((v) => ({
        key: v.key,
        number: v.number,
        bool: v.bool,
        evidenceUrl: v.evidenceUrl ?? (v.number !== null || v.bool !== null ? file.url : null),
        note: v.note,
      })),
    }),
  }));
  return savedImport({ saved: values.length, evidenceUrl: file.url, ...saved }, 'report imported from Excel', {
    unit: unit.id,
    year: at.year,
    values: values.length,
    evidence: file.id,
  });
};
