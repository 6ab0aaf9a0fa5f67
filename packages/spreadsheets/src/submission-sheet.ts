// What a submission's sheet (a unit's report, a sector's figures) carries besides its rows, written and read the same
// way for both: a hidden sheet naming whose file it is, for which year and from which saved version, and the reader
// that opens an upload and gathers its problems by row and column.
import type { Language } from '@thidua/domain';
import type ExcelJS from 'exceljs';
import { openUploadedSheet, text, type SheetProblem } from './sheet-cells.js';

const META = '_thidua';

/** Writes the hidden sheet and gives the finished file. `version`: the saved version shown (none before a first save). */
export const finishSubmissionBook = async (
  book: ExcelJS.Workbook,
  whose: ReadonlyArray<readonly [string, string | number]>,
  version: number | null,
): Promise<Buffer> => {
  const meta = book.addWorksheet(META, { state: 'veryHidden' });
  for (const entry of whose) meta.addRow([...entry]);
  meta.addRow(['version', version ?? 0]);
  return Buffer.from(await book.xlsx.writeBuffer());
};

export interface OpenedSubmission {
  sheet: ExcelJS.Worksheet;
  /** The hidden sheet's entries (unit_id, sector_id, year, …). */
  meta: ReadonlyMap<string, string>;
  problems: SheetProblem[];
  /** Notes a problem at a row and column (1-based), named as the sheet's header names the column. */
  at(row: number | null, column: number | null, message: string): void;
  /** The saved version the file was made from; null for a file that does not say (an import must match it). */
  version(): number | null;
}

export const openSubmissionSheet = async (
  file: Buffer,
  sheetName: string,
  headers: Readonly<Record<Language, readonly string[]>>,
  lang: Language,
): Promise<OpenedSubmission | { problem: SheetProblem }> => {
  const opened = await openUploadedSheet(file, sheetName, lang);
  if ('problem' in opened) return opened;
  const problems: SheetProblem[] = [];
  const columnName = (n: number) => `${String.fromCharCode(64 + n)} (${headers[lang][n - 1]})`;
  const meta = new Map<string, string>();
  opened.book.getWorksheet(META)?.eachRow((r) => meta.set(text(r.getCell(1).value), text(r.getCell(2).value)));
  return {
    sheet: opened.sheet,
    meta,
    problems,
    at: (row, column, message) =>
      problems.push({ sheet: sheetName, row, column: column === null ? null : columnName(column), message }),
    version: () => {
      const version = Number(meta.get('version'));
      return Number.isInteger(version) ? version : null;
    },
  };
};
