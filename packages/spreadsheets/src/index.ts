// Workbooks in, workbooks out: what the API's import and export use cases build and read. No database, no HTTP.
export {
  buildReportWorkbook,
  criteriaFor,
  readReportWorkbook,
  SHEET,
  type ImportedValue,
  type SheetUnit,
  type StoredValue,
} from './report-sheet.js';
export {
  buildSectorWorkbook,
  readSectorWorkbook,
  SECTOR_SHEET,
  type SectorCommune,
  type SectorImportedValue,
  type SectorStoredValue,
} from './sector-sheet.js';
export {
  buildDistrictWorkbook,
  DISTRICT_SHEET,
  readDistrictWorkbook,
  type DistrictRead,
  type DistrictUnit,
} from './district-sheet.js';
export type { SheetProblem } from './sheet-cells.js';
export { safeCell } from './spreadsheet-cell.js';
export { guardWorkbook, WORKBOOK_LIMITS, WorkbookRefused, type WorkbookLimits } from './workbook-guard.js';
export { buildOpenDataWorkbook, type OpenDataSheet } from './open-data-sheet.js';
