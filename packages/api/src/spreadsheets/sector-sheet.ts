// A sector office's figures per commune as a workbook: downloaded by whoever may read the sector, imported back by
// its own office as the sector report's draft (through sectors.save), the file kept as evidence.
import { assertCanEditSector } from '../policy/unit-access.js';
import { buildSectorWorkbook, readSectorWorkbook } from '@thidua/spreadsheets';
import type { Context } from '../context.js';
import { movementForYear } from '../movement/active-movement.js';
import { appRouter } from '../root.js';
import { createCallerFactory } from '../trpc.js';
import {
  conflictingFile,
  invalidFile,
  savedImport,
  staleFile,
  type ImportPorts,
  type SheetFile,
} from './sheet-import.js';

const createCaller = createCallerFactory(appRouter);

interface SectorYear {
  sectorId: string;
  year: number;
}

const load = async (context: Context, { sectorId, year }: SectorYear) => {
  const caller = createCaller(context);
  // sectors.report decides who may read the sector's figures, and gives the communes of the year.
  const view = await caller.sectors.report({ sectorId, year });
  const { movement } = await movementForYear(context.db, year);
  const sector = movement.sectors.find((s) => s.id === view.sector.id)!;
  return { caller, view, sector };
};

export const sectorSheet = async (context: Context, at: SectorYear): Promise<SheetFile> => {
  const { view, sector } = await load(context, at);
  const file = await buildSectorWorkbook(
    sector,
    view.communes,
    at.year,
    view.report?.values ?? [],
    view.report?.version ?? null,
    context.actor?.language,
  );
  return { name: `nganh-${sector.id}-${at.year}.xlsx`, file };
};

export const importSectorSheet = async (
  context: Context,
  at: SectorYear & { workbook: Buffer },
  ports: ImportPorts,
) => {
  const { caller, view, sector } = await load(context, at);
  // Readers of the sector may download its sheet; only its own office may import (checked before the file is kept).
  assertCanEditSector(context.actor!, view.sector.id);
  ports.phase('reading');
  const { values, problems, version } = await readSectorWorkbook(
    at.workbook,
    sector,
    view.communes,
    at.year,
    context.actor!.language,
  );
  ports.phase('checking', values.length, values.length);
  const report = view.report;
  if (report && report.status !== 'draft')
    return conflictingFile(
      'Báo cáo ngành đã nộp hoặc đã duyệt: không nhập được nữa | The sector report was submitted or approved: it cannot be imported into',
    );
  if (report && version !== report.version)
    return staleFile({ vi: 'Báo cáo ngành', en: 'sector report' }, report.version, version);
  if (problems.length > 0) return invalidFile(problems);
  const filled = values.filter((v) => v.number !== null || v.bool !== null);
  const before = new Map((report?.values ?? []).map((v) => [`${v.unitId}|${v.indicatorId}`, v]));
  const { saved, file } = await ports.keepWorkbook(`nganh-${sector.id}-${at.year}.xlsx`, async (file) => ({
    file,
    // Only cells with a figure are stored (an empty cell is no figure); the workbook is the evidence of those without a link.
    saved: await caller.sectors.save({
      sectorId: sector.id,
      year: at.year,
      ...(report ? { version: report.version } : {}),
      values: filled.map((v) => {
        // The sheet has no column for an attached file's name: a figure whose link is unchanged keeps it.
        const kept = before.get(`${v.unitId}|${v.indicatorId}`);
        const evidenceUrl = v.evidenceUrl ?? file.url;
        return {
          unitId: v.unitId,
          indicatorId: v.indicatorId,
          number: v.number,
          bool: v.bool,
          evidenceUrl,
          evidenceFile: kept?.evidenceUrl === evidenceUrl ? (kept.evidenceFile ?? null) : null,
          note: v.note,
        };
      }),
    }),
  }));
  return savedImport({ saved: filled.length, evidenceUrl: file.url, ...saved }, 'sector figures imported from Excel', {
    sector: sector.id,
    year: at.year,
    values: filled.length,
    evidence: file.id,
  });
};
