// The workbook use cases: each download or import as one function; the HTTP server only adapts requests to them.
export { districtSheet, importDistrictSheet } from './district-sheet.js';
export { importSectorSheet, sectorSheet } from './sector-sheet.js';
export { importUnitSheet, unitSheet } from './unit-sheet.js';
export type { ImportOutcome, ImportPhase, ImportPorts, SheetFile } from './sheet-import.js';
