// What every sheet shares: how a value cell is validated in Excel and read back by the plan's own rule, how any
// cell reads as text, and how an uploaded workbook is opened; problems are named in Vietnamese.
import { isPossibleValue, readMeasureValue, unambiguousSpellings, type Criterion, type Indicator } from '@thidua/domain';
import ExcelJS from 'exceljs';
import { guardWorkbook, WorkbookRefused } from './workbook-guard.js';

export const YES = 'Có';
export const NO = 'Không';

/** A criterion's or a sector indicator's measure: the same kinds and bounds. */
export type Measure = Criterion['measure'] | Indicator['measure'];

export interface SheetProblem {
  sheet: string;
  row: number | null;
  column: string | null;
  message: string;
}

export const rangeOf = (m: Measure) => (m.kind === 'percent' ? '0 – 100' : m.kind === 'score' ? `0 – ${m.max}` : m.kind === 'rank' ? (m.outOf ? `1 – ${m.outOf}` : '≥ 1') : m.kind === 'count' ? 'số nguyên ≥ 0' : `${YES} hoặc ${NO}`);

export const validationOf = (m: Measure): ExcelJS.DataValidation => {
  const error = { showErrorMessage: true, errorStyle: 'stop' as const, errorTitle: 'Giá trị không hợp lệ', error: `Giá trị cho phép: ${rangeOf(m)}` };
  if (m.kind === 'boolean') return { type: 'list', allowBlank: true, formulae: [`"${YES},${NO}"`], ...error };
  if (m.kind === 'percent') return { type: 'decimal', operator: 'between', allowBlank: true, formulae: [0, 100], ...error };
  if (m.kind === 'score') return { type: 'decimal', operator: 'between', allowBlank: true, formulae: [0, m.max], ...error };
  if (m.kind === 'rank') return m.outOf ? { type: 'whole', operator: 'between', allowBlank: true, formulae: [1, m.outOf], ...error } : { type: 'whole', operator: 'greaterThanOrEqual', allowBlank: true, formulae: [1], ...error };
  return { type: 'whole', operator: 'greaterThanOrEqual', allowBlank: true, formulae: [0], ...error };
};

/** The cell an officer fills in: the saved value (Có/Không for yes/no), the measure's validation, a light fill. */
export const writeValueCell = (cell: ExcelJS.Cell, measure: Measure, saved: { numberValue: number | null; boolValue: boolean | null } | undefined): void => {
  cell.value = measure.kind === 'boolean' ? (saved?.boolValue === true ? YES : saved?.boolValue === false ? NO : null) : (saved?.numberValue ?? null);
  cell.dataValidation = validationOf(measure);
  cell.numFmt = measure.kind === 'boolean' ? '@' : '0.##';
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF8DC' } };
};

/** A new workbook with its data sheet: a title, what the file is for (label, value rows), how to fill it, the column
 * headings on the row above the first data row (frozen), and the columns' widths. */
export const startWorkbook = (
  sheetName: string,
  firstRow: number,
  heading: { title: string; facts: ReadonlyArray<readonly [string, string | number]>; hint: string },
  columns: ReadonlyArray<{ header: string; width: number }>,
): { book: ExcelJS.Workbook; sheet: ExcelJS.Worksheet } => {
  const book = new ExcelJS.Workbook();
  book.creator = 'thidua – UBND huyện Ninh Sơn';
  const sheet = book.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: firstRow - 1 }] });
  sheet.getCell('A1').value = heading.title;
  sheet.getCell('A1').font = { bold: true, size: 13 };
  heading.facts.forEach(([label, value], i) => {
    sheet.getCell(i + 2, 1).value = label;
    sheet.getCell(i + 2, 2).value = value;
  });
  const hint = sheet.getCell(heading.facts.length + 2, 1);
  hint.value = heading.hint;
  hint.font = { italic: true };
  const header = sheet.getRow(firstRow - 1);
  columns.forEach((c, i) => (header.getCell(i + 1).value = c.header));
  header.font = { bold: true };
  sheet.columns = columns.map((c) => ({ width: c.width }));
  return { book, sheet };
};

export const text = (v: ExcelJS.CellValue): string => {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((r) => r.text).join('');
  if (typeof v === 'object' && 'text' in v && typeof v.text === 'string') return v.text; // hyperlink cells
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'object') return 'result' in v && v.result !== undefined ? String(v.result) : '';
  return String(v);
};

/** One value cell read by its measure's own rule: a number in range, or Có/Không; a Vietnamese decimal comma is fine. */
export const readValueCell = (measure: Measure, cell: ExcelJS.CellValue, numFmt?: string): { number: number | null; bool: boolean | null } | { problem: string } => {
  const raw = text(cell).trim();
  if (raw === '') return { number: null, bool: null };
  if (measure.kind === 'boolean') {
    if (/^(có|co|x|yes|true|1)$/i.test(raw)) return { number: null, bool: true };
    if (/^(không|khong|no|false|0)$/i.test(raw)) return { number: null, bool: false };
    return { problem: `Cần "${YES}" hoặc "${NO}", không phải "${raw}".` };
  }
  if (typeof cell === 'number') {
    // "85%" typed into Excel is stored as 0.85 shown with a percent format: the reader meant 85.
    const n = (numFmt ?? '').includes('%') ? Math.round(cell * 1e6) / 1e4 : cell;
    return isPossibleValue(measure, n) ? { number: n, bool: null } : { problem: `${raw} ngoài phạm vi cho phép (${rangeOf(measure)}).` };
  }
  // Typed as text ("1.200", "1 200", "85,5 %"): read as the form reads it, by the domain's one reader of figures.
  const read = readMeasureValue(measure, raw);
  if (read.ok) return { number: read.value, bool: null };
  if (read.problem === 'ambiguous') {
    const [first, second] = unambiguousSpellings(read.readings);
    return { problem: `"${raw}" có thể là ${first} hoặc ${second}: hãy nhập ${first} hoặc ${second}, không dùng dấu phân cách hàng nghìn.` };
  }
  return { problem: read.problem === 'out-of-range' ? `${raw} ngoài phạm vi cho phép (${rangeOf(measure)}).` : `"${raw}" không phải là số.` };
};

/** Reads a row's value, evidence link and note by the same rules in every sheet; null when the value cell holds a
 * formula (a problem is reported for each formula cell: imports take values, never formulas). */
export const readFilledCells = (
  row: ExcelJS.Row,
  col: { value: number; evidence: number; note: number },
  measure: Measure,
  problem: (column: number, message: string) => void,
): { number: number | null; bool: boolean | null; evidenceUrl: string | null; note: string | null } | null => {
  const cell = row.getCell(col.value).value;
  for (const c of [col.value, col.evidence, col.note]) {
    if (isFormula(row.getCell(c).value)) problem(c, 'Ô chứa công thức: hãy nhập giá trị, không nhập công thức.');
  }
  if (isFormula(cell)) return null;
  const parsed = readValueCell(measure, cell, row.getCell(col.value).numFmt);
  if ('problem' in parsed) problem(col.value, parsed.problem);
  const evidence = text(row.getCell(col.evidence).value).trim();
  const note = text(row.getCell(col.note).value).trim();
  if (evidence && !/^https?:\/\/\S+$/i.test(evidence)) problem(col.evidence, 'Link minh chứng phải bắt đầu bằng http:// hoặc https://.');
  if (note.length > 2000) problem(col.note, 'Ghi chú dài quá 2000 ký tự.');
  return { ...('problem' in parsed ? { number: null, bool: null } : parsed), evidenceUrl: evidence || null, note: note || null };
};

export const isFormula = (v: ExcelJS.CellValue) => typeof v === 'object' && v !== null && ('formula' in v || 'sharedFormula' in v);

/** Loads an uploaded workbook (once it has streamed through the guard's limits) and finds its data sheet, or says in
 * Vietnamese why it cannot. */
export const openUploadedSheet = async (file: Buffer, name: string): Promise<{ book: ExcelJS.Workbook; sheet: ExcelJS.Worksheet } | { problem: SheetProblem }> => {
  try {
    await guardWorkbook(file);
  } catch (e) {
    return { problem: { sheet: '', row: null, column: null, message: e instanceof WorkbookRefused ? e.message : 'Không đọc được tệp: hãy lưu lại dưới dạng Excel (.xlsx) rồi thử lại.' } };
  }
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(file as unknown as ArrayBuffer);
  } catch {
    return { problem: { sheet: '', row: null, column: null, message: 'Không đọc được tệp: hãy lưu lại dưới dạng Excel (.xlsx) rồi thử lại.' } };
  }
  const sheet = book.getWorksheet(name);
  return sheet ? { book, sheet } : { problem: { sheet: name, row: null, column: null, message: `Không có trang tính "${name}": hãy dùng mẫu tải từ hệ thống.` } };
};
